/**
 * Step 4, « Relevés »: the 12-month charts option (Excel) and « Générer les relevés », the progress while it
 * runs (the service's phase and counts), or why it failed. The button keeps the focus while the run goes
 * (disabled but focusable). Done when the month's statements are in the workbook.
 */
import { Button, Checkbox } from "@fluentui/react-components";
import { DocumentTableArrowRight20Regular } from "@fluentui/react-icons";
import { FailureBar } from "../components/ActionFeedback";
import { usePaneStyles } from "../components/paneStyles";
import { RunProgress } from "../components/RunProgress";
import { Step } from "../components/Step";
import type { Pane } from "../hooks/usePane";
import { stepsDone } from "./stepsDone";

export function StatementsStep({ pane }: { pane: Pane }) {
  const styles = usePaneStyles();
  const { t, lang, run, choice } = pane;
  const canGenerate = pane.hasWorkbook && !pane.importing && !pane.tables.busy;
  return (
    <Step
      n={4}
      title={t("stepStatements")}
      done={stepsDone(pane).statements}
      headingRef={pane.statementsHeading}
      testId="step-statements"
      t={t}
    >
      {pane.excel && (
        <Checkbox
          checked={choice.charts}
          onChange={(_, d) => choice.setCharts(d.checked === true)}
          disabled={run.running}
          label={t("charts")}
        />
      )}
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          icon={<DocumentTableArrowRight20Regular />}
          disabled={!canGenerate && !run.running}
          disabledFocusable={run.running}
          onClick={pane.generate}
          data-testid="generate"
        >
          {run.running ? t("generating") : t("generate")}
        </Button>
      </div>
      {run.running && <RunProgress phases={run.phases} step={run.step} t={t} lang={lang} />}
      <FailureBar title={t("runFailed")} message={run.error} testId="run-error" lang={lang} />
    </Step>
  );
}
