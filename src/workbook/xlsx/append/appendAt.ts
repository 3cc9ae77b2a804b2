/**
 * What appending reads of a sheet before it writes: the table's last data row (the rows go right below it)
 * and whether cells lie below an Excel table that would grow over them.
 */
import type { TableData } from "../../port";
import { TableReader, appendRowAt, isBlankCell } from "../../reading";
import type { Book } from "../book";
import { inflateEntryChunks } from "../zip/inflate";
import { readTableSync } from "../read/readTable";
import { type RowHandler, type SheetScanOptions, SheetScanner } from "../read/scan";
import { type SheetDataSpot, lastRowSpan } from "./sheetData";
import { type TableInfo, tableBounds } from "../tables";
import type { SheetInfo } from "../workbookPart";

const utf8enc = new TextEncoder();

type ScannedRow = (scanner: SheetScanner, ...row: Parameters<RowHandler>) => void;

function scanOptions(book: Book, sheet: SheetInfo): SheetScanOptions {
  return { sharedStrings: () => book.sharedStrings(), dateStyles1904: null, sheet: sheet.name };
}

/** Scans the sheet's part from its first row on, row by row to `onRow` (which may stop the scanner). */
function scanSheet(book: Book, sheet: SheetInfo, onRow: ScannedRow): void {
  const scanner: SheetScanner = new SheetScanner(
    (row, n, cols, vals) => onRow(scanner, row, n, cols, vals),
    scanOptions(book, sheet),
  );
  inflateEntryChunks(book.parts.entry(sheet.part)!, (chunk, final) => {
    scanner.push(chunk, final);
    return scanner.done;
  });
}

/**
 * The table's last data row (appendRowAt). Fast path: when the sheet's last row has a non-blank cell in the
 * table's columns, it is that row, found by reading the header row and the last row only (an import into
 * a big Analyses sheet does not read it all again). Otherwise the table is read.
 */
export function lastDataRow(
  book: Book,
  sheet: SheetInfo,
  table: TableInfo | null,
  xml: Uint8Array,
  spot: SheetDataSpot,
  sheetLast: number,
): { table: TableData; last: number } {
  const bounds = table ? tableBounds(table) : null;
  const reader = new TableReader(sheet.name, bounds);
  const span = lastRowSpan(xml, spot);
  if (span && sheetLast > 0 && (!bounds || sheetLast <= bounds.r2 - bounds.totalsRows)) {
    // Header row (sheets: the first non-blank row) then the last row, through the same reader.
    if (!bounds)
      scanSheet(book, sheet, (scanner, row, n, cols, vals) => {
        reader.row(row, n, cols, vals);
        if (reader.result.headerRow > 0) scanner.stop();
      });
    if (reader.result.headerRow > 0 && reader.result.headerRow < sheetLast) {
      const lastOnly = new SheetScanner(
        (row, n, cols, vals) => reader.row(row, n, cols, vals),
        scanOptions(book, sheet),
      );
      const p = spot.prefix;
      lastOnly.push(utf8enc.encode(`<${p}sheetData>`), false);
      lastOnly.push(xml.subarray(span.start, span.end), false);
      lastOnly.push(utf8enc.encode(`</${p}sheetData>`), true);
      const rows = reader.result.rows;
      if (rows.length > 0 && rows[rows.length - 1].row === sheetLast) return { table: reader.result, last: sheetLast };
    }
  }
  const data = readTableSync(book, table ? table.name : sheet.name)!;
  return { table: data, last: appendRowAt(data) - 1 };
}

/** Whether rows r1..r2 of the sheet hold a non-blank cell in columns c1..c2. */
export function cellsBelow(book: Book, sheet: SheetInfo, r1: number, r2: number, c1: number, c2: number): boolean {
  let found = false;
  scanSheet(book, sheet, (scanner, row, n, cols, vals) => {
    if (row > r2) return scanner.stop();
    if (row < r1) return;
    for (let i = 0; i < n; i++) if (cols[i] >= c1 && cols[i] <= c2 && !isBlankCell(vals[i])) found = true;
    if (found) scanner.stop();
  });
  return found;
}
