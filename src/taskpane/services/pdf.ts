/**
 * « Télécharger les PDF »: the month's PDFs rendered in the browser from the last run (its laid-out sheets) —
 * one per statement, after « Émettre les factures » each invoice and credit note issued or kept this month as
 * its Factur-X PDF/A-3 (factur-x.xml attached, the page drawn by drawInvoice as on the command line), the
 * summary and the combined PDF for printing, named as `npm run invoices --pdf` names them, with the OP's
 * letterhead — in one .zip (fflate, stored: PDFs are compressed already). pdfkit, the documents code and the
 * fonts are loaded on demand, in a chunk of their own: the pane that Excel loads at start does not carry them.
 */
import { zipSync } from "fflate";
import type { OpLetterhead } from "../../invoicing/letterhead";
import type { InvoiceDocument } from "../../invoicing/types";
import type { RunResult } from "../../run";
import type { Download } from "./types";
import { nextFrame } from "./types";
import { t } from "../../messages";

/** What the month's PDFs are made from. */
export interface MonthPdfSource {
  /** The statement run, with its sheets kept. */
  result: RunResult;
  /** The OP sheet's letterhead; null without one. */
  letterhead: OpLetterhead | null;
  /** Why the workbook's OP sheet gives no letterhead (shown beside the button). */
  letterheadProblem?: string | null;
  /** The month's invoices and credit notes (after « Émettre les factures »). */
  invoices?: readonly InvoiceDocument[];
}

export interface PdfZip extends Download {
  /** PDF files in the zip. */
  files: number;
}

export interface PdfService {
  monthZip(source: MonthPdfSource, onProgress?: (done: number, total: number) => void): Promise<PdfZip>;
}

export type FontFiles = () => Promise<{ regular: ArrayBuffer | Uint8Array; bold: ArrayBuffer | Uint8Array }>;

const loadDocuments = () => import(/* webpackChunkName: "pdf" */ "../../documents/browser");
const bundledFonts: FontFiles = async () =>
  (await import(/* webpackChunkName: "pdf" */ "./pdfFonts")).bundledFontFiles();

export function zipName(month: string): string {
  return `${month} PDF.zip`;
}

/** `fontFiles`: the TTF bytes (tests and Node give them from the package; the pane from its build). */
export function createPdfService(fontFiles: FontFiles = bundledFonts): PdfService {
  let loaded: { fonts: unknown; regular: Uint8Array } | undefined;
  return {
    async monthZip(source, onProgress) {
      const { result } = source;
      if (!result.outputSheets) throw new Error(t("pane.pdfNeedsStatements"));
      const docs = await loadDocuments();
      if (!loaded) {
        const files = await fontFiles();
        const regular = files.regular instanceof Uint8Array ? files.regular : new Uint8Array(files.regular);
        loaded = { fonts: docs.parseFonts(regular, files.bold), regular };
      }
      const pdfFonts = loaded.fonts as ReturnType<typeof docs.parseFonts>;
      // The Factur-X PDF/A-3 embeds every font: its default font is the same DejaVu the pages are drawn with.
      const facturXFont = loaded.regular;
      const list = docs.monthDocuments(result, { letterhead: source.letterhead, invoices: source.invoices });
      const printable = list.some((d) => d.kind !== "synthese");
      const total = list.length + (printable ? 1 : 0);
      const entries: Record<string, [Uint8Array, { level: 0 }]> = {};
      let done = 0;
      const combined = await docs.renderMonth(list, result.month, pdfFonts, async (d, bytes) => {
        const file = d.invoice
          ? await docs.renderFacturXPdf(d.invoice, (pdf, inv) => docs.drawInvoice(pdf, inv, pdfFonts), {
              font: facturXFont,
            })
          : bytes;
        entries[d.fileName] = [file, { level: 0 }];
        onProgress?.(++done, total);
        // Let the pane paint its progress now and then.
        if (done % 20 === 0) await nextFrame();
      });
      if (combined) {
        entries[docs.combinedFileName(result.month)] = [combined, { level: 0 }];
        onProgress?.(++done, total);
      }
      const zip = zipSync(entries);
      return {
        fileName: zipName(result.month),
        blob: new Blob([zip as BlobPart], { type: "application/zip" }),
        files: total,
      };
    },
  };
}
