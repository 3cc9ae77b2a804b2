/**
 * The values of a sheet's cells read from their UTF-8 bytes: texts (entities and `_xHHHH_` escapes decoded by
 * xml.ts), numbers parsed without a string, cell references, ISO 8601 dates as Excel serials.
 */
import { decodeEntities, decodeOoxmlEscapes } from "../xml";
import * as xmlBytes from "./xmlBytes";

// Bound once, as in scan.ts: under tsx each use of an imported name is a getter call (here: per number read).
const { isSpace } = xmlBytes;

const utf8 = new TextDecoder("utf-8");

/** Decodes XML character data in [s, e): UTF-8, entities, OOXML `_xHHHH_` escapes, CR/LF normalisation. */
export function decodeText(buf: Uint8Array, s: number, e: number): string {
  const n = e - s;
  if (n <= 0) return "";
  let simple = true;
  for (let i = s; i < e; i++) {
    const b = buf[i];
    if (b >= 0x80 || b === 38 /* & */ || b === 95 /* _ */ || b === 13 /* CR */) {
      simple = false;
      break;
    }
  }
  if (simple && n <= 32) return internAscii(buf, s, e);
  let str = utf8.decode(buf.subarray(s, e));
  if (simple) return str;
  if (str.indexOf("\r") >= 0) str = str.replace(/\r\n?/g, "\n");
  return decodeOoxmlEscapes(decodeEntities(str));
}

/**
 * Short ASCII texts (codes, criteria, "oui"/"non") repeat a lot in input tables: a small hash cache returns the
 * same string instance for the same bytes, which saves both allocation time and memory (without it, reading
 * the statement run benchmark's tables took 30 % longer).
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

function latin1(buf: Uint8Array, s: number, e: number): string {
  let str = "";
  for (let i = s; i < e; i++) str += String.fromCharCode(buf[i]);
  return str;
}

const POW10: number[] = [];
for (let i = 0, p = 1; i <= 22; i++, p *= 10) POW10.push(p);

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
  // Clinger's fast path: an integer mantissa < 2^53 divided by an exact power of ten is correctly rounded
  // (Number() on every number made reading the statement run benchmark's tables 25 % slower).
  if (i === e && digits > 0 && digits <= 15) {
    const v = frac ? m / POW10[frac] : m;
    return neg ? -v : v;
  }
  if (s === e) return NaN;
  return Number(latin1(buf, s, e));
}

/** The column number (A = 1) of a cell reference such as "B12" or "$B$12" in [s, e); 0 when absent. */
export function referenceColumn(buf: Uint8Array, s: number, e: number): number {
  let col = 0;
  for (let i = s; i < e; i++) {
    const b = buf[i];
    if (b >= 65 && b <= 90) col = col * 26 + (b - 64);
    else if (b >= 97 && b <= 122) col = col * 26 + (b - 96);
  }
  return col;
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
