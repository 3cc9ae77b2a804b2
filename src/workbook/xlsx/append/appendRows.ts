/**
 * Appending rows below an input table (data intake): that one worksheet part is rewritten (spliceRows.ts: rows
 * spliced before </sheetData>, the rest of the part byte for byte), styles.xml when a new cell style is
 * needed, and the ref of an Excel table (ListObject) that ends at the sheet's last row, so that it takes the
 * new rows in. Every other part is kept as its original compressed bytes.
 */
import { t } from "../../../messages";
import { columnLetters, columnNumber } from "../../columns";
import type { AppendResult, CellStyle, TableData } from "../../port";
import { type AppendedRows, type RowBlock, rowBlock } from "../../rows";
import { appendToSheetXml } from "./spliceRows";
import { cellsBelow, lastDataRow } from "./appendAt";
import type { Book } from "../book";
import { MAX_CELL_TEXT } from "../write/cellXml";
import { inflateEntry } from "../zip/inflate";
import { findSheetData, lastRowNumber } from "./sheetData";
import { StyleSheetEditor } from "../write/styles";
import { type TableInfo, tableRange } from "../tables";
import { type SheetInfo, workbookRelPart } from "../workbookPart";
import { type Splice, applySplices, child, parseXml, setAttrSplice } from "../xml";

const MAX_ROWS = 1_048_576;

/**
 * Everything that can refuse the rows is checked here; the sheet XML itself is written when the part is next
 * read or the workbook saved (deferred), so the rows are kept by reference until then: the caller must not
 * change them.
 */
export function appendRows(book: Book, name: string, appended: AppendedRows): AppendResult {
  const rows = rowBlock(appended);
  if (book.workbook().strict) throw new Error(t("workbook.strict"));
  const found = book.findTable(name);
  if (!found) throw new Error(t("workbook.noTable", { name }));
  const sheet = found.sheet;
  const entry = sheet.part ? book.parts.entry(sheet.part) : undefined;
  if (!entry) throw new Error(t("workbook.sheetPartMissing", { sheet: sheet.name }));
  const xml = inflateEntry(entry);
  const spot = findSheetData(xml, sheet.name);
  const sheetLast = lastRowNumber(xml, spot);

  // The append rule (reading.ts, appendRowAt): right below the table's last data row.
  const { table: data, last } = lastDataRow(book, sheet, found.table, xml, spot, sheetLast);
  const firstColumn = data.firstColumn || 1;
  const firstRow = last + 1;
  if (rows.length === 0) return { sheet: sheet.name, firstRow, lastRow: last };
  const lastRow = last + rows.length;

  const grow = found.table ?? tableAbove(book, sheet, data, firstColumn, last);
  if (grow) checkGrowth(book, sheet, grow, sheetLast, lastRow);
  if (lastRow > MAX_ROWS) throw new Error(t("workbook.tooManyRows", { sheet: sheet.name, row: lastRow }));
  checkTextLengths(rows, sheet.name, firstColumn, firstRow);

  // The table grows now; the rows' XML is written when the sheet part is next needed.
  if (grow && lastRow > tableRange(grow).r2) growTable(book, grow, lastRow);
  book.parts.defer(() => {
    const stylesPath = workbookRelPart(book.workbook(), "styles");
    const styles = stylesPath ? new StyleSheetEditor(book.parts.text(stylesPath)) : null;
    const xf = (style: CellStyle) => (styles ? styles.xf(style) : 0);
    book.parts.set(sheet.part, appendToSheetXml(xml, rows, firstColumn, xf, last, sheet.name).bytes);
    const stylesXml = styles?.result() ?? null;
    if (stylesPath && stylesXml !== null) book.parts.set(stylesPath, stylesXml);
  });
  return { sheet: sheet.name, firstRow, lastRow };
}

/**
 * The ListObject to grow when the rows go below a worksheet's data: on the sheet, the table whose header row
 * is the data's header row, which holds its first column and reaches its last data row (as the Office.js port).
 */
function tableAbove(
  book: Book,
  sheet: SheetInfo,
  data: TableData,
  firstColumn: number,
  last: number,
): TableInfo | null {
  return (
    book
      .tables()
      .filter((t) => t.sheet.part === sheet.part)
      .find((t) => {
        const r = tableRange(t);
        return (
          r.r1 === data.headerRow &&
          columnNumber(r.c1) <= firstColumn &&
          firstColumn <= columnNumber(r.c2) &&
          r.r2 >= last
        );
      }) ?? null
  );
}

/** Refuses to grow a table over cells below it, or a table with a totals row. */
function checkGrowth(book: Book, sheet: SheetInfo, grow: TableInfo, sheetLast: number, lastRow: number): void {
  const r = tableRange(grow);
  if (
    r.r2 < sheetLast &&
    lastRow > r.r2 &&
    cellsBelow(book, sheet, r.r2 + 1, lastRow, columnNumber(r.c1), columnNumber(r.c2))
  ) {
    throw new Error(t("workbook.cellsBelowTable", { table: grow.displayName, sheet: sheet.name }));
  }
  if (grow.totalsRowCount > 0) throw new Error(t("workbook.totalsRow", { table: grow.displayName }));
}

/** Refuses a text longer than a cell takes (the first one column by column), now rather than when written. */
function checkTextLengths(rows: RowBlock, sheet: string, firstColumn: number, firstRow: number): void {
  for (let j = 0; j < rows.width; j++) {
    for (let i = 0; i < rows.length; i++) {
      const v = rows.cell(i, j)?.value;
      if (typeof v === "string" && v.length > MAX_CELL_TEXT) {
        const ref = `${columnLetters(firstColumn + j)}${firstRow + i}`;
        throw new Error(t("workbook.textTooLong", { sheet, cell: ref, length: v.length }));
      }
    }
  }
}

/** The table's ref (and its autoFilter's) down to `lastRow`. */
function growTable(book: Book, table: TableInfo, lastRow: number): void {
  const txml = book.parts.text(table.part) ?? "";
  const root = parseXml(txml);
  const r = tableRange(table);
  const newRef = `${r.c1}${r.r1}:${r.c2}${lastRow}`;
  const splices: Splice[] = [setAttrSplice(txml, root, "ref", newRef)];
  const af = child(root, "autoFilter");
  if (af) splices.push(setAttrSplice(txml, af, "ref", newRef));
  book.parts.set(table.part, applySplices(txml, splices));
}
