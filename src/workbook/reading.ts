/**
 * The reading rules both workbook ports share (the .xlsx port from sheet XML, the Office.js port from
 * range values), so that a table reads the same whichever port reads it:
 *  - a blank cell: nothing, or text made only of spaces (any Unicode space, as JavaScript's trim());
 *  - an Excel error (#N/A, #VALUE!…) and a formula without a computed value are NoValue, never blank;
 *  - a sheet table: its header row is the sheet's first row with a non-blank cell, its columns run from the
 *    first to the last non-blank cell of that row; an Excel table: its range, header row and totals row;
 *  - data rows: every later row with a non-blank cell in the table's columns; blank rows are skipped;
 *  - the name is matched case-, accent- and space-insensitively (normalizeKey, src/inputs), a worksheet before
 *    an Excel table;
 *  - appended rows go right below the table's last data row (appendRowAt).
 */
import { normalizeKey } from "../inputs";
import { NoValue, type CellValue, type TableData } from "./port";

/** JavaScript's white space and line terminators (what String.prototype.trim removes), by code unit. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export function isBlankText(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

/** A blank cell: null or spaces only. NoValue (an error, a formula without value) is not blank. */
export function isBlankCell(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && isBlankText(v));
}

/**
 * Excel's error values as Office.js gives them in Range.values (a string: "#N/A"). The .xlsx port reads
 * them from `t="e"` cells. A text cell holding exactly one of these is read as that error by both ports:
 * Office.js cannot tell them apart without a second read of every cell's type, and no input column takes
 * "#N/A" as a value.
 */
const EXCEL_ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
  "#EXTERNAL!",
]);

/** A string cell as both ports keep it: "" is blank (null), an error literal is NoValue, else the text. */
export function textCell(s: string): CellValue {
  if (s === "") return null;
  if (s.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.has(s)) return NoValue.error(s);
  return s;
}

/** A value as a host gives it (Office.js Range.values): numbers, booleans, strings; anything else as text. */
export function hostCell(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  return textCell(typeof v === "string" ? v : String(v));
}

/** A header cell's text: trimmed; TRUE/FALSE for booleans; an error as its code. */
export function headerText(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof NoValue) return v.code;
  return String(v).trim();
}

/**
 * What an input table's name designates: the worksheet of that name, else the Excel table of that name
 * (names compared by normalizeKey: case, accents and spaces forgiven), else nothing.
 */
export function lookupTable<S, T>(
  name: string,
  sheets: readonly S[],
  sheetName: (s: S) => string,
  tables: readonly T[],
  tableNames: (t: T) => readonly string[],
): { sheet: S; table: null } | { sheet: null; table: T } | null {
  const key = normalizeKey(name);
  const sheet = sheets.find((s) => normalizeKey(sheetName(s)) === key);
  if (sheet !== undefined) return { sheet, table: null };
  const table = tables.find((t) => tableNames(t).some((n) => normalizeKey(n) === key));
  return table !== undefined ? { sheet: null, table } : null;
}

/** Where an Excel table (ListObject) is: 1-based rows and columns, header and totals rows shown or not. */
export interface ExcelTableBounds {
  r1: number;
  r2: number;
  c1: number;
  c2: number;
  headerRows: number;
  totalsRows: number;
  /** Column names from the table's definition (used where the header cell is blank). */
  columns: readonly string[];
}

/**
 * Builds a TableData from rows fed in sheet order, each as `n` cells given by columns (A = 1) and values
 * (sparse, as the .xlsx scanner gives them; the Office.js port passes every column of its range).
 * `done` turns true once an Excel table's last data row is passed: the caller may stop feeding.
 */
export class TableReader {
  readonly result: TableData;
  done = false;
  private c1 = 0;
  private width = 0;
  private readonly table: ExcelTableBounds | null;
  private firstData = 0;
  private lastData = Infinity;

  constructor(sheet: string, table: ExcelTableBounds | null) {
    this.result = { sheet, headerRow: 0, firstColumn: 0, headers: [], rows: [] };
    this.table = table;
    if (table) {
      this.c1 = table.c1;
      this.width = table.c2 - table.c1 + 1;
      this.firstData = table.r1 + Math.max(0, table.headerRows);
      this.lastData = table.r2 - Math.max(0, table.totalsRows);
      this.result.headerRow = table.headerRows > 0 ? table.r1 : table.r1 - 1;
      this.result.firstColumn = table.c1;
      this.result.headers = Array.from({ length: this.width }, (_, i) => (table.columns[i] ?? "").trim());
    }
  }

  row(row: number, n: number, cols: ArrayLike<number>, vals: readonly CellValue[]): void {
    const t = this.table;
    if (t === null) {
      if (this.width > 0) this.data(row, n, cols, vals);
      else this.header(row, n, cols, vals);
      return;
    }
    if (row > this.lastData) {
      this.done = true;
      return;
    }
    if (row < t.r1) return;
    if (row >= this.firstData) return this.data(row, n, cols, vals);
    if (row !== t.r1) return;
    const c1 = this.c1;
    const width = this.width;
    for (let i = 0; i < n; i++) {
      const c = cols[i] - c1;
      if (c >= 0 && c < width && !isBlankCell(vals[i])) this.result.headers[c] = headerText(vals[i]);
    }
  }

  /** A sheet's first row with a non-blank cell holds the headers; its non-blank span gives the columns. */
  private header(row: number, n: number, cols: ArrayLike<number>, vals: readonly CellValue[]): void {
    let min = Infinity;
    let max = 0;
    for (let i = 0; i < n; i++) {
      if (isBlankCell(vals[i])) continue;
      if (cols[i] < min) min = cols[i];
      if (cols[i] > max) max = cols[i];
    }
    if (max === 0) return;
    this.c1 = min;
    this.width = max - min + 1;
    const headers: string[] = new Array(this.width).fill("");
    for (let i = 0; i < n; i++) if (cols[i] >= min && cols[i] <= max) headers[cols[i] - min] = headerText(vals[i]);
    this.result.headerRow = row;
    this.result.firstColumn = min;
    this.result.headers = headers;
  }

  /** A data row: kept when a cell of the table's columns is not blank. */
  private data(row: number, n: number, cols: ArrayLike<number>, vals: readonly CellValue[]): void {
    const c1 = this.c1;
    const width = this.width;
    let any = false;
    for (let i = 0; i < n; i++) {
      const c = cols[i] - c1;
      if (c >= 0 && c < width && !isBlankCell(vals[i])) {
        any = true;
        break;
      }
    }
    if (!any) return;
    const values: CellValue[] = new Array(width).fill(null);
    for (let i = 0; i < n; i++) {
      const c = cols[i] - c1;
      if (c >= 0 && c < width) values[c] = vals[i];
    }
    this.result.rows.push({ row, values });
  }
}

/**
 * The append rule, one for both ports: rows are appended right below the table's last data row (the last
 * row holding a non-blank cell in the table's columns), or below its header row when it has none. Not below
 * the sheet's last used row: a note or a total typed beside the table (other columns, further down) must
 * neither push the rows down nor leave a gap in the table, and it stays where it is. Only the table's
 * columns of the new rows are written; cells beside them are kept.
 */
export function appendRowAt(table: TableData): number {
  const last = table.rows.length ? table.rows[table.rows.length - 1].row : table.headerRow;
  return last + 1;
}
