import type { CriterionRule } from "../grid/schema";
import { addMonths, monthsBetween, type IsoDate, type YearMonth } from "../month";
import { setMonthlyMean } from "./means";
import type { MonthlyFigure } from "./monthlyFigure";
import type { ProducerHistory } from "./producerHistory";

/**
 * How far back a month's mean may be reused, month after month, when the months since have no result
 * (grids.md, History: at most 12 months back; beyond, no value and a warning).
 */
export const MAX_FALLBACK_MONTHS = 12;

/**
 * Too few results this month (but some): the mean of them and the previous month's last result, or of them
 * alone when the previous month has none.
 */
export function withPreviousLastResult(
  history: ProducerHistory,
  rule: CriterionRule,
  figure: MonthlyFigure,
  month: YearMonth,
): void {
  const earlier = history.countedResults(figure.criterion, addMonths(month, -1));
  const last = earlier[earlier.length - 1];
  const dayVolume = (date: IsoDate) => history.dayVolume(date);
  if (last) {
    figure.fallback = "previous-last-result";
    figure.last = last;
    setMonthlyMean(figure, rule, [last, ...figure.results], dayVolume);
  } else {
    figure.fallback = "single-result";
    setMonthlyMean(figure, rule, figure.results, dayVolume);
  }
}

/**
 * No result this month: the mean of the nearest earlier month with results of its own (so a mean of its
 * own), however far back the workbook goes; reused only up to 12 months back.
 */
export function previousMean(history: ProducerHistory, figure: MonthlyFigure, month: YearMonth): void {
  let source: YearMonth | undefined;
  for (let m = addMonths(month, -1); history.covers(m) && m >= history.firstData; m = addMonths(m, -1)) {
    if (history.countedResults(figure.criterion, m).length > 0) {
      source = m;
      break;
    }
  }
  const value = source === undefined ? null : history.figure(figure.criterion, source).value;
  if (source !== undefined && value !== null && monthsBetween(source, month) <= MAX_FALLBACK_MONTHS) {
    figure.fallback = "previous-mean";
    figure.value = value;
    figure.previousMonth = source;
  } else if (source !== undefined && value !== null) {
    figure.staleMonth = source; // grids.md, History: never reused beyond 12 months back
  }
  figure.historyMonths = history.coveredMonthsBefore(month, MAX_FALLBACK_MONTHS);
}
