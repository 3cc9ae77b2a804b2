/**
 * The month's summary sheet as PDF, printed the way its Excel print setup asks (summarySheet.ts + the port's
 * print options): A4 landscape, the header row repeated on every page, the columns in groups at 8,5 pt text
 * (never smaller than 8 pt), the first columns (Code, Nom) repeated in every group so that each page says whose
 * row it is; groups follow one another (all the rows of the first group, then the next: Excel's « down, then
 * over » order).
 */
import { monthLabel } from "../../run/cells";
import type { YearMonth } from "../../engine";
import type { OutputSheet } from "../../workbook/port";
import { newPdf, pdfBytes } from "./document";
import type { PdfFonts } from "./fonts";
import { drawDocument, PAGE_BREAK, pageBox, type Block } from "./layout";
import { drawHead, headHeight, type Letterhead } from "./letterhead";
import { columnCount, sheetBlocks, type Column, type SheetStyle } from "./sheet";

export const SUMMARY_STYLE: SheetStyle = { size: 8.5, titleSize: 12, sectionSize: 10 };
/** Points per character of a column width at 8,5 pt (DejaVu Sans Condensed: about 0,56 em per character). */
const POINTS_PER_CHARACTER = SUMMARY_STYLE.size * 0.56;
/** Columns repeated at the left of every group (Code, Nom): the print title columns of the sheet. */
export const SUMMARY_TITLE_COLUMNS = 2;

/**
 * Groups of column indexes that fit `width` points at `perChar` points per character, each starting with the
 * `repeated` first columns. A column wider than a page alone gets a group of its own (scaled down to fit).
 */
export function columnGroups(widths: readonly number[], repeated: number, width: number, perChar: number): number[][] {
  const fixed = widths.slice(0, repeated).reduce((a, b) => a + b, 0) * perChar;
  const groups: number[][] = [];
  let group: number[] = [];
  let used = fixed;
  for (let i = repeated; i < widths.length; i++) {
    const w = widths[i] * perChar;
    if (group.length > 0 && used + w > width) {
      groups.push(group);
      group = [];
      used = fixed;
    }
    group.push(i);
    used += w;
  }
  if (group.length > 0 || groups.length === 0) groups.push(group);
  return groups.map((g) => [...Array.from({ length: Math.min(repeated, widths.length) }, (_, i) => i), ...g]);
}

/** Columns of one group laid out from x; scaled down only if the group is wider than the page. */
function groupColumns(group: readonly number[], widths: readonly number[], x: number, width: number): Column[] {
  const natural = group.map((i) => widths[i] * POINTS_PER_CHARACTER);
  const total = natural.reduce((a, b) => a + b, 0);
  const scale = total > width ? width / total : 1;
  let at = x;
  return group.map((index, k) => {
    const c = { index, x: at, width: natural[k] * scale };
    at += c.width;
    return c;
  });
}

export function drawSummary(
  pdf: PDFKit.PDFDocument,
  sheet: OutputSheet,
  month: YearMonth,
  letterhead: Letterhead | null,
): number {
  const box = pageBox("landscape", headHeight(letterhead));
  const count = columnCount(sheet);
  const widths = Array.from({ length: count }, (_, i) => sheet.columnWidths?.[i] ?? 10);
  const groups = columnGroups(widths, SUMMARY_TITLE_COLUMNS, box.right - box.left, POINTS_PER_CHARACTER);
  const blocks: Block[] = [];
  groups.forEach((g, k) => {
    const part = sheetBlocks(pdf, sheet, groupColumns(g, widths, box.left, box.right - box.left), SUMMARY_STYLE);
    if (k > 0) blocks.push(PAGE_BREAK);
    blocks.push(...part);
  });
  const reference = `${monthLabel(month)}${groups.length > 1 ? ` — ${groups.length} groupes de colonnes` : ""}`;
  return drawDocument(pdf, blocks, {
    box,
    first: (p) => drawHead(p, box, letterhead, "Synthèse des paies de lait", reference),
    runningHead: `${letterhead ? `${letterhead.name} — ` : ""}Synthèse des paies de lait, ${monthLabel(month)}`,
    footer: `Synthèse ${monthLabel(month)}`,
  });
}

export function summaryPdf(
  sheet: OutputSheet,
  month: YearMonth,
  letterhead: Letterhead | null,
  fonts: PdfFonts,
): Promise<Uint8Array> {
  const pdf = newPdf(fonts, { title: `Synthèse des paies de lait ${monthLabel(month)}`, author: letterhead?.name });
  drawSummary(pdf, sheet, month, letterhead);
  return pdfBytes(pdf);
}
