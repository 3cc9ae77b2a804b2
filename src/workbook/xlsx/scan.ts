/**
 * Fast byte-level scanners for worksheet and shared-string XML. No DOM and no string copy of the document:
 * the scanner walks the UTF-8 bytes, decodes only cell texts, parses numbers straight from the bytes, and
 * works on a stream of chunks (a row cut by a chunk boundary is scanned again with the next chunk).
 */
import { t } from "../../messages";
import { NoValue, type CellValue } from "../port";
import { textCell } from "../reading";

const LT = 60;
const GT = 62;
const SLASH = 47;
const QUOT = 34;
const APOS = 39;
const EQ = 61;
const COLON = 58;

const utf8 = new TextDecoder("utf-8");

const POW10: number[] = [];
for (let i = 0, p = 1; i <= 22; i++, p *= 10) POW10.push(p);

function isSpace(b: number): boolean {
  return b === 32 || b === 9 || b === 10 || b === 13;
}

/** Offset of byte `b` in buf[p, end), or -1. A plain loop: faster than indexOf() for the short hops of XML. */
function find(buf: Uint8Array, b: number, p: number, end: number): number {
  while (p < end) {
    if (buf[p] === b) return p;
    p++;
  }
  return -1;
}

/** End of a tag name starting at `p` (first byte after the name). */
function nameEnd(buf: Uint8Array, p: number, end: number): number {
  while (p < end) {
    const b = buf[p];
    if (b === 32 || b === GT || b === SLASH || b === 9 || b === 10 || b === 13) return p;
    p++;
  }
  return p;
}

/** Start of the local part of a name in [s, e) (after a namespace prefix, if any). */
function localStart(buf: Uint8Array, s: number, e: number): number {
  for (let i = s; i < e; i++) if (buf[i] === COLON) return i + 1;
  return s;
}

function nameIs(buf: Uint8Array, s: number, e: number, lit: string): boolean {
  if (e - s !== lit.length) return false;
  for (let i = 0; i < lit.length; i++) if (buf[s + i] !== lit.charCodeAt(i)) return false;
  return true;
}

/** Offset after the ">" closing the tag whose "<" is at `lt`, or -1 if the buffer ends first. */
function tagClose(buf: Uint8Array, p: number, end: number): number {
  while (p < end) {
    const b = buf[p];
    if (b === GT) return p + 1;
    if (b === QUOT || b === APOS) {
      const q = find(buf, b, p + 1, end);
      if (q < 0 || q >= end) return -1;
      p = q + 1;
    } else p++;
  }
  return -1;
}

/**
 * Decodes XML character data in [s, e): UTF-8, entities, OOXML `_xHHHH_` escapes, CR/LF normalisation.
 */
