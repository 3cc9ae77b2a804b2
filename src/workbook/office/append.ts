/**
 * Appends rows below an input table through Office.js (data intake), from the row after its last non-blank
 * row, in requests under the byte budget (one sync each, after at most two syncs that find the Excel table).
 *
 * In every request the number formats are set before the values (text "@": a producer code "00123" or a
 * time "06:30" stays text; dates dd/mm/yyyy): Excel types a string written into a General cell as it
 * would a typed entry, and a cell's format set afterwards does not bring the text back.
 *
 * When the rows belong to an Excel table (the table `name`, or on the sheet `name` the table whose header
 * row is the sheet's header row and which reaches its last row), the table must grow to take them in.
 * Each request first adds the rows it needs with table.rows.add(null, blank rows) — ExcelApi 1.1, several
 * rows at once from 1.4 — then sets the formats, then the values, in that order within the request:
 *  - rows.add with the values themselves (what this did before) types them before any format is set;
 *  - formatting the cells below the table and then calling rows.add does not help either: alwaysInsert
 *    defaults to true, "the new rows will be inserted into the table", i.e. the cells below move down with
 *    the formats set on them, and alwaysInsert false ("added below the table") needs ExcelApi 1.15;
 *  - writing below the table and counting on its automatic expansion (the "Performance optimization"
 *    article: set values below the data body and "the table expands automatically") leaves the growth to
 *    a behavior whose conditions the reference does not give; table.resize needs ExcelApi 1.13.
 * Blank rows are typed into nothing, the inserted rows sit inside the table, and what lies below the table
 * in its columns moves down instead of being written over. A table with a totals row is refused, as the
 * .xlsx port does.
 */
import { t } from "../../messages";
import type { CellValue, TableData } from "../port";
import type { RowBlock } from "../rows";
import { rangeAddress } from "./address";
import { numberFormatOf, TEXT_FORMAT } from "./formats";
import { findGrowingTable, type GrowingTable } from "./growingTable";
import { jsonBytes } from "./host";
import { packRows } from "./rowChunks";

export interface Appending {
  /** The input table read before (its sheet, header row, columns). */
  table: TableData;
  /** The Excel table of that name the rows go into; null: the input table is a sheet. */
  tableName: string | null;
  rows: RowBlock;
  /** 1-based row of the first appended row (appendRowAt). */
  firstRow: number;
  requestBytes: number;
  /** ExcelApi 1.4: table.rows.add takes several rows at once. */
  severalRows: boolean;
  /** ExcelApi 1.6: calculation suspended until each sync. */
  suspendCalculation: boolean;
}

export async function appendIn(ctx: Excel.RequestContext, a: Appending): Promise<void> {
  const { table, rows, firstRow } = a;
  const width = Math.max(table.headers.length, rows.width);
  const col1 = table.firstColumn;
  const col2 = col1 + width - 1;
  const ws = ctx.workbook.worksheets.getItem(table.sheet);
  const grow = await findGrowingTable(ctx, ws, table, a.tableName, col1, firstRow - 1);
  if (grow?.showTotals) throw new Error(t("workbook.totalsRow", { table: grow.name }));
  const blank = grow ? Array.from({ length: grow.cols }, () => "") : [];
  // Bytes of a blank row, twice: the rows.add call carries its arguments in its object path and its action.
  const blankBytes = grow ? 2 * (jsonBytes(blank) + 1) : 0;
  let end = grow ? grow.lastRow : 0;
  const cells = appendedCells(rows, width);
  for (const chunk of packRows(rows, cells.values, cells.formats, a.requestBytes, blankBytes)) {
    if (a.suspendCalculation) ctx.workbook.application.suspendApiCalculationUntilNextSync();
    const r1 = firstRow + chunk.start;
    const r2 = r1 + chunk.values.length - 1;
    if (grow && r2 > end) {
      addBlankRows(grow, r2 - end, blank, a.severalRows);
      end = r2;
    }
    const range = ws.getRange(rangeAddress(r1, col1, r2, col2));
    range.numberFormat = chunk.formats;
    range.values = chunk.values as never;
    await ctx.sync();
  }
}

/**
 * Each appended row's values and number formats, `width` cells wide. Excel takes values and formats row by
 * row: each row's arrays are made as its request is packed.
 */
function appendedCells(
  rows: RowBlock,
  width: number,
): { values: (i: number) => CellValue[]; formats: (i: number) => string[] } {
  return {
    values: (i) => Array.from({ length: width }, (_, j) => rows.cell(i, j)?.value ?? null),
    formats: (i) =>
      Array.from({ length: width }, (_, j) => {
        const cell = rows.cell(i, j);
        return typeof cell?.value === "string" ? TEXT_FORMAT : (numberFormatOf(cell?.style ?? undefined) ?? "General");
      }),
  };
}

/** Inserts `count` blank rows at the end of the table (one call from ExcelApi 1.4, one per row before). */
function addBlankRows(grow: GrowingTable, count: number, blank: string[], severalRows: boolean): void {
  const added = Array.from({ length: count }, () => blank);
  if (severalRows) grow.table.rows.add(undefined, added);
  else for (const row of added) grow.table.rows.add(undefined, [row]);
}
