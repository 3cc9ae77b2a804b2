/**
 * The workbook port: everything the statement run needs from a workbook, and nothing more. Two
 * implementations: .xlsx files (command line, standalone page) and Office.js (task pane). The run never
 * knows which one it talks to, so both give the same figures.
 */
import type { AppendedRows } from "./rows";

/**
 * A cell that holds no value to read: an Excel error (#N/A, #VALUE!, #DIV/0!…), or a formula saved without
 * its computed value (a file written by a program that does not calculate, never opened and saved in Excel).
 * Neither is blank and neither is a number: the inputs module reports both, naming the cell.
 */
export class NoValue {
  private static readonly errors = new Map<string, NoValue>();
  /** A formula whose file holds no computed (cached) value. */
  static readonly formula = new NoValue("formula", "");

  private constructor(
    readonly kind: "error" | "formula",
    /** The error as Excel shows it ("#N/A"); "" for a formula without a value. */
    readonly code: string,
  ) {}

  /** The error value `code` ("#N/A"); one shared instance per code. */
  static error(code: string): NoValue {
    let v = NoValue.errors.get(code);
    if (v === undefined) NoValue.errors.set(code, (v = new NoValue("error", code)));
    return v;
  }
}

/**
 * A cell as read: what Excel holds, uninterpreted. Dates arrive as Excel serial numbers or as text; error
 * values and formulas without a computed value as NoValue (src/workbook/reading.ts: the ports' shared rules).
 */
export type CellValue = string | number | boolean | null | NoValue;

/** An input table: a worksheet whose first non-empty row holds the headers, or an Excel table (ListObject). */
export interface TableData {
  /** Worksheet that holds the table (for messages). */
  sheet: string;
  /** 1-based worksheet row of the header row. */
  headerRow: number;
  /** 1-based worksheet column of the first header (A = 1). */
  firstColumn: number;
  headers: string[];
  /** Data rows in sheet order; `row` is the 1-based worksheet row; blank rows are skipped. */
  rows: { row: number; values: CellValue[] }[];
}

/** Cell styles the outputs use; each port maps them to real formats (French number formats, bold headers). */
export type CellStyle =
  | "title" // large bold
  | "header" // bold, filled, bottom border
  | "text" // text as text: never a formula, whatever it starts with
  | "money" // # ##0,00 in the sheet's currency
  | "rate" // per-unit rate, 2 decimals, signed
  | "count" // whole number with thousands separators
  | "decimal2" // 2 decimals
  | "decimal3" // 3 decimals (freezing point)
  | "date" // dd/mm/yyyy (value: Excel serial number)
  | "total" // bold money with a top border
  | "note"; // italic small text

export interface OutputCell {
  /** Strings are always written as text (a name such as "=1+1" stays text). */
  value: string | number | boolean | null;
  style?: CellStyle;
}

export interface OutputSheet {
  name: string;
  /** Rows from A1 down; `null` = empty row. */
  rows: (OutputCell[] | null)[];
  /** Column widths in characters. */
  columnWidths?: number[];
  /**
   * Print on A4: fit to one page wide (statements: one page tall too), or at a fixed `scale` (percent) over
   * as many pages as it takes (the summary: its text stays readable). `titleRows` ("4:4") and `titleColumns`
   * ("A:B") are repeated on every printed page.
   */
  print?: {
    orientation: "portrait" | "landscape";
    fitToOnePage: boolean;
    area?: string;
    scale?: number;
    titleRows?: string;
    titleColumns?: string;
  };
  /** Merged ranges such as "A1:F1". */
  merges?: string[];
}

/** A sheet the product generated earlier, found by its marker (not by its name). */
export interface GeneratedSheet {
  name: string;
  /** The run's key, e.g. the month "2025-03". */
  key: string;
}

export interface WorkbookPort {
  /** The table of that name (sheet or Excel table, name matched case- and accent-insensitively), or null. */
  readTable(name: string): Promise<TableData | null>;
  /** Names of all worksheets, in order. */
  sheetNames(): Promise<string[]>;
  /** Sheets carrying the product's generated-sheet marker. */
  generatedSheets(): Promise<GeneratedSheet[]>;
  /**
   * Delete `replace` (generated sheets, checked by the caller), then add `sheets` at the end, each marked as
   * generated with `key`. Implementations batch the work (one request per chunk, not per sheet).
   */
  writeSheets(
    sheets: OutputSheet[],
    key: string,
    replace: string[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<void>;
  /**
   * Optional (data intake): appends `rows` below the last row of the input table `name` (sheet or Excel
   * table, found as readTable finds it). Each row's cells start at the table's first column, in the order of
   * its headers. Only that table's cells change; the statement run never calls this. `rows`: arrays of
   * cells, or a RowBlock (rows.ts: an import's many rows, column by column).
   */
  appendRows?(name: string, rows: AppendedRows): Promise<AppendResult>;
}

/** Where appendRows wrote: 1-based worksheet rows. */
export interface AppendResult {
  sheet: string;
  firstRow: number;
  lastRow: number;
}
