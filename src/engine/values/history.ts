import { Decimal, ZERO, compare, roundTo, smallInteger } from "../decimal";
import { frConstant, frDate, frNumber, frRounded } from "../format";
import { CRITERIA, type Criterion, type CriterionRule, type Grid } from "../grid/schema";
import { addMonths, monthOf, type IsoDate, type YearMonth } from "../month";
import type { Delivery, Fallback, LabResult, MonthlyValue, Note, ProducerEvent } from "../types";
import { METHOD_LABEL, meanOf } from "./means";

/** Outcome of the joker germes test for a month. */
export interface JokerDecision {
  /** There was a result above the threshold this month. */
  applicable: boolean;
  granted: boolean;
  setAside?: LabResult;
  /** Earlier months of the joker window that the workbook holds. */
  historyMonths: number;
  reason: string;
}

/**
 * How far back a month's mean may be reused, month after month, when the months since have no result
 * (grids.md, History: at most 12 months back; beyond, no value and a warning).
 */
export const MAX_FALLBACK_MONTHS = 12;

/** Months from `from` to `to`: 2024-03 → 2025-03 is 12. */
function monthsBetween(from: YearMonth, to: YearMonth): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
}

/**
 * One producer's rows indexed by month, with the monthly values of every criterion computed (and memoised)
 * as the grid says: the same code serves the current month and the history (fallbacks, windows, joker).
 */
export class ProducerHistory {
  // Rows are put into one record per month, results by criterion, in one pass; what is derived from them
  // (sorted lists, volume by day, monthly figures and their words, joker decisions) is kept in the same
  // record, indexed by criterion, when first asked for: one map lookup by month, no composite string keys.
  private readonly months = new Map<YearMonth, MonthRecord>();
  readonly historyStart: YearMonth;
  /** The earliest month with a validated result ("9999-12" when none): nothing to reuse before it. */
  private readonly firstData: YearMonth;

  constructor(
    readonly grid: Grid,
    deliveries: readonly Delivery[],
    results: readonly LabResult[],
    events: readonly ProducerEvent[],
    historyStart?: YearMonth,
  ) {
    const byResults = this.bucketResults(results);
    const byDeliveries = this.bucket(deliveries, "deliveries");
    this.bucket(events, "events");
    const earliest = byResults < byDeliveries ? byResults : byDeliveries;
    this.historyStart = historyStart ?? (earliest === "9999-12" ? "0000-01" : earliest);
    this.firstData = byResults;
  }

  /** The month's record, created empty for a month without rows (memos of the history's earlier months). */
  private record(month: YearMonth): MonthRecord {
    let record = this.months.get(month);
    if (!record) this.months.set(month, (record = new MonthRecord()));
    return record;
  }

