/**
 * What the run reports: issues (the checks list) and the fatal error that stops a run before anything is
 * written. An issue points at the cell (sheet, row, column) and names the producer it withholds.
 */
import type { Severity } from "../engine";
import { t } from "../messages/inputs";

export { columnLetters as columnLetter } from "../workbook/columns";

export interface Issue {
  severity: Severity;
  /** Stable code for filtering: VALUE, MISSING_VALUE, CONSENT, UNKNOWN_PRODUCER, DUPLICATE, GRID, PRICE, … and the engine's note codes. */
  code: string;
  sheet?: string;
  /** 1-based worksheet row. */
  row?: number;
  /** Header name and column letter, e.g. "Valeur (D)". */
  column?: string;
  producer?: string;
  message: string;
  /**
   * The criterion and the measured monthly value the issue is about (a freezing point in a warning tier, a
   * contestation), the value as plain decimal text ("-0.509"): the pane groups the same message of several
   * producers into one line with each one's value. Not written to the checks sheet nor to the JSON.
   */
  criterion?: string;
  value?: string;
}

/** The workbook cannot be used at all (missing sheet or column, unknown grid, no base price…): one-line reason. */
export class RunError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RunError";
  }
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then information; within a severity, by sheet order of appearance, row. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => SEVERITY_ORDER[a.issue.severity] - SEVERITY_ORDER[b.issue.severity] || a.i - b.i)
    .map((x) => x.issue);
}

/** "Analyses, ligne 12, colonne Valeur (D)" for messages that stand alone (CLI, JSON), in the language in use. */
export function whereText(issue: Pick<Issue, "sheet" | "row" | "column">): string {
  const parts: string[] = [];
  if (issue.sheet) parts.push(issue.sheet);
  if (issue.row !== undefined) parts.push(t("inputs.where.row", { row: issue.row }));
  if (issue.column) parts.push(t("inputs.where.column", { column: issue.column }));
  return parts.join(", ");
}
