/**
 * A producer's statement as PDF: the OP's letterhead, then the statement sheet of the run (statementSheet.ts)
 * cell for cell — header, deliveries, results, monthly values with method, fallback and joker, price lines
 * with their explanations, total, price per unit, effective price, events, notes — so that the paper and the
 * sheet never differ. Portrait A4, 8,5 pt text; « Page n / N » when the month runs past one page.
 */
import type { Statement } from "../../engine";
import { monthLabel } from "../../run/cells";
import type { OutputSheet } from "../../workbook/port";
import type { PdfFonts } from "./fonts";
import { newPdf, pdfBytes } from "./document";
import { drawDocument, pageBox, paginate, type DocumentFrame } from "./layout";
import { drawHead, headHeight, type Letterhead } from "./letterhead";
import { columnCount, fitColumns, sheetBlocks, STATEMENT_STYLE, STATEMENT_STYLE_SMALL } from "./sheet";

export interface StatementPdfInput {
  /** The statement sheet as the run laid it out (with the rolling rows when computed). */
  sheet: OutputSheet;
  statement: Statement;
  producerName: string | null;
  /** The OP table's letterhead; null when the workbook has no OP table. */
  letterhead: Letterhead | null;
}

export function statementReference(s: Statement, producerName: string | null): string {
  return `${monthLabel(s.month)} — ${s.producer}${producerName ? ` ${producerName}` : ""}`;
}

/** Draws the statement on new pages of `pdf` (fonts registered by newPdf/useFonts); returns its page count. */
export function drawStatement(pdf: PDFKit.PDFDocument, input: StatementPdfInput): number {
  const box = pageBox("portrait", headHeight(input.letterhead));
  const columns = fitColumns(input.sheet.columnWidths ?? [], columnCount(input.sheet), box.left, box.right - box.left);
  // One page when 8 pt text allows it (the sheet prints fit to one page); else 8,5 pt over numbered pages.
  let blocks = sheetBlocks(pdf, input.sheet, columns, STATEMENT_STYLE);
  if (paginate(blocks, box).length > 1) {
    const small = sheetBlocks(pdf, input.sheet, columns, STATEMENT_STYLE_SMALL);
    if (paginate(small, box).length === 1) blocks = small;
  }
  const reference = statementReference(input.statement, input.producerName);
  const frame: DocumentFrame = {
    box,
    first: (p) => drawHead(p, box, input.letterhead, "Relevé de paie du lait", reference),
    runningHead: `${input.letterhead ? `${input.letterhead.name} — ` : ""}Relevé de paie du lait, ${reference}`,
    footer: `Relevé ${reference}`,
  };
  return drawDocument(pdf, blocks, frame);
}

export function statementPdf(input: StatementPdfInput, fonts: PdfFonts): Promise<Uint8Array> {
  const pdf = newPdf(fonts, {
    title: `Relevé de paie du lait ${statementReference(input.statement, input.producerName)}`,
    author: input.letterhead?.name,
  });
  drawStatement(pdf, input);
  return pdfBytes(pdf);
}
