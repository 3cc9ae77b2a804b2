import { message } from "../../messages/engine";
import { HUNDRED } from "../decimal";
import { frDate, frNumber } from "../format";
import type { AntibioticComponent } from "../grid/schema";
import { addMonths, addMonthsToDate, monthOf, yearOf, type IsoDate } from "../month";
import { note } from "../notes";
import type { Note, ProducerEvent, StatementLine } from "../types";
import type { MonthContext, RuleOutcome } from "./context";
import { lumpLine } from "./lines";

/** Dates of positive antibiotic screening tests (INHIBITEURS) from `months` months back to the current month. */
export function positiveDates(ctx: MonthContext, months: number): IsoDate[] {
  const dates = new Set<IsoDate>();
  for (let i = months; i >= 0; i--) {
    for (const r of ctx.history.results("INHIBITEURS", addMonths(ctx.month, -i))) if (r.value.gt(0)) dates.add(r.date);
  }
  return [...dates].sort();
}

/**
 * Antibiotic residues (sud-est): for each positive test day of the month, a penalty of 125 % (200 % for a
 * repeat within 12 rolling months) of that day's milk at base price, and a destruction participation by rank
 * (250 / 500 / 750 €); spreading costs as entered; the alert indemnity once per calendar year.
 */
export function antibioticRule(c: AntibioticComponent, ctx: MonthContext): RuleOutcome {
  const lines: StatementLine[] = [];
  const notes: Note[] = [];
  const all = positiveDates(ctx, c.windowMonths);
  const current = all.filter((d) => monthOf(d) === ctx.month);
  for (const day of current) positiveDayLines(c, ctx, day, all, lines, notes);
  const events = ctx.history.events(ctx.month);
  for (const e of events.filter((x) => x.type === "EPANDAGE")) {
    const amount = e.amount!; // required by computeStatement's input check
    if (current.length === 0) {
      const text = message("engine.antibiotic.spreadingWithoutPositive", { date: frDate(e.date) });
      notes.push(note("warning", "ANTIBIOTIC", text, { source: e.source }));
    }
    lines.push(
      lumpLine(
        "EPANDAGE",
        `Coût d'épandage du ${frDate(e.date)}`,
        amount.negated(),
        "cost",
        `coût d'épandage saisi : ${frNumber(amount, 2)} ${ctx.grid.currency}`,
      ),
    );
  }
  alertLines(c, ctx, events, lines, notes);
  return { lines, notes };
}

/** A positive test day: the penalty on that day's milk and the destruction participation, by rank. */
function positiveDayLines(
  c: AntibioticComponent,
  ctx: MonthContext,
  day: IsoDate,
  all: readonly IsoDate[],
  lines: StatementLine[],
  notes: Note[],
): void {
  const { grid, basePrice } = ctx;
  const windowStart = addMonthsToDate(day, -c.windowMonths);
  const rank = all.filter((d) => d > windowStart && d < day).length + 1;
  const ordinal = rank === 1 ? "1re" : `${rank}e`;
  if (!ctx.history.covers(monthOf(windowStart))) {
    const text = message("engine.antibiotic.shortHistory", { date: frDate(day), months: c.windowMonths });
    notes.push(note("warning", "HISTORY", text));
  }
  const percent = rank >= 2 ? c.penaltyPercent.repeat : c.penaltyPercent.first;
  const dayVolume = ctx.history.dayVolume(day);
  if (!dayVolume || dayVolume.isZero()) {
    const text = message("engine.antibiotic.positiveWithoutDelivery", { date: frDate(day) });
    notes.push(note("warning", "ANTIBIOTIC", text));
  } else {
    const value = dayVolume.times(basePrice).div(grid.amountDivisor);
    lines.push(
      lumpLine(
        `${c.code}`,
        `Pénalité antibiotiques du ${frDate(day)}`,
        value.times(percent).div(HUNDRED).negated(),
        "penalty",
        `${ordinal} positivité en ${c.windowMonths} mois glissants : ${frNumber(percent)} % de la valeur du lait livré ce jour (${frNumber(dayVolume)} ${grid.volumeUnit} × ${frNumber(basePrice, 2)} ${grid.priceUnit}, hors primes)`,
      ),
    );
  }
  const fixed = c.destruction[Math.min(rank, c.destruction.length) - 1];
  lines.push(
    lumpLine(
      "DESTRUCTION",
      `Participation à la destruction du ${frDate(day)}`,
      fixed.negated(),
      "cost",
      `${ordinal} positivité en ${c.windowMonths} mois glissants → ${frNumber(fixed, 2)} ${grid.currency} (plus le coût d'épandage)`,
    ),
  );
}

/** Alert indemnities of the month, up to the grid's number per calendar year. */
function alertLines(
  c: AntibioticComponent,
  ctx: MonthContext,
  events: readonly ProducerEvent[],
  lines: StatementLine[],
  notes: Note[],
): void {
  const { grid, basePrice } = ctx;
  const alerts = events
    .filter((x) => x.type === "ALERTE")
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (alerts.length === 0) return;
  const year = yearOf(ctx.month);
  let earlier = 0;
  for (let m = `${year}-01`; m < ctx.month; m = addMonths(m, 1))
    earlier += ctx.history.events(m).filter((x) => x.type === "ALERTE").length;
  if (!ctx.history.covers(`${year}-01`)) {
    notes.push(note("warning", "HISTORY", message("engine.alert.shortHistory", { year })));
  }
  for (const alert of alerts) {
    if (earlier >= c.alert.perCalendarYear) {
      const perYear = c.alert.perCalendarYear;
      const text = message("engine.alert.noIndemnity", { date: frDate(alert.date), n: earlier, year, perYear });
      notes.push(note("warning", "ALERT", text, { source: alert.source }));
    } else {
      lines.push(
        lumpLine(
          "ALERTE",
          `Indemnité alerte du ${frDate(alert.date)}`,
          alert.volume!.times(basePrice).div(grid.amountDivisor).times(c.alert.percent).div(HUNDRED),
          "indemnity",
          `${frNumber(c.alert.percent)} % de la valeur du lait non livré (${frNumber(alert.volume!)} ${grid.volumeUnit} × ${frNumber(basePrice, 2)} ${grid.priceUnit}), ${c.alert.perCalendarYear} fois par année civile`,
        ),
      );
    }
    earlier++;
  }
}