  /**
   * Puts the validated results into their month's lists by criterion and returns the earliest month seen.
   * Rows usually come in date order, so the current month's record is kept at hand and the map is only
   * touched when the month changes.
   */
  private bucketResults(rows: readonly LabResult[]): YearMonth {
    let earliest = "9999-12";
    let month = "";
    let record: MonthRecord | undefined;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (row.validated === false) continue;
      if (record === undefined || !row.date.startsWith(month)) {
        month = monthOf(row.date);
        record = this.record(month);
        if (month < earliest) earliest = month;
      }
      const ci = criterionIndex(row.criterion);
      if (ci < 0) continue; // not a criterion: nothing asks for it (computeStatement refuses it)
      const list = record.results[ci];
      if (list) list.push(row);
      else record.results[ci] = [row];
    }
    return earliest;
  }

  /** The same for deliveries or events, one list a month. */
  private bucket<K extends "deliveries" | "events">(rows: readonly MonthRecord[K][number][], kind: K): YearMonth {
    let earliest = "9999-12";
    let month = "";
    let list: MonthRecord[K][number][] | undefined;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (list === undefined || !row.date.startsWith(month)) {
        month = monthOf(row.date);
        list = this.record(month)[kind];
        if (month < earliest) earliest = month;
      }
      list.push(row);
    }
    return earliest;
  }

  /** Validated results of a criterion in a month, by date. */
  results(criterion: Criterion, month: YearMonth): readonly LabResult[] {
    const record = this.months.get(month);
    if (!record) return NO_RESULTS;
    const i = criterionIndex(criterion);
    const list = record.results[i];
    if (!list) return NO_RESULTS;
    if (!record.sorted[i]) {
      if (!isSorted(list)) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      record.sorted[i] = true;
    }
    return list;
  }

  deliveries(month: YearMonth): readonly Delivery[] {
    return this.months.get(month)?.deliveries ?? [];
  }

  events(month: YearMonth): readonly ProducerEvent[] {
    return this.months.get(month)?.events ?? [];
  }

  /** Volume delivered on a day (sum of that day's collections), or null when nothing was delivered. */
  dayVolume(date: IsoDate): Decimal | null {
    const record = this.months.get(monthOf(date));
    if (!record) return null;
    let byDay = record.volumeByDay;
    if (!byDay) {
      byDay = new Map();
      for (const d of record.deliveries) {
        const before = byDay.get(d.date);
        // A day's only collection is its volume as it is (ZERO.plus would copy it unchanged: a value of this
        // Decimal class, at most 35 digits, is already within the 40-digit precision).
        byDay.set(
          d.date,
          before
            ? before.plus(d.volume)
            : d.volume.constructor === Decimal && d.volume.d && d.volume.d.length <= 5
              ? d.volume
              : ZERO.plus(d.volume),
        );
      }
      record.volumeByDay = byDay;
    }
    return byDay.get(date) ?? null;
  }

  monthVolume(month: YearMonth): Decimal {
    const deliveries = this.deliveries(month);
    // Whole volumes add up exactly as JS numbers below 2^53 (see sum); otherwise Decimal by Decimal.
    let n = 0;
    for (let i = 0; i < deliveries.length; i++) {
      const v = smallInteger(deliveries[i].volume);
      if (v === undefined || !Number.isSafeInteger((n += v))) {
        let total = ZERO;
        for (const d of deliveries) total = total.plus(d.volume);
        return total;
      }
    }
    return new Decimal(n);
  }

  /** Whether the workbook holds data for that month (months before the history start are unknown). */
  covers(month: YearMonth): boolean {
    return month >= this.historyStart;
  }

  /** Of the `n` months before `month`, how many the workbook holds. */
  coveredMonthsBefore(month: YearMonth, n: number): number {
    let covered = 0;
    for (let i = 1; i <= n; i++) if (this.covers(addMonths(month, -i))) covered++;
    return covered;
  }

  /** Results that count for the month: validated, minus a result set aside by the joker. */
  countedResults(criterion: Criterion, month: YearMonth): readonly LabResult[] {
    const results = this.results(criterion, month);
    const rule = this.grid.criteria[criterion];
    if (!rule?.joker) return results;
    const joker = this.joker(criterion, month);
    return joker.granted ? results.filter((r) => r !== joker.setAside) : results;
  }

  /**
   * Joker germes (grids.md): one result strictly above the threshold is set aside iff every other validated
   * result of this month and of the `months` before is ≤ the threshold. A set-aside result stays in the
   * history, so it blocks another joker for the following months by itself.
   */
  joker(criterion: Criterion, month: YearMonth): JokerDecision {
    const record = this.record(month);
    const ci = criterionIndex(criterion);
    const cached = record.jokers[ci];
    if (cached) return cached;
    const rule = this.grid.criteria[criterion]!;
    const { threshold, months } = rule.joker!;
    const current = this.results(criterion, month);
    const accidents = current.filter((r) => compare(r.value, threshold) > 0);
    const historyMonths = this.coveredMonthsBefore(month, months);
    let decision: JokerDecision;
    if (accidents.length === 0) {
      decision = { applicable: false, granted: false, historyMonths, reason: "" };
    } else if (accidents.length > 1) {
      decision = {
        applicable: true,
        granted: false,
        historyMonths,
        reason: `joker refusé : ${accidents.length} résultats > ${frConstant(threshold)} ce mois`,
      };
    } else {
      let blocker: LabResult | undefined;
      for (let i = months; i >= 1 && !blocker; i--) {
        blocker = this.results(criterion, addMonths(month, -i)).find((r) => compare(r.value, threshold) > 0);
      }
      if (blocker) {
        decision = {
          applicable: true,
          granted: false,
          historyMonths,
          reason: `joker refusé : résultat de ${frNumber(blocker.value)} le ${frDate(blocker.date)} dans les ${months} mois précédents`,
        };
      } else {
        const a = accidents[0];
        decision = {
          applicable: true,
          granted: true,
          setAside: a,
          historyMonths,
          reason: `joker germes : résultat de ${frNumber(a.value)} du ${frDate(a.date)} écarté (tous les autres résultats du mois et des ${months} mois précédents ≤ ${frConstant(threshold)})`,
        };
      }
    }
    record.jokers[ci] = decision;
    return decision;
  }

  /**
   * The monthly value of a criterion as the grid computes it (memoised, no text): what the history months
   * need (fallback chains, contestation windows), so it stays cheap.
   */
  figure(criterion: Criterion, month: YearMonth): MonthlyFigure {
    const record = this.record(month);
    const ci = criterionIndex(criterion);
    let figure = record.figures[ci];
    if (!figure) {
      figure = this.computeFigure(criterion, month);
      record.figures[ci] = figure;
    }
    return figure;
  }

  /** The monthly value with the words that explain it and the notes it raises (for the statement's month). */
  monthly(criterion: Criterion, month: YearMonth): { value: MonthlyValue; notes: Note[] } {
    const record = this.record(month);
    const ci = criterionIndex(criterion);
    let described = record.described[ci];
    if (!described) {
      described = describeFigure(this.grid.criteria[criterion]!, this.figure(criterion, month), month);
      record.described[ci] = described;
    }
    return described;
  }

  private computeFigure(criterion: Criterion, month: YearMonth): MonthlyFigure {
    const rule = this.grid.criteria[criterion];
    if (!rule) throw new Error(`grid "${this.grid.id}" has no criterion ${criterion}`);
    const results = this.countedResults(criterion, month);
    const count = results.length;
    const figure: MonthlyFigure = { criterion, value: null, count, results, fallback: "none" };
    if (count >= (rule.minResults ?? 1)) {
      this.mean(rule, results, figure);
    } else if (rule.fallback === "previous-month") {
      const previous = addMonths(month, -1);
      if (count > 0) {
        const earlier = this.countedResults(criterion, previous);
        const last = earlier[earlier.length - 1];
        if (last) {
          figure.fallback = "previous-last-result";
          figure.last = last;
          this.mean(rule, [last, ...results], figure);
        } else {
          figure.fallback = "single-result";
          this.mean(rule, results, figure);
        }
      } else {
        // The nearest earlier month with results of its own (so a mean of its own), however far back the
        // workbook goes; its mean is reused only up to 12 months back.
        let source: YearMonth | undefined;
        for (let m = previous; this.covers(m) && m >= this.firstData; m = addMonths(m, -1)) {
          if (this.countedResults(criterion, m).length > 0) {
            source = m;
            break;
          }
        }
        const value = source === undefined ? null : this.figure(criterion, source).value;
        if (source !== undefined && value !== null && monthsBetween(source, month) <= MAX_FALLBACK_MONTHS) {
          figure.fallback = "previous-mean";
          figure.value = value;
          figure.previousMonth = source;
        } else if (source !== undefined && value !== null) {
          figure.staleMonth = source; // grids.md, History: never reused beyond 12 months back
        }
        figure.historyMonths = this.coveredMonthsBefore(month, MAX_FALLBACK_MONTHS);
      }
    }
    return figure;
  }

  /** Sets `figure.value` (and `unweighted` when a weighted mean had to be arithmetic). */
  private mean(rule: CriterionRule, results: readonly LabResult[], figure: MonthlyFigure): void {
    const values = results.map((r) => r.value);
    let value: Decimal;
    if (rule.method === "weighted") {
      const weights = results.map((r) => this.dayVolume(r.date));
      const missing = results.filter((_, i) => !weights[i] || weights[i]!.isZero());
      if (missing.length > 0) {
        // No delivery on the sampling day: no weight to give, so the month falls back to the plain mean.
        figure.unweighted = missing;
        value = meanOf("arithmetic", values);
      } else {
        value = meanOf("weighted", values, weights as Decimal[]);
      }
    } else {
      value = meanOf(rule.method, values, undefined, rule.worst);
    }
    figure.value = rule.round === undefined ? value : roundTo(value, rule.round);
  }
}

