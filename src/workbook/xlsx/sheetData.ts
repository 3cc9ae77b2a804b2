/**
 * Appending rows to an existing worksheet part (data intake): a byte splice of the sheet XML. The new
 * `<row>` elements go just before `</sheetData>`; `<dimension ref>` grows to cover them; nothing else of
 * the part changes (cells, formulas, shared-string indexes, column widths, conditional formats, table parts
 * are all kept byte for byte). Cells are written like buildSheetXml's: text as inline strings (never a
 * formula), numbers as numbers, styles by cellXfs index.
 */
import { t } from "../../messages";
import type { OutputCell } from "../port";
import { type AppendedRows, type RowBlock, rowBlock } from "../rows";
import { columnLetters, columnNumber } from "./sheetXml";
import { escapeOoxmlText } from "./xml";

const utf8 = new TextDecoder("utf-8");
const utf8enc = new TextEncoder();

function ascii(s: string): number[] {
  return Array.from(s, (c) => c.charCodeAt(0));
}

function matchAt(buf: Uint8Array, at: number, pat: number[]): boolean {
  if (at < 0 || at + pat.length > buf.length) return false;
  for (let k = 0; k < pat.length; k++) if (buf[at + k] !== pat[k]) return false;
  return true;
}

function indexOfBytes(buf: Uint8Array, pat: number[], from = 0): number {
  const first = pat[0];
  for (let i = buf.indexOf(first, from); i >= 0 && i + pat.length <= buf.length; i = buf.indexOf(first, i + 1)) {
    if (matchAt(buf, i, pat)) return i;
  }
  return -1;
}

function lastIndexOfBytes(buf: Uint8Array, pat: number[], before = buf.length): number {
  const first = pat[0];
  for (let i = buf.lastIndexOf(first, before - 1); i >= 0; i = i > 0 ? buf.lastIndexOf(first, i - 1) : -1) {
    if (matchAt(buf, i, pat)) return i;
  }
  return -1;
}

const SHEET_DATA = ascii("sheetData");
const LT = 60;
const GT = 62;

/** Where sheetData is: the namespace prefix, the end of the opening tag, where rows may be inserted. */
export interface SheetDataSpot {
  prefix: string;
  /** Offset of "<" of the opening tag. */
  openStart: number;
  /** Offset after the opening tag's ">". */
  openEnd: number;
  selfClosing: boolean;
  /** Offset of "<" of the closing tag (= openEnd... when self-closing, = openEnd). */
  closeStart: number;
}

export function findSheetData(xml: Uint8Array, sheet: string): SheetDataSpot {
  const nameAt = indexOfBytes(xml, SHEET_DATA);
  if (nameAt < 0) throw new Error(t("workbook.sheetDataMissing", { sheet }));
  let lt = nameAt - 1;
  while (lt >= 0 && xml[lt] !== LT) lt--;
  const prefix = utf8.decode(xml.subarray(lt + 1, nameAt));
  const gt = xml.indexOf(GT, nameAt);
  if (lt < 0 || gt < 0) throw new Error(t("workbook.sheetDataMissing", { sheet }));
  const selfClosing = xml[gt - 1] === 47;
  if (selfClosing) return { prefix, openStart: lt, openEnd: gt + 1, selfClosing, closeStart: gt + 1 };
  const close = lastIndexOfBytes(xml, ascii(`</${prefix}sheetData`));
  if (close < 0) throw new Error(t("workbook.sheetDataMissing", { sheet }));
  return { prefix, openStart: lt, openEnd: gt + 1, selfClosing, closeStart: close };
}

