/**
 * Pages from blocks: a document is laid out as a list of blocks of known height (titles, table rows,
 * paragraphs), placed top to bottom and paginated before anything is drawn, so that every page can say
 * « Page n / N ». A block may keep with the next one (a title with the first row under it) and may carry the
 * header row of its table, drawn again at the top of a page that the table continues on.
 */
import { BOLD, REGULAR, type PdfFonts } from "./fonts";
import { shareFontStreams, takeOverContent } from "./streams";
import { drawLine, preloadGlyphs, setMetrics, type TextStyle } from "./text";

export interface Block {
  height: number;
  draw(pdf: PDFKit.PDFDocument, y: number): void;
  /** Kept on the same page as the next block (titles, table headers). */
  keepWithNext?: boolean;
  /** The header row of this block's table: drawn first when this block starts a page. */
  repeat?: Block;
  /** A vertical gap: dropped at the top of a page. */
  gap?: boolean;
  /** Starts a new page (nothing drawn). */
  pageBreak?: boolean;
}

export const PAGE_BREAK: Block = { height: 0, pageBreak: true, draw: () => undefined };

export function gap(height: number): Block {
  return { height, gap: true, draw: () => undefined };
}

/** Page geometry in points (A4: 595.28 × 841.89). */
export interface PageBox {
  layout: "portrait" | "landscape";
  width: number;
  height: number;
  left: number;
  right: number;
  /** Where the blocks start on the first page (below the letterhead) and on the others (below the running head). */
  firstTop: number;
  top: number;
  /** Where the blocks end (above the footer). */
  bottom: number;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 36;

export function pageBox(layout: "portrait" | "landscape", firstTop: number): PageBox {
  const [width, height] = layout === "portrait" ? A4 : [A4[1], A4[0]];
  return {
    layout,
    width,
    height,
    left: MARGIN,
    right: width - MARGIN,
    firstTop,
    top: MARGIN + 18,
    bottom: height - MARGIN - 14,
  };
}

export interface Placed {
  block: Block;
  y: number;
}

/** Places the blocks on pages. */
export function paginate(blocks: readonly Block[], box: PageBox): Placed[][] {
  const pages: Placed[][] = [[]];
  let y = box.firstTop;
  let page = pages[0];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.pageBreak) {
      if (page.length > 0) {
        page = [];
        pages.push(page);
        y = box.top;
      }
      continue;
    }
    if (b.gap && page.length === 0) continue;
    // The height this block needs on this page: itself and the blocks it keeps with.
    let need = b.height;
    for (let j = i; blocks[j].keepWithNext && j + 1 < blocks.length; j++) need += blocks[j + 1].height;
    if (y + need > box.bottom && page.length > 0) {
      if (b.gap) continue;
      page = [];
      pages.push(page);
      y = box.top;
      if (b.repeat) {
        page.push({ block: b.repeat, y });
        y += b.repeat.height;
      }
    }
    page.push({ block: b, y });
    y += b.height;
  }
  return pages;
}

/** What surrounds the blocks: the letterhead on the first page, the running head and the page numbers. */
export interface DocumentFrame {
  box: PageBox;
  /** Drawn on the first page, above firstTop. */
  first?: (pdf: PDFKit.PDFDocument) => void;
  /** One line at the top of the following pages (the document and the producer). */
  runningHead: string;
  /** Left of the footer on every page (the document's reference). */
  footer?: string;
}

const used = new WeakSet<object>();

/** Registers the fonts on `pdf` under the names the drawing code uses (cheap: pdfkit keeps a map). */
export function useFonts(pdf: PDFKit.PDFDocument, fonts: PdfFonts): void {
  pdf.registerFont(REGULAR, fonts.regular as never);
  pdf.registerFont(BOLD, fonts.bold as never);
  setMetrics(REGULAR, fonts.regular);
  setMetrics(BOLD, fonts.bold);
  for (const name of [REGULAR, BOLD] as const) {
    preloadGlyphs(pdf, name);
    shareFontStreams((pdf as unknown as { _font: unknown })._font);
  }
}

/**
 * Adds a page for the document, or takes the current one when the caller created it and nothing of ours is on
 * it (a document opened with pdfkit's automatic first page). The page must then be A4 in the right orientation.
 */
export function newPage(pdf: PDFKit.PDFDocument, box: PageBox): void {
  const current = (pdf as unknown as { page?: { width: number; height: number } }).page;
  if (current && !used.has(current)) {
    if (Math.abs(current.width - box.width) > 1 || Math.abs(current.height - box.height) > 1) {
      throw new Error(
        `la page ouverte mesure ${current.width.toFixed(0)} × ${current.height.toFixed(0)} pt : le document doit être créé en A4 ${box.layout === "portrait" ? "portrait" : "paysage"} (size: "A4")`,
      );
    }
  } else {
    pdf.addPage({ size: "A4", layout: box.layout, margin: 0 });
  }
  const page = (pdf as unknown as { page: object }).page;
  used.add(page);
  // Recording for the combined PDF (replay.ts): the page's deflated content once it ends.
  const recording = (pdf as unknown as { __recording?: { box: PageBox; pages: (Uint8Array | undefined)[] } })
    .__recording;
  if (recording) {
    recording.box = box;
    const n = recording.pages.push(undefined) - 1;
    takeOverContent(page, (deflated) => (recording.pages[n] = deflated));
  } else takeOverContent(page);
}

const HEAD: TextStyle = { font: REGULAR, size: 7.5, color: "#555555" };

/** Draws the paginated document; returns its page count. */
export function drawDocument(pdf: PDFKit.PDFDocument, blocks: readonly Block[], frame: DocumentFrame): number {
  const box = frame.box;
  const pages = paginate(blocks, box);
  const n = pages.length;
  pages.forEach((placed, p) => {
    newPage(pdf, box);
    if (p === 0) frame.first?.(pdf);
    else drawLine(pdf, HEAD, frame.runningHead, box.left, box.top - 16, box.right - box.left);
    for (const { block, y } of placed) block.draw(pdf, y);
    const footY = box.bottom + 6;
    if (frame.footer) drawLine(pdf, HEAD, frame.footer, box.left, footY, (box.right - box.left) * 0.7);
    // Page numbers only when the document runs past one page (issue 14).
    if (n > 1) drawLine(pdf, HEAD, `Page ${p + 1} / ${n}`, box.left, footY, box.right - box.left, "right");
  });
  return n;
}
