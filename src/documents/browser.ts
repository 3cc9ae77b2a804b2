/**
 * What the task pane loads on demand (its own chunk, with pdfkit): the month's documents and the fonts parser.
 * Nothing here reads a file: the pane passes the fonts its build bundled.
 */
export { combinedFileName, combinedPdf, documentPdf, monthDocuments, renderMonth, type MonthDocument } from "./month";
export { parseFonts, FONT_FILES, type PdfFonts } from "./pdf/fonts";
