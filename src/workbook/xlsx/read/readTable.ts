/**
 * Reading an input table: the worksheet part inflated as a stream and scanned row by row into the shared
 * table reader (reading.ts), which stops the scan once the table is read.
 */
import { t } from "../../../messages";
import type { TableData } from "../../port";
import { TableReader } from "../../reading";
import type { Book } from "../book";
import { inflateEntryChunks, inflateEntryChunksAsync } from "../zip/inflate";
import { SheetScanner } from "./scan";
import { tableBounds, type TableInfo } from "../tables";
import type { SheetInfo } from "../workbookPart";
import type { ZipEntry } from "../zip/zip";

/** Chunks of inflated sheet XML handed to the scanner by the synchronous read. */
const CHUNK = 1 << 18;

interface TableScan {
  scanner: SheetScanner;
  result: TableData;
  entry: ZipEntry;
}

function tableScan(book: Book, sheet: SheetInfo, table: TableInfo | null): TableScan {
  const entry = sheet.part ? book.parts.entry(sheet.part) : undefined;
  if (!entry) throw new Error(t("workbook.sheetPartMissing", { sheet: sheet.name }));
  const reader = new TableReader(sheet.name, table ? tableBounds(table) : null);
  const scanner: SheetScanner = new SheetScanner(
    (row, n, cols, vals) => {
      reader.row(row, n, cols, vals);
      if (reader.done) scanner.stop();
    },
    { sharedStrings: () => book.sharedStrings(), dateStyles1904: book.dateStyles1904(), sheet: sheet.name },
  );
  return { scanner, result: reader.result, entry };
}

/** The table or worksheet `name` (Book.findTable), read synchronously; null when there is none. */
export function readTableSync(book: Book, name: string): TableData | null {
  const found = book.findTable(name);
  if (!found) return null;
  const scan = tableScan(book, found.sheet, found.table);
  inflateEntryChunks(
    scan.entry,
    (chunk, final) => {
      scan.scanner.push(chunk, final);
      return scan.scanner.done;
    },
    CHUNK,
  );
  return scan.result;
}

/** As readTableSync, inflating with the platform's DecompressionStream when there is one. */
export async function readTable(book: Book, name: string): Promise<TableData | null> {
  const found = book.findTable(name);
  if (!found) return null;
  const scan = tableScan(book, found.sheet, found.table);
  await inflateEntryChunksAsync(scan.entry, (chunk, final) => {
    scan.scanner.push(chunk, final);
    return scan.scanner.done;
  });
  return scan.result;
}
