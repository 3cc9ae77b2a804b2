import { Decimal, ZERO, round2 } from "../decimal";
import type { MarginalComponent } from "../grid/schema";

/**
 * Marginal schedule (fat, protein): each unit of content between the reference and the value is paid at
 * the rate of the band it falls in, so the adjustment is continuous: 42 g/l fat → 2 × 2.91 + 2 × 1.45.
 * Rounded to 2 decimals (a per-unit price component).
 */
export function marginalAdjustment(
  component: Pick<MarginalComponent, "reference" | "step" | "bands">,
  content: Decimal,
): Decimal {
  const { reference, step, bands } = component;
  const low = Decimal.min(content, reference);
  const high = Decimal.max(content, reference);
  let total = ZERO;
  for (const band of bands) {
    const from = band.from && band.from.gt(low) ? band.from : low;
    const to = band.to && band.to.lt(high) ? band.to : high;
    if (to.gt(from)) total = total.plus(to.minus(from).div(step).times(band.rate));
  }
  return round2(content.gte(reference) ? total : total.negated());
}
