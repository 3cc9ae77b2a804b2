/**
 * The five input tables (workbook.md), read through the workbook port into typed rows that keep their
 * source (sheet, row, column): one file per table (producersTable.ts, deliveriesTable.ts, resultsTable.ts,
 * basePricesTable.ts, eventsTable.ts), their columns found by columns.ts. A missing table or required column
 * stops the run.
 *
 * Every value of a row is parsed here; what cannot be read becomes an issue on that row (never a 0). Which
 * issues count (the producer's rows of the months used) is decided by the statement run (src/run/gather.ts).
 */
import { t } from "../messages/inputs";
import type { TableData, WorkbookPort } from "../workbook/port";
import { PRICE_COLUMNS, readPrices, type PriceColumns, type PriceRow } from "./basePricesTable";
import { Columns, type ColumnSpec } from "./columns";
import { DELIVERY_COLUMNS, readDeliveries, type DeliveryRow } from "./deliveriesTable";
import { EVENT_COLUMNS, readEvents, type EventRow } from "./eventsTable";
import { RunError } from "./issues";
import { PRODUCER_COLUMNS, readProducers, type ProducerColumns, type ProducerRow } from "./producersTable";
import { RESULT_COLUMNS, readResults, type ResultRow } from "./resultsTable";
import type { DataRow } from "./rowIssues";

export const SHEETS = {
  producers: "Producteurs",
  deliveries: "Livraisons",
  results: "Analyses",
  prices: "PrixDeBase",
  events: "Evenements",
} as const;

/** The parsed tables; the raw cells are not kept (so that they can be freed while the run goes on). */
export interface InputTables {
  producers: { sheet: string; rows: ProducerRow[]; columns: ProducerColumns };
  deliveries: { sheet: string; rows: DataRow<DeliveryRow>[] };
  /** Blank results (not a result) are left out. */
  results: { sheet: string; rows: DataRow<ResultRow>[] };
  prices: { sheet: string; rows: PriceRow[]; columns: PriceColumns };
  /** Null when the workbook has no Evenements sheet (no events: the checks list says so). */
  events: { sheet: string; rows: DataRow<EventRow>[] } | null;
}

async function table(port: WorkbookPort, name: string, required: boolean): Promise<TableData | null> {
  const found = await port.readTable(name);
  if (!found && required) {
    const names = await port.sheetNames();
    throw new RunError(t("inputs.tableNotFound", { name, sheets: names.join(", ") || t("inputs.noSheets") }));
  }
  return found;
}

/**
 * Reads and parses the five input tables, one at a time: each table's raw cells can be freed once parsed
 * (the two big ones hold ~500 000 rows). Throws RunError when one cannot be used at all.
 */
export async function readTables(port: WorkbookPort): Promise<InputTables> {
  const producers = (await table(port, SHEETS.producers, true))!;
  const producerColumns = new Columns(producers, PRODUCER_COLUMNS);
  const prices = (await table(port, SHEETS.prices, true))!;
  const priceColumns = new Columns(prices, PRICE_COLUMNS);
  const events = await table(port, SHEETS.events, false);
  const eventColumns = events ? new Columns(events, EVENT_COLUMNS) : null;
  const deliveries = await bigTable(port, SHEETS.deliveries, DELIVERY_COLUMNS, readDeliveries);
  const results = await bigTable(port, SHEETS.results, RESULT_COLUMNS, readResults);
  return {
    producers: { sheet: producers.sheet, rows: readProducers(producers, producerColumns), columns: producerColumns },
    deliveries,
    results,
    prices: { sheet: prices.sheet, rows: readPrices(prices, priceColumns), columns: priceColumns },
    events: events && eventColumns ? { sheet: events.sheet, rows: readEvents(events, eventColumns) } : null,
  };
}

/** Reads, checks and parses a big table; only the parsed rows outlive this call. */
async function bigTable<K extends string, R>(
  port: WorkbookPort,
  name: string,
  specs: Record<K, ColumnSpec>,
  parse: (t: TableData, c: Columns<K>) => R[],
): Promise<{ sheet: string; rows: R[] }> {
  const t = (await table(port, name, true))!;
  return { sheet: t.sheet, rows: parse(t, new Columns(t, specs)) };
}
