/**
 * The PDFs' streams compressed by us rather than by pdfkit, where pdfkit did the same work again and again
 * (measured on `npx tsx bench/pdf.ts`, 2 000 statements; CPU seconds of the PDFs, profile with --cpu-prof):
 *
 * - Font streams (`shareFontStreams`): with the preloaded character set (text.ts) most documents embed the
 *   same font subsets and the same ToUnicode maps; pdfkit deflated them in every document (1,3 s of 10,3 s).
 *   The last deflated bytes per font stream are kept and written again when the stream's bytes are the same
 *   (compared byte for byte, so a document with other glyphs gets its own).
 * - Page content (`takeOverContent`): pdfkit turned every drawing operator into its own byte array (a few
 *   hundred per page) before deflating the page. Here the operators are kept as strings, joined and deflated
 *   once when the page ends (at level 1, see CONTENT_LEVEL), and the deflated bytes are handed to the combined
 *   PDF, which writes them as they are (`useCompressedContent`) instead of deflating the same page again
 *   (0,8 s) — see replay.ts. With the font streams: 10,3 → 6,6 s CPU in the profile, of which garbage
 *   collection 3,2 → 2,1 s.
 *
 * Every stream stays a FlateDecode stream with its Length: the files are the same PDF as pdfkit writes.
 */
import { zlibSync } from "fflate";

/** A zlib-format deflate (what FlateDecode reads). */
export type Deflate = (data: Uint8Array, level: number) => Uint8Array;

/**
 * fflate (pure JS, what pdfkit's browser build deflates with) by default, so that the task pane's build has
 * no Node module; Node passes its native zlib (nodeFonts.ts), as pdfkit's Node build uses.
 */
let deflateSync: Deflate = (data, level) => zlibSync(data, { level: level as 1 | 6 });

export function useDeflate(deflate: Deflate): void {
  deflateSync = deflate;
}

/** What this module needs of pdfkit's PDFReference (stable since pdfkit 0.8; the PDF tests read the files back). */
interface StreamRef {
  compress: boolean;
  buffer: Uint8Array[];
  data: { Filter?: string; Length?: number };
  write(chunk: string | Uint8Array): unknown;
  end(chunk?: string | Uint8Array): unknown;
  finalize(): void;
}

interface DocInternals {
  ref(data?: object): StreamRef;
  _security?: unknown;
}

interface FontInternals {
  name: string;
  document: DocInternals;
  embed(): unknown;
  __sharedStreams?: true;
}

/** Font streams: zlib's default level (6), as pdfkit deflates; they are deflated once per process anyway. */
const FONT_LEVEL = 6;
/**
 * Page content: level 1. Measured on bench/pdf.ts's PDFs, levels 1 and 6 in turn in one process, 5 rounds
 * each (medians): CPU 7,0 s → 6,1 s (−12 %) for 70,2 → 75,3 MB in all (+7 %, about 2,5 kB more per statement
 * PDF). On the page streams alone: 70,7 MB of operators deflate to 7,6 MB in 0,52 s at level 6, to 9,7 MB in
 * 0,22 s at level 1 (levels 2–4 sit between).
 */
const CONTENT_LEVEL = 1;

// Without Node's Buffer: this module runs in the task pane too.
export const joinBytes = (chunks: readonly Uint8Array[]): Uint8Array => {
  if (chunks.length === 1) return chunks[0];
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};

const sameBytes = (a: Uint8Array, b: Uint8Array) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/** Bytes to a string of one character per byte, as pdfkit's content strings are. */
const latin1Text = (bytes: Uint8Array) => {
  let s = "";
  for (let i = 0; i < bytes.length; i += 4096) s += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return s;
};

/** The reverse, one byte per character (code & 0xff, as pdfkit writes strings); Node's Buffer when there is one (native). */
const latin1Bytes = (text: string): Uint8Array => {
  if (typeof Buffer !== "undefined") return Buffer.from(text, "latin1");
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
};

/** The last stream deflated per font stream (font name and rank of the stream in its embedding). */
const lastDeflated = new Map<string, { raw: Uint8Array; deflated: Uint8Array }>();

/** Makes `ref` a FlateDecode stream deflated here, reusing the last bytes deflated under `slot` when they are the same. */
function deflateOnce(ref: StreamRef, slot: string): void {
  if (!ref.compress) return;
  ref.compress = false;
  const finalize = ref.finalize;
  ref.finalize = function (this: StreamRef) {
    if (this.buffer.length) {
      const raw = joinBytes(this.buffer);
      const known = lastDeflated.get(slot);
      let deflated: Uint8Array;
      if (known && sameBytes(known.raw, raw)) deflated = known.deflated;
      else {
        deflated = deflateSync(raw, FONT_LEVEL);
        lastDeflated.set(slot, { raw: Uint8Array.from(raw), deflated });
      }
      this.buffer = [deflated];
      this.data.Filter = "FlateDecode";
    }
    finalize.call(this);
  };
}

/** Deflates the streams of `font`'s embedding (font file, ToUnicode map, CIDSet) once per process while they stay the same. */
export function shareFontStreams(font: unknown): void {
  const f = font as FontInternals;
  if (f.__sharedStreams) return;
  f.__sharedStreams = true;
  const embed = f.embed;
  f.embed = function (this: FontInternals) {
    const doc = this.document;
    const ref = doc.ref;
    let rank = 0;
    doc.ref = function (this: DocInternals, data?: object) {
      const r = ref.call(this, data);
      deflateOnce(r, `${f.name}#${rank++}`);
      return r;
    };
    try {
      return embed.call(this);
    } finally {
      doc.ref = ref;
    }
  };
}

interface PageInternals {
  content: StreamRef & { __compressed?: Uint8Array; __takenOver?: true };
}

/**
 * The page's content kept as strings and deflated once when the page ends; `onEnd` receives the deflated
 * bytes (the whole content stream, pdfkit's page set-up included). Nothing changes for a document pdfkit
 * does not compress.
 */
export function takeOverContent(page: unknown, onEnd?: (deflated: Uint8Array) => void): void {
  const content = (page as PageInternals).content;
  if (!content.compress || content.__takenOver) return;
  content.__takenOver = true;
  content.compress = false;
  // What pdfkit wrote before (its page set-up) stays first.
  const parts: string[] = content.buffer.map(latin1Text);
  content.buffer = [];
  const write = content.write;
  content.write = function (this: StreamRef, chunk: string | Uint8Array) {
    // pdfkit ends every operator it writes with a new line.
    parts.push(typeof chunk === "string" ? chunk + "\n" : latin1Text(chunk));
    return this;
  };
  content.end = function (this: StreamRef & PageInternals["content"], chunk?: string | Uint8Array) {
    if (chunk) this.write(chunk);
    let deflated = this.__compressed;
    if (!deflated) {
      // Content operators are ASCII (text is written as glyph ids in hex), one byte per character.
      deflated = deflateSync(latin1Bytes(parts.join("")), CONTENT_LEVEL);
      onEnd?.(deflated);
    }
    parts.length = 0;
    write.call(this, deflated);
    this.data.Filter = "FlateDecode";
    this.finalize();
  } as StreamRef["end"];
}

/** Writes `deflated` (a page's whole content stream, from takeOverContent) as the content of `page`, in place of what was drawn on it. */
export function useCompressedContent(page: unknown, deflated: Uint8Array): void {
  const content = (page as PageInternals).content;
  if (!content.__takenOver) throw new Error("useCompressedContent: page not set up by newPage");
  content.__compressed = deflated;
}