/** A monthly value as computed, before any words: enough for thresholds and windows. */
export interface MonthlyFigure {
  criterion: Criterion;
  value: Decimal | null;
  /** Results of the month that entered the value. */
  count: number;
  results: readonly LabResult[];
  fallback: Fallback;
  /** The previous month's last result used to complete a month with too few results. */
  last?: LabResult;
  /** The month whose mean was reused (the previous one, or the earlier one it reused itself). */
  previousMonth?: YearMonth;
  /** No value: the nearest earlier mean, of this month, is more than 12 months back (not reused). */
  staleMonth?: YearMonth;
  /** No result this month: how many of the 12 months before the workbook holds. */
  historyMonths?: number;
  /** Results without delivery on their day, which made a weighted mean arithmetic. */
  unweighted?: LabResult[];
}

function describeFigure(
  rule: CriterionRule,
  f: MonthlyFigure,
  month: YearMonth,
): { value: MonthlyValue; notes: Note[] } {
  const method = METHOD_LABEL[rule.method];
  const label = CRITERION_LABEL[f.criterion];
  const notes: Note[] = [];
  let explanation: string;
  switch (f.fallback) {
    case "none":
      explanation =
        f.value === null ? noValueText(rule, f, month) : `${method} ${show(f.value, rule)} sur ${countText(f.count)}`;
      break;
    case "previous-last-result":
      explanation = `${method} ${show(f.value!, rule)} sur ${countText(f.count)} du mois et le dernier résultat du mois précédent (${frDate(f.last!.date)} : ${show(f.last!.value, rule)})`;
      notes.push({
        severity: "info",
        code: "FALLBACK",
        message: `${label} : moins de ${rule.minResults} résultats ce mois, ${explanation}`,
      });
      break;
    case "single-result":
      explanation = `${method} ${show(f.value!, rule)} sur ${countText(f.count)} seulement (aucun résultat le mois précédent pour compléter)`;
      notes.push({ severity: "warning", code: "FALLBACK", message: `${label} : ${explanation}` });
      break;
    case "previous-mean":
      explanation =
        f.previousMonth === addMonths(month, -1)
          ? `aucun résultat ce mois : moyenne du mois précédent reprise (${f.previousMonth} : ${show(f.value!, rule)})`
          : `aucun résultat ce mois ni depuis ${f.previousMonth} : dernière moyenne reprise (${f.previousMonth}, il y a ${monthsBetween(f.previousMonth!, month)} mois : ${show(f.value!, rule)} ; au plus ${MAX_FALLBACK_MONTHS} mois en arrière)`;
      notes.push({ severity: "info", code: "FALLBACK", message: `${label} : ${explanation}` });
      break;
  }
  if (f.unweighted) {
    notes.push({
      severity: "warning",
      code: "WEIGHT",
      message: `${label} : pas de livraison le jour du prélèvement (${f.unweighted.map((r) => frDate(r.date)).join(", ")}) : moyenne arithmétique au lieu de la moyenne pondérée (${month})`,
      source: f.unweighted[0].source,
    });
  }
  return {
    value: { criterion: f.criterion, value: f.value, method, count: f.count, fallback: f.fallback, explanation },
    notes,
  };
}

