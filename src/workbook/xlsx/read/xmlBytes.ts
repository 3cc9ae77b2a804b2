/**
 * Reading XML tags straight from UTF-8 bytes, for the sheet scanner and the shared strings: no DOM, no string
 * copy of the document. Every reader stops with -1 (or `false`) when the buffer ends inside what it reads, so
 * that a streamed chunk can be read again with the next one.
 */

export const LT = 60;
export const GT = 62;
export const SLASH = 47;
const QUOT = 34;
const APOS = 39;
const EQ = 61;
const COLON = 58;
const BANG = 33;
const QUESTION = 63;

export function isSpace(b: number): boolean {
  return b === 32 || b === 9 || b === 10 || b === 13;
}

/**
 * Offset of byte `b` in buf[p, end), or -1. A plain loop for the short hops of XML: with indexOf() a table
 * read of the statement run's benchmark took 35 % longer.
 */
export function find(buf: Uint8Array, b: number, p: number, end: number): number {
  while (p < end) {
    if (buf[p] === b) return p;
    p++;
  }
  return -1;
}

/** End of a tag name starting at `p` (first byte after the name). */
export function nameEnd(buf: Uint8Array, p: number, end: number): number {
  while (p < end) {
    const b = buf[p];
    if (b === 32 || b === GT || b === SLASH || b === 9 || b === 10 || b === 13) return p;
    p++;
  }
  return p;
}

/** Start of the local part of a name in [s, e) (after a namespace prefix, if any). */
export function localStart(buf: Uint8Array, s: number, e: number): number {
  for (let i = s; i < e; i++) if (buf[i] === COLON) return i + 1;
  return s;
}

export function nameIs(buf: Uint8Array, s: number, e: number, lit: string): boolean {
  if (e - s !== lit.length) return false;
  for (let i = 0; i < lit.length; i++) if (buf[s + i] !== lit.charCodeAt(i)) return false;
  return true;
}

/** Offset after the ">" closing the tag whose name ends at `p`, or -1 if the buffer ends first. */
export function tagClose(buf: Uint8Array, p: number, end: number): number {
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

/** The tag a reader is at (reused from tag to tag: nothing is allocated per tag). */
export class Tag {
  /** Offset of its "<", -1 when there was none. */
  lt = -1;
  /** End of its name. */
  nameEnd = 0;
  /** An end tag ("</…>"). */
  closing = false;
  /** For an end tag: the offset after its ">". */
  after = 0;

  /** Start of the local part of its name (after any prefix). */
  local(buf: Uint8Array): number {
    return localStart(buf, this.lt + (this.closing ? 2 : 1), this.nameEnd);
  }

  /** Whether its local name is `lit`. */
  is(buf: Uint8Array, lit: string): boolean {
    return nameIs(buf, this.local(buf), this.nameEnd, lit);
  }

  /** The byte of a one-letter local name (c, v, f, t: the elements of cells and strings), else 0. */
  letter(buf: Uint8Array): number {
    const ls = this.local(buf);
    return this.nameEnd - ls === 1 ? buf[ls] : 0;
  }

  /** A comment, CDATA section or processing instruction rather than an element. */
  isMarkup(buf: Uint8Array): boolean {
    const b = buf[this.lt + 1];
    return b === BANG || b === QUESTION;
  }
}

/** Reads the next tag from `p` into `tag`; false when the buffer ends first (`tag.lt` -1: no "<" at all). */
export function nextTag(buf: Uint8Array, p: number, end: number, tag: Tag): boolean {
  const lt = find(buf, LT, p, end);
  tag.lt = lt;
  if (lt < 0) return false;
  const ne = nameEnd(buf, lt + 1, end);
  if (ne >= end) return false;
  tag.nameEnd = ne;
  tag.closing = buf[lt + 1] === SLASH;
  if (tag.closing) {
    const gt = find(buf, GT, ne, end);
    if (gt < 0) return false;
    tag.after = gt + 1;
  }
  return true;
}

/** An attribute of a start tag: name in [name, nameEnd), value in [value, valueEnd). */
export class Attribute {
  name = 0;
  nameEnd = 0;
  value = 0;
  valueEnd = 0;

  /** The byte of a one-letter name (r, s, t: the attributes a sheet's rows and cells need), else 0. */
  letter(buf: Uint8Array): number {
    return this.nameEnd - this.name === 1 ? buf[this.name] : 0;
  }
}

/**
 * Reads the attribute at `p` (spaces first) into `attr` and returns the offset after it. At the end of the
 * attributes, returns the offset of the tag's "/" or ">" with an empty name; -1 if the buffer ends first.
 */
export function nextAttribute(buf: Uint8Array, p: number, end: number, attr: Attribute): number {
  while (p < end && isSpace(buf[p])) p++;
  if (p >= end) return -1;
  const b = buf[p];
  attr.name = attr.nameEnd = p;
  if (b === GT || b === SLASH) return p;
  while (p < end && buf[p] !== EQ && !isSpace(buf[p])) p++;
  attr.nameEnd = p;
  while (p < end && buf[p] !== QUOT && buf[p] !== APOS) p++;
  if (p >= end) return -1;
  const q = find(buf, buf[p], p + 1, end);
  if (q < 0) return -1;
  attr.value = p + 1;
  attr.valueEnd = q;
  return q + 1;
}

/** After the attributes (at "/" or ">"): the offset after the start tag, or -1 if the buffer ends first. */
export function startTagEnd(buf: Uint8Array, p: number, end: number): number {
  if (buf[p] === SLASH) p++;
  return p >= end ? -1 : p + 1;
}

const skipped = new Tag();

/** Skips the element (or comment) starting at `lt`; returns the offset after it, or -1 if incomplete. */
export function skipElement(buf: Uint8Array, lt: number, ne: number, end: number): number {
  if (buf[lt + 1] === BANG) return skipCommentOrCdata(buf, lt, end);
  if (buf[lt + 1] === QUESTION) {
    for (let i = lt + 2; i + 1 < end; i++) if (buf[i] === QUESTION && buf[i + 1] === GT) return i + 2;
    return -1;
  }
  const gt = tagClose(buf, ne, end);
  if (gt < 0) return -1;
  if (buf[gt - 2] === SLASH) return gt;
  // Find the matching end tag, counting nested elements of any name.
  const tag = skipped;
  let depth = 1;
  let p = gt;
  while (depth > 0) {
    if (!nextTag(buf, p, end, tag)) return -1;
    if (tag.closing) {
      depth--;
      p = tag.after;
    } else if (tag.isMarkup(buf)) {
      p = skipElement(buf, tag.lt, tag.nameEnd, end);
      if (p < 0) return -1;
    } else {
      p = tagClose(buf, tag.nameEnd, end);
      if (p < 0) return -1;
      if (buf[p - 2] !== SLASH) depth++;
    }
  }
  return p;
}

function skipCommentOrCdata(buf: Uint8Array, lt: number, end: number): number {
  if (buf[lt + 2] === 45 /* - */) {
    for (let i = lt + 4; i + 2 < end; i++) if (buf[i] === 45 && buf[i + 1] === 45 && buf[i + 2] === GT) return i + 3;
    return -1;
  }
  for (let i = lt + 9; i + 2 < end; i++) if (buf[i] === 93 && buf[i + 1] === 93 && buf[i + 2] === GT) return i + 3;
  return -1;
}
