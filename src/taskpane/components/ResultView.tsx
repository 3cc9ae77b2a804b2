/**
 * The result of « Générer les relevés », laid out to check a payroll: a heading with the month's statements
 * (the pane moves focus to it), per grid its total, volume, average and base price, then who got no statement
 * and what to fix, the other errors, and the warnings grouped with each producer's value. Not a live region:
 * the pane announces one short line itself.
 */
import {
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowDownload20Regular,
  CheckmarkCircle20Filled,
  ErrorCircle20Filled,
  Info20Regular,
  Warning20Filled,
} from "@fluentui/react-icons";
import { useEffect, useId, useMemo, useRef } from "react";
import type { Issue } from "../../run";
import { reviewRun, type ReviewStatus, type RunReview } from "../../run/review";
import type { Lang, Translate } from "../i18n";
import { monthName } from "../format";
import type { GenerateOutcome } from "../services/types";
import { IssueList } from "./IssueList";
import { GridTotals } from "./result/GridTotals";
import { NoConsentList, WithheldList } from "./result/ProducersWithout";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
  },
  headline: {
    margin: 0,
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  icon: { flexShrink: 0, display: "inline-flex", marginTop: "2px" },
  clean: { color: tokens.colorStatusSuccessForeground1 },
  warnings: { color: tokens.colorStatusWarningForeground3 },
  errors: { color: tokens.colorStatusDangerForeground1 },
  empty: { color: tokens.colorNeutralForeground3 },
  download: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, alignItems: "flex-start" },
});

export interface ResultViewProps {
  outcome: GenerateOutcome;
  lang: Lang;
  t: Translate;
  onSelect?: (issue: Issue) => void;
  onDownload?: () => void;
  selectError?: string | null;
  /** Move the focus to the result's heading when it appears (after « Générer », not on a re-render). */
  focusHeading?: boolean;
}

const STATUS_ICON: Record<ReviewStatus, typeof Info20Regular> = {
  clean: CheckmarkCircle20Filled,
  warnings: Warning20Filled,
  errors: ErrorCircle20Filled,
  empty: Info20Regular,
};

export function ResultView(props: ResultViewProps) {
  const { outcome, lang, t, onSelect, onDownload, selectError } = props;
  const styles = useStyles();
  const { result } = outcome;
  const review = useMemo(() => reviewRun(result), [result]);
  const headingId = useId();
  return (
    <section className={styles.root} data-testid="result" data-status={review.status} aria-labelledby={headingId}>
      <ResultHeading id={headingId} review={review} outcome={outcome} lang={lang} t={t} focus={props.focusHeading} />
      <Facts review={review} outcome={outcome} t={t} />
      {review.grids.length > 0 && <GridTotals grids={review.grids} t={t} lang={lang} />}
      {outcome.download && onDownload && (
        <div className={styles.download}>
          <Button appearance="primary" icon={<ArrowDownload20Regular />} onClick={onDownload} data-testid="download">
            {t("download")}
          </Button>
          <Caption1>{t("downloadHint", { file: outcome.download.fileName })}</Caption1>
        </div>
      )}
      {selectError && (
        <MessageBar intent="warning">
          <MessageBarBody>{selectError}</MessageBarBody>
        </MessageBar>
      )}
      <Checks review={review} t={t} lang={lang} onSelect={onSelect} issues={result.issues} />
    </section>
  );
}

interface HeadingProps {
  id: string;
  review: RunReview;
  outcome: GenerateOutcome;
  lang: Lang;
  t: Translate;
  focus?: boolean;
}

/** « 116 relevés — mars 2025 » with the status icon: success, warnings, errors, or nothing computed. */
function ResultHeading({ id, review, outcome, lang, t, focus }: HeadingProps) {
  const styles = useStyles();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus, outcome]);
  const Icon = STATUS_ICON[review.status];
  const s = outcome.result.summary;
  return (
    <h3 ref={ref} id={id} tabIndex={-1} className={styles.headline} data-testid="result-heading">
      <span className={mergeClasses(styles.icon, styles[review.status])} aria-hidden>
        <Icon />
      </span>
      <span data-testid="statement-count">
        {t("statementsFor", { n: s.statements, month: monthName(outcome.result.month, lang) })}
      </span>
    </h3>
  );
}

/**
 * What else the run did, in one line: the counts of producers without a statement when the result does not
 * name them, sheets replaced, charts added; and why nothing was computed in an empty workbook.
 */
function Facts({ review, outcome, t }: { review: RunReview; outcome: GenerateOutcome; t: Translate }) {
  const { result } = outcome;
  const s = result.summary;
  const facts = [
    s.producers === 0 ? t("resultNoProducers") : null,
    s.withheld > 0 && review.withheld.length === 0 ? t("withheld", { n: s.withheld }) : null,
    s.noConsent > 0 && review.noConsent.length === 0 ? t("noConsent", { n: s.noConsent }) : null,
    result.replaced.length > 0 ? t("replaced", { n: result.replaced.length }) : null,
    outcome.charts ? t("chartsAdded", { n: outcome.charts }) : null,
  ].filter(Boolean);
  if (facts.length === 0) return null;
  return (
    <Caption1 block data-testid="result-facts">
      {facts.join(" · ")}
    </Caption1>
  );
}

interface ChecksProps {
  review: RunReview;
  issues: Issue[];
  t: Translate;
  lang: Lang;
  onSelect?: (issue: Issue) => void;
}

/** Who got no statement and why, the other errors, the warnings; or that there is nothing to look at. */
function Checks({ review, issues, t, lang, onSelect }: ChecksProps) {
  const errors = review.errors.flatMap((g) => g.issues);
  const warnings = review.warnings.flatMap((g) => g.issues);
  const nothing = review.withheld.length + review.noConsent.length + errors.length + warnings.length === 0;
  if (nothing) return review.status === "empty" ? null : <Caption1>{t("noIssues")}</Caption1>;
  const clickable = onSelect !== undefined && issues.some((i) => i.sheet !== undefined);
  return (
    <>
      {clickable && <Caption1>{t("selectHint")}</Caption1>}
      <WithheldList producers={review.withheld} t={t} lang={lang} onSelect={onSelect} />
      <IssueList severity="error" issues={errors} {...{ t, lang, onSelect }} headingLevel={4} selectHint={false} />
      <NoConsentList producers={review.noConsent} t={t} lang={lang} onSelect={onSelect} />
      <IssueList severity="warning" issues={warnings} {...{ t, lang, onSelect }} headingLevel={4} selectHint={false} />
    </>
  );
}
