import { Decimal, ZERO, round2 } from "../decimal";
import { InputError } from "../errors";

/**
 * PSL rolling 12 months: the mean of the last 12 monthly prices (the last 12 given, in order), weighted by
 * the month's volume when volumes are given. Fewer than 12 months: the mean of those there are, and
 * `months` says how many. Rounded to 2 decimals.
 */
export function rolling12Months(
  prices: readonly Decimal[],
  volumes?: readonly Decimal[] | null,
): { mean: Decimal; months: number } {
  if (prices.length === 0) throw new InputError("rolling 12 months: no monthly price");
  if (volumes && volumes.length !== prices.length)
    throw new InputError(`rolling 12 months: ${prices.length} prices but ${volumes.length} volumes`);
  const from = Math.max(0, prices.length - 12);
  const last = prices.slice(from);
  if (!volumes) return { mean: round2(last.reduce((a, p) => a.plus(p), ZERO).div(last.length)), months: last.length };
  const weights = volumes.slice(from);
  let sum = ZERO;
  let total = ZERO;
  weights.forEach((w, i) => {
    if (w.isNegative()) throw new InputError(`rolling 12 months: volume ${w.toString()} is negative`);
    sum = sum.plus(last[i].times(w));
    total = total.plus(w);
  });
  if (total.isZero()) throw new InputError("rolling 12 months: the volumes add up to 0");
  return { mean: round2(sum.div(total)), months: last.length };
}