/** Why a month has no value, in the statement's words (the rules add « composante non calculée »). */
function noValueText(rule: CriterionRule, f: MonthlyFigure, month: YearMonth): string {
  if (f.count > 0 || rule.fallback !== "previous-month") return "aucun résultat ce mois";
  if (f.staleMonth) {
    return `aucun résultat ce mois ; la dernière moyenne (${f.staleMonth}) date de ${monthsBetween(f.staleMonth, month)} mois : au-delà de ${MAX_FALLBACK_MONTHS} mois, elle n'est pas reprise`;
  }
  const held = f.historyMonths ?? 0;
  if (held >= MAX_FALLBACK_MONTHS) {
    return `aucun résultat ce mois ni dans les ${MAX_FALLBACK_MONTHS} mois précédents : pas de moyenne à reprendre (au plus ${MAX_FALLBACK_MONTHS} mois en arrière)`;
  }
  return held === 0
    ? "aucun résultat ce mois et pas d'historique des mois précédents dans le classeur : pas de moyenne à reprendre"
    : `aucun résultat ce mois ni dans les ${held} mois précédents que le classeur contient : pas de moyenne à reprendre`;
}

/** What the history holds and has worked out for one month. */
class MonthRecord {
  /** Validated results by criterion (criterionIndex), in the order given until `sorted` says by date. */
  readonly results: (LabResult[] | undefined)[] = [];
  readonly sorted: boolean[] = [];
  readonly deliveries: Delivery[] = [];
  readonly events: ProducerEvent[] = [];
  volumeByDay?: Map<IsoDate, Decimal>;
  readonly figures: (MonthlyFigure | undefined)[] = [];
  readonly described: ({ value: MonthlyValue; notes: Note[] } | undefined)[] = [];
  readonly jokers: (JokerDecision | undefined)[] = [];
}

