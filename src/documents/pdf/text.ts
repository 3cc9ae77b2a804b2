/**
 * Text measured and wrapped here rather than by pdfkit's line wrapper: the layout needs every cell's height
 * before anything is drawn (to know the page count for « Page n / N »), and a statement has a few hundred
 * cells. Widths are cached per font and string (at 1 pt), so the words that every statement repeats
 * (headers, labels, units) are measured once per process.
 */
import { BOLD, REGULAR } from "./fonts";

export type FontName = typeof REGULAR | typeof BOLD;

export interface TextStyle {
  font: FontName;
  size: number;
  color?: string;
}

const widths = new Map<string, number>();
const CACHE_LIMIT = 100_000;

/** Width in points of `text` in `style` (the font must be registered on `pdf`). */
export function textWidth(pdf: PDFKit.PDFDocument, style: TextStyle, text: string): number {
  const key = style.font === BOLD ? "B" + text : "R" + text;
  let w = widths.get(key);
  if (w === undefined) {
    if (widths.size > CACHE_LIMIT) widths.clear();
    pdf.font(style.font).fontSize(1);
    w = pdf.widthOfString(text);
    widths.set(key, w);
  }
  return w * style.size;
}

/** Line height for a size: DejaVu's ascent + descent is about 1.16 em; a little air on top. */
export function lineHeight(size: number): number {
  return size * 1.22;
}

/**
 * Greedy word wrap in `width` points; a word longer than the width is cut by characters. Explicit line
 * breaks are kept.
 */
export function wrapText(pdf: PDFKit.PDFDocument, style: TextStyle, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    if (textWidth(pdf, style, paragraph) <= width) {
      lines.push(paragraph);
      continue;
    }
    const space = textWidth(pdf, style, " ");
    let line = "";
    let lineWidth = 0;
    for (const word of paragraph.split(" ")) {
      if (word === "") continue;
      let w = textWidth(pdf, style, word);
      if (line && lineWidth + space + w <= width) {
        line += " " + word;
        lineWidth += space + w;
        continue;
      }
      if (line) lines.push(line);
      let rest = word;
      // A single word wider than the column (a long code): cut it so that nothing is drawn outside.
      while (w > width && rest.length > 1) {
        let n = rest.length - 1;
        while (n > 1 && textWidth(pdf, style, rest.slice(0, n)) > width) n--;
        lines.push(rest.slice(0, n));
        rest = rest.slice(n);
        w = textWidth(pdf, style, rest);
      }
      line = rest;
      lineWidth = w;
    }
    lines.push(line);
  }
  return lines;
}

/** Draws one line at (x, y) (y = top of the line), left, right or centre aligned in `width`. */
export function drawLine(pdf: PDFKit.PDFDocument, style: TextStyle, text: string, x: number, y: number, width: number, align: "left" | "right" | "center" = "left"): void {
  if (text === "") return;
  let at = x;
  if (align !== "left") {
    const w = textWidth(pdf, style, text);
    at = align === "right" ? x + width - w : x + (width - w) / 2;
  }
  pdf
    .font(style.font)
    .fontSize(style.size)
    .fillColor(style.color ?? "black")
    .text(text, at, y, { lineBreak: false });
}

/** Draws wrapped lines from the top y; returns the height used. */
export function drawLines(pdf: PDFKit.PDFDocument, style: TextStyle, lines: readonly string[], x: number, y: number, width: number, align: "left" | "right" | "center" = "left"): number {
  const lh = lineHeight(style.size);
  lines.forEach((line, i) => drawLine(pdf, style, line, x, y + i * lh, width, align));
  return lines.length * lh;
}
