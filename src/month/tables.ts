/**
 * The tables the month's state reads, each on its own and with the run's readers (src/inputs/,
 * src/prices/indicators.ts): a missing table is null, a table without one of its required columns reads as
 * no rows, and a cell that cannot be read leaves its row out of what it cannot tell (a delivery without a
 * readable date counts in no month) — the run names every such cell, the state only counts.
 */
import { RunError } from "../inputs/issues";
import { Columns } from "../inputs/columns";
import { DELIVERY_COLUMNS, readDeliveries } from "../inputs/deliveriesTable";
import { PRICE_COLUMNS, readPrices } from "../inputs/basePricesTable";
import { PRODUCER_COLUMNS, readProducers, type ProducerRow } from "../inputs/producersTable";
import { readResults, RESULT_COLUMNS } from "../inputs/resultsTable";
import { SHEETS, type InputTables } from "../inputs/tables";
import { INDICATORS_SHEET, parseIndicators, type IndicatorRow } from "../prices/indicators";
import { REGISTER_SHEET } from "../invoicing/register";
import { parseMonth } from "../inputs";
import type { TableData, WorkbookPort } from "../workbook/port";

/** The rows of a present table, or [] when its headers lack a required column (the run says which). */
function rowsOf<R>(table: TableData, parse: (t: TableData) => R[]): R[] {
  try {
    return parse(table);
  } catch (e) {
    if (e instanceof RunError) return [];
    throw e;
  }
}

/** A table's rows as the run reads them; null when the workbook has no such table. */
async function readRows<R>(port: WorkbookPort, name: string, parse: (t: TableData) => R[]): Promise<R[] | null> {
  const table = await port.readTable(name);
  return table ? rowsOf(table, parse) : null;
}

export interface MonthTables {
  producers: ProducerRow[] | null;
  /** The month ("YYYY-MM") of each delivery row whose date can be read. */
  deliveryMonths: string[] | null;
  /** The month of each result row (Analyses) whose date can be read; blank values are no result. */
  resultMonths: string[] | null;
  /** PrixDeBase as the run reads it (null: no table or no usable headers). */
  prices: InputTables["prices"] | null;
  indicators: IndicatorRow[] | null;
  /** The month (Mois) of each row of « Registre des factures » that has a readable one. */
  registerMonths: string[] | null;
}

const monthOfRow = (r: { date: string | null }) => (r.date === null ? null : r.date.slice(0, 7));
const known = (m: string | null): m is string => m !== null;

export async function readMonthTables(port: WorkbookPort): Promise<MonthTables> {
  const pricesTable = await port.readTable(SHEETS.prices);
  return {
    producers: await readRows(port, SHEETS.producers, (t) => readProducers(t, new Columns(t, PRODUCER_COLUMNS))),
    deliveryMonths: await readRows(port, SHEETS.deliveries, (t) =>
      readDeliveries(t, new Columns(t, DELIVERY_COLUMNS)).map(monthOfRow).filter(known),
    ),
    resultMonths: await readRows(port, SHEETS.results, (t) =>
      readResults(t, new Columns(t, RESULT_COLUMNS)).map(monthOfRow).filter(known),
    ),
    prices: pricesTable ? pricesOf(pricesTable) : null,
    indicators: await readRows(port, INDICATORS_SHEET, (t) => parseIndicators(t).rows),
    registerMonths: await readRows(port, REGISTER_SHEET, registerMonths),
  };
}

function pricesOf(table: TableData): InputTables["prices"] | null {
  try {
    const columns = new Columns(table, PRICE_COLUMNS);
    return { sheet: table.sheet, rows: readPrices(table, columns), columns };
  } catch (e) {
    if (e instanceof RunError) return null;
    throw e;
  }
}

/** The Mois of each register row (invoices and credit notes), counted whatever the rest of the row holds. */
function registerMonths(table: TableData): string[] {
  const columns = new Columns(table, { month: { header: "Mois", required: true } });
  return table.rows.map((r) => parseMonth(columns.cell(r.values, "month"))).filter((m) => typeof m === "string");
}
