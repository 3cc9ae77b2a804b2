import type { Decimal } from "../decimal";
import type { Criterion } from "../grid/schema";
import type { YearMonth } from "../month";
import type { Fallback, LabResult } from "../types";
import { previousMean, withPreviousLastResult } from "./fallbacks";
import { setMonthlyMean } from "./means";
import type { ProducerHistory } from "./producerHistory";

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

/**
 * The monthly value of a criterion as the grid computes it: the mean of the month's results that count, or,
 * with too few of them, the grid's fallback (grids.md, History).
 */
export function computeFigure(history: ProducerHistory, criterion: Criterion, month: YearMonth): MonthlyFigure {
  const rule = history.grid.criteria[criterion];
  if (!rule) throw new Error(`grid "${history.grid.id}" has no criterion ${criterion}`);
  const results = history.countedResults(criterion, month);
  const count = results.length;
  const figure: MonthlyFigure = { criterion, value: null, count, results, fallback: "none" };
  if (count >= (rule.minResults ?? 1)) {
    setMonthlyMean(figure, rule, results, (date) => history.dayVolume(date));
  } else if (rule.fallback === "previous-month") {
    if (count > 0) withPreviousLastResult(history, rule, figure, month);
    else previousMean(history, figure, month);
  }
  return figure;
}
