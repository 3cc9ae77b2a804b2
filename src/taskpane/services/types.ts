/**
 * What the pane asks of its environment. Components call these services, never Excel.run: the Excel
 * service works through the Office.js workbook port, the standalone one through the .xlsx port.
 */
import type { Issue, RunResult } from "../../run";
import type { LetterheadReading } from "../../invoicing/letterhead";
import type { ImportService } from "./importService";
import type { GridsActions } from "./grids";
import type { PricesActions } from "./prices";
import type { InvoicesActions } from "./invoices";
import type { MonthState } from "../../month/types";

export type Phase = "open" | "read" | "compute" | "write" | "history" | "charts" | "save";

export interface Step {
  phase: Phase;
  done: number;
  total: number;
}

export interface GenerateRequest {
  /** "YYYY-MM". */
  month: string;
  /** Grid for producers without one; undefined = the run's default. */
  grid?: string;
  /** Excel: add a 12-month chart on each statement sheet. */
  charts?: boolean;
}

export interface Download {
  fileName: string;
  blob: Blob;
}

export interface GenerateOutcome {
  result: RunResult;
  /** The OP letterhead for « Télécharger les PDF » (OP sheet; none without it). */
  letterhead?: LetterheadReading;
  /** Charts added (Excel). */
  charts?: number;
  /** @deprecated Never set since the working workbook (issue 15): downloadWorkbook() gives every action's result. */
  download?: Download;
}

export interface TemplateOutcome {
  created: string[];
  existing: string[];
  /** createTemplate on the standalone page: the template to download (addMissingTables never gives one). */
  download?: Download;
  /** Standalone, after addMissingTables: the working workbook as it now is. */
  workbook?: OpenedWorkbook;
}

export interface OpenedWorkbook {
  fileName: string;
  sheets: string[];
  /** Imports done on the page since the file was opened (their rows are in the workbook the page works on). */
  imports?: number;
}

/** The month's state (issue 15): src/month/types.ts, here for the pane's sections. */
export type { MonthBasePrice, MonthState } from "../../month/types";

export interface StatementService {
  readonly mode: "excel" | "standalone";
  /** The steps a generation goes through, in order (for "step i of n"). */
  readonly phases: (request: GenerateRequest) => Phase[];
  /** Standalone: reads the chosen .xlsx file. */
  openWorkbook?(file: File): Promise<OpenedWorkbook>;
  generate(request: GenerateRequest, onStep: (step: Step) => void): Promise<GenerateOutcome>;
  createTemplate(): Promise<TemplateOutcome>;
  /**
   * The month's state (issue 15). `month` undefined: the last month with deliveries (else the last complete
   * month). `grid`: the grid chosen for producers without Grille (undefined: the run's default), whose base
   * price the state then shows. Standalone without a workbook open: rejects.
   */
  monthState?(month?: string, grid?: string): Promise<MonthState>;
  /**
   * Adds the template tables the workbook lacks (all input tables, Indicateurs, the invoicing tables).
   * Standalone: with no workbook open, a new template becomes the page's working workbook (no download).
   */
  addMissingTables?(): Promise<TemplateOutcome>;
  /** Standalone: the working workbook as it is now, every action's result in it (« Télécharger le classeur »). */
  downloadWorkbook?(): Download;
  /** Excel: selects the issue's cell. */
  selectIssue?(issue: Issue): Promise<void>;
  /** « Émettre les factures » after the statements (src/invoicing). */
  invoices?: InvoicesActions;
  /** Grid comparison and price A (src/prices). */
  prices?: PricesActions;
  /** « Grilles »: the grids available, their readable table, copy, import, export (services/grids.ts). */
  grids?: GridsActions;
  /** Standalone: data intake into the opened workbook (in Excel the pane is given its own, over Office.js). */
  imports?: ImportService;
}

/** Lets the browser paint the progress bar between steps. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
