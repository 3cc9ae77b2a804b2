/**
 * « Télécharger les PDF »: the month's PDFs rendered in the browser from the last run (its laid-out sheets) —
 * one per statement, the summary and the combined PDF for printing, named as the command line names them —
 * in one .zip (fflate, stored: PDFs are compressed already). pdfkit, the documents code and the fonts are
 * loaded on demand, in a chunk of their own: the pane that Excel loads at start does not carry them.
 */
import { zipSync } from "fflate";
import type { RunResult } from "../../run";
import type { Download } from "./types";
import { nextFrame } from "./types";

export interface PdfZip extends Download {
  /** PDF files in the zip. */
  files: number;
}

export interface PdfService {
  monthZip(result: RunResult, onProgress?: (done: number, total: number) => void): Promise<PdfZip>;
}

export type FontFiles = () => Promise<{ regular: ArrayBuffer | Uint8Array; bold: ArrayBuffer | Uint8Array }>;

const loadDocuments = () => import(/* webpackChunkName: "pdf" */ "../../documents/browser");
const bundledFonts: FontFiles = async () => (await import(/* webpackChunkName: "pdf" */ "./pdfFonts")).bundledFontFiles();

export function zipName(month: string): string {
  return `${month} PDF.zip`;
}

/** `fontFiles`: the TTF bytes (tests and Node give them from the package; the pane from its build). */
export function createPdfService(fontFiles: FontFiles = bundledFonts): PdfService {
  let fonts: unknown;
  return {
    async monthZip(result, onProgress) {
      if (!result.outputSheets) throw new Error("relancez la génération des relevés avant de télécharger les PDF");
      const docs = await loadDocuments();
      if (!fonts) {
        const files = await fontFiles();
        fonts = docs.parseFonts(files.regular, files.bold);
      }
      const pdfFonts = fonts as ReturnType<typeof docs.parseFonts>;
      // The OP letterhead comes with the OP table (invoicing step); until then the PDFs have none.
      const list = docs.monthDocuments(result, { letterhead: null });
      const printable = list.some((d) => d.kind !== "synthese");
      const total = list.length + (printable ? 1 : 0);
      const entries: Record<string, [Uint8Array, { level: 0 }]> = {};
      let done = 0;
      const combined = await docs.renderMonth(list, result.month, pdfFonts, async (d, bytes) => {
        entries[d.fileName] = [bytes, { level: 0 }];
        onProgress?.(++done, total);
        // Let the pane paint its progress now and then.
        if (done % 20 === 0) await nextFrame();
      });
      if (combined) {
        entries[docs.combinedFileName(result.month)] = [combined, { level: 0 }];
        onProgress?.(++done, total);
      }
      const zip = zipSync(entries);
      return { fileName: zipName(result.month), blob: new Blob([zip as BlobPart], { type: "application/zip" }), files: total };
    },
  };
}
