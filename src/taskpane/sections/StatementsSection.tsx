/**
 * « Générer les relevés »: the month, grid and options, the progress while it runs, then the count, the
 * totals and the issues (or why it failed).
 */
import { FailureBar } from "../components/ActionFeedback";
import { ResultView } from "../components/ResultView";
import { RunProgress } from "../components/RunProgress";
import { StatementForm } from "../components/StatementForm";
import type { Pane } from "../hooks/usePane";

export function StatementsSection({ pane }: { pane: Pane }) {
  const { t, lang, run, save } = pane;
  const { outcome } = run;
  return (
    <>
      <StatementForm
        choice={pane.choice}
        excel={pane.excel}
        running={run.running}
        canGenerate={!run.running && !pane.importing && pane.hasWorkbook}
        onGenerate={pane.generate}
        t={t}
        lang={lang}
      />
      {run.running && <RunProgress phases={run.phases} step={run.step} t={t} lang={lang} />}
      <FailureBar title={t("runFailed")} message={run.error} testId="run-error" />
      {outcome && (
        <ResultView
          outcome={outcome}
          lang={lang}
          t={t}
          onSelect={pane.selectIssue}
          onDownload={outcome.download ? () => save(outcome.download!) : undefined}
          selectError={pane.selectError}
        />
      )}
    </>
  );
}
