/**
 * Appending rows to an existing worksheet part (data intake): a byte splice of the sheet XML. The new
 * `<row>` elements go just before `</sheetData>`; `<dimension ref>` grows to cover them; nothing else of
 * the part changes (cells, formulas, shared-string indexes, column widths, conditional formats, table parts
 * are all kept byte for byte). Cells are written as new sheets' are (write/cellXml.ts).
 */
import { t } from "../../../messages";
import { columnLetters, columnNumber } from "../../columns";
import type { OutputCell } from "../../port";
import { type AppendedRows, type RowBlock, rowBlock } from "../../rows";
import { rowsInto } from "./rowsXml";
import { type SheetDataSpot, findSheetData, lastRowNumber } from "./sheetData";

const utf8 = new TextDecoder("utf-8");
const utf8enc = new TextEncoder();

/** A `<dimension ref>` grown to include rows up to `lastRow` and columns up to `lastColumn`. */
function grownDimension(head: string, prefix: string, lastRow: number, lastColumn: number): string {
  const re = new RegExp(
    `(<${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}dimension\\s+ref\\s*=\\s*["'])([^"']*)(["'])`,
  );
  const m = re.exec(head);
  if (!m) return head;
  const ref = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/i.exec(m[2]);
  if (!ref) return head;
  const c1 = ref[1].toUpperCase();
  const r1 = Number(ref[2]);
  const c2 = Math.max(columnNumber((ref[3] ?? ref[1]).toUpperCase()), lastColumn);
  const r2 = Math.max(Number(ref[4] ?? ref[2]), lastRow);
  const next = `${c1}${r1}:${columnLetters(c2)}${r2}`;
  return head.slice(0, m.index) + m[1] + next + m[3] + head.slice(m.index + m[0].length);
}

/**
 * The sheet part with the rows appended after row `afterRow` (default: the sheet's last row). When rows of
 * the sheet lie below `afterRow` (a note beside the table, further down), the new rows' cells are merged
 * into them: a cell in the new rows' columns is replaced (the caller found them blank), the others are kept.
 * Returns the new bytes and the rows written.
 */
export function appendToSheetXml(
  xml: Uint8Array,
  appended: AppendedRows,
  firstColumn: number,
  xf: (style: NonNullable<OutputCell["style"]>) => number,
  afterRow: number | undefined,
  sheet: string,
): { bytes: Uint8Array; firstRow: number; lastRow: number } {
  const spot = findSheetData(xml, sheet);
  const sheetLast = lastRowNumber(xml, spot);
  if (afterRow !== undefined && afterRow < sheetLast)
    return mergeRows(xml, spot, rowBlock(appended), firstColumn, xf, afterRow + 1, sheet);
  const last = Math.max(sheetLast, afterRow ?? 0);
  const firstRow = last + 1;
  const rows = rowBlock(appended);
  const lastRow = last + rows.length;
  if (lastRow > 1_048_576) throw new Error(t("workbook.tooManyRows", { sheet, row: lastRow }));
  const width = rows.width;
  const head = utf8enc.encode(
    grownDimension(utf8.decode(xml.subarray(0, spot.openStart)), spot.prefix, lastRow, firstColumn + width - 1),
  );
  const p = spot.prefix;
  const open = spot.selfClosing ? utf8enc.encode(`<${p}sheetData>`) : xml.subarray(spot.openStart, spot.openEnd);
  const existing = spot.selfClosing ? new Uint8Array(0) : xml.subarray(spot.openEnd, spot.closeStart);
  const close = spot.selfClosing ? utf8enc.encode(`</${p}sheetData>`) : new Uint8Array(0);
  const tail = xml.subarray(spot.closeStart);
  // The rows are written in place, between what precedes and what follows them.
  const front = head.length + open.length + existing.length;
  const { buf, end } = rowsInto(rows, firstRow, firstColumn, p, xf, front, close.length + tail.length);
  let o = 0;
  for (const part of [head, open, existing]) {
    buf.set(part, o);
    o += part.length;
  }
  o = end;
  for (const part of [close, tail]) {
    buf.set(part, o);
    o += part.length;
  }
  return { bytes: buf.subarray(0, o), firstRow, lastRow };
}

