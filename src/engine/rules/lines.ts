import { Decimal, round2 } from "../decimal";
import type { LineCategory } from "../grid/schema";
import type { StatementLine } from "../types";

/** Categories that enter the PSL effective price (seed 002): price, contents, quality bonuses. */
const IN_EFFECTIVE_PRICE: Record<LineCategory, boolean> = {
  base: true,
  composition: true,
  "quality-bonus": true,
  "quality-deduction": false, // "déductions de qualité (standards non respectés)"
  penalty: false,
  indemnity: false, // pays for milk not delivered: not a price of delivered milk
  cost: false, // counter-services charged to the producer (destruction, spreading, damages)
};

export function inEffectivePrice(category: LineCategory): boolean {
  return IN_EFFECTIVE_PRICE[category];
}

/** amount = rounded per-unit rate × volume ÷ divisor, rounded to the cent (grids.md, "Rounding"). */
export function amountFor(rate: Decimal, volume: Decimal, divisor: Decimal): Decimal {
  return round2(rate.times(volume).div(divisor));
}

/** A line priced per unit of volume: the rate is rounded to 2 decimals first. */
export function perUnitLine(
  code: string,
  label: string,
  rate: Decimal,
  volume: Decimal,
  divisor: Decimal,
  category: LineCategory,
  explanation: string,
): StatementLine {
  const rounded = round2(rate);
  return {
    code,
    label,
    rate: rounded,
    amount: amountFor(rounded, volume, divisor),
    category,
    inEffectivePrice: inEffectivePrice(category),
    explanation,
  };
}

/** A lump-sum line (penalty, indemnity, cost), already in the currency; rounded to the cent. */
export function lumpLine(
  code: string,
  label: string,
  amount: Decimal,
  category: LineCategory,
  explanation: string,
): StatementLine {
  return {
    code,
    label,
    rate: null,
    amount: round2(amount),
    category,
    inEffectivePrice: inEffectivePrice(category),
    explanation,
  };
}

/** Quality lines whose rate may be a bonus or a deduction (butyric spores: +1.50 or −15.00). */
export function qualityCategory(rate: Decimal): LineCategory {
  return rate.gt(0) ? "quality-bonus" : "quality-deduction";
}

export { Decimal };
