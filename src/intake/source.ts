/**
 * A file to import, read as a header row and data rows that keep their source line: a CSV file (csv.ts) or
 * a sheet of an .xlsx file (read with the .xlsx port's readTable, the first worksheet unless one is named).
 */
import { t } from "../messages";
import { NoValue, type CellValue } from "../workbook/port";
import { XlsxWorkbook } from "../workbook/xlsx/workbook";
import { type CsvText, type Encoding, type Separator, parseCsv } from "./csv";
import { ImportError } from "./errors";

export interface SourceRow {
  /** 1-based line of the file (CSV) or row of the sheet (.xlsx). */
  line: number;
  /** Cells as read; a CSV row keeps its real number of fields (a short row is shorter than the headers). */
  values: CellValue[];
}

export interface SourceTable {
  fileName: string;
  format: "csv" | "xlsx";
  encoding?: Encoding;
  separator?: Separator;
  /** .xlsx: the sheet read. */
  sheet?: string;
  /** 1-based line of the header row (0: no header, empty file). */
  headerLine: number;
  headers: string[];
  rows: SourceRow[];
  /** Non-blank lines before the header row (a title, an export date): not data, counted in the summary. */
  preamble: number;
  /** The line as written in the file, for the rejects sheet. */
  rawLine(row: SourceRow): string;
}

export { ImportError };

/** The header row: the first record with at least two fields that has the most common field count. */
function headerIndex(records: CsvText["records"]): number {
  const first = records.slice(0, 30);
  const freq = new Map<number, number>();
  for (const r of first) freq.set(r.fields.length, (freq.get(r.fields.length) ?? 0) + 1);
  let mode = 0;
  let best = 0;
  for (const [n, f] of freq) if (f > best || (f === best && n > mode)) [mode, best] = [n, f];
  const i = first.findIndex(
    (r) => r.fields.length === mode && r.fields.filter((f) => f !== null).length >= Math.min(2, mode),
  );
  return i < 0 ? 0 : i;
}

export function csvSource(fileName: string, bytes: Uint8Array, separator?: Separator): SourceTable {
  const csv = parseCsv(bytes, separator);
  if (csv.records.length === 0) throw new ImportError(t("intake.emptyFile", { file: fileName }));
  const h = headerIndex(csv.records);
  const header = csv.records[h];
  const rows: SourceRow[] = new Array(csv.records.length - h - 1);
  for (let i = h + 1; i < csv.records.length; i++) {
    const r = csv.records[i];
    rows[i - h - 1] = { line: r.line, values: r.fields };
  }
  // Records are in line order: the raw text of a row is found by binary search (only rejects need it).
  const byLine = (line: number) => {
    let lo = h + 1;
    let hi = csv.records.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const l = csv.records[mid].line;
      if (l === line) return csv.records[mid];
      if (l < line) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
  return {
    fileName,
    format: "csv",
    encoding: csv.encoding,
    separator: csv.separator,
    headerLine: header.line,
    headers: header.fields.map((f) => (f ?? "").trim()),
    rows,
    preamble: h,
    rawLine: (row) => {
      const r = byLine(row.line);
      return r
        ? csv.text.slice(r.start, r.end)
        : row.values.map((v) => (v === null ? "" : String(v))).join(csv.separator);
    },
  };
}

function cellText(v: CellValue): string {
  if (v === null) return "";
  // A boolean as Excel shows it in the language in use (VRAI, TRUE, WAHR).
  if (typeof v === "boolean") return t(v ? "inputs.cell.true" : "inputs.cell.false");
  // An error as Excel shows it; a formula the file holds no value for, as such (the reject says why).
  if (v instanceof NoValue) return v.kind === "error" ? v.code : t("intake.rawFormula");
  return String(v);
}

/** Worksheet names of an .xlsx file (for the sheet choice). */
export function xlsxSheetNames(bytes: Uint8Array): string[] {
  return XlsxWorkbook.open(bytes).sheetNamesSync();
}

export function xlsxSource(fileName: string, bytes: Uint8Array, sheet?: string): SourceTable {
  let wb: XlsxWorkbook;
  try {
    wb = XlsxWorkbook.open(bytes);
  } catch (e) {
    throw new ImportError(t("intake.unreadableXlsx", { file: fileName, error: (e as Error).message }));
  }
  const names = wb.sheetNamesSync();
  const name = sheet ?? names[0];
  if (name === undefined) throw new ImportError(t("intake.noSheet", { file: fileName }));
  const table = wb.readTableSync(name);
  if (!table)
    throw new ImportError(t("intake.sheetNotFound", { file: fileName, sheet: name, sheets: names.join(", ") }));
  if (table.headers.length === 0) throw new ImportError(t("intake.emptySheet", { file: fileName, sheet: table.sheet }));
  return {
    fileName,
    format: "xlsx",
    sheet: table.sheet,
    headerLine: table.headerRow,
    headers: table.headers.map((h) => h.trim()),
    rows: table.rows.map((r) => ({ line: r.row, values: r.values })),
    preamble: 0,
    rawLine: (row) => row.values.map(cellText).join(";"),
  };
}

/** An .xlsx/.xlsm file (zip signature) or a CSV/text file. */
export function openSource(
  fileName: string,
  bytes: Uint8Array,
  options: { sheet?: string; separator?: Separator } = {},
): SourceTable {
  const zip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (zip) return xlsxSource(fileName, bytes, options.sheet);
  if (/\.(xlsx|xlsm)$/i.test(fileName) && bytes.length > 0)
    throw new ImportError(t("intake.notXlsx", { file: fileName }));
  if (/\.xls$/i.test(fileName)) throw new ImportError(t("intake.xls", { file: fileName }));
  return csvSource(fileName, bytes, options.separator);
}
