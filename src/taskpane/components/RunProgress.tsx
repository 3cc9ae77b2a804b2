/**
 * While the statements are generated: the progress bar and « Étape 2/5 : Calcul des relevés (50 / 120) », from
 * the steps the service reports. Not a live region: the pane announces one line when the run ends.
 */
import { Caption1, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { Key, Lang, Translate } from "../i18n";
import { locale } from "../format";
import type { Phase, Step } from "../services/types";

const useStyles = makeStyles({
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

const PHASE_LABEL: Record<Phase, Key> = {
  open: "phaseOpen",
  read: "phaseRead",
  compute: "phaseCompute",
  write: "phaseWrite",
  history: "phaseHistory",
  charts: "phaseCharts",
  save: "phaseSave",
};

export interface RunProgressProps {
  /** The phases of this run, in order. */
  phases: Phase[];
  /** Where the run is; null before its first step. */
  step: Step | null;
  t: Translate;
  lang: Lang;
}

/** "Étape i/n : <phase> (done / total)", or « Génération… » before the first step. */
function stepText({ phases, step, t, lang }: RunProgressProps): string {
  if (!step) return t("generating");
  const i = Math.max(1, phases.indexOf(step.phase) + 1);
  const count = (n: number) => n.toLocaleString(locale(lang));
  const of = step.total > 1 ? ` (${count(step.done)} / ${count(step.total)})` : "";
  return `${t("stepOf", { i, n: phases.length, label: t(PHASE_LABEL[step.phase]) })}${of}`;
}

/** How far the run is, 0 to 1 (undefined: indeterminate). */
function overall({ phases, step }: RunProgressProps): number | undefined {
  const phaseIndex = step ? phases.indexOf(step.phase) : -1;
  if (!step || phaseIndex < 0) return undefined;
  const fraction = step.total > 0 ? step.done / step.total : undefined;
  return (phaseIndex + (fraction ?? 0)) / phases.length;
}

export function RunProgress(props: RunProgressProps) {
  const styles = useStyles();
  const text = stepText(props);
  return (
    <div className={styles.progress}>
      <ProgressBar value={overall(props)} thickness="large" aria-label={text} />
      <Caption1 data-testid="step">{text}</Caption1>
    </div>
  );
}
