/**
 * `--pdf DIR` (Node): the month's PDFs written into DIR (created if missing): one file per statement, invoice
 * and credit note, the summary, and the combined PDF for printing (month.ts names them).
 *
 * Existing files are never overwritten unless `overwrite` is set: like the workbook given to --out, a PDF
 * already sent or printed is somebody's record. All names are checked before the first file is written, so a
 * refusal writes nothing. Each file is handed to the caller's `writeFile` (the command line's writeOutputs:
 * through a temporary file and a rename, no half PDF; the documents layer does not import the CLI front).
 *
 * With `facturX`, each invoice and credit note is written as its Factur-X PDF/A-3 (factur-x.xml attached; the
 * visible page is drawInvoice's, the same page as in the combined PDF); otherwise as a plain PDF.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { t } from "../messages";
import type { RunResult } from "../run/types";
import { drawInvoice } from "./index";
import { facturXPdf } from "./facturx/node";
import { combinedFileName, monthDocuments, renderMonth, type MonthDocument, type MonthDocumentsOptions } from "./month";
import { nodeFonts } from "./pdf/nodeFonts";

export class DocumentsError extends Error {}

export interface WriteMonthPdfsOptions extends MonthDocumentsOptions {
  overwrite?: boolean;
  /** Writes one file whole (the command line: outputs.ts writeOutputs); throws on failure. */
  writeFile: (file: string, data: Uint8Array) => void;
  /** Invoices and credit notes as Factur-X PDF/A-3 (npm run invoices). */
  facturX?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface WrittenPdfs {
  directory: string;
  /** File names written, the combined PDF last (none when the month has no document). */
  files: string[];
  statements: number;
  invoices: number;
}

/**
 * The month's documents and their file names, after checking that DIR can take them (created if missing;
 * existing files refused unless `overwrite`). Called before anything is written, so that a refusal writes
 * nothing (the command line checks before saving the workbook too).
 */
export function pdfTargets(
  directory: string,
  result: RunResult,
  options: MonthDocumentsOptions & { overwrite?: boolean },
): { docs: MonthDocument[]; names: string[] } {
  const docs = monthDocuments(result, options);
  const printable = docs.some((d) => d.kind !== "synthese");
  const names = [...docs.map((d) => d.fileName), ...(printable ? [combinedFileName(result.month)] : [])];
  try {
    fs.mkdirSync(directory, { recursive: true });
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new DocumentsError(t("documents.cannotCreateFolder", { folder: directory, reason }));
  }
  if (!fs.statSync(directory).isDirectory()) throw new DocumentsError(t("documents.notFolder", { folder: directory }));
  if (!options.overwrite) {
    const existing = names.filter((n) => fs.existsSync(path.join(directory, n)));
    if (existing.length > 0) {
      const more = existing.length > 1 ? "…" : "";
      throw new DocumentsError(
        t("documents.pdfsExist", { n: existing.length, folder: directory, first: existing[0], more }),
      );
    }
  }
  return { docs, names };
}

export async function writeMonthPdfs(
  directory: string,
  result: RunResult,
  options: WriteMonthPdfsOptions,
): Promise<WrittenPdfs> {
  const { docs, names } = pdfTargets(directory, result, options);
  const fonts = nodeFonts();
  const total = names.length;
  let done = 0;
  const combined = await renderMonth(
    docs,
    result.month,
    fonts,
    async (d, bytes) => {
      const data =
        options.facturX && d.invoice ? await facturXPdf(d.invoice, (pdf, inv) => drawInvoice(pdf, inv)) : bytes;
      options.writeFile(path.join(directory, d.fileName), data);
      options.onProgress?.(++done, total);
    },
    options.letterhead?.name,
  );
  if (combined) {
    options.writeFile(path.join(directory, combinedFileName(result.month)), combined);
    options.onProgress?.(++done, total);
  }
  return {
    directory,
    files: names,
    statements: docs.filter((d) => d.kind === "releve").length,
    invoices: docs.filter((d) => d.kind === "facture" || d.kind === "avoir").length,
  };
}
