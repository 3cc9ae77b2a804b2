/**
 * A list of issues of one severity under a heading: the same message of several producers on one line that
 * names each producer with his measured value (« Point de congélation : … : P3 (−0,509), P7 (−0,508) »), an
 * issue with a cell as a button that selects it in Excel, and « Tout afficher » beyond 30 lines.
 */
import { Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Warning16Filled } from "@fluentui/react-icons";
import { useId, useState } from "react";
import type { Issue } from "../../run";
import { groupIssues, type IssueGroup } from "../../run/review";
import type { Lang, Translate } from "../i18n";
import { measuredValue } from "./result/format";

const LIMIT = 30;

export const useIssueStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  heading: {
    margin: 0,
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  item: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    boxSizing: "border-box",
    width: "100%",
    minWidth: 0,
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  text: { minWidth: 0 },
  icon: { flexShrink: 0, display: "inline-flex", marginTop: "2px", fontSize: "16px" },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground3 },
  where: { display: "block", color: tokens.colorNeutralForeground3 },
  producer: {
    display: "block",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
    paddingTop: tokens.spacingVerticalXS,
  },
  members: { display: "inline", margin: 0, padding: 0, listStyleType: "none" },
  member: { display: "inline" },
  memberButton: {
    display: "inline",
    padding: "0 2px",
    border: "none",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: "transparent",
    color: tokens.colorBrandForegroundLink,
    font: "inherit",
    textDecorationLine: "underline",
    cursor: "pointer",
    ":hover": { color: tokens.colorBrandForegroundLinkHover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

/** "Analyses · ligne 12 · colonne Valeur (D) · P003": where the issue is, in the pane's words. */
export function whereOf(issue: Issue, t: Translate, producer = true): string {
  const parts: string[] = [];
  if (issue.sheet) parts.push(issue.sheet);
  if (issue.row !== undefined) parts.push(t("row", { n: issue.row }));
  if (issue.column) parts.push(t("column", { c: issue.column }));
  if (producer && issue.producer) parts.push(issue.producer);
  return parts.join(" · ");
}

/** Whether the pane can select the issue's cell (in Excel, for an issue on a sheet). */
export function canSelect(issue: Issue, onSelect?: (issue: Issue) => void): onSelect is (issue: Issue) => void {
  return onSelect !== undefined && issue.sheet !== undefined;
}

export function SeverityIcon({ severity }: { severity: Issue["severity"] }) {
  const styles = useIssueStyles();
  const Icon = severity === "error" ? ErrorCircle16Filled : Warning16Filled;
  return (
    <span
      className={mergeClasses(styles.icon, severity === "error" ? styles.error : styles.warning)}
      data-icon={severity}
      aria-hidden
    >
      <Icon />
    </span>
  );
}

export interface IssueLineProps {
  issue: Issue;
  t: Translate;
  lang?: Lang;
  onSelect?: (issue: Issue) => void;
  /** Under a producer's name, his code is not repeated (`describedBy`: the id of that name, for the button). */
  showProducer?: boolean;
  describedBy?: string;
}

/** One issue: its icon, where it is, its message; a button when its cell can be selected. */
export function IssueLine({ issue, t, lang = "fr", onSelect, showProducer = true, describedBy }: IssueLineProps) {
  const styles = useIssueStyles();
  const where = whereOf(issue, t, showProducer);
  const value = issue.value !== undefined ? measuredValue(issue.value, lang) : null;
  const body = (
    <>
      <SeverityIcon severity={issue.severity} />
      <span className={styles.text}>
        {(where || value) && <span className={styles.where}>{[where, value].filter(Boolean).join(" · ")}</span>}
        {issue.message}
      </span>
    </>
  );
  return canSelect(issue, onSelect) ? (
    <button
      type="button"
      className={mergeClasses(styles.item, styles.clickable)}
      onClick={() => onSelect(issue)}
      aria-describedby={describedBy}
      data-testid="issue"
    >
      {body}
    </button>
  ) : (
    <div className={styles.item} data-testid="issue">
      {body}
    </div>
  );
}

/** The same message for several producers: the message once, then each producer with his value. */
function GroupLine({ group, t, lang, onSelect }: { group: IssueGroup; t: Translate; lang: Lang } & SelectProps) {
  const styles = useIssueStyles();
  const messageId = useId();
  return (
    <div className={styles.item} data-testid="issue-group">
      <SeverityIcon severity={group.severity} />
      <span className={styles.text}>
        <span id={messageId}>{group.message}</span>
        {t("groupColon")}
        <ul className={styles.members}>
          {group.issues.map((issue, i) => {
            const who = issue.producer ?? whereOf(issue, t);
            const label = issue.value !== undefined ? `${who} (${measuredValue(issue.value, lang)})` : who;
            return (
              <li key={i} className={styles.member}>
                {i > 0 && ", "}
                {canSelect(issue, onSelect) ? (
                  <button
                    type="button"
                    className={styles.memberButton}
                    onClick={() => onSelect(issue)}
                    aria-describedby={messageId}
                  >
                    {label}
                  </button>
                ) : (
                  label
                )}
              </li>
            );
          })}
        </ul>
      </span>
    </div>
  );
}

interface SelectProps {
  /** Selects the issue's cell; undefined = issues are not clickable (outside Excel). */
  onSelect?: (issue: Issue) => void;
}

/** The first `LIMIT` of a long list, and the button that shows the rest. */
export function useLimited<T>(items: readonly T[]): { shown: readonly T[]; more: boolean; showAll: () => void } {
  const [all, setAll] = useState(false);
  return {
    shown: all ? items : items.slice(0, LIMIT),
    more: !all && items.length > LIMIT,
    showAll: () => setAll(true),
  };
}

/** « Tout afficher (n) » under a list cut at 30 lines. */
export function ShowAllButton({ n, t, onClick }: { n: number; t: Translate; onClick: () => void }) {
  return (
    <Button appearance="subtle" size="small" onClick={onClick}>
      {t("showAll", { n })}
    </Button>
  );
}

export interface IssueListProps extends SelectProps {
  severity: "error" | "warning";
  issues: Issue[];
  t: Translate;
  /** For the measured values' numbers (default French). */
  lang?: Lang;
  /** The heading's level: 3 under a section (default), 4 inside the result. */
  headingLevel?: 3 | 4;
  /** « Cliquez sur une ligne… » under the errors' heading (default true; the result says it once for all). */
  selectHint?: boolean;
}

export function IssueList(props: IssueListProps) {
  const { severity, issues, t, lang = "fr", onSelect, headingLevel = 3, selectHint = true } = props;
  const styles = useIssueStyles();
  const groups = groupIssues(issues);
  const { shown, more, showAll } = useLimited(groups);
  if (issues.length === 0) return null;
  const Heading = headingLevel === 4 ? "h4" : "h3";
  return (
    <div className={styles.section} data-testid={`${severity}s`}>
      <Heading className={styles.heading}>
        <SeverityIcon severity={severity} />
        {t(severity === "error" ? "errors" : "warnings", { n: issues.length })}
      </Heading>
      {selectHint && severity === "error" && issues.some((i) => canSelect(i, onSelect)) && (
        <Caption1>{t("selectHint")}</Caption1>
      )}
      <ul className={styles.list}>
        {shown.map((group, i) => (
          <li key={i}>
            {group.issues.length === 1 ? (
              <IssueLine issue={group.issues[0]} t={t} lang={lang} onSelect={onSelect} />
            ) : (
              <GroupLine group={group} t={t} lang={lang} onSelect={onSelect} />
            )}
          </li>
        ))}
      </ul>
      {more && <ShowAllButton n={groups.length} t={t} onClick={showAll} />}
    </div>
  );
}
