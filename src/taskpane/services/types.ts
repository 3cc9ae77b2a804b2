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
  /** Standalone: the workbook with the outputs. */
  download?: Download;
}

export interface TemplateOutcome {
  created: string[];
  existing: string[];
  download?: Download;
}

export interface OpenedWorkbook {
  fileName: string;
  sheets: string[];
  /** Imports done on the page since the file was opened (their rows are in the workbook the page works on). */
  imports?: number;
}

/** A grid's base price for the month, as the readiness line shows it. */
export interface MonthBasePrice {
  /** Grid id ("sud-est-2018") and its name as the grid says it (« Laiterie Sud-Est, grille 2018 »). */
  grid: string;
  gridName: string;
  /** The PrixDeBase value for the month, as written ("412,25"), or null when the month has none. */
  price: string | null;
  /** The grid's price unit ("€/1000 L", "cts/kg"). */
  unit: string;
}

/**
 * What the workbook holds for one month of the routine (issue 15): the pane shows it as the readiness line and
 * as each step's done / to do. Computed by src/month/state.ts over the workbook port (both services).
 */
export interface MonthState {
  /** The month described ("YYYY-MM"). */
  month: string;
  /** Months with at least one delivery in Livraisons, oldest first; the pane defaults to the last one. */
  monthsWithDeliveries: string[];
  /** Template tables the workbook lacks (input, Indicateurs and invoicing tables), in template order. */
  missingTables: string[];
  /** Producers in Producteurs. */
  producers: number;
  /** Delivery rows (collections) of the month, and result rows (Analyses) of the month. */
  collections: number;
  analyses: number;
  /** One per grid the month's producers use (their Grille, else the default grid). */
  basePrices: MonthBasePrice[];
  /** The Indicateurs table has the month's row (price A can be computed). */
  indicators: boolean;
  /** The month's statements were generated (its summary sheet is in the workbook). */
  statements: boolean;
  /** Invoices and credit notes of the month in « Registre des factures ». */
  invoices: number;
}

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
   * month). Standalone without a workbook open: rejects.
   */
  monthState?(month?: string): Promise<MonthState>;
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
