/** The statement run, shared by the command line and the task pane. */
export { runStatements, replacements } from "./run";
export { runJson, issueJson, type RunJson, type StatementJson, type IssueJson, type LineJson } from "./json";
export { RunError, whereText, type Issue } from "../inputs/issues";
export { columnLetter } from "../inputs/columns";
export type * from "./types";
export { summarySheetName, checksSheetName, statementSheetName, sanitizeSheetName } from "./sheetNames";
