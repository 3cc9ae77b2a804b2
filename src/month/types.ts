/**
 * What the workbook holds for one month of the accountant's routine (issue 15): the task pane shows it as the
 * readiness line and as each step's done / to do. Computed by state.ts over the workbook port, for both of the
 * pane's services (Office.js in Excel, .xlsx on the standalone page).
 */

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
 * as each step's done / to do. Computed by readMonthState (state.ts).
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
