import type { Message } from "../../messages/core";
import { message, type EngineKey } from "../../messages/engine";
import { frDate, frNumber } from "../format";
import type { Criterion } from "../grid/schema";
import { addMonths, type YearMonth } from "../month";
import type { LabResult } from "../types";
import type { ProducerHistory } from "./producerHistory";

/** Outcome of the joker germes test for a month. */
export interface JokerDecision {
  /** There was a result above the threshold this month. */
  applicable: boolean;
  granted: boolean;
  setAside?: LabResult;
  /** Earlier months of the joker window that the workbook holds. */
  historyMonths: number;
  /** Why it was granted or refused (the JOKER note's message); none when no result was above the threshold. */
  reason?: Message<EngineKey>;
}

/**
 * Joker germes (grids.md): one result strictly above the threshold is set aside iff every other validated
 * result of this month and of the `months` before is ≤ the threshold. A set-aside result stays in the
 * history, so it blocks another joker for the following months by itself.
 */
export function decideJoker(history: ProducerHistory, criterion: Criterion, month: YearMonth): JokerDecision {
  const { threshold, months } = history.grid.criteria[criterion]!.joker!;
  const accidents = history.results(criterion, month).filter((r) => r.value.gt(threshold));
  const historyMonths = history.coveredMonthsBefore(month, months);
  if (accidents.length === 0) return { applicable: false, granted: false, historyMonths };
  if (accidents.length > 1) {
    return {
      applicable: true,
      granted: false,
      historyMonths,
      reason: message("engine.joker.refusedSeveral", { n: accidents.length, threshold: frNumber(threshold) }),
    };
  }
  let blocker: LabResult | undefined;
  for (let i = months; i >= 1 && !blocker; i--) {
    blocker = history.results(criterion, addMonths(month, -i)).find((r) => r.value.gt(threshold));
  }
  if (blocker) {
    return {
      applicable: true,
      granted: false,
      historyMonths,
      reason: message("engine.joker.refusedEarlier", {
        value: frNumber(blocker.value),
        date: frDate(blocker.date),
        months,
      }),
    };
  }
  const a = accidents[0];
  return {
    applicable: true,
    granted: true,
    setAside: a,
    historyMonths,
    reason: message("engine.joker.granted", {
      value: frNumber(a.value),
      date: frDate(a.date),
      months,
      threshold: frNumber(threshold),
    }),
  };
}
