/**
 * The month's state (issue 15): what the workbook holds for one month of the routine — import → price A →
 * statements → checks → invoices → PDFs — read through the workbook port (no Office import: both of the
 * pane's services call it, the Excel one over Office.js, the standalone page over the .xlsx port).
 *
 * The month follows the workbook: without one asked for, the last month with deliveries in Livraisons (else
 * the month before today's). A missing table is not an error: it counts as nothing and is listed in
 * `missingTables`; an unreadable cell is left out of the counts (the run names it).
 */
import { addMonths, isYearMonth, type YearMonth } from "../engine";
import { codeKey } from "../inputs";
import { RunError } from "../inputs/issues";
import { sheetKey, summarySheetName } from "../run/sheetNames";
import { readWorkbookGrids } from "../inputs/workbookGrids";
import { REGISTER_SHEET } from "../invoicing/register";
import { INDICATORS_SHEET } from "../prices/indicators";
import { templateTables } from "../workbook/office/templateSpec";
import { CachingPort } from "../workbook/cachingPort";
import type { WorkbookPort } from "../workbook/port";
import { monthBasePrices } from "./basePrices";
import { readMonthTables } from "./tables";
import type { MonthState } from "./types";

/** The template's tables (names only: the Grille lists do not matter here), in template order. */
export const TEMPLATE_TABLE_NAMES: readonly string[] = templateTables([]).map((t) => t.name);

/**
 * Every table readMonthState reads besides the grid sheets: a port that loads its tables together
 * (Office.js) is given these first, so that the state costs one read of the workbook.
 */
export const MONTH_STATE_TABLES: readonly string[] = [...TEMPLATE_TABLE_NAMES, INDICATORS_SHEET, REGISTER_SHEET];

export interface MonthStateOptions {
  /** The grid the pane chose for producers without Grille; undefined: the run's default. */
  grid?: string;
  /** Today, for the month when the workbook has no delivery (default: now). */
  today?: Date;
}

function monthOf(date: Date): YearMonth {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}` as YearMonth;
}

const countOf = (months: readonly string[] | null, month: string) =>
  months ? months.reduce((n, m) => (m === month ? n + 1 : n), 0) : 0;

export async function readMonthState(
  workbook: WorkbookPort,
  month?: string,
  options: MonthStateOptions = {},
): Promise<MonthState> {
  if (month !== undefined && !isYearMonth(month))
    throw new RunError(`mois « ${month} » invalide : AAAA-MM attendu (ex. 2025-03)`);
  const port = new CachingPort(workbook); // each table read once (the missing ones are asked for again below)
  const tables = await readMonthTables(port);
  const monthsWithDeliveries = [...new Set(tables.deliveryMonths ?? [])].sort();
  const chosen = (month ??
    monthsWithDeliveries[monthsWithDeliveries.length - 1] ??
    addMonths(monthOf(options.today ?? new Date()), -1)) as YearMonth;
  const missingTables: string[] = [];
  for (const name of TEMPLATE_TABLE_NAMES) if ((await port.readTable(name)) === null) missingTables.push(name);
  const producers = tables.producers ?? [];
  const summary = sheetKey(summarySheetName(chosen));
  return {
    month: chosen,
    monthsWithDeliveries,
    missingTables,
    producers: new Set(producers.filter((p) => p.code !== null).map((p) => codeKey(p.code!))).size,
    collections: countOf(tables.deliveryMonths, chosen),
    analyses: countOf(tables.resultMonths, chosen),
    basePrices: monthBasePrices(producers, tables.prices, chosen, await readWorkbookGrids(port), options.grid),
    indicators: (tables.indicators ?? []).some((r) => r.month === chosen),
    // Found by its marker: a summary renamed by the accountant is his, not this month's statements.
    statements: (await port.generatedSheets()).some((g) => g.key === chosen && sheetKey(g.name) === summary),
    invoices: countOf(tables.registerMonths, chosen),
  };
}
