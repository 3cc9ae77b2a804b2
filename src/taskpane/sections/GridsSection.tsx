/** « Grilles », once there is a workbook: read again when the workbook changes; in Excel its issues select cells. */
import { Divider } from "@fluentui/react-components";
import { GridsPanel } from "../components/GridsPanel";
import type { Pane } from "../hooks/usePane";

export function GridsSection({ pane }: { pane: Pane }) {
  const { grids } = pane.service;
  if (!grids || !pane.hasWorkbook) return null;
  return (
    <>
      <Divider />
      <GridsPanel
        key={pane.workbook.version}
        grids={grids}
        lang={pane.lang}
        disabled={pane.busy}
        save={pane.save}
        onSelectIssue={pane.selectIssue}
      />
    </>
  );
}
