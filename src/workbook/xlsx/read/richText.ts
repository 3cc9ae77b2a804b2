/**
 * Rich text read from bytes: a cell's inline string (<is>) and the shared strings part (<si> items), the texts
 * of their runs joined, phonetic runs and run properties left out.
 */
import { t } from "../../../messages";
import * as cellBytes from "./cellBytes";
import * as xmlBytes from "./xmlBytes";
import { Tag } from "./xmlBytes";

// Bound once, as in scan.ts: under tsx each use of an imported name is a getter call (every text cell of a
// sheet written with inline strings comes here).
const { decodeText } = cellBytes;
const { GT, LT, SLASH, find, localStart, nameEnd, nameIs, nextTag, skipElement, tagClose } = xmlBytes;

const T = 116; // t

/** What readRichText read. */
export interface RichText {
  text: string;
}

const tag = new Tag();

/**
 * Reads a rich-text container (<is> or <si>) starting at `lt`: concatenates the <t> texts of the runs,
 * ignoring phonetic runs (<rPh>) and run properties (<rPr>). Puts the text in `out` and returns the offset
 * after the container, or -1 if the buffer ends first.
 */
export function readRichText(buf: Uint8Array, lt: number, end: number, out: RichText): number {
  const gt = tagClose(buf, nameEnd(buf, lt + 1, end), end);
  if (gt < 0) return -1;
  out.text = "";
  if (buf[gt - 2] === SLASH) return gt;
  let text = "";
  let p = gt;
  let depth = 1;
  let skipDepth = 0; // > 0 inside <rPh> or <rPr>
  for (;;) {
    if (!nextTag(buf, p, end, tag)) return -1;
    if (tag.closing) {
      depth--;
      if (skipDepth && depth < skipDepth) skipDepth = 0;
      p = tag.after;
      if (depth === 0) break;
      continue;
    }
    if (tag.isMarkup(buf)) {
      p = skipElement(buf, tag.lt, tag.nameEnd, end);
      if (p < 0) return -1;
      continue;
    }
    const g = tagClose(buf, tag.nameEnd, end);
    if (g < 0) return -1;
    const self = buf[g - 2] === SLASH;
    if (!skipDepth && tag.letter(buf) === T) {
      if (self) {
        p = g;
        continue;
      }
      const close = find(buf, LT, g, end);
      if (close < 0) return -1;
      const g2 = find(buf, GT, close, end);
      if (g2 < 0) return -1;
      const run = decodeText(buf, g, close);
      text += run;
      p = g2 + 1;
      continue;
    }
    if (!self) {
      depth++;
      if (!skipDepth && (tag.is(buf, "rPh") || tag.is(buf, "rPr"))) skipDepth = depth;
    }
    p = g;
  }
  out.text = text;
  return p;
}

/** Parses sharedStrings.xml (whole, already inflated) into its strings, rich text flattened. */
export function parseSharedStrings(buf: Uint8Array): string[] {
  const strings: string[] = [];
  const item: RichText = { text: "" };
  const end = buf.length;
  let p = 0;
  for (;;) {
    const lt = find(buf, LT, p, end);
    if (lt < 0) break;
    const ne = nameEnd(buf, lt + 1, end);
    if (buf[lt + 1] !== SLASH && nameIs(buf, localStart(buf, lt + 1, ne), ne, "si")) {
      p = readRichText(buf, lt, end, item);
      if (p < 0) throw new Error(t("workbook.sharedStringsCut"));
      strings.push(item.text);
    } else {
      p = tagClose(buf, ne, end);
      if (p < 0) break;
    }
  }
  return strings;
}
