/**
 * Step 2, « Import »: « Importer des résultats » / « Importer des volumes », once there is a workbook; started
 * afresh for each workbook opened. While it works the other actions wait; a standalone import becomes the
 * page's workbook; the month's state is read again. Done when the month has collections and results.
 */
import { ImportPanel } from "../components/ImportPanel";
import { Step } from "../components/Step";
import type { Pane } from "../hooks/usePane";
import { stepsDone } from "./stepsDone";

export function ImportStep({ pane }: { pane: Pane }) {
  const { t } = pane;
  return (
    <Step n={2} title={t("stepImport")} done={stepsDone(pane).import} hint={t("importHint")} testId="step-import" t={t}>
      {pane.imports && pane.hasWorkbook && (
        <ImportPanel
          key={pane.workbook.opens}
          service={pane.imports}
          lang={pane.lang}
          disabled={pane.run.running || pane.tables.busy}
          onBusy={pane.setImporting}
          onImported={(o) => {
            pane.workbook.imported(o);
            pane.month.refresh();
          }}
        />
      )}
    </Step>
  );
}
