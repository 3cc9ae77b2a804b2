/**
 * What the task pane loads on demand (its own chunk, with pdfkit): the month's documents and the fonts parser.
 * Nothing here reads a file: the pane passes the fonts its build bundled.
 */
export { combinedFileName, combinedPdf, documentPdf, monthDocuments, renderMonth, type MonthDocument } from "./month";
export { parseFonts, FONT_FILES, type PdfFonts } from "./pdf/fonts";
// Invoices and credit notes as Factur-X PDF/A-3: the visible page is drawInvoice's, as on the command line.
export { drawInvoice } from "./pdf/invoice";
export { renderFacturXPdf } from "./facturx/pdf";
