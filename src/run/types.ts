/** What the statement run takes and gives: the same for the command line and the task pane. */
import type { CatalogueEntry, Decimal, ProducerMonthInput, Statement, YearMonth } from "../engine";
import type { StatementWithholdings } from "../invoicing/withholdings";
import type { OutputSheet } from "../workbook/port";
import type { Rolling } from "./rolling";
import type { MonthsStatements } from "./statementsOverMonths";
import type { Issue } from "../inputs/issues";

export interface RunProgress {
  phase: "read" | "compute" | "write";
  done: number;
  total: number;
}

export interface RunOptions {
  /** "YYYY-MM". */
  month: string;
  /** Grid for producers whose Grille is blank; default: the only grid with a base price for the month. */
  grid?: string;
  onProgress?: (progress: RunProgress) => void;
  /** Write the output sheets through the port (default true); false computes only. */
  write?: boolean;
  /**
   * PSL rolling 12 months per producer (default true): computed only when the workbook holds the 11 months
   * before `month`; costs one gather + engine pass per earlier month.
   */
  rolling?: boolean;
  /**
   * Grids from files (command line --grid-file), added to the built-in ones and the workbook's grid sheets
   * (« Grille <id> », read by every run); a file's grid replaces a sheet's or a built-in one of the same id.
   */
  gridFiles?: CatalogueEntry[];
  /** Keep the laid-out sheets in the result (`outputSheets`), for the documents step (PDF of each sheet). */
  keepSheets?: boolean;
}

export type OutcomeStatus = "statement" | "error" | "no-consent";

/** One producer of the Producteurs table and what the run did for him. */
export interface ProducerOutcome {
  code: string;
  name: string | null;
  /** Grid id used (or that would have been used), null when none could be decided. */
  grid: string | null;
  status: OutcomeStatus;
  /** Name of his statement sheet. */
  sheet?: string;
  statement?: Statement;
  input?: ProducerMonthInput;
  /** PSL rolling 12 months (paid and effective price), when the run computed it. */
  rolling?: Rolling;
  /** Retenues of the month (lines, total, net), or the issues that keep them unknown (no net, no invoice). */
  withholdings?: StatementWithholdings;
}

export interface GridTotal {
  grid: string;
  /** amount × divisor ÷ volume = price per unit (the grid's amountDivisor; absent: the built-in grid's). */
  amountDivisor?: Decimal;
  currency: string;
  volumeUnit: string;
  priceUnit: string;
  statements: number;
  volume: Decimal;
  total: Decimal;
}

export interface RunSummary {
  producers: number;
  statements: number;
  /** Producers without a statement because of an error. */
  withheld: number;
  noConsent: number;
  errors: number;
  warnings: number;
  totals: GridTotal[];
}

export interface RunResult {
  month: YearMonth;
  /** The run's grid id (producers without Grille), null when none was needed nor found. */
  grid: string | null;
  statements: Statement[];
  producers: ProducerOutcome[];
  /** The checks list: errors and warnings of the data and of the statements. */
  issues: Issue[];
  summary: RunSummary;
  /** Sheets written (summary, checks, statements), in order. */
  sheets: string[];
  /** Generated sheets of the same month that were replaced. */
  replaced: string[];
  /** The 12 months of statements behind the rolling means (when computed): the pane's charts reuse them. */
  history?: MonthsStatements;
  /** The laid-out sheets (summary, checks, statements), when `keepSheets` was asked. */
  outputSheets?: OutputSheet[];
}
