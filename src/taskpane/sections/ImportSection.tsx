/**
 * « Importer des résultats » / « Importer des volumes », once there is a workbook: started afresh for each file
 * opened; while it works the other actions wait, and a standalone import becomes the page's workbook.
 */
import { Divider } from "@fluentui/react-components";
import { ImportPanel } from "../components/ImportPanel";
import type { Pane } from "../hooks/usePane";

export function ImportSection({ pane }: { pane: Pane }) {
  if (!pane.imports || !pane.hasWorkbook) return null;
  return (
    <>
      <Divider />
      <ImportPanel
        key={pane.workbook.opens}
        service={pane.imports}
        lang={pane.lang}
        disabled={pane.run.running}
        standalone={!pane.excel}
        save={pane.save}
        onBusy={pane.setImporting}
        onImported={pane.workbook.imported}
      />
    </>
  );
}
