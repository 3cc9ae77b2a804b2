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

interface Glyph {
  id: number;
  /** Advance width in font units. */
  advance: number;
  codePoint: number;
}

interface Metrics {
  font: { unitsPerEm: number; glyphForCodePoint(cp: number): { id: number; advanceWidth: number } };
  glyphs: Map<number, Glyph>;
}

/**
 * Glyphs by character, per font, for the whole process. The documents draw French text in a Latin font: one
 * glyph per character, without OpenType shaping (fontkit's layout, which pdfkit runs for every word of every
 * document, was most of the time spent drawing; it would only add ligatures and kerning).
 */
const metrics = new Map<string, Metrics>();

/** Called by useFonts: the parsed fonts whose metrics the layout uses. */
export function setMetrics(name: FontName, font: unknown): void {
  if (!metrics.has(name)) metrics.set(name, { font: font as Metrics["font"], glyphs: new Map() });
}

function glyphOf(m: Metrics, codePoint: number): Glyph {
  let g = m.glyphs.get(codePoint);
  if (!g) {
    const f = m.font.glyphForCodePoint(codePoint);
    g = { id: f.id, advance: f.advanceWidth, codePoint };
    m.glyphs.set(codePoint, g);
  }
  return g;
}

function metricsOf(font: FontName): Metrics {
  const m = metrics.get(font);
  if (!m) throw new Error(`police ${font} non chargée (useFonts)`);
  return m;
}

/** Width in points of `text` in `style`. */
export function textWidth(_pdf: PDFKit.PDFDocument, style: TextStyle, text: string): number {
  const m = metricsOf(style.font);
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    units += glyphOf(m, cp).advance;
  }
  return (units / m.font.unitsPerEm) * style.size;
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

/**
 * The characters of French documents (ASCII, accented letters, the typographic signs the engine writes), put
 * first into every document's font subsets in this order. Most documents use no other glyph: their subsets
 * are then the same and are encoded once per process (fontkit's subset encoding was half the time spent ending
 * a statement's file), at the cost of about 10 kB per PDF for the glyphs a document does not use.
 */
const PRELOADED = (() => {
  let chars = "";
  for (let c = 0x20; c < 0x7f; c++) chars += String.fromCharCode(c);
  return chars + "\u00a0\u202fàâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»€−–—’…°×→≤≥²³µ";
})();

interface Subset {
  glyphs: number[];
  encode(): Uint8Array;
}

/** The last encoded subset per font: its glyph list and bytes. */
const encodedSubsets = new Map<string, { key: string; bytes: Uint8Array }>();

/** Puts the PRELOADED glyphs into the document's subset of `name` and memoises the subset's encoding. */
export function preloadGlyphs(pdf: PDFKit.PDFDocument, name: FontName): void {
  pdf.font(name);
  const font = (pdf as unknown as PdfInternals)._font as PdfInternals["_font"] & {
    subset: Subset & { __memo?: true; __preloaded?: number };
  };
  if (font.subset.__memo) return;
  const m = metricsOf(name);
  for (let i = 0; i < PRELOADED.length; i++) include(font, glyphOf(m, PRELOADED.charCodeAt(i)));
  const subset = font.subset;
  const encode = subset.encode.bind(subset);
  subset.encode = () => {
    const key = subset.glyphs.join(",");
    const known = encodedSubsets.get(name);
    if (known && known.key === key) return known.bytes;
    const bytes = encode();
    encodedSubsets.set(name, { key, bytes });
    return bytes;
  };
  subset.__memo = true;
  subset.__preloaded = subset.glyphs.length;
}

/** Whether the document's subset of `name` holds only the preloaded glyphs (its glyph ids are the same in every document). */
export function onlyPreloadedGlyphs(pdf: PDFKit.PDFDocument, name: FontName): boolean {
  pdf.font(name);
  const subset = (pdf as unknown as { _font: { subset: Subset & { __preloaded?: number } } })._font.subset;
  return subset.__preloaded !== undefined && subset.glyphs.length === subset.__preloaded;
}

function include(font: PdfInternals["_font"], g: Glyph): number {
  const gid = font.subset.includeGlyph(g.id);
  if (font.widths[gid] == null) font.widths[gid] = g.advance * font.scale;
  if (font.unicode[gid] == null) font.unicode[gid] = [g.codePoint];
  return gid;
}

/** What drawLine needs of pdfkit's internals (EmbeddedFont and PDFPage, stable since pdfkit 0.8; the PDF tests read the text back). */
interface PdfInternals {
  _font: {
    id: string;
    ascender: number;
    scale: number;
    subset: { includeGlyph(id: number): number };
    widths: number[];
    unicode: number[][];
    ref(): unknown;
  };
  page: { height: number; fonts: Record<string, unknown> };
  addContent(data: string): void;
}

const fixed = (n: number) => (Math.round(n * 100) / 100).toString();
const hex4 = (n: number) => (n < 0x1000 ? ("000" + n.toString(16)).slice(-4) : n.toString(16));

/**
 * Draws one line at (x, y) (y = top of the line), left, right or centre aligned in `width`.
 *
 * The text operators are written here rather than through pdfkit's text(), which shapes and measures every
 * fragment again and handles options (links, underline, word spacing, columns) the documents never use. The
 * glyphs are put into pdfkit's font subset with their widths and characters, as pdfkit's own encode does, so
 * that the font is embedded with a ToUnicode map and the text can be extracted.
 */
export function drawLine(
  pdf: PDFKit.PDFDocument,
  style: TextStyle,
  text: string,
  x: number,
  y: number,
  width: number,
  align: "left" | "right" | "center" = "left",
): void {
  if (text === "") return;
  let at = x;
  if (align !== "left") {
    const w = textWidth(pdf, style, text);
    at = align === "right" ? x + width - w : x + (width - w) / 2;
  }
  pdf
    .font(style.font)
    .fontSize(style.size)
    .fillColor(style.color ?? "black");
  const doc = pdf as unknown as PdfInternals;
  const font = doc._font;
  if (doc.page.fonts[font.id] == null) doc.page.fonts[font.id] = font.ref();
  const m = metricsOf(style.font);
  let hex = "";
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    hex += hex4(include(font, glyphOf(m, cp)));
  }
  // pdfkit's pages draw with y downwards (a flipped matrix): text is drawn in an unflipped one, baseline at
  // the line's top + the font's ascender.
  const baseline = doc.page.height - y - (font.ascender / 1000) * style.size;
  doc.addContent(
    `q 1 0 0 -1 0 ${fixed(doc.page.height)} cm BT 1 0 0 1 ${fixed(at)} ${fixed(baseline)} Tm /${font.id} ${fixed(style.size)} Tf <${hex}> Tj ET Q`,
  );
}

/** Draws wrapped lines from the top y; returns the height used. */
export function drawLines(
  pdf: PDFKit.PDFDocument,
  style: TextStyle,
  lines: readonly string[],
  x: number,
  y: number,
  width: number,
  align: "left" | "right" | "center" = "left",
): number {
  const lh = lineHeight(style.size);
  lines.forEach((line, i) => drawLine(pdf, style, line, x, y + i * lh, width, align));
  return lines.length * lh;
}
