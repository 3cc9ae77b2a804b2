import { frNumber } from "../format";
import type { BonusComponent, BonusCondition } from "../grid/schema";
import { CRITERION_LABEL, show } from "../values/history";
import { ZERO } from "../decimal";
import type { MonthContext, RuleOutcome } from "./context";
import { perUnitLine } from "./lines";
import { frDate } from "../format";

/** One condition of a bonus, with the words that explain it. */
export function checkCondition(cond: BonusCondition, ctx: MonthContext): { ok: boolean; text: string } {
  if (cond.stat === "charter") {
    return ctx.producer.charter
      ? { ok: true, text: "Charte des bonnes pratiques signée" }
      : { ok: false, text: "Charte des bonnes pratiques non signée" };
  }
  const label = CRITERION_LABEL[cond.criterion];
  const rule = ctx.grid.criteria[cond.criterion]!;
  if (cond.stat === "monthly") {
    const mv = ctx.history.monthly(cond.criterion, ctx.month).value;
    if (mv.value === null) return { ok: false, text: `${label} : aucune valeur mensuelle` };
    if (cond.below) {
      const ok = mv.value.lt(cond.below);
      return { ok, text: `${label} : moyenne ${show(mv.value, rule)} ${ok ? "<" : "≥"} ${frNumber(cond.below)}` };
    }
    const ok = mv.value.lte(cond.upTo!);
    return { ok, text: `${label} : moyenne ${show(mv.value, rule)} ${ok ? "≤" : ">"} ${frNumber(cond.upTo!)}` };
  }
  // Individual results of the month (a result set aside by a joker does not count).
  const results = ctx.history.countedResults(cond.criterion, ctx.month);
  if (results.length === 0) {
    return cond.requireResult ? { ok: false, text: `${label} : aucun résultat ce mois` } : { ok: true, text: `${label} : aucun résultat ce mois` };
  }
  if (cond.stat === "noPositive") {
    const positive = results.find((r) => r.value.gt(0));
    return positive ? { ok: false, text: `${label} : résultat positif le ${frDate(positive.date)}` } : { ok: true, text: `${label} : aucun résultat positif` };
  }
  const worst = results.reduce((a, r) => (r.value.gt(a.value) ? r : a));
  const ok = worst.value.lte(cond.upTo);
  return { ok, text: `${label} : plus mauvais résultat ${show(worst.value, rule)} ${ok ? "≤" : ">"} ${frNumber(cond.upTo)}` };
}

/** A per-unit bonus paid when every condition holds; otherwise a zero line that says which failed. */
export function bonusRule(c: BonusComponent, ctx: MonthContext): RuleOutcome {
  const checks = c.conditions.map((cond) => checkCondition(cond, ctx));
  const failed = checks.filter((x) => !x.ok);
  const granted = failed.length === 0;
  const explanation = granted
    ? `${c.label} accordée : ${checks.map((x) => x.text).join(" ; ")}`
    : `${c.label} non accordée : ${failed.map((x) => x.text).join(" ; ")}`;
  return { lines: [perUnitLine(c.code, c.label, granted ? c.rate : ZERO, ctx.volume, ctx.grid.amountDivisor, "quality-bonus", explanation)], notes: [] };
}
