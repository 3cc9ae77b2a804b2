import { message } from "../../messages/engine";
import { frDate, frNumber } from "../format";
import type { LadderComponent, LadderLevel, TieredComponent } from "../grid/schema";
import { addMonths, type YearMonth } from "../month";
import { note } from "../notes";
import type { MonthlyValue, Note } from "../types";
import type { MonthContext, RuleOutcome } from "./context";
import { lumpLine, perUnitLine, qualityCategory } from "./lines";
import { contestationsFor, describeRate, describeTier, findTier, tierRate } from "./tiers";
import { ZERO, round2, type Decimal } from "../decimal";

/** A monthly value looked up in tiers: germs, cells, spores, freezing point. */
export function tieredRule(c: TieredComponent, ctx: MonthContext): RuleOutcome {
  const { value: mv } = ctx.history.monthly(c.criterion, ctx.month);
  const notes: Note[] = [];
  if (mv.value === null) {
    notes.push(missing(c.label, mv, ctx));
    return { lines: [], notes };
  }
  const tier = findTier(c.tiers, mv.value);
  const rate = tierRate(tier, ctx.basePrice);
  const explanation = `${c.label} : ${mv.explanation}, ${describeTier(tier)} → ${describeRate(tier, rate, ctx.grid.priceUnit)}`;
  const measured = { criterion: c.criterion, value: mv.value };
  // The tier's warning is the grid's own text (like its labels), quoted as the grid says it.
  if (tier.warning)
    notes.push(
      note("warning", "WARNING", message("engine.tier.warning", { label: c.label, warning: tier.warning }), measured),
    );
  if (c.contestation && mv.count > 0) {
    const n = contestationsFor(c.contestation, mv.value, mv.count);
    if (n > 0) {
      const text = message("engine.contestation.count", { label: c.label, explanation: mv.explanationText, n });
      notes.push(note("warning", "CONTESTATION", text, measured));
    }
  }
  return {
    lines: [perUnitLine(c.code, c.label, rate, ctx.volume, ctx.grid.amountDivisor, qualityCategory(rate), explanation)],
    notes,
  };
}

/** Contestations a month makes for a ladder criterion (0 for a month without results). */
export function monthContestations(c: LadderComponent, ctx: MonthContext, month: YearMonth): number {
  if ("anyPositive" in c.contestation) {
    return ctx.history.results(c.criterion, month).some((r) => r.value.gt(0)) ? c.contestation.anyPositive : 0;
  }
  const figure = ctx.history.figure(c.criterion, month);
  if (figure.value === null || figure.count === 0) return 0;
  return contestationsFor(c.contestation, figure.value, figure.count);
}

/** The ladder step of a level: levels beyond the last listed take the last one ("5 and more"). */
export function ladderStep(c: Pick<LadderComponent, "levels">, level: number): LadderLevel {
  return c.levels[Math.min(level, c.levels.length) - 1];
}

/**
 * Per-unit deduction of a ladder for a month: none without a contestation this month, else the step of
 * (this month's + the window's earlier contestations). Shared by the statement and the formulas.
 */
export function ladderRate(c: Pick<LadderComponent, "levels">, current: number, prior: number): Decimal {
  return current === 0 ? ZERO : round2(ladderStep(c, current + prior).rate);
}

/**
 * Deduction ladder (mooh): in a month with at least one contestation, the level is the number of
 * contestations of the criterion in the window (current month included); no contestation, no deduction.
 */
export function ladderRule(c: LadderComponent, ctx: MonthContext): RuleOutcome {
  const notes: Note[] = [];
  const results = ctx.history.results(c.criterion, ctx.month);
  const current = monthContestations(c, ctx, ctx.month);
  let basis: string;
  if ("anyPositive" in c.contestation) {
    const positives = results.filter((r) => r.value.gt(0));
    basis =
      positives.length > 0
        ? `résultat positif le ${positives.map((r) => frDate(r.date)).join(", ")}`
        : results.length > 0
          ? `${results.length} résultat${results.length > 1 ? "s" : ""} négatif${results.length > 1 ? "s" : ""}`
          : "aucun résultat";
  } else {
    basis = ctx.history.monthly(c.criterion, ctx.month).value.explanation;
  }
  if (results.length === 0) {
    notes.push(note("warning", "MISSING", message("engine.missing.ladder", { label: c.label })));
  }
  if (current === 0) {
    const explanation = `${c.label} : ${basis} → aucune contestation ce mois, pas de déduction`;
    const lines = [
      perUnitLine(c.code, c.label, ZERO, ctx.volume, ctx.grid.amountDivisor, "quality-deduction", explanation),
    ];
    if (c.damages) lines.push(...damagesLines(c, ctx, current, notes));
    return { lines, notes };
  }
  const perMonth: string[] = [];
  let level = 0;
  for (let i = 0; i < c.windowMonths; i++) {
    const m = addMonths(ctx.month, -i);
    const n = i === 0 ? current : monthContestations(c, ctx, m);
    if (n > 0) perMonth.push(`${m} : ${n}`);
    level += n;
  }
  const step = ladderStep(c, level);
  const covered = ctx.history.coveredMonthsBefore(ctx.month, c.windowMonths - 1);
  if (covered < c.windowMonths - 1) {
    const text = message("engine.ladder.shortHistory", { label: c.label, covered, months: c.windowMonths - 1 });
    notes.push(note("warning", "HISTORY", text));
  }
  const rateText = `${frNumber(step.rate, 2)} ${ctx.grid.priceUnit}`;
  const explanation =
    `${c.label} : ${basis} → ${current} contestation${current > 1 ? "s" : ""} ; ` +
    `${level} contestation${level > 1 ? "s" : ""} en ${c.windowMonths} mois (${perMonth.join(", ")}) → niveau ${Math.min(level, c.levels.length)}${level > c.levels.length ? " et plus" : ""} : ${rateText}` +
    (step.suspension ? " et suspension" : "");
  const lines = [
    perUnitLine(c.code, c.label, step.rate, ctx.volume, ctx.grid.amountDivisor, "quality-deduction", explanation),
  ];
  if (step.suspension) {
    const text = message("engine.ladder.suspension", { label: c.label, n: level, months: c.windowMonths });
    notes.push(note("warning", "SUSPENSION", text));
  }
  if (c.damages) lines.push(...damagesLines(c, ctx, current, notes));
  return { lines, notes, suspension: step.suspension === true };
}

/** Actual damages entered as events DOMMAGES, charged in the month they are dated. */
function damagesLines(c: LadderComponent, ctx: MonthContext, contestations: number, notes: Note[]) {
  return damageEvents(ctx).map((e) => {
    if (contestations === 0) {
      const text = message("engine.damages.withoutContestation", {
        date: frDate(e.date),
        label: c.label.toLowerCase(),
      });
      notes.push(note("warning", "DAMAGES", text, { source: e.source }));
    }
    const amount = e.amount!; // required by computeStatement's input check
    return lumpLine(
      "DOMMAGES",
      "Dommages effectifs",
      amount.negated(),
      "penalty",
      `${c.label} : dommages effectifs du ${frDate(e.date)}, ${frNumber(amount, 2)} ${ctx.grid.currency}`,
    );
  });
}

function damageEvents(ctx: MonthContext) {
  return ctx.history.events(ctx.month).filter((e) => e.type === "DOMMAGES");
}

function missing(label: string, mv: MonthlyValue, ctx: MonthContext): Note {
  const text = message("engine.missing.tiers", { label, explanation: mv.explanationText, month: ctx.month });
  return note("warning", "MISSING", text);
}