/** The number of the last row in sheetData (0 when empty). */
export function lastRowNumber(xml: Uint8Array, spot: SheetDataSpot): number {
  if (spot.selfClosing) return 0;
  const tag = ascii(`<${spot.prefix}row`);
  let at = lastIndexOfBytes(xml, tag, spot.closeStart);
  while (at >= 0 && at > spot.openStart) {
    const next = xml[at + tag.length];
    if (next === 32 || next === GT || next === 47 || next === 9 || next === 10 || next === 13) break;
    at = lastIndexOfBytes(xml, tag, at);
  }
  if (at < 0 || at < spot.openEnd) return 0;
  const end = xml.indexOf(GT, at);
  const head = utf8.decode(xml.subarray(at, end));
  const m = /\sr\s*=\s*["'](\d+)["']/.exec(head);
  if (m) return Number(m[1]);
  // Rows without numbers follow each other: count them all.
  let n = 0;
  for (let i = indexOfBytes(xml, tag, spot.openEnd); i >= 0 && i < spot.closeStart; i = indexOfBytes(xml, tag, i + 1)) {
    const b = xml[i + tag.length];
    if (b === 32 || b === GT || b === 47 || b === 9 || b === 10 || b === 13) n++;
  }
  return n;
}

/** The bytes of the last `<row>` element of sheetData ([start, end)), or null when it has none. */
export function lastRowSpan(xml: Uint8Array, spot: SheetDataSpot): { start: number; end: number } | null {
  if (spot.selfClosing) return null;
  const tag = ascii(`<${spot.prefix}row`);
  let at = lastIndexOfBytes(xml, tag, spot.closeStart);
  while (at >= spot.openEnd) {
    const next = xml[at + tag.length];
    if (next === 32 || next === GT || next === 47 || next === 9 || next === 10 || next === 13) break;
    at = lastIndexOfBytes(xml, tag, at);
  }
  if (at < spot.openEnd) return null;
  const gt = xml.indexOf(GT, at);
  if (xml[gt - 1] === 47) return { start: at, end: gt + 1 };
  const close = indexOfBytes(xml, ascii(`</${spot.prefix}row>`), gt);
  return close < 0 ? null : { start: at, end: close + spot.prefix.length + 6 };
}

/** Excel's limit on the characters of a cell. */
// Excel's limit, fixed by the file format; the catalogue's workbook.textTooLong writes it out (« 32 767 »).
export const MAX_CELL_TEXT = 32767;

/**
 * `<row>` elements (UTF-8 bytes) for the rows, from row `firstRow`, cells from column `firstColumn`, each
 * cell with its reference. The XML after the reference is cached by cell object (imports share them).
 * Written into a buffer with `front` bytes free before the rows and at least `back` bytes after them (the
 * rest of the sheet part goes there: no second copy of the rows). Rows are at buf[front, end).
 *
 * Hot path (100 000-row imports): one buffer, sized once from the first row for all, written byte by byte
 * without a call per piece; row numbers are written as digits, not strings.
 */
function rowsInto(
  rows: RowBlock,
  firstRow: number,
  firstColumn: number,
  prefix: string,
  xf: (style: NonNullable<OutputCell["style"]>) => number,
  front: number,
  back: number,
): { buf: Uint8Array; end: number } {
  const styleAttr = new Map<string, string>();
  const cache = new Map<OutputCell, Uint8Array>();
  const sOf = (style: OutputCell["style"]): string => {
    if (!style) return "";
    let a = styleAttr.get(style);
    if (a === undefined) {
      a = ` s="${xf(style)}"`;
      styleAttr.set(style, a);
    }
    return a;
  };
  const p = prefix;
  /** The cell's XML after `<c` and its optional r attribute. */
  const body = (cell: OutputCell, ref: string): Uint8Array => {
    let b = cache.get(cell);
    if (b !== undefined) return b;
    const s = sOf(cell.style);
    const v = cell.value;
    let xml: string;
    if (typeof v === "number") {
      xml = Number.isFinite(v)
        ? `${s}><${p}v>${Object.is(v, -0) ? "0" : String(v)}</${p}v></${p}c>`
        : `${s} t="e"><${p}v>#NUM!</${p}v></${p}c>`;
    } else if (typeof v === "boolean") {
      xml = `${s} t="b"><${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
    } else {
      const text = String(v);
      // Also checked with the sheet's name before anything changes (XlsxWorkbook.appendRows); a last guard.
      if (text.length > MAX_CELL_TEXT)
        throw new Error(t("workbook.cellTextTooLong", { cell: ref, length: text.length }));
      const space = /^\s|\s$|[\n\t]/.test(text) ? ' xml:space="preserve"' : "";
      xml = `${s} t="inlineStr"><${p}is><${p}t${space}>${escapeOoxmlText(text)}</${p}t></${p}is></${p}c>`;
    }
    b = utf8enc.encode(xml);
    if (cache.size > 200_000) cache.clear();
    cache.set(cell, b);
    return b;
  };
  // Every cell carries its reference: Excel does without, but other readers (ExcelJS) need it.
  const rowOpen = utf8enc.encode(`<${p}row r="`);
  const rowClose = utf8enc.encode(`</${p}row>`);
  const letters: Uint8Array[] = [];
  let buf = new Uint8Array(front + back);
  let n = front;
  const digits = new Uint8Array(10);
  // The row's cell bodies (null: no cell in that column).
  const bodies: (Uint8Array | null)[] = [];
  const lastCells: (OutputCell | undefined)[] = [];
  const lastBodies: Uint8Array[] = [];
  const width = rows.width;
  for (let i = 0; i < rows.length; i++) {
    const r = firstRow + i;
    // The row number's digits.
    let nd = 0;
    for (let x = r; x > 0; x = Math.floor(x / 10)) digits[nd++] = 48 + (x % 10);
    // Bodies first (they may throw, and give the row's size).
    let need = rowOpen.length + nd + 2 + rowClose.length;
    for (let j = 0; j < width; j++) {
      const cell = rows.cell(i, j);
      if (!cell || cell.value === null || cell.value === undefined) {
        bodies[j] = null;
        continue;
      }
      // A column often repeats the previous row's cell (same date, producer, criterion): no map lookup then.
      const b = (bodies[j] =
        cell === lastCells[j]
          ? lastBodies[j]
          : (cache.get(cell) ?? body(cell, `${columnLetters(firstColumn + j)}${r}`)));
      lastCells[j] = cell;
      lastBodies[j] = b;
      const l = (letters[j] ??= utf8enc.encode(`<${p}c r="${columnLetters(firstColumn + j)}`));
      need += l.length + nd + 1 + b.length;
    }
    // The first row's size gives the whole's (imports' rows are alike): one allocation, no doubling copies.
    if (i === 0) buf = new Uint8Array(front + Math.max(1024, Math.ceil(need * rows.length * 1.1) + 1024) + back);
    if (n + need + back > buf.length) {
      let size = buf.length * 2;
      while (size < n + need + back) size *= 2;
      const next = new Uint8Array(size);
      next.set(buf.subarray(0, n));
      buf = next;
    }
    for (let k = 0; k < rowOpen.length; k++) buf[n++] = rowOpen[k];
    for (let k = nd - 1; k >= 0; k--) buf[n++] = digits[k];
    buf[n++] = 34; // "
    buf[n++] = 62; // >
    for (let j = 0; j < width; j++) {
      const b = bodies[j];
      if (b === null) continue;
      const l = letters[j]; // `<c r="` and the column's letters
      for (let k = 0; k < l.length; k++) buf[n++] = l[k];
      for (let k = nd - 1; k >= 0; k--) buf[n++] = digits[k];
      buf[n++] = 34; // "
      buf.set(b, n);
      n += b.length;
    }
    for (let k = 0; k < rowClose.length; k++) buf[n++] = rowClose[k];
  }
  return { buf, end: n };
}

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
    // Both rows: new cells replace the old ones in their columns, the others stay; in column order.
    const mine = added.get(n)!;
    const cells: { col: number; xml: string }[] = [];
    const taken = new Set<number>();
    for (const c of mine.matchAll(CELL_RE(p))) {
      const col = cellColumn(c[0], sheet);
      taken.add(col);
      cells.push({ col, xml: c[0] });
    }
    for (const c of m[0].matchAll(CELL_RE(p))) {
      const col = cellColumn(c[0], sheet);
      if (!taken.has(col)) cells.push({ col, xml: c[0] });
    }
    cells.sort((a, b) => a.col - b.col);
    const open = /^<[^>]*?(\/?)>/
      .exec(m[0])![0]
      .replace(/\s+spans\s*=\s*["'][^"']*["']/, "")
      .replace(/\/>$/, ">");
    out.push(`${open}${cells.map((c) => c.xml).join("")}</${p}row>`);
    next = n + 1;
  }
  flushUntil(lastRow + 1);
  out.push(existing.slice(at));
  const head = grownDimension(utf8.decode(xml.subarray(0, spot.openStart)), p, lastRow, firstColumn + rows.width - 1);
  const open = utf8.decode(xml.subarray(spot.openStart, spot.openEnd));
  const text = head + open + out.join("") + utf8.decode(xml.subarray(spot.closeStart));
  return { bytes: utf8enc.encode(text), firstRow, lastRow };
}
