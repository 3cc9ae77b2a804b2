/**
 * Step 5, « Contrôles »: the month's run as a result built for checking a payroll (ResultView). Its heading
 * takes the focus when the run ends. Done when the month's run is shown without an error left. No download
 * here: outside Excel the one « Télécharger le classeur » of step 1 has the statements with the rest.
 */
import { ResultView } from "../components/ResultView";
import { Step } from "../components/Step";
import type { Pane } from "../hooks/usePane";
import { monthOutcome, stepsDone } from "./stepsDone";

export function ChecksStep({ pane }: { pane: Pane }) {
  const { t, lang } = pane;
  const outcome = monthOutcome(pane);
  return (
    <Step
      n={5}
      title={t("stepChecks")}
      done={stepsDone(pane).checks}
      hint={outcome ? undefined : t("afterStatements")}
      headingRef={pane.checksHeading}
      testId="step-checks"
      t={t}
    >
      {outcome && (
        <ResultView outcome={outcome} lang={lang} t={t} onSelect={pane.selectIssue} selectError={pane.selectError} />
      )}
    </Step>
  );
}
