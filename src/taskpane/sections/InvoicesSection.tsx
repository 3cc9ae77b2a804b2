/**
 * « Factures », once there is a workbook: for the month and grid chosen above, started afresh when the month
 * or the workbook changes. The invoices issued go to « Télécharger les PDF ».
 */
import { Divider } from "@fluentui/react-components";
import { InvoicesPanel } from "../components/InvoicesPanel";
import type { Pane } from "../hooks/usePane";

export function InvoicesSection({ pane }: { pane: Pane }) {
  const { invoices } = pane.service;
  const { month, grid } = pane.choice;
  if (!invoices || !pane.hasWorkbook) return null;
  return (
    <>
      <Divider />
      <InvoicesPanel
        key={`${pane.workbook.version}-${month}`}
        invoices={invoices}
        month={month}
        grid={grid}
        lang={pane.lang}
        disabled={pane.busy}
        today={pane.today}
        save={pane.save}
        onIssued={pane.onIssued}
      />
    </>
  );
}
