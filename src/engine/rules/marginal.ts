import { Decimal, ZERO, compare, round2 } from "../decimal";
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
  // Decimal.min / max would copy the one they pick; the value itself is the same number.
  const order = compare(content, reference);
  const ours = content.constructor === Decimal && reference.constructor === Decimal;
  const low = ours ? (order > 0 ? reference : content) : Decimal.min(content, reference);
  const high = ours ? (order < 0 ? reference : content) : Decimal.max(content, reference);
  let total = ZERO;
  for (const band of bands) {
    const from = band.from && compare(band.from, low) > 0 ? band.from : low;
    const to = band.to && compare(band.to, high) < 0 ? band.to : high;
    if (compare(to, from) > 0) total = total.plus(to.minus(from).div(step).times(band.rate));
  }
  return round2(order >= 0 ? total : total.negated());
}
