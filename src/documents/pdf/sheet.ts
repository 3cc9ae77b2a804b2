/**
 * A generated sheet (OutputSheet: the statement, the summary) as PDF blocks, cell for cell, so that the PDF
 * shows exactly what the sheet shows, including rows that other steps add to the sheet. It prints the way Excel
 * prints a sheet, minus what goes wrong there (issue 14):
 * - text overflows into the empty cells to its right, and wraps inside that span instead of being cut;
 * - header cells wrap inside their own column and the row grows to fit them (no overlap with the rows below);
 * - a table's header row is repeated at the top of a page the table continues on;
 * - consecutive note rows of one column (a long explanation the sheet cut into 105-character rows) are one
 *   paragraph, wrapped to the width the PDF has;
 * - numbers are right-aligned, in the style's format (cellText.ts).
 */
import type { OutputCell, OutputSheet } from "../../workbook/port";
import { cellText, isNumeric } from "./cellText";
import { BOLD, REGULAR } from "./fonts";
import { gap, type Block } from "./layout";
import { drawLines, lineHeight, textWidth, wrapText, type TextStyle } from "./text";

/** A printed column: the sheet's column index, where it starts and how wide it is, in points. */
export interface Column {
  index: number;
  x: number;
  width: number;
}

export interface SheetStyle {
  /** Body text size in points. */
  size: number;
  /** Size of the sheet's first title (the document's title) and of the section titles. */
  titleSize: number;
  sectionSize: number;
  /** Space above and below a row's text, in points. */
  padY?: number;
}

export const STATEMENT_STYLE: SheetStyle = { size: 8.5, titleSize: 13, sectionSize: 10.5 };
/** Tried when the statement does not fit one page at 8,5 pt (as Excel fits the sheet to one page); never smaller. */
export const STATEMENT_STYLE_SMALL: SheetStyle = { size: 8, titleSize: 12, sectionSize: 10, padY: 0.8 };

const PAD_X = 2.5;
const PAD_Y = 1.6;
const HEADER_FILL = "#e6ebf0";
const RULE = "#8a96a3";

export interface Cell {
  col: number;
  text: string;
  style: OutputCell["style"];
  numeric: boolean;
}

/** The sheet's rows as lists of non-empty cells, note rows merged into paragraphs. */
function logicalRows(rows: OutputSheet["rows"]): (Cell[] | null)[] {
  const out: (Cell[] | null)[] = [];
  for (const row of rows) {
    if (row === null) {
      out.push(null);
      continue;
    }
    const cells: Cell[] = [];
    row.forEach((c, col) => {
      const text = cellText(c);
      if (text !== "") cells.push({ col, text, style: c.style, numeric: isNumeric(c) });
    });
    if (cells.length === 0) {
      out.push(null);
      continue;
    }
    const prev = out.length > 0 ? out[out.length - 1] : null;
    const last = prev?.[prev.length - 1];
    if (cells.length === 1 && cells[0].style === "note" && last?.style === "note" && last.col === cells[0].col) {
      last.text += " " + cells[0].text;
      continue;
    }
    out.push(cells);
  }
  return out;
}

function styleOf(cell: Cell, size: number): TextStyle {
  switch (cell.style) {
    case "header":
    case "total":
    case "title":
      return { font: BOLD, size };
    case "note":
      return { font: REGULAR, size: size - 0.5, color: "#333333" };
    default:
      return { font: REGULAR, size };
  }
}

/**
 * A header cell's style: bold, a point smaller than the body, and smaller still (down to 6,5 pt) when its
 * longest word would not fit the column: a header word is never cut.
 */
function headerStyle(pdf: PDFKit.PDFDocument, text: string, size: number, width: number): TextStyle {
  const style: TextStyle = { font: BOLD, size: size - 1 };
  const longest = text.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), "");
  while (style.size > 6.5 && textWidth(pdf, style, longest) > width) style.size -= 0.5;
  return style;
}

