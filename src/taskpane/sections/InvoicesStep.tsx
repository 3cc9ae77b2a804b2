/**
 * Step 6, « Factures », once there is a workbook: for the month and grid chosen, started afresh when the month
 * or the workbook changes. The invoices issued go to « Télécharger les PDF »; the month's state is read again.
 * Done when the register has the month's invoices.
 */
import { InvoicesPanel } from "../components/InvoicesPanel";
import { Step } from "../components/Step";
import type { Pane } from "../hooks/usePane";
import { stepsDone } from "./stepsDone";

export function InvoicesStep({ pane }: { pane: Pane }) {
  const { t } = pane;
  const { invoices } = pane.service;
  const { month, grid } = pane.choice;
  return (
    <Step
      n={6}
      title={t("stepInvoices")}
      done={stepsDone(pane).invoices}
      hint={t("invoicesHint")}
      testId="step-invoices"
      t={t}
    >
      {invoices && pane.hasWorkbook && (
        <InvoicesPanel
          key={`${pane.workbook.version}-${month}`}
          invoices={invoices}
          month={month}
          grid={grid}
          lang={pane.lang}
          disabled={pane.busy}
          today={pane.today}
          onIssued={(o) => {
            pane.onIssued(o);
            pane.month.refresh();
          }}
        />
      )}
    </Step>
  );
}