/** A criterion's place in CRITERIA, −1 for anything else: a switch rather than a keyed lookup on every row. */
export function criterionIndex(criterion: string): number {
  switch (criterion) {
    case "MG":
      return 0;
    case "MP":
      return 1;
    case "GERMES":
      return 2;
    case "CELLULES":
      return 3;
    case "BUTYRIQUES":
      return 4;
    case "PC":
      return 5;
    case "INHIBITEURS":
      return 6;
    default:
      return -1;
  }
}
CRITERIA.forEach((c, i) => {
  if (criterionIndex(c) !== i) throw new Error(`criterionIndex does not follow CRITERIA at ${c}`);
});
const NO_RESULTS: readonly LabResult[] = [];

function isSorted(list: readonly LabResult[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1].date > list[i].date) return false;
  return true;
}

export const CRITERION_LABEL: Record<Criterion, string> = {
  MG: "Matière grasse",
  MP: "Matière protéique",
  GERMES: "Germes",
  CELLULES: "Cellules",
  BUTYRIQUES: "Spores butyriques",
  PC: "Point de congélation",
  INHIBITEURS: "Inhibiteurs",
};

function countText(n: number): string {
  return `${n} résultat${n > 1 ? "s" : ""}`;
}

/** show() of a grid's constant (a reference content): written once per value and rule. */
export function showConstant(value: Decimal, rule: Pick<CriterionRule, "round" | "unit">): string {
  const cached = SHOWN_CONSTANTS.get(value);
  if (cached && cached.rule === rule) return cached.text;
  const text = show(value, rule);
  SHOWN_CONSTANTS.set(value, { rule, text });
  return text;
}

const SHOWN_CONSTANTS = new WeakMap<Decimal, { rule: object; text: string }>();

/** A monthly value with its unit, as a person reads it: "383 406/ml", "38,52 g/l", "−0,505 °C". */
export function show(value: Decimal, rule: Pick<CriterionRule, "round" | "unit">): string {
  const places = rule.round ?? (value.isInteger() ? 0 : Math.min(value.decimalPlaces(), 2));
  const text = frRounded(value, places);
  if (!rule.unit) return text;
  return rule.unit.startsWith("/") ? `${text}${rule.unit}` : `${text}\u00a0${rule.unit}`;
}
