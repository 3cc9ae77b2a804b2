import { Decimal, ZERO, roundTo } from "../decimal";
import { frDate, frNumber } from "../format";
import type { Criterion, CriterionRule, Grid } from "../grid/schema";
import { addMonths, monthOf, type IsoDate, type YearMonth } from "../month";
import type { Delivery, LabResult, MonthlyValue, Note, ProducerEvent } from "../types";
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

/** How far back a "previous month's mean" may be chained when several months in a row have no result. */
const MAX_FALLBACK_DEPTH = 12;

/**
 * One producer's rows indexed by month, with the monthly values of every criterion computed (and memoised)
 * as the grid says: the same code serves the current month and the history (fallbacks, windows, joker).
 */
export class ProducerHistory {
  private readonly resultsByKey = new Map<string, LabResult[]>();
  private readonly volumeByDay = new Map<IsoDate, Decimal>();
  private readonly deliveriesByMonth = new Map<YearMonth, Delivery[]>();
  private readonly eventsByMonth = new Map<YearMonth, ProducerEvent[]>();
  private readonly monthlyMemo = new Map<string, { value: MonthlyValue; notes: Note[] }>();
  private readonly jokerMemo = new Map<string, JokerDecision>();
  readonly historyStart: YearMonth;

  constructor(
    readonly grid: Grid,
    deliveries: readonly Delivery[],
    results: readonly LabResult[],
    events: readonly ProducerEvent[],
    historyStart?: YearMonth,
  ) {
    let earliest: YearMonth | undefined = historyStart;
    for (const r of results) {
      if (r.validated === false) continue;
      const month = monthOf(r.date);
      const key = `${r.criterion}|${month}`;
      const list = this.resultsByKey.get(key);
      if (list) list.push(r);
      else this.resultsByKey.set(key, [r]);
      if (!historyStart && (!earliest || month < earliest)) earliest = month;
    }
    for (const list of this.resultsByKey.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    for (const d of deliveries) {
      const month = monthOf(d.date);
      this.volumeByDay.set(d.date, (this.volumeByDay.get(d.date) ?? ZERO).plus(d.volume));
      const list = this.deliveriesByMonth.get(month);
      if (list) list.push(d);
      else this.deliveriesByMonth.set(month, [d]);
      if (!historyStart && (!earliest || month < earliest)) earliest = month;
    }
    for (const e of events) {
      const month = monthOf(e.date);
      const list = this.eventsByMonth.get(month);
      if (list) list.push(e);
      else this.eventsByMonth.set(month, [e]);
    }
    this.historyStart = earliest ?? "0000-01";
  }

  /** Validated results of a criterion in a month, by date. */
  results(criterion: Criterion, month: YearMonth): readonly LabResult[] {
    return this.resultsByKey.get(`${criterion}|${month}`) ?? [];
  }

  deliveries(month: YearMonth): readonly Delivery[] {
    return this.deliveriesByMonth.get(month) ?? [];
  }

  events(month: YearMonth): readonly ProducerEvent[] {
    return this.eventsByMonth.get(month) ?? [];
  }

  /** Volume delivered on a day (sum of that day's collections), or null when nothing was delivered. */
  dayVolume(date: IsoDate): Decimal | null {
    return this.volumeByDay.get(date) ?? null;
  }

  monthVolume(month: YearMonth): Decimal {
    let total = ZERO;
    for (const d of this.deliveries(month)) total = total.plus(d.volume);
    return total;
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
    const memoKey = `${criterion}|${month}`;
    const cached = this.jokerMemo.get(memoKey);
    if (cached) return cached;
    const rule = this.grid.criteria[criterion]!;
    const { threshold, months } = rule.joker!;
    const current = this.results(criterion, month);
    const accidents = current.filter((r) => r.value.gt(threshold));
    const historyMonths = this.coveredMonthsBefore(month, months);
    let decision: JokerDecision;
    if (accidents.length === 0) {
      decision = { applicable: false, granted: false, historyMonths, reason: "" };
    } else if (accidents.length > 1) {
      decision = {
        applicable: true, granted: false, historyMonths,
        reason: `joker refusé : ${accidents.length} résultats > ${frNumber(threshold)} ce mois`,
      };
    } else {
      let blocker: LabResult | undefined;
      for (let i = months; i >= 1 && !blocker; i--) {
        blocker = this.results(criterion, addMonths(month, -i)).find((r) => r.value.gt(threshold));
      }
      if (blocker) {
        decision = {
          applicable: true, granted: false, historyMonths,
          reason: `joker refusé : résultat de ${frNumber(blocker.value)} le ${frDate(blocker.date)} dans les ${months} mois précédents`,
        };
      } else {
        const a = accidents[0];
        decision = {
          applicable: true, granted: true, setAside: a, historyMonths,
          reason: `joker germes : résultat de ${frNumber(a.value)} du ${frDate(a.date)} écarté (tous les autres résultats du mois et des ${months} mois précédents ≤ ${frNumber(threshold)})`,
        };
      }
    }
    this.jokerMemo.set(memoKey, decision);
    return decision;
  }

  /** The monthly value of a criterion as the grid computes it, with the notes it raises. */
  monthly(criterion: Criterion, month: YearMonth, depth = 0): { value: MonthlyValue; notes: Note[] } {
    const key = `${criterion}|${month}`;
    const cached = this.monthlyMemo.get(key);
    if (cached) return cached;
    const computed = this.computeMonthly(criterion, month, depth);
    this.monthlyMemo.set(key, computed);
    return computed;
  }

  private computeMonthly(criterion: Criterion, month: YearMonth, depth: number): { value: MonthlyValue; notes: Note[] } {
    const rule = this.grid.criteria[criterion];
    if (!rule) throw new Error(`grid "${this.grid.id}" has no criterion ${criterion}`);
    const notes: Note[] = [];
    const results = this.countedResults(criterion, month);
    const min = rule.minResults ?? 1;
    const method = METHOD_LABEL[rule.method];
    const base = { criterion, method, count: results.length };

    if (results.length >= min) {
      const value = this.mean(rule, results, criterion, notes);
      return { value: { ...base, value, fallback: "none", explanation: `${method} ${show(value, rule)} sur ${countText(results.length)}` }, notes };
    }
    if (rule.fallback === "previous-month") {
      const previous = addMonths(month, -1);
      if (results.length > 0) {
        const earlier = this.countedResults(criterion, previous);
        const last = earlier[earlier.length - 1];
        if (last) {
          const value = this.mean(rule, [last, ...results], criterion, notes);
          const explanation = `${method} ${show(value, rule)} sur ${countText(results.length)} du mois et le dernier résultat du mois précédent (${frDate(last.date)} : ${show(last.value, rule)})`;
          notes.push({ severity: "info", code: "FALLBACK", message: `${labelOf(criterion)} : moins de ${min} résultats ce mois, ${explanation}` });
          return { value: { ...base, value, fallback: "previous-last-result", explanation }, notes };
        }
        const value = this.mean(rule, results, criterion, notes);
        const explanation = `${method} ${show(value, rule)} sur ${countText(results.length)} seulement (aucun résultat le mois précédent pour compléter)`;
        notes.push({ severity: "warning", code: "FALLBACK", message: `${labelOf(criterion)} : ${explanation}` });
        return { value: { ...base, value, fallback: "single-result", explanation }, notes };
      }
      const prior = depth < MAX_FALLBACK_DEPTH && this.covers(previous) ? this.monthly(criterion, previous, depth + 1).value : null;
      if (prior && prior.value) {
        const explanation = `aucun résultat ce mois : moyenne du mois précédent reprise (${previous} : ${show(prior.value, rule)})`;
        notes.push({ severity: "info", code: "FALLBACK", message: `${labelOf(criterion)} : ${explanation}` });
        return { value: { ...base, value: prior.value, fallback: "previous-mean", explanation }, notes };
      }
    }
    return { value: { ...base, value: null, fallback: "none", explanation: "aucun résultat" }, notes };
  }

  private mean(rule: CriterionRule, results: readonly LabResult[], criterion: Criterion, notes: Note[]): Decimal {
    const values = results.map((r) => r.value);
    let value: Decimal;
    if (rule.method === "weighted") {
      const weights = results.map((r) => this.dayVolume(r.date));
      const missing = results.filter((_, i) => !weights[i] || weights[i]!.isZero());
      if (missing.length > 0) {
        notes.push({
          severity: "warning",
          code: "WEIGHT",
          message: `${labelOf(criterion)} : pas de livraison le jour du prélèvement (${missing.map((r) => frDate(r.date)).join(", ")}) : moyenne arithmétique au lieu de la moyenne pondérée`,
          source: missing[0].source,
        });
        value = meanOf("arithmetic", values);
      } else {
        value = meanOf("weighted", values, weights as Decimal[]);
      }
    } else {
      value = meanOf(rule.method, values, undefined, rule.worst);
    }
    return rule.round === undefined ? value : roundTo(value, rule.round);
  }
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

function labelOf(criterion: Criterion): string {
  return CRITERION_LABEL[criterion];
}

function countText(n: number): string {
  return `${n} résultat${n > 1 ? "s" : ""}`;
}

/** A monthly value with its unit, as a person reads it: "383 406/ml", "38,52 g/l", "−0,505 °C". */
export function show(value: Decimal, rule: Pick<CriterionRule, "round" | "unit">): string {
  const places = rule.round ?? (value.isInteger() ? 0 : Math.min(value.decimalPlaces(), 2));
  const text = frNumber(value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP), places);
  if (!rule.unit) return text;
  return rule.unit.startsWith("/") ? `${text}${rule.unit}` : `${text}\u00a0${rule.unit}`;
}
