/**
 * The combined PDF without drawing every document twice: a document's pages are recorded as their deflated
 * content streams while it is drawn into its own PDF (streams.ts), then written as they are into the combined
 * PDF — neither drawn nor deflated again. This holds when both documents name the fonts the same (every
 * document registers them in the same order: F1 regular, F3 bold) and give the glyphs the same ids — when the
 * document used only the preloaded characters (text.ts); otherwise the caller draws the document again. Only
 * our drawing writes to these pages: text, rectangles, lines and RGB colours, no image, no transparency,
 * nothing else in the page resources but the fonts.
 *
 * Measured (bench/pdf.ts, 2 000 statements): recording the operators as strings and writing them again cost
 * 1,2 s CPU and deflating them again in the combined PDF 0,8 s; reusing the deflated streams costs neither.
 */
import { BOLD, REGULAR } from "./fonts";
import { newPage, type PageBox } from "./layout";
import { useCompressedContent } from "./streams";
import { onlyPreloadedGlyphs } from "./text";

export interface Recording {
  box: PageBox;
  /** Each page's deflated content stream, filled as the recorded document's pages end (pdfBytes). */
  pages: (Uint8Array | undefined)[];
}

interface Internals {
  _font: { id: string; ref(): unknown };
  page: { fonts: Record<string, unknown> };
}

/** Draws with `draw` (which adds the pages through newPage) and records the pages. */
export function recordDrawing(pdf: PDFKit.PDFDocument, draw: () => number): Recording | null {
  const doc = pdf as unknown as Internals & { __recording?: Recording };
  const recording: Recording = { box: undefined as unknown as PageBox, pages: [] };
  doc.__recording = recording;
  try {
    draw();
  } finally {
    delete doc.__recording;
  }
  return recording.box && onlyPreloadedGlyphs(pdf, REGULAR) && onlyPreloadedGlyphs(pdf, BOLD) ? recording : null;
}

/** Writes the recorded pages into `pdf` (set up by newPdf, as the recorded document was), once that document has ended. */
export function replay(pdf: PDFKit.PDFDocument, recording: Recording): void {
  const doc = pdf as unknown as Internals & { page: unknown };
  const fonts = [REGULAR, BOLD].map((name) => {
    pdf.font(name);
    return doc._font;
  });
  for (const content of recording.pages) {
    if (!content) throw new Error("replay: the recorded document has not ended (pdfBytes) or was not compressed");
    newPage(pdf, recording.box);
    for (const f of fonts) if (doc.page.fonts[f.id] == null) doc.page.fonts[f.id] = f.ref();
    useCompressedContent(doc.page, content);
  }
}
