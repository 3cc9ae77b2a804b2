import { ZERO, type Decimal } from "../decimal";
import { frDate, frNumber } from "../format";
import type { BonusComponent, BonusCondition, Criterion } from "../grid/schema";
import { CRITERION_LABEL, show } from "../values/explanations";
import type { MonthContext, RuleOutcome } from "./context";
import { perUnitLine } from "./lines";

/** What a bonus condition looks at: the month's value and results of a criterion, and the charter. */
export interface ConditionFacts {
  monthly(criterion: Criterion): Decimal | null;
  /** The month's individual results that count (a result set aside by a joker excluded). */
  results(criterion: Criterion): readonly Decimal[];
  charter: boolean;
}

/**
 * Whether one condition of a bonus holds. Pure: the statement and the QUALITY_PREMIUM formula both decide
 * with it, so they cannot disagree.
 */
export function conditionHolds(cond: BonusCondition, facts: ConditionFacts): boolean {
  if (cond.stat === "charter") return facts.charter;
  if (cond.stat === "monthly") {
    const value = facts.monthly(cond.criterion);
    if (value === null) return false; // no monthly value: the condition fails
    return cond.below ? value.lt(cond.below) : value.lte(cond.upTo!);
  }
  const results = facts.results(cond.criterion);
  if (results.length === 0) return !cond.requireResult;
  if (cond.stat === "noPositive") return !results.some((v) => v.gt(0));
  return results.every((v) => v.lte(cond.upTo));
}

/** The facts of the statement's month that the conditions of a bonus look at. */
function monthFacts(ctx: MonthContext): ConditionFacts {
  return {
    monthly: (c) => ctx.history.monthly(c, ctx.month).value.value,
    results: (c) => ctx.history.countedResults(c, ctx.month).map((r) => r.value),
    charter: ctx.producer.charter,
  };
}

/** One condition of a bonus, with the words that explain it. */
export function checkCondition(
  cond: BonusCondition,
  ctx: MonthContext,
  facts: ConditionFacts = monthFacts(ctx),
): { ok: boolean; text: string } {
  const ok = conditionHolds(cond, facts);
  if (cond.stat === "charter")
    return { ok, text: ok ? "Charte des bonnes pratiques signée" : "Charte des bonnes pratiques non signée" };
  const label = CRITERION_LABEL[cond.criterion];
  const rule = ctx.grid.criteria[cond.criterion]!;
  if (cond.stat === "monthly") {
    const value = facts.monthly(cond.criterion);
    if (value === null) return { ok, text: `${label} : aucune valeur mensuelle` };
    const [bound, pass, fail] = cond.below ? [cond.below, "<", "≥"] : [cond.upTo!, "≤", ">"];
    return { ok, text: `${label} : moyenne ${show(value, rule)} ${ok ? pass : fail} ${frNumber(bound)}` };
  }
  const results = ctx.history.countedResults(cond.criterion, ctx.month);
  if (results.length === 0) return { ok, text: `${label} : aucun résultat ce mois` };
  if (cond.stat === "noPositive") {
    const positive = results.find((r) => r.value.gt(0));
    return {
      ok,
      text: positive ? `${label} : résultat positif le ${frDate(positive.date)}` : `${label} : aucun résultat positif`,
    };
  }
  const worst = results.reduce((a, r) => (r.value.gt(a.value) ? r : a));
  return {
    ok,
    text: `${label} : plus mauvais résultat ${show(worst.value, rule)} ${ok ? "≤" : ">"} ${frNumber(cond.upTo)}`,
  };
}

/** A per-unit bonus paid when every condition holds; otherwise a zero line that says which failed. */
export function bonusRule(c: BonusComponent, ctx: MonthContext): RuleOutcome {
  const facts = monthFacts(ctx);
  const checks = c.conditions.map((cond) => checkCondition(cond, ctx, facts));
  const failed = checks.filter((x) => !x.ok);
  const granted = failed.length === 0;
  const explanation = granted
    ? `${c.label} accordée : ${checks.map((x) => x.text).join(" ; ")}`
    : `${c.label} non accordée : ${failed.map((x) => x.text).join(" ; ")}`;
  return {
    lines: [
      perUnitLine(
        c.code,
        c.label,
        granted ? c.rate : ZERO,
        ctx.volume,
        ctx.grid.amountDivisor,
        "quality-bonus",
        explanation,
      ),
    ],
    notes: [],
  };
}
