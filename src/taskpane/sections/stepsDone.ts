/**
 * Whether each step of the routine is done for the month, from the month's state (MonthState) and what the
 * pane did on this page: true (« fait »), false (« à faire »), or undefined when not known (the service has
 * no month state). Without a workbook nothing is done yet.
 */
import type { Pane } from "../hooks/usePane";

export interface StepsDone {
  workbook?: boolean;
  import?: boolean;
  priceA?: boolean;
  statements?: boolean;
  checks?: boolean;
  invoices?: boolean;
  pdf?: boolean;
}

/** The run shown for the month chosen (a run of another month is not this month's checks). */
export function monthOutcome(pane: Pane) {
  const { outcome } = pane.run;
  return outcome && outcome.result.month === pane.choice.month ? outcome : null;
}

export function stepsDone(pane: Pane): StepsDone {
  if (!pane.hasWorkbook) {
    const no = false;
    return { workbook: no, import: no, priceA: no, statements: no, checks: no, invoices: no, pdf: no };
  }
  const state = pane.month.state;
  const outcome = monthOutcome(pane);
  const known = state !== null;
  return {
    workbook: state ? state.missingTables.length === 0 : undefined,
    import: state ? state.collections > 0 && state.analyses > 0 : undefined,
    priceA: state ? state.basePrices.length > 0 && state.basePrices.every((b) => b.price !== null) : undefined,
    statements: state ? state.statements : undefined,
    // Checked: the month's run is shown and has no error left.
    checks: outcome ? outcome.result.issues.every((i) => i.severity !== "error") : known ? false : undefined,
    invoices: state ? state.invoices > 0 : undefined,
    pdf: pane.pdfDone || (known ? false : undefined),
  };
}
