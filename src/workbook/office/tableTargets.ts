/**
 * Where the input tables' cells are (sync 2 of the snapshot, snapshot.ts) and how their values become a
 * TableData (the reading rules of both ports, reading.ts). A name designates the worksheet of that name, else
 * the Excel table of that name.
 */
import type { CellValue, TableData } from "../port";
import { TableReader, lookupTable } from "../reading";

/** Where an input table's cells are. */
export interface Target {
  key: string;
  sheet: string;
  kind: "sheet" | "table";
  /** 0-based bounds of the cells to read (null: empty sheet). */
  row0: number;
  col0: number;
  rows: number;
  cols: number;
  /** Tables: header row shown, totals row shown, column names. */
  showHeaders?: boolean;
  showTotals?: boolean;
  columns?: string[];
}

/** A table's bounds as queued for loading: `make` gives its Target after the sync (null: no such table). */
export interface PendingTarget {
  key: string;
  make: () => Target | null;
}

/**
 * Queues the loads that locate each table of `keys` (normalized names): a worksheet's used range, or an Excel
 * table's range, header and totals rows and column names. `nullObjects` (ExcelApi 1.4): an empty sheet's used
 * range is a null object rather than A1.
 */
export function locateTables(
  keys: readonly string[],
  sheets: Excel.Worksheet[],
  sheetNames: readonly string[],
  tables: Excel.Table[],
  nullObjects: boolean,
): PendingTarget[] {
  return keys.map((key) => {
    const found = lookupTable(
      key,
      sheets,
      (s) => s.name,
      tables,
      (t) => [t.name],
    );
    if (found?.sheet) return sheetTarget(key, found.sheet, sheetNames[sheets.indexOf(found.sheet)], nullObjects);
    if (found?.table) return tableTarget(key, found.table);
    return { key, make: () => null };
  });
}

function sheetTarget(key: string, ws: Excel.Worksheet, sheet: string, nullObjects: boolean): PendingTarget {
  const used = nullObjects ? ws.getUsedRangeOrNullObject(true) : ws.getUsedRange(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  return {
    key,
    make: () =>
      used.isNullObject
        ? { key, sheet, kind: "sheet", row0: 0, col0: 0, rows: 0, cols: 0 }
        : {
            key,
            sheet,
            kind: "sheet",
            row0: used.rowIndex,
            col0: used.columnIndex,
            rows: used.rowCount,
            cols: used.columnCount,
          },
  };
}

function tableTarget(key: string, t: Excel.Table): PendingTarget {
  t.load("showHeaders,showTotals");
  const ws = t.worksheet.load("name");
  const range = t.getRange().load("rowIndex,columnIndex,rowCount,columnCount");
  const columns = t.columns.load("items/name");
  return {
    key,
    make: () => ({
      key,
      sheet: ws.name,
      kind: "table",
      row0: range.rowIndex,
      col0: range.columnIndex,
      rows: range.rowCount,
      cols: range.columnCount,
      showHeaders: t.showHeaders,
      showTotals: t.showTotals,
      columns: columns.items.map((c) => c.name),
    }),
  };
}

/** The reading rules of both ports (reading.ts): header row, blank rows, Excel tables' header and totals rows. */
export function toTable(t: Target, values: CellValue[][]): TableData {
  const reader = new TableReader(
    t.sheet,
    t.kind === "table"
      ? {
          r1: t.row0 + 1,
          r2: t.row0 + t.rows,
          c1: t.col0 + 1,
          c2: t.col0 + t.cols,
          headerRows: t.showHeaders === false ? 0 : 1,
          totalsRows: t.showTotals ? 1 : 0,
          columns: t.columns ?? [],
        }
      : null,
  );
  const cols = Array.from({ length: t.cols }, (_, j) => t.col0 + 1 + j);
  for (let i = 0; i < values.length && !reader.done; i++) reader.row(t.row0 + i + 1, values[i].length, cols, values[i]);
  return reader.result;
}
