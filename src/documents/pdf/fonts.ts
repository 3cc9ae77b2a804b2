/**
 * The PDFs' fonts: DejaVu Sans Condensed, regular and bold, from the dejavu-fonts-ttf registry package, embedded
 * (subset) in every PDF. Never fetched at run time: Node reads them from node_modules (nodeFonts.ts); the task
 * pane bundles them as assets of its own build.
 *
 * Why condensed: the statement sheet's eight columns and the invoice's lines table keep 9 pt text on an A4
 * width without abbreviating. Why parsed once: pdfkit parses a TTF buffer for every document (about 60 ms for
 * these two fonts); given fontkit's parsed font it only subsets it, so 2 000 documents do not parse it 2 000 times.
 * The text is drawn glyph by glyph from these fonts' metrics (text.ts), without OpenType shaping.
 */
import { create } from "fontkit";

export interface PdfFonts {
  regular: unknown;
  bold: unknown;
}

/** Registered names in every document this module draws. */
export const REGULAR = "DejaVuSansCondensed";
export const BOLD = "DejaVuSansCondensed-Bold";

export function parseFonts(regular: Uint8Array | ArrayBuffer, bold: Uint8Array | ArrayBuffer): PdfFonts {
  const bytes = (b: Uint8Array | ArrayBuffer) => (b instanceof Uint8Array ? b : new Uint8Array(b));
  return { regular: create(bytes(regular)), bold: create(bytes(bold)) };
}

/** The font files inside the dejavu-fonts-ttf package. */
export const FONT_FILES = { regular: "DejaVuSansCondensed.ttf", bold: "DejaVuSansCondensed-Bold.ttf" } as const;
