/**
 * The combined PDF without drawing every document twice: a document's pages are recorded as their content
 * streams while it is drawn into its own PDF, then written as they are into the combined PDF. This holds when
 * both documents name the fonts the same (every document registers them in the same order: F1 regular, F3
 * bold) and give the glyphs the same ids — when the document used only the preloaded characters (text.ts);
 * otherwise the caller draws the document again. Only our drawing writes to these pages: text, rectangles,
 * lines and RGB colours, no image, no transparency, nothing else in the page resources but the fonts.
 */
import { BOLD, REGULAR } from "./fonts";
import { newPage, type PageBox } from "./layout";
import { onlyPreloadedGlyphs } from "./text";

export interface Recording {
  box: PageBox;
  /** Each page's content, as written after the page's own set-up. */
  pages: string[][];
}

interface Internals {
  addContent(data: string): unknown;
  _font: { id: string; ref(): unknown };
  page: { fonts: Record<string, unknown> };
}

/** Draws with `draw` (which adds the pages through newPage) and records the pages' content. */
export function recordDrawing(pdf: PDFKit.PDFDocument, draw: () => number): Recording | null {
  const doc = pdf as unknown as Internals & { __recording?: Recording };
  const recording: Recording = { box: undefined as unknown as PageBox, pages: [] };
  doc.__recording = recording;
  const add = doc.addContent;
  doc.addContent = function (data: string) {
    recording.pages[recording.pages.length - 1]?.push(data);
    return add.call(this, data);
  };
  try {
    draw();
  } finally {
    doc.addContent = add;
    delete doc.__recording;
  }
  return recording.box && onlyPreloadedGlyphs(pdf, REGULAR) && onlyPreloadedGlyphs(pdf, BOLD) ? recording : null;
}

/** Writes the recorded pages into `pdf` (set up by newPdf, as the recorded document was). */
export function replay(pdf: PDFKit.PDFDocument, recording: Recording): void {
  const doc = pdf as unknown as Internals;
  const fonts = [REGULAR, BOLD].map((name) => {
    pdf.font(name);
    return doc._font;
  });
  for (const content of recording.pages) {
    newPage(pdf, recording.box);
    for (const f of fonts) if (doc.page.fonts[f.id] == null) doc.page.fonts[f.id] = f.ref();
    doc.addContent(content.join("\n"));
  }
}
