/** A pdfkit document set up the way every PDF of the product is: A4, French, our fonts, no page yet. */
import PDFDocument from "pdfkit";
import type { PdfFonts } from "./fonts";
import { useFonts } from "./layout";
import { joinBytes } from "./streams";

export interface PdfInfo {
  title: string;
  author?: string;
  subject?: string;
}

export function newPdf(fonts: PdfFonts, info: PdfInfo): PDFKit.PDFDocument {
  const fields: Record<string, string | undefined> = {
    Title: info.title,
    Author: info.author,
    Subject: info.subject,
    Creator: "Paie du lait (milk-pay-op)",
  };
  const meta: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) if (v) meta[k] = v;
  // font: our regular font as the default, so that pdfkit never loads its Helvetica metrics (nor embeds it).
  const pdf = new PDFDocument({
    autoFirstPage: false,
    size: "A4",
    lang: "fr-FR",
    font: fonts.regular as never,
    displayTitle: true,
    info: meta,
  } as PDFKit.PDFDocumentOptions);
  useFonts(pdf, fonts);
  return pdf;
}

/** Ends the document and gives its bytes. */
export function pdfBytes(pdf: PDFKit.PDFDocument): Promise<Uint8Array> {
  return collect(pdf)();
}

/**
 * Collects the document's output from now on (a document that stays open while others are drawn, the combined
 * PDF, must not hold its output in its stream); the function returned ends it and gives its bytes.
 */
export function collect(pdf: PDFKit.PDFDocument): () => Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let failed: unknown = null;
  pdf.on("data", (c: Uint8Array) => chunks.push(c));
  pdf.on("error", (e: unknown) => (failed = e));
  const ended = new Promise<void>((resolve) => pdf.on("end", () => resolve()));
  return async () => {
    pdf.end();
    await ended;
    if (failed) throw failed;
    return joinBytes(chunks);
  };
}
