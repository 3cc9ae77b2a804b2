/** « Prix » (grid comparison, price A), once there is a workbook: for the month and grid chosen above. */
import { Divider } from "@fluentui/react-components";
import { PricesPanel } from "../components/PricesPanel";
import type { Pane } from "../hooks/usePane";

export function PricesSection({ pane }: { pane: Pane }) {
  const { prices } = pane.service;
  if (!prices || !pane.hasWorkbook) return null;
  return (
    <>
      <Divider />
      <PricesPanel
        key={pane.workbook.version}
        prices={prices}
        month={pane.choice.month}
        grid={pane.choice.grid}
        lang={pane.lang}
        disabled={pane.busy}
        save={pane.save}
      />
    </>
  );
}
