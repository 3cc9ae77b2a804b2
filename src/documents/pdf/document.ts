/** A pdfkit document set up the way every PDF of the product is: A4, French, our fonts, no page yet. */
import PDFDocument from "pdfkit";
import type { PdfFonts } from "./fonts";
import { useFonts } from "./layout";

export interface PdfInfo {
  title: string;
  author?: string;
  subject?: string;
}

export function newPdf(fonts: PdfFonts, info: PdfInfo): PDFKit.PDFDocument {
  const fields: Record<string, string | undefined> = { Title: info.title, Author: info.author, Subject: info.subject, Creator: "Paie du lait (milk-pay-op)" };
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
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    pdf.on("data", (c: Uint8Array) => chunks.push(c));
    pdf.on("error", reject);
    pdf.on("end", () => {
      let n = 0;
      for (const c of chunks) n += c.length;
      const out = new Uint8Array(n);
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      resolve(out);
    });
    pdf.end();
  });
}