export function decodeText(buf: Uint8Array, s: number, e: number): string {
  const n = e - s;
  if (n <= 0) return "";
  let simple = true;
  for (let i = s; i < e; i++) {
    const b = buf[i];
    if (b >= 0x80 || b === 38 || b === 95 || b === 13) {
      simple = false;
      break;
    }
  }
  if (simple && n <= 32) return internAscii(buf, s, e);
  let str: string;
  str = utf8.decode(buf.subarray(s, e));
  if (simple) return str;
  if (str.indexOf("\r") >= 0) str = str.replace(/\r\n?/g, "\n");
  if (str.indexOf("&") >= 0) str = decodeEntitiesFast(str);
  if (str.indexOf("_x") >= 0)
    str = str.replace(/_x([0-9a-fA-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  return str;
}

/**
 * Short ASCII texts (codes, criteria, "oui"/"non") repeat a lot in input tables: a small hash cache returns the
 * same string instance for the same bytes, which saves both allocation time and memory.
 */
const INTERN_SIZE = 4096;
const internCache: (string | undefined)[] = new Array(INTERN_SIZE);

function internAscii(buf: Uint8Array, s: number, e: number): string {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) h = Math.imul(h ^ buf[i], 16777619);
  const slot = (h ^ (h >>> 13)) & (INTERN_SIZE - 1);
  const hit = internCache[slot];
  const n = e - s;
  if (hit !== undefined && hit.length === n) {
    let k = 0;
    while (k < n && hit.charCodeAt(k) === buf[s + k]) k++;
    if (k === n) return hit;
  }
  const str = String.fromCharCode.apply(null, buf.subarray(s, e) as unknown as number[]);
  internCache[slot] = str;
  return str;
}

function decodeEntitiesFast(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (m, e: string) => {
    switch (e) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return '"';
      case "apos":
        return "'";
    }
    const cp = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

function latin1(buf: Uint8Array, s: number, e: number): string {
  let str = "";
  for (let i = s; i < e; i++) str += String.fromCharCode(buf[i]);
  return str;
}

/** Parses the number in [s, e); exact (same result as `Number(text)`). NaN if it is not a number. */
export function parseNumber(buf: Uint8Array, s: number, e: number): number {
  while (s < e && isSpace(buf[s])) s++;
  while (e > s && isSpace(buf[e - 1])) e--;
  let i = s;
  let neg = false;
  if (buf[i] === 45) {
    neg = true;
    i++;
  }
  let m = 0;
  let digits = 0;
  let frac = 0;
  let dot = false;
  for (; i < e; i++) {
    const b = buf[i];
    if (b >= 48 && b <= 57) {
      m = m * 10 + (b - 48);
      digits++;
      if (dot) frac++;
    } else if (b === 46 && !dot) dot = true;
    else break;
  }
  // Clinger's fast path: an integer mantissa < 2^53 divided by an exact power of ten is correctly rounded.
  if (i === e && digits > 0 && digits <= 15) {
    const v = frac ? m / POW10[frac] : m;
    return neg ? -v : v;
  }
  if (s === e) return NaN;
  return Number(latin1(buf, s, e));
}

/** Column number (A = 1) and row of a cell reference such as "B12" or "$B$12"; row 0 when absent. */
function parseRef(buf: Uint8Array, s: number, e: number, out: Int32Array): void {
  let col = 0;
  let row = 0;
  for (let i = s; i < e; i++) {
    const b = buf[i];
    if (b >= 65 && b <= 90) col = col * 26 + (b - 64);
    else if (b >= 97 && b <= 122) col = col * 26 + (b - 96);
    else if (b >= 48 && b <= 57) row = row * 10 + (b - 48);
  }
  out[0] = col;
  out[1] = row;
}

/** Excel serial (1900 date system) of an ISO 8601 date/time, or null. */
export function isoToSerial(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?Z?$/.exec(s.trim());
  if (!m) {
    const t = /^T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/.exec(s.trim());
    return t ? (+t[1] * 3600 + +t[2] * 60 + (t[3] ? +t[3] : 0)) / 86400 : null;
  }
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], m[4] ? +m[4] : 0, m[5] ? +m[5] : 0, 0) + (m[6] ? +m[6] * 1000 : 0);
  let serial = ms / 86400000 + 25569;
  // Excel's fictitious 29 February 1900: serials before 1 March 1900 are one less.
  if (serial < 61) serial -= 1;
  return serial;
}

/** Receives the cells of one row: `n` cells, columns (A = 1) in `cols`, values in `vals` (arrays reused). */
export type RowHandler = (row: number, n: number, cols: Int32Array, vals: CellValue[]) => void;

export interface SheetScanOptions {
  sharedStrings: () => string[];
  /** When the workbook uses the 1904 date system: which style indices are dates (their serials get +1462). */
  dateStyles1904?: Uint8Array | null;
  /** The sheet's name, for the message when its XML is cut short. */
  sheet?: string;
}

const T_NUM = 0;
const T_SHARED = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_BOOL = 4;
const T_ERR = 5;
const T_DATE = 6;

/**
 * Streaming worksheet scanner. Push the inflated XML chunk by chunk; `onRow` is called for each row that has
 * at least one cell. Set `stopped` (or return from the handler after calling `stop()`) to end early.
 */
export class SheetScanner {
  private phase = 0; // 0: before <sheetData>, 1: inside, 2: done
  private carry: Uint8Array | null = null;
  private lastRow = 0;
  private cols = new Int32Array(256);
  private vals: CellValue[] = [];
  private ref = new Int32Array(2);
  private ss: string[] | null = null;
  stopped = false;

  constructor(
    private readonly onRow: RowHandler,
    private readonly opts: SheetScanOptions,
  ) {}

  stop(): void {
    this.stopped = true;
  }

  get done(): boolean {
    return this.stopped || this.phase === 2;
  }

  push(chunk: Uint8Array, final: boolean): void {
    if (this.done) return;
    let buf = chunk;
    if (this.carry && this.carry.length) {
      buf = new Uint8Array(this.carry.length + chunk.length);
      buf.set(this.carry, 0);
      buf.set(chunk, this.carry.length);
    }
    const stop = this.scan(buf, 0, buf.length);
    if (this.done) {
      this.carry = null;
      return;
    }
    this.carry = stop < buf.length ? buf.slice(stop) : null;
    if (final && this.carry && this.carry.length)
      throw new Error(t("workbook.sheetCut", { sheet: this.opts.sheet ?? "?" }));
  }

  /** Scans [pos, end); returns the offset from which the unfinished part starts. */
  private scan(buf: Uint8Array, pos: number, end: number): number {
    if (this.phase === 0) {
      for (;;) {
        const lt = find(buf, LT, pos, end);
        if (lt < 0 || lt >= end) return end;
        const ne = nameEnd(buf, lt + 1, end);
        if (ne >= end) return lt;
        const gt = tagClose(buf, ne, end);
        if (gt < 0) return lt;
        const ls = localStart(buf, lt + 1, ne);
        if (buf[lt + 1] !== SLASH && nameIs(buf, ls, ne, "sheetData")) {
          if (buf[gt - 2] === SLASH) {
            this.phase = 2;
            return end;
          }
          this.phase = 1;
          pos = gt;
          break;
        }
        pos = gt;
      }
    }
    // Inside <sheetData>: rows.
    for (;;) {
      if (this.stopped) return end;
      const lt = find(buf, LT, pos, end);
      if (lt < 0 || lt >= end) return end;
      const ne = nameEnd(buf, lt + 1, end);
      if (ne >= end) return lt;
      if (buf[lt + 1] === SLASH) {
        const gt = find(buf, GT, ne, end);
        if (gt < 0 || gt >= end) return lt;
        if (nameIs(buf, localStart(buf, lt + 2, ne), ne, "sheetData")) {
          this.phase = 2;
          return end;
        }
        pos = gt + 1;
        continue;
      }
      const ls = localStart(buf, lt + 1, ne);
      if (!nameIs(buf, ls, ne, "row")) {
        // Comment, processing instruction or unknown element at row level: skip it.
        const skip = this.skipElement(buf, lt, ne, end);
        if (skip < 0) return lt;
        pos = skip;
        continue;
      }
      const next = this.scanRow(buf, lt, ne, end);
      if (next < 0) return lt;
      pos = next;
    }
  }

  /** Skips the element (or comment) starting at `lt`; returns the offset after it, or -1 if incomplete. */
  private skipElement(buf: Uint8Array, lt: number, ne: number, end: number): number {
    if (buf[lt + 1] === 33 /* ! */) {
      // comment or CDATA
      if (buf[lt + 2] === 45) {
        for (let i = lt + 4; i + 2 < end; i++)
          if (buf[i] === 45 && buf[i + 1] === 45 && buf[i + 2] === GT) return i + 3;
        return -1;
      }
      for (let i = lt + 9; i + 2 < end; i++) if (buf[i] === 93 && buf[i + 1] === 93 && buf[i + 2] === GT) return i + 3;
      return -1;
    }
    if (buf[lt + 1] === 63 /* ? */) {
      for (let i = lt + 2; i + 1 < end; i++) if (buf[i] === 63 && buf[i + 1] === GT) return i + 2;
      return -1;
    }
    const gt = tagClose(buf, ne, end);
    if (gt < 0) return -1;
    if (buf[gt - 2] === SLASH) return gt;
    // Find the matching end tag, counting nested elements of any name.
    let depth = 1;
    let p = gt;
    while (depth > 0) {
      const l = find(buf, LT, p, end);
      if (l < 0 || l >= end) return -1;
      const n2 = nameEnd(buf, l + 1, end);
      if (n2 >= end) return -1;
      if (buf[l + 1] === SLASH) {
        const g = find(buf, GT, n2, end);
        if (g < 0 || g >= end) return -1;
        depth--;
        p = g + 1;
      } else if (buf[l + 1] === 33 || buf[l + 1] === 63) {
        const s = this.skipElement(buf, l, n2, end);
        if (s < 0) return -1;
        p = s;
      } else {
        const g = tagClose(buf, n2, end);
        if (g < 0) return -1;
        if (buf[g - 2] !== SLASH) depth++;
        p = g;
      }
    }
    return p;
  }

  /** Scans one <row> starting at `lt`; returns the offset after it, or -1 if the buffer ends inside it. */
  private scanRow(buf: Uint8Array, lt: number, ne: number, end: number): number {
    // <row r="12" ...>
    let rowNum = 0;
    let p = ne;
    for (;;) {
      while (p < end && isSpace(buf[p])) p++;
      if (p >= end) return -1;
      const b = buf[p];
      if (b === GT || b === SLASH) break;
      const as = p;
      while (p < end && buf[p] !== EQ && !isSpace(buf[p])) p++;
      const ae = p;
      while (p < end && buf[p] !== QUOT && buf[p] !== APOS) p++;
      if (p >= end) return -1;
      const q = find(buf, buf[p], p + 1, end);
      if (q < 0 || q >= end) return -1;
      if (ae - as === 1 && buf[as] === 114 /* r */) rowNum = parseNumber(buf, p + 1, q) | 0;
      p = q + 1;
    }
    let selfClosing = false;
    if (buf[p] === SLASH) {
      selfClosing = true;
      p++;
    }
    if (p >= end) return -1;
    p++; // '>'
    if (!rowNum) rowNum = this.lastRow + 1;
    if (selfClosing) {
      this.lastRow = rowNum;
      return p;
    }
    const vals = this.vals;
    const ref = this.ref;
    let n = 0;
    let lastCol = 0;
    const date1904 = this.opts.dateStyles1904;
    for (;;) {
      const l = find(buf, LT, p, end);
      if (l < 0 || l >= end) return -1;
      const n2 = nameEnd(buf, l + 1, end);
      if (n2 >= end) return -1;
      if (buf[l + 1] === SLASH) {
        // </row>
        const g = find(buf, GT, n2, end);
        if (g < 0 || g >= end) return -1;
        p = g + 1;
        break;
      }
      const ls = localStart(buf, l + 1, n2);
      if (!(n2 - ls === 1 && buf[ls] === 99 /* c */)) {
        const s = this.skipElement(buf, l, n2, end);
        if (s < 0) return -1;
        p = s;
        continue;
      }
      // <c r=".." s=".." t="..">
      let col = 0;
      let type = T_NUM;
      let style = -1;
      p = n2;
      for (;;) {
        while (p < end && isSpace(buf[p])) p++;
        if (p >= end) return -1;
        const b = buf[p];
        if (b === GT || b === SLASH) break;
        const as = p;
        while (p < end && buf[p] !== EQ && !isSpace(buf[p])) p++;
        const ae = p;
        while (p < end && buf[p] !== QUOT && buf[p] !== APOS) p++;
        if (p >= end) return -1;
        const q = find(buf, buf[p], p + 1, end);
        if (q < 0 || q >= end) return -1;
        if (ae - as === 1) {
          const a = buf[as];
          if (a === 114 /* r */) {
            parseRef(buf, p + 1, q, ref);
            col = ref[0];
          } else if (a === 116 /* t */) {
            const t0 = buf[p + 1];
            const len = q - p - 1;
            if (t0 === 115 /* s */) type = len === 1 ? T_SHARED : T_STR;
            else if (t0 === 105 /* i */) type = T_INLINE;
            else if (t0 === 98 /* b */) type = T_BOOL;
            else if (t0 === 101 /* e */) type = T_ERR;
            else if (t0 === 100 /* d */) type = T_DATE;
            else type = T_NUM;
          } else if (a === 115 /* s */ && date1904) {
            style = parseNumber(buf, p + 1, q) | 0;
          }
        }
        p = q + 1;
      }
      if (!col) col = lastCol + 1;
      lastCol = col;
      let cellSelfClosing = false;
      if (buf[p] === SLASH) {
        cellSelfClosing = true;
        p++;
      }
      if (p >= end) return -1;
      p++; // '>'
      if (cellSelfClosing) continue; // empty cell
      // Children: <f>, <v>, <is>, <extLst>; up to </c>.
      let vs = -1;
      let ve = -1;
      let inline: string | null = null;
      let formula = false;
      for (;;) {
        const l2 = find(buf, LT, p, end);
        if (l2 < 0 || l2 >= end) return -1;
        const n3 = nameEnd(buf, l2 + 1, end);
        if (n3 >= end) return -1;
        if (buf[l2 + 1] === SLASH) {
          // </c>
          const g = find(buf, GT, n3, end);
          if (g < 0 || g >= end) return -1;
          p = g + 1;
          break;
        }
        const ls3 = localStart(buf, l2 + 1, n3);
        const len3 = n3 - ls3;
        if (len3 === 1 && buf[ls3] === 118 /* v */) {
          const g = tagClose(buf, n3, end);
          if (g < 0) return -1;
          if (buf[g - 2] === SLASH) {
            p = g;
            continue;
          }
          const close = find(buf, LT, g, end);
          if (close < 0 || close >= end) return -1;
          const g2 = find(buf, GT, close, end);
          if (g2 < 0 || g2 >= end) return -1;
          vs = g;
          ve = close;
          p = g2 + 1;
        } else if (len3 === 2 && buf[ls3] === 105 && buf[ls3 + 1] === 115 /* is */) {
          const r = this.richText(buf, l2, end);
          if (r < 0) return -1;
          inline = this.richOut;
          p = r;
        } else {
          if (len3 === 1 && buf[ls3] === 102 /* f */) formula = true;
          const s = this.skipElement(buf, l2, n3, end);
          if (s < 0) return -1;
          p = s;
        }
      }
      let value: CellValue = null;
      switch (type) {
        case T_NUM:
          if (vs >= 0) {
            const v = parseNumber(buf, vs, ve);
            if (v !== v) value = textCell(decodeText(buf, vs, ve));
            else if (date1904 && style >= 0 && style < date1904.length && date1904[style]) value = v + 1462;
            else value = v;
          }
          break;
        case T_SHARED:
          if (vs >= 0) {
            if (!this.ss) this.ss = this.opts.sharedStrings();
            const idx = parseNumber(buf, vs, ve);
            const s = this.ss[idx];
            value = s === undefined ? null : textCell(s);
          }
          break;
        case T_STR:
          if (vs >= 0) value = textCell(decodeText(buf, vs, ve));
          else if (inline !== null) value = textCell(inline);
          break;
        case T_INLINE:
          value = inline !== null ? textCell(inline) : vs >= 0 ? textCell(decodeText(buf, vs, ve)) : null;
          break;
        case T_BOOL:
          if (vs >= 0) {
            const v = parseNumber(buf, vs, ve);
            value = v !== v ? decodeText(buf, vs, ve).trim().toLowerCase() === "true" : v !== 0;
          }
          break;
        case T_ERR:
          if (vs >= 0) value = NoValue.error(decodeText(buf, vs, ve).trim());
          break;
        case T_DATE:
          if (vs >= 0) {
            const s = decodeText(buf, vs, ve);
            const serial = isoToSerial(s);
            value = serial === null ? s : serial;
          }
          break;
      }
      // A formula saved without its computed value (no <v>) is not a blank cell (reading.ts).
      if (value === null && formula && vs < 0 && inline === null) value = NoValue.formula;
      if (value === "") value = null;
      if (value === null) continue;
      if (n === this.cols.length) {
        const bigger = new Int32Array(n * 2);
        bigger.set(this.cols);
        this.cols = bigger;
      }
      this.cols[n] = col;
      vals[n] = value;
      n++;
    }
    this.lastRow = rowNum;
    if (n > 0) this.onRow(rowNum, n, this.cols, vals);
    return p;
  }

  /** Output of richText(). */
  richOut = "";

  /**
   * Reads a rich-text container (<is> or <si>) starting at `lt`: concatenates the <t> texts of the runs,
   * ignoring phonetic runs (<rPh>) and run properties. Returns the offset after it, or -1 if incomplete.
   */
  richText(buf: Uint8Array, lt: number, end: number): number {
    const ne = nameEnd(buf, lt + 1, end);
    const gt = tagClose(buf, ne, end);
    if (gt < 0) return -1;
    this.richOut = "";
    if (buf[gt - 2] === SLASH) return gt;
    let out = "";
    let parts = 0;
    let p = gt;
    let depth = 1;
    let skipDepth = 0; // > 0 inside <rPh> or <rPr>
    for (;;) {
      const l = find(buf, LT, p, end);
      if (l < 0 || l >= end) return -1;
      const n2 = nameEnd(buf, l + 1, end);
      if (n2 >= end) return -1;
      if (buf[l + 1] === SLASH) {
        const g = find(buf, GT, n2, end);
        if (g < 0 || g >= end) return -1;
        depth--;
        if (skipDepth && depth < skipDepth) skipDepth = 0;
        p = g + 1;
        if (depth === 0) break;
        continue;
      }
      if (buf[l + 1] === 33 || buf[l + 1] === 63) {
        const s = this.skipElement(buf, l, n2, end);
        if (s < 0) return -1;
        p = s;
        continue;
      }
      const g = tagClose(buf, n2, end);
      if (g < 0) return -1;
      const self = buf[g - 2] === SLASH;
      const ls = localStart(buf, l + 1, n2);
      const len = n2 - ls;
      if (!skipDepth && len === 1 && buf[ls] === 116 /* t */) {
        if (self) {
          p = g;
          continue;
        }
        const close = find(buf, LT, g, end);
        if (close < 0 || close >= end) return -1;
        const g2 = find(buf, GT, close, end);
        if (g2 < 0 || g2 >= end) return -1;
        const text = decodeText(buf, g, close);
        out = parts === 0 ? text : out + text;
        parts++;
        p = g2 + 1;
        continue;
      }
      if (!self) {
        depth++;
        if (!skipDepth && ((len === 3 && nameIs(buf, ls, n2, "rPh")) || (len === 3 && nameIs(buf, ls, n2, "rPr"))))
          skipDepth = depth;
      }
      p = g;
    }
    this.richOut = out;
    return p;
  }
}

/** Parses sharedStrings.xml (whole, already inflated) into its strings, rich text flattened. */
export function parseSharedStrings(buf: Uint8Array): string[] {
  const out: string[] = [];
  const helper = new SheetScanner(() => undefined, { sharedStrings: () => [] });
  const end = buf.length;
  let p = 0;
  for (;;) {
    const lt = find(buf, LT, p, end);
    if (lt < 0) break;
    const ne = nameEnd(buf, lt + 1, end);
    const ls = localStart(buf, lt + 1, ne);
    if (buf[lt + 1] !== SLASH && nameIs(buf, ls, ne, "si")) {
      const r = helper.richText(buf, lt, end);
      if (r < 0) throw new Error(t("workbook.sharedStringsCut"));
      out.push(helper.richOut);
      p = r;
    } else {
      const gt = tagClose(buf, ne, end);
      if (gt < 0) break;
      p = gt;
    }
  }
  return out;
}
