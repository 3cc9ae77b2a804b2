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
  reason: string;
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
  if (accidents.length === 0) return { applicable: false, granted: false, historyMonths, reason: "" };
  if (accidents.length > 1) {
    return {
      applicable: true,
      granted: false,
      historyMonths,
      reason: `joker refusé : ${accidents.length} résultats > ${frNumber(threshold)} ce mois`,
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
      reason: `joker refusé : résultat de ${frNumber(blocker.value)} le ${frDate(blocker.date)} dans les ${months} mois précédents`,
    };
  }
  const a = accidents[0];
  return {
    applicable: true,
    granted: true,
    setAside: a,
    historyMonths,
    reason: `joker germes : résultat de ${frNumber(a.value)} du ${frDate(a.date)} écarté (tous les autres résultats du mois et des ${months} mois précédents ≤ ${frNumber(threshold)})`,
  };
}
