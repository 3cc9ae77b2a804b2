import { sum, type Decimal } from "../decimal";
import type { Criterion, Grid } from "../grid/schema";
import { addMonths, monthOf, type IsoDate, type YearMonth } from "../month";
import type { Delivery, LabResult, ProducerEvent } from "../types";
import { describeFigure, type DescribedValue } from "./explanations";
import { decideJoker, type JokerDecision } from "./joker";
import { computeFigure, type MonthlyFigure } from "./monthlyFigure";

/** Later than any month: "no month seen yet". */
const NO_MONTH = "9999-12";

/**
 * One producer's rows indexed by month, with the monthly values of every criterion computed (and memoised)
 * as the grid says: the same code serves the current month and the history (fallbacks, windows, joker).
 */
export class ProducerHistory {
  private readonly months = new Map<YearMonth, MonthRecord>();
  readonly historyStart: YearMonth;
  /** The earliest month with a validated result ("9999-12" when none): nothing to reuse before it. */
  readonly firstData: YearMonth;

  constructor(
    readonly grid: Grid,
    deliveries: readonly Delivery[],
    results: readonly LabResult[],
    events: readonly ProducerEvent[],
    historyStart?: YearMonth,
  ) {
    const validated = results.filter((r) => r.validated !== false);
    const firstResult = this.byMonth(validated, (record, r) => record.criterion(r.criterion).results.push(r));
    // Sorted by date once; rows usually come in date order, and a sort of each list in order cost 18 % more
    // CPU time (bench/engine.ts, a result at every collection) than this look.
    for (const record of this.months.values()) {
      for (const c of record.criteria.values()) if (!isSorted(c.results)) c.results.sort(byDate);
    }
    const firstDelivery = this.byMonth(deliveries, (record, d) => record.deliveries.push(d));
    this.byMonth(events, (record, e) => record.events.push(e));
    const earliest = firstResult < firstDelivery ? firstResult : firstDelivery;
    this.historyStart = historyStart ?? (earliest === NO_MONTH ? "0000-01" : earliest);
    this.firstData = firstResult;
  }

  /** The month's record, created empty for a month without rows (memos of the history's earlier months). */
  private record(month: YearMonth): MonthRecord {
    let record = this.months.get(month);
    if (!record) this.months.set(month, (record = new MonthRecord()));
    return record;
  }

  /**
   * Puts each row into its month's record and returns the earliest month seen. Rows usually come in date
   * order, so the record stays at hand while the month does not change: a month key and a map lookup for
   * every row cost 11 % more CPU time (bench/engine.ts, a result at every collection).
   */
  private byMonth<R extends { date: IsoDate }>(
    rows: readonly R[],
    add: (record: MonthRecord, row: R) => void,
  ): YearMonth {
    let earliest = NO_MONTH;
    let month = "";
    let record: MonthRecord | undefined;
    for (const row of rows) {
      if (record === undefined || !row.date.startsWith(month)) {
        month = monthOf(row.date);
        record = this.record(month);
        if (month < earliest) earliest = month;
      }
      add(record, row);
    }
    return earliest;
  }

  private criterionMonth(criterion: Criterion, month: YearMonth): CriterionMonth {
    return this.record(month).criterion(criterion);
  }

  /** Validated results of a criterion in a month, by date. */
  results(criterion: Criterion, month: YearMonth): readonly LabResult[] {
    return this.months.get(month)?.criteria.get(criterion)?.results ?? NO_RESULTS;
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
    record.volumeByDay ??= volumeByDay(record.deliveries);
    return record.volumeByDay.get(date) ?? null;
  }

  monthVolume(month: YearMonth): Decimal {
    return sum(this.deliveries(month).map((d) => d.volume));
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
    if (!this.grid.criteria[criterion]?.joker) return results;
    const joker = this.joker(criterion, month);
    return joker.granted ? results.filter((r) => r !== joker.setAside) : results;
  }

  /** The joker germes decision of the month (joker.ts), taken once. */
  joker(criterion: Criterion, month: YearMonth): JokerDecision {
    const c = this.criterionMonth(criterion, month);
    return (c.joker ??= decideJoker(this, criterion, month));
  }

  /**
   * The monthly value of a criterion as the grid computes it (no text), computed once: what the history
   * months need (fallback chains, contestation windows).
   */
  figure(criterion: Criterion, month: YearMonth): MonthlyFigure {
    const c = this.criterionMonth(criterion, month);
    return (c.figure ??= computeFigure(this, criterion, month));
  }

  /** The monthly value with the words that explain it and the notes it raises (for the statement's month). */
  monthly(criterion: Criterion, month: YearMonth): DescribedValue {
    const c = this.criterionMonth(criterion, month);
    return (c.described ??= describeFigure(this.grid.criteria[criterion]!, this.figure(criterion, month), month));
  }
}

/** What the history holds and has worked out for one month. */
class MonthRecord {
  readonly criteria = new Map<Criterion, CriterionMonth>();
  readonly deliveries: Delivery[] = [];
  readonly events: ProducerEvent[] = [];
  volumeByDay?: Map<IsoDate, Decimal>;

  /** The criterion's month, created empty when it has no result (a memo of an earlier month). */
  criterion(criterion: Criterion): CriterionMonth {
    let c = this.criteria.get(criterion);
    if (!c) this.criteria.set(criterion, (c = { results: [] }));
    return c;
  }
}

/** One criterion in one month: its validated results, by date, and what was worked out from them. */
interface CriterionMonth {
  results: LabResult[];
  figure?: MonthlyFigure;
  described?: DescribedValue;
  joker?: JokerDecision;
}

const NO_RESULTS: readonly LabResult[] = [];

function isSorted(list: readonly LabResult[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1].date > list[i].date) return false;
  return true;
}

function byDate(a: { date: IsoDate }, b: { date: IsoDate }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/**
 * The volume of each day of the month: the sum of its collections. A day's first collection is its volume as
 * it is rather than 0 + it: 0.9 % fewer instructions per statement (valgrind, bench/engine.ts, a result at
 * every collection).
 */
function volumeByDay(deliveries: readonly Delivery[]): Map<IsoDate, Decimal> {
  const byDay = new Map<IsoDate, Decimal>();
  for (const d of deliveries) {
    const earlier = byDay.get(d.date);
    byDay.set(d.date, earlier === undefined ? d.volume : earlier.plus(d.volume));
  }
  return byDay;
}
