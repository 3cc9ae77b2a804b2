import { Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Warning16Filled } from "@fluentui/react-icons";
import { useState } from "react";
import type { Issue } from "../../run";
import type { Translate } from "../i18n";

const LIMIT = 30;

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  item: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    wordBreak: "break-word",
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  icon: { flexShrink: 0, display: "inline-flex", marginTop: "2px", fontSize: "16px" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  where: { display: "block", color: tokens.colorNeutralForeground3 },
});

export function whereOf(issue: Issue, t: Translate): string {
  const parts: string[] = [];
  if (issue.sheet) parts.push(issue.sheet);
  if (issue.row !== undefined) parts.push(t("row", { n: issue.row }));
  if (issue.column) parts.push(t("column", { c: issue.column }));
  if (issue.producer) parts.push(issue.producer);
  return parts.join(" · ");
}

export interface IssueListProps {
  severity: "error" | "warning";
  issues: Issue[];
  t: Translate;
  /** Selects the issue's cell; undefined = issues are not clickable (outside Excel). */
  onSelect?: (issue: Issue) => void;
}

export function IssueList({ severity, issues, t, onSelect }: IssueListProps) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  if (issues.length === 0) return null;
  const shown = all ? issues : issues.slice(0, LIMIT);
  const Icon = severity === "error" ? ErrorCircle16Filled : Warning16Filled;
  const title = t(severity === "error" ? "errors" : "warnings", { n: issues.length });
  return (
    <section className={styles.section} aria-label={title}>
      <h3 className={styles.heading}>{title}</h3>
      {onSelect && severity === "error" && <Caption1>{t("selectHint")}</Caption1>}
      <ul className={styles.list}>
        {shown.map((issue, i) => {
          const where = whereOf(issue, t);
          const body = (
            <>
              <span
                className={mergeClasses(styles.icon, severity === "error" ? styles.error : styles.warning)}
                aria-hidden
              >
                <Icon />
              </span>
              <span>
                {where && <span className={styles.where}>{where}</span>}
                {issue.message}
              </span>
            </>
          );
          const canSelect = onSelect !== undefined && issue.sheet !== undefined;
          return (
            <li key={i}>
              {canSelect ? (
                <button
                  type="button"
                  className={mergeClasses(styles.item, styles.clickable)}
                  onClick={() => onSelect!(issue)}
                  data-testid="issue"
                >
                  {body}
                </button>
              ) : (
                <div className={styles.item} data-testid="issue">
                  {body}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {!all && issues.length > LIMIT && (
        <Button appearance="subtle" size="small" onClick={() => setAll(true)}>
          {t("showAll", { n: issues.length })}
        </Button>
      )}
    </section>
  );
}
