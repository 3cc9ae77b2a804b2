/** Small blocks for documents laid out by hand (the invoice): a paragraph, lines of label and value, two columns side by side. */
import { gap, type Block } from "./layout";
import { drawLines, lineHeight, wrapText, type TextStyle } from "./text";

export function paragraph(
  pdf: PDFKit.PDFDocument,
  text: string,
  style: TextStyle,
  x: number,
  width: number,
  after = 2,
): Block {
  const lines = wrapText(pdf, style, text, width);
  return {
    height: lines.length * lineHeight(style.size) + after,
    draw: (p, y) => drawLines(p, style, lines, x, y, width),
  };
}

/** Columns of text lines drawn side by side (seller and buyer); the block is as tall as the longest. */
export function sideBySide(
  pdf: PDFKit.PDFDocument,
  columns: { x: number; width: number; lines: { text: string; style: TextStyle }[] }[],
): Block {
  const laid = columns.map((c) =>
    c.lines.map((l) => ({ style: l.style, wrapped: wrapText(pdf, l.style, l.text, c.width) })),
  );
  const heights = laid.map((ls) => ls.reduce((h, l) => h + l.wrapped.length * lineHeight(l.style.size), 0));
  return {
    height: Math.max(...heights) + 4,
    draw: (p, y) => {
      laid.forEach((ls, i) => {
        let at = y;
        for (const l of ls) at += drawLines(p, l.style, l.wrapped, columns[i].x, at, columns[i].width);
      });
    },
  };
}

export { gap };
