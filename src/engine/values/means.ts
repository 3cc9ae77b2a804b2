import { engineFr } from "../../messages/engine.fr";
import { Decimal, ZERO, roundTo, sum } from "../decimal";
import { InputError } from "../errors";
import type { CriterionRule, MeanMethod } from "../grid/schema";
import type { IsoDate } from "../month";
import type { LabResult } from "../types";
import type { MonthlyFigure } from "./monthlyFigure";

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
    logSum += Math.log(v.toNumber());
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

/**
 * Sets `figure.value` to the mean of `results` by the criterion's rule, rounded as it says. A weighted mean
 * weighs each result by the volume delivered on its day; a result without delivery on its day leaves no
 * weight to give, so the month falls back to the plain mean (and `unweighted` lists those results).
 */
export function setMonthlyMean(
  figure: MonthlyFigure,
  rule: CriterionRule,
  results: readonly LabResult[],
  dayVolume: (date: IsoDate) => Decimal | null,
): void {
  const values = results.map((r) => r.value);
  let value: Decimal;
  if (rule.method === "weighted") {
    // The weights and the results without any in one pass: two maps and a filter cost 0.5 % more instructions
    // per statement (valgrind, bench/engine.ts, a result at every collection).
    const weights: Decimal[] = [];
    let missing: LabResult[] | undefined;
    for (const r of results) {
      const w = dayVolume(r.date);
      if (w === null || w.isZero()) (missing ??= []).push(r);
      else weights.push(w);
    }
    if (missing) {
      figure.unweighted = missing;
      value = meanOf("arithmetic", values);
    } else {
      value = meanOf("weighted", values, weights);
    }
  } else {
    value = meanOf(rule.method, values, undefined, rule.worst);
  }
  figure.value = rule.round === undefined ? value : roundTo(value, rule.round);
}

/** The statement's (French) name of a mean method; a note names it by its message (engine.method.…). */
export const METHOD_LABEL: Record<MeanMethod, string> = {
  arithmetic: engineFr["engine.method.arithmetic"],
  geometric: engineFr["engine.method.geometric"],
  weighted: engineFr["engine.method.weighted"],
  worst: engineFr["engine.method.worst"],
};
