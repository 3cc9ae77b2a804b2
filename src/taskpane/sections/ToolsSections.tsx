/**
 * After the routine, the tools, once there is a workbook: « Grilles » (the grids, their copy, import and
 * export; read again when the workbook changes; in Excel their issues select cells) and « Comparer les
 * grilles » for the month and grid chosen.
 */
import { Divider } from "@fluentui/react-components";
import { GridsPanel } from "../components/GridsPanel";
import { PricesPanel } from "../components/PricesPanel";
import { Step } from "../components/Step";
import type { Pane } from "../hooks/usePane";

export function ToolsSections({ pane }: { pane: Pane }) {
  const { t, lang } = pane;
  const { grids, prices } = pane.service;
  if (!pane.hasWorkbook || (!grids && !prices)) return null;
  return (
    <>
      <Divider>{t("tools")}</Divider>
      {grids && (
        <Step title={t("gridsTitle")} hint={t("gridsIntro")} testId="step-grids" t={t}>
          <GridsPanel
            key={pane.workbook.version}
            grids={grids}
            lang={lang}
            disabled={pane.busy}
            save={pane.save}
            onSelectIssue={pane.selectIssue}
            onChanged={pane.month.refresh}
          />
        </Step>
      )}
      {prices && (
        <Step title={t("compareTitle")} hint={t("compareHint")} testId="step-compare" t={t}>
          <PricesPanel
            kind="compare"
            prices={prices}
            month={pane.choice.month}
            grid={pane.choice.grid}
            lang={lang}
            disabled={pane.busy}
          />
        </Step>
      )}
    </>
  );
}
