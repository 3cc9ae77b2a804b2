/**
 * QUALITY_PREMIUM: the grid's premium for the month when every condition of it holds, decided by the engine's
 * own rule (conditionHolds) on the month's results as the formula received them.
 */
import { ZERO, conditionHolds, round2, type BonusComponent, type BonusCondition } from "../engine";
import type { Criterion, Decimal } from "../engine";
import { readYesNo } from "./arguments";
import { bad, na, out } from "./errors";
import { CRITERION_WORDS, gridArg, ruleOf, type GridFacts } from "./gridArgument";
import { inhibitorResults, monthlyValue, results } from "./monthly";

const PREMIUM_ARGS: Partial<Record<Criterion, string>> = {
  GERMES: "germ_results",
  CELLULES: "cell_results",
  BUTYRIQUES: "butyric_results",
  INHIBITEURS: "inhibitor_results",
  PC: "freezing_results",
};

export function qualityPremium(
  grid: unknown,
  germ: unknown,
  cell: unknown,
  butyric: unknown,
  inhibitor: unknown,
  freezing: unknown,
  charter: unknown,
): number {
  const f = gridArg(grid);
  if (f.bonuses.length === 0) throw na(`grid ${f.grid.id} has no quality premium`);
  const given: Partial<Record<Criterion, unknown>> = {
    GERMES: germ,
    CELLULES: cell,
    BUTYRIQUES: butyric,
    INHIBITEURS: inhibitor,
    PC: freezing,
  };
  const valuesOf = new Map<Criterion, Decimal[] | null>();
  const resultsOf = (criterion: Criterion): Decimal[] | null => {
    if (valuesOf.has(criterion)) return valuesOf.get(criterion)!;
    const arg = PREMIUM_ARGS[criterion]!;
    const raw = given[criterion];
    let v: Decimal[] | null;
    if (raw === null || raw === undefined) v = null;
    else if (criterion === "INHIBITEURS") v = inhibitorResults(raw, arg);
    else v = results(raw, arg, criterion, f);
    valuesOf.set(criterion, v);
    return v;
  };
  const charterValue = readYesNo(charter, "charter");

  // Read every argument the grid's premium uses first, so a wrong one is reported even when another
  // condition already fails.
  const checks: (() => boolean)[] = [];
  for (const b of f.bonuses) {
    for (const cond of b.conditions) checks.push(condition(f, b, cond, resultsOf, charterValue));
  }
  let total = ZERO;
  let i = 0;
  for (const b of f.bonuses) {
    let ok = true;
    for (let k = 0; k < b.conditions.length; k++) ok = checks[i++]() && ok;
    if (ok) total = total.plus(round2(b.rate));
  }
  return out(total);
}

/** One premium condition, read eagerly and decided lazily (engine: checkCondition). */
function condition(
  f: GridFacts,
  b: BonusComponent,
  cond: BonusCondition,
  resultsOf: (c: Criterion) => Decimal[] | null,
  charter: boolean | null,
): () => boolean {
  if (cond.stat === "charter") {
    if (charter === null)
      throw bad(
        `charter: required by grid ${f.grid.id}'s ${b.label.toLowerCase()}: TRUE if the producer signed the Charte des bonnes pratiques, else FALSE`,
      );
    return () => charter;
  }
  const arg = PREMIUM_ARGS[cond.criterion] ?? cond.criterion;
  const values = resultsOf(cond.criterion);
  const needsArgument = cond.stat === "monthly" || cond.requireResult === true;
  if (values === null && needsArgument) {
    throw bad(
      `${arg}: required by grid ${f.grid.id}'s ${b.label.toLowerCase()} (${CRITERION_WORDS[cond.criterion]} results of the month)`,
    );
  }
  const list = values ?? [];
  // Decided by the engine's own rule, on the month's results as the formula received them.
  return () =>
    conditionHolds(cond, {
      monthly: (c) => (list.length === 0 ? null : monthlyValue(ruleOf(f, c), list)),
      results: () => list,
      charter: charter ?? false,
    });
}
