/**
 * The .xlsx implementation of the workbook port (command line and standalone page). Browser-safe: takes and
 * returns Uint8Array, no Node APIs.
 *
 * Reading inflates only the parts it needs (workbook, its relationships, shared strings, the requested sheet,
 * tables) and scans sheet XML as bytes, streaming, one sheet at a time (read/readTable.ts, read/scan.ts).
 *
 * Writing adds new worksheet parts and edits only the few package parts that must change
 * (write/writeSheets.ts); appending rewrites the one worksheet part (append/appendRows.ts). Every other zip
 * entry (charts, drawings, pivot caches, customXml, VBA, other sheets...) is copied as its original compressed
 * bytes.
 */
import type { AppendResult, GeneratedSheet, OutputSheet, TableData, WorkbookPort } from "../port";
import type { AppendedRows } from "../rows";
import { GENERATED_MARKER } from "../names";
import { appendRows } from "./append/appendRows";
import { Book } from "./book";
import { generatedSheets } from "./generated";
import { PackageParts } from "./parts";
import { readTable, readTableSync } from "./read/readTable";
import { writeSheets } from "./write/writeSheets";
import type { Crc32, DeflateRaw } from "./zip/zipWrite";

export { GENERATED_MARKER };

export interface XlsxOptions {
  /**
   * Raw DEFLATE compressor for the parts written. Default: fflate (pure JS, works everywhere). In Node,
   * `(d) => zlib.deflateRawSync(d)` is about three times faster on thousands of statement sheets.
   */
  deflateRaw?: DeflateRaw;
  /**
   * CRC-32 of the parts written. Default: a table-driven JS loop. In Node, `zlib.crc32` is about six times
   * faster (an import's 20 MB sheet: ~3 ms instead of ~19 ms).
   */
  crc32?: Crc32;
}

export class XlsxWorkbook implements WorkbookPort {
  private readonly book: Book;

  private constructor(bytes: Uint8Array, options: XlsxOptions) {
    this.book = new Book(new PackageParts(bytes, options.deflateRaw, options.crc32));
  }

  /** Opens a workbook from the bytes of an .xlsx (or .xlsm) file. */
  static open(bytes: Uint8Array, options: XlsxOptions = {}): XlsxWorkbook {
    return new XlsxWorkbook(bytes, options);
  }

  async sheetNames(): Promise<string[]> {
    return this.sheetNamesSync();
  }

  /** Names of the worksheets (not chart sheets), in workbook order. */
  sheetNamesSync(): string[] {
    return this.book.worksheets().map((s) => s.name);
  }

  /**
   * The table of that name (see readTableSync). Inflates with the platform's native DecompressionStream when
   * available (off the main thread in Node), which is faster than the synchronous path.
   */
  async readTable(name: string): Promise<TableData | null> {
    return readTable(this.book, name);
  }

  /**
   * A worksheet of that name (case- and accent-insensitive), else an Excel table of that name. Cells read as
   * stored: numbers (dates as serials), strings (shared, inline, rich text flattened), booleans, errors as
   * "#N/A"-like strings, formulas as their cached value; empty strings read as null.
   */
  readTableSync(name: string): TableData | null {
    return readTableSync(this.book, name);
  }

  async generatedSheets(): Promise<GeneratedSheet[]> {
    return this.generatedSheetsSync();
  }

  /** Sheets carrying the MilkPay_Generated marker under the name they were generated with, in workbook order. */
  generatedSheetsSync(): GeneratedSheet[] {
    return generatedSheets(this.book.workbook());
  }

  async writeSheets(
    sheets: OutputSheet[],
    key: string,
    replace: string[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<void> {
    this.writeSheetsSync(sheets, key, replace, onProgress);
  }

  /** Adds the sheets, replacing the generated ones named in `replace`, all marked with `key`. */
  writeSheetsSync(
    sheets: OutputSheet[],
    key: string,
    replace: string[],
    onProgress?: (done: number, total: number) => void,
  ): void {
    writeSheets(this.book, sheets, key, replace, onProgress);
  }

  async appendRows(name: string, rows: AppendedRows): Promise<AppendResult> {
    return this.appendRowsSync(name, rows);
  }

  /** Appends rows below the input table `name` (append/appendRows.ts); the rows are kept by reference until saved. */
  appendRowsSync(name: string, appended: AppendedRows): AppendResult {
    return appendRows(this.book, name, appended);
  }

  /** The workbook as .xlsx bytes (a new array each time). */
  toBytes(): Uint8Array {
    return this.book.parts.toBytes();
  }
}
