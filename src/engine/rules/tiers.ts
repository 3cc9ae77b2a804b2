import { Decimal, HUNDRED, round2 } from "../decimal";
import { frNumber } from "../format";
import type { ContestationRule, Tier } from "../grid/schema";

/** The tier a value falls in, by the grid's own inclusive/exclusive words. Validation guarantees one. */
export function findTier(tiers: readonly Tier[], value: Decimal): Tier {
  for (const t of tiers) {
    if (t.from && value.lt(t.from)) continue;
    if (t.above && value.lte(t.above)) continue;
    if (t.below && value.gte(t.below)) continue;
    if (t.upTo && value.gt(t.upTo)) continue;
    return t;
  }
  throw new Error(`no tier for ${value.toString()}`); // unreachable for a validated grid
}

/** Per-unit rate of a tier, rounded to 2 decimals; a percentage of the base price needs the base price. */
export function tierRate(tier: Tier, basePrice: Decimal | null): Decimal {
  if (tier.rate) return round2(tier.rate);
  if (basePrice === null) throw new TypeError("base_price is required: this tier is a percentage of the base price");
  // The base price as every rule uses it: rounded to 2 decimals (grids.md, Base price).
  return round2(round2(basePrice).times(tier.percentOfBase!).div(HUNDRED));
}

/** "< 100 000", "300 000–400 000", "> 200 000", "≤ −0,512", "> −0,507 et ≤ −0,502". */
export function describeTier(tier: Tier): string {
  const lower = tier.from ? `≥ ${frNumber(tier.from)}` : tier.above ? `> ${frNumber(tier.above)}` : "";
  const upper = tier.upTo ? `≤ ${frNumber(tier.upTo)}` : tier.below ? `< ${frNumber(tier.below)}` : "";
  if (tier.from && tier.upTo) return `${frNumber(tier.from)}–${frNumber(tier.upTo)}`;
  if (lower && upper) return `${lower} et ${upper}`;
  return lower || upper;
}

export function describeRate(tier: Tier, rate: Decimal, priceUnit: string): string {
  const text = frNumber(rate, 2);
  const signed = rate.gt(0) ? `+${text}` : text;
  if (tier.percentOfBase) return `${frNumber(tier.percentOfBase)} % du prix de base = ${signed} ${priceUnit}`;
  return `${signed} ${priceUnit}`;
}

/** Contestations a monthly value makes: a single result may have its own limits (mooh). */
export function contestationsFor(rule: ContestationRule, value: Decimal, resultCount: number): number {
  const steps = resultCount === 1 && rule.single ? rule.single : rule.mean;
  let count = 0;
  for (const s of steps) if (value.gte(s.from)) count = s.count;
  return count;
}
