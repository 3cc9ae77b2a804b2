/**
 * Documents for Node (command line, Factur-X step, tests, bench): the PDF renderers with the fonts read from
 * the dejavu-fonts-ttf package. The task pane imports the renderers from ./pdf/* and passes the fonts its build
 * bundled (src/taskpane/services/pdf.ts): nothing here reads a file in the browser.
 */
import type { InvoiceDocument } from "../invoicing/types";
import { drawInvoice as drawInvoiceWith, invoicePdfWith } from "./pdf/invoice";
import { nodeFonts } from "./pdf/nodeFonts";
import { statementPdf as statementPdfWith, type StatementPdfInput } from "./pdf/statement";

export type { Letterhead } from "./pdf/letterhead";
export type { StatementPdfInput } from "./pdf/statement";

/** Draws the visible invoice on `pdf` (created A4 by the caller, e.g. as PDF/A-3); returns its page count. */
export function drawInvoice(pdf: PDFKit.PDFDocument, doc: InvoiceDocument): number {
  return drawInvoiceWith(pdf, doc, nodeFonts());
}

/** The invoice or credit note as a plain PDF. */
export function invoicePdf(doc: InvoiceDocument): Promise<Uint8Array> {
  return invoicePdfWith(doc, nodeFonts());
}

export function statementPdf(input: StatementPdfInput): Promise<Uint8Array> {
  return statementPdfWith(input, nodeFonts());
}
