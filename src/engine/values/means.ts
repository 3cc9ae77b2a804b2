import { Decimal, ZERO, smallInteger, sum } from "../decimal";
import { InputError } from "../errors";
import type { MeanMethod } from "../grid/schema";

export function arithmeticMean(values: readonly Decimal[]): Decimal {
  if (values.length === 0) throw new InputError("a mean needs at least one value");
  return sum(values).div(values.length);
}

/**
 * Geometric mean rounded to the nearest whole count (grids.md): logarithms are fine because the result is
 * rounded before any threshold, so [250000, 360000] gives exactly 300000. A zero count makes the mean 0.
 */
export function geometricMean(values: readonly Decimal[]): Decimal {
  if (values.length === 0) throw new InputError("a mean needs at least one value");
  let logSum = 0;
  for (const v of values) {
    if (v.isNegative() && !v.isZero()) throw new InputError(`a geometric mean needs counts ≥ 0, got ${v.toString()}`);
    if (v.isZero()) return ZERO;
    logSum += Math.log(smallInteger(v) ?? v.toNumber()); // a whole count without its string form
  }
  return new Decimal(Math.exp(logSum / values.length)).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
}

/** Mean weighted by `weights` (the volume delivered on each sampling day). */
export function weightedMean(values: readonly Decimal[], weights: readonly Decimal[]): Decimal {
  if (values.length === 0) throw new InputError("a mean needs at least one value");
  if (weights.length !== values.length) throw new InputError(`${values.length} values but ${weights.length} weights`);
  let num = ZERO;
  let den = ZERO;
  for (let i = 0; i < values.length; i++) {
    if (weights[i].isNegative()) throw new InputError(`weights must be ≥ 0, got ${weights[i].toString()}`);
    num = num.plus(values[i].times(weights[i]));
    den = den.plus(weights[i]);
  }
  if (den.isZero()) throw new InputError("a weighted mean needs weights that are not all 0");
  return num.div(den);
}

export function worstOf(values: readonly Decimal[], worst: "highest" | "lowest"): Decimal {
  if (values.length === 0) throw new InputError("a mean needs at least one value");
  return values.reduce((a, b) => (worst === "highest" ? Decimal.max(a, b) : Decimal.min(a, b)));
}

export function meanOf(
  method: MeanMethod,
  values: readonly Decimal[],
  weights?: readonly Decimal[],
  worst: "highest" | "lowest" = "highest",
): Decimal {
  switch (method) {
    case "arithmetic":
      return arithmeticMean(values);
    case "geometric":
      return geometricMean(values);
    case "weighted":
      if (!weights) throw new InputError("a weighted mean needs weights");
      return weightedMean(values, weights);
    case "worst":
      return worstOf(values, worst);
  }
}

export const METHOD_LABEL: Record<MeanMethod, string> = {
  arithmetic: "moyenne arithmétique",
  geometric: "moyenne géométrique",
  weighted: "moyenne pondérée par les volumes",
  worst: "plus mauvais résultat",
};