/** The blocks of a sheet printed in `columns` (all of them, or one group of a wide sheet). */
export function sheetBlocks(
  pdf: PDFKit.PDFDocument,
  sheet: OutputSheet,
  columns: readonly Column[],
  style: SheetStyle,
): Block[] {
  const blocks: Block[] = [];
  const byIndex = new Map(columns.map((c, i) => [c.index, i]));
  const right = columns[columns.length - 1].x + columns[columns.length - 1].width;
  let header: Block | undefined;
  let first = true;
  for (const row of logicalRows(sheet.rows)) {
    if (row === null) {
      header = undefined;
      if (blocks.length > 0 && !blocks[blocks.length - 1].gap) blocks.push(gap(6));
      continue;
    }
    const cells = row.filter((c) => byIndex.has(c.col));
    if (row.length === 1 && row[0].style === "title" && row[0].col === 0) {
      blocks.push(
        titleBlock(pdf, row[0].text, first ? style.titleSize : style.sectionSize, columns[0].x, right - columns[0].x),
      );
      first = false;
      header = undefined;
      continue;
    }
    first = false;
    if (cells.length === 0) continue;
    const isHeader = cells.length >= 2 && cells.every((c) => c.style === "header");
    const block = rowBlock(pdf, cells, columns, byIndex, style.size, isHeader, style.padY);
    // An explanation (a row of one note) stays on the page of the line it explains.
    const previous = blocks[blocks.length - 1];
    if (cells.length === 1 && cells[0].style === "note" && previous && !previous.gap) previous.keepWithNext = true;
    if (isHeader) {
      block.keepWithNext = true;
      header = block;
    } else if (header) block.repeat = header;
    blocks.push(block);
  }
  return blocks;
}

function titleBlock(pdf: PDFKit.PDFDocument, text: string, size: number, x: number, width: number): Block {
  const ts: TextStyle = { font: BOLD, size, color: "#1f3a5a" };
  const lines = wrapText(pdf, ts, text, width);
  return {
    height: lines.length * lineHeight(size) + 3,
    keepWithNext: true,
    draw: (p, y) => drawLines(p, ts, lines, x, y + 1, width),
  };
}

interface LaidCell {
  x: number;
  width: number;
  lines: string[];
  style: TextStyle;
  align: "left" | "right";
  rule: boolean;
}

export function rowBlock(
  pdf: PDFKit.PDFDocument,
  cells: readonly Cell[],
  columns: readonly Column[],
  byIndex: Map<number, number>,
  size: number,
  isHeader: boolean,
  padY = PAD_Y,
): Block {
  const laid: LaidCell[] = [];
  cells.forEach((cell, k) => {
    const at = byIndex.get(cell.col)!;
    // Text overflows into the empty printed columns to its right (as in Excel); headers and numbers do not.
    let end = at;
    if (!cell.numeric && !isHeader) {
      const next = k + 1 < cells.length ? byIndex.get(cells[k + 1].col)! : columns.length;
      end = next - 1;
    }
    const x = columns[at].x;
    const width = columns[end].x + columns[end].width - x;
    const ts = isHeader ? headerStyle(pdf, cell.text, size, width - 2 * PAD_X) : styleOf(cell, size);
    // A number is never wrapped: a figure wider than its column runs to the left, as a whole.
    const wrapped = cell.numeric && !isHeader ? [cell.text] : wrapText(pdf, ts, cell.text, width - 2 * PAD_X);
    laid.push({
      x,
      width,
      lines: wrapped,
      style: ts,
      align: cell.numeric && cell.style !== "date" ? "right" : "left",
      rule: cell.style === "total",
    });
  });
  let height = 2 * padY;
  for (const c of laid) height = Math.max(height, c.lines.length * lineHeight(c.style.size) + 2 * padY);
  height = Math.max(height, lineHeight(size) + 2 * padY);
  const left = columns[0].x;
  const span = columns[columns.length - 1].x + columns[columns.length - 1].width - left;
  return {
    height,
    draw: (p, y) => {
      if (isHeader) {
        p.rect(left, y, span, height).fill(HEADER_FILL);
        p.moveTo(left, y + height)
          .lineTo(left + span, y + height)
          .lineWidth(0.6)
          .strokeColor(RULE)
          .stroke();
      }
      for (const c of laid) {
        if (c.rule)
          p.moveTo(c.x, y + 0.3)
            .lineTo(c.x + c.width, y + 0.3)
            .lineWidth(0.6)
            .strokeColor("black")
            .stroke();
        drawLines(p, c.style, c.lines, c.x + PAD_X, y + padY, c.width - 2 * PAD_X, c.align);
      }
    },
  };
}

/** Columns scaled so that the sheet's widths (in characters) fill `width` points from `x`. */
export function fitColumns(widths: readonly number[], count: number, x: number, width: number): Column[] {
  const w = Array.from({ length: count }, (_, i) => widths[i] ?? 10);
  const total = w.reduce((a, b) => a + b, 0);
  const columns: Column[] = [];
  let at = x;
  for (let i = 0; i < count; i++) {
    const cw = (w[i] / total) * width;
    columns.push({ index: i, x: at, width: cw });
    at += cw;
  }
  return columns;
}

/** Number of columns a sheet uses (its widest row, or its widths). */
export function columnCount(sheet: OutputSheet): number {
  let n = sheet.columnWidths?.length ?? 0;
  for (const row of sheet.rows) if (row && row.length > n) n = row.length;
  return n;
}