const ROW_RE = (p: string) => new RegExp(`<${p}row\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}row>)`, "g");
const CELL_RE = (p: string) => new RegExp(`<${p}c\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}c>)`, "g");
const R_ATTR = /^<[^>]*?\sr\s*=\s*["']([A-Z]*)(\d+)["']/i;

/** Column number of a cell element from its r attribute ("H15" → 8). */
function cellColumn(cell: string, sheet: string): number {
  const m = R_ATTR.exec(cell);
  if (!m || !m[1]) throw new Error(t("workbook.cellNoReference", { sheet }));
  return columnNumber(m[1].toUpperCase());
}

/**
 * A row both new and existing: the new cells replace the old ones in their columns, the others stay; in
 * column order.
 */
function mergeRow(mine: string, theirs: string, p: string, sheet: string): string {
  const cells: { col: number; xml: string }[] = [];
  const taken = new Set<number>();
  for (const c of mine.matchAll(CELL_RE(p))) {
    const col = cellColumn(c[0], sheet);
    taken.add(col);
    cells.push({ col, xml: c[0] });
  }
  for (const c of theirs.matchAll(CELL_RE(p))) {
    const col = cellColumn(c[0], sheet);
    if (!taken.has(col)) cells.push({ col, xml: c[0] });
  }
  cells.sort((a, b) => a.col - b.col);
  const open = /^<[^>]*?(\/?)>/
    .exec(theirs)![0]
    .replace(/\s+spans\s*=\s*["'][^"']*["']/, "")
    .replace(/\/>$/, ">");
  return `${open}${cells.map((c) => c.xml).join("")}</${p}row>`;
}

/**
 * The slow path of appendToSheetXml: the sheet has rows at or below `firstRow` (cells beside the table).
 * sheetData is rebuilt as text: rows before `firstRow` and after the new ones as they were, rows in between
 * merged cell by cell in column order (their `spans` hint dropped, since their cells change).
 */
function mergeRows(
  xml: Uint8Array,
  spot: SheetDataSpot,
  rows: RowBlock,
  firstColumn: number,
  xf: (style: NonNullable<OutputCell["style"]>) => number,
  firstRow: number,
  sheet: string,
): { bytes: Uint8Array; firstRow: number; lastRow: number } {
  const lastRow = firstRow + rows.length - 1;
  if (lastRow > 1_048_576) throw new Error(t("workbook.tooManyRows", { sheet, row: lastRow }));
  const p = spot.prefix;
  const { buf, end } = rowsInto(rows, firstRow, firstColumn, p, xf, 0, 0);
  const added = new Map<number, string>();
  for (const m of utf8.decode(buf.subarray(0, end)).matchAll(ROW_RE(p))) added.set(Number(R_ATTR.exec(m[0])![2]), m[0]);
  const existing = utf8.decode(xml.subarray(spot.openEnd, spot.closeStart));
  const out: string[] = [];
  let next = firstRow; // the next new row not yet written
  const flushUntil = (row: number) => {
    for (; next < row && next <= lastRow; next++) out.push(added.get(next)!);
  };
  let at = 0;
  for (const m of existing.matchAll(ROW_RE(p))) {
    const r = R_ATTR.exec(m[0]);
    if (!r) throw new Error(t("workbook.rowNoNumber", { sheet }));
    const n = Number(r[2]);
    out.push(existing.slice(at, m.index));
    at = m.index! + m[0].length;
    flushUntil(n);
    if (n < firstRow || n > lastRow) {
      out.push(m[0]);
      continue;
    }
    out.push(mergeRow(added.get(n)!, m[0], p, sheet));
    next = n + 1;
  }
  flushUntil(lastRow + 1);
  out.push(existing.slice(at));
  const head = grownDimension(utf8.decode(xml.subarray(0, spot.openStart)), p, lastRow, firstColumn + rows.width - 1);
  const open = utf8.decode(xml.subarray(spot.openStart, spot.openEnd));
  const text = head + open + out.join("") + utf8.decode(xml.subarray(spot.closeStart));
  return { bytes: utf8enc.encode(text), firstRow, lastRow };
}
