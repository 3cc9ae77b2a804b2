/**
 * Small XML helpers for the package's little parts (workbook.xml, rels, content types, styles, tables):
 * a tag-level tree that records each element's character offsets, so edits are string splices that keep
 * everything else (unknown elements, namespaces, extensions, comments) exactly as it was.
 */
import { t, type MessageKey, type Params } from "../../messages";

export interface XNode {
  /** Qualified name as written, e.g. "definedName" or "x:sheet". */
  name: string;
  /** Name without prefix. */
  local: string;
  /** Offset of "<" of the start tag. */
  start: number;
  /** Offset just after the start tag's ">". */
  openEnd: number;
  /** Offset of "</" of the end tag (= openEnd for an empty element). */
  closeStart: number;
  /** Offset just after the element. */
  end: number;
  selfClosing: boolean;
  attrs: Record<string, string>;
  children: XNode[];
}

/**
 * A part of the file is not well-formed XML: the message (catalogue, user's language) says the workbook is
 * damaged and what to do, the detail names the fault with XML's own tokens (« <!-- » non terminé).
 */
export class XmlError extends Error {
  constructor(detail: MessageKey, params: Params = {}) {
    super(t("workbook.badXml", { detail: t(detail, params) }));
    this.name = "XmlError";
  }
}

const ENTITY = new Map([
  ["lt", "<"],
  ["gt", ">"],
  ["amp", "&"],
  ["quot", '"'],
  ["apos", "'"],
]);

/** Resolves XML entities and character references (of every part, and of cell texts read as bytes). */
export function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e: string) => {
    if (e[0] === "#") {
      const cp = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITY.get(e) ?? m;
  });
}

/** OOXML escapes characters XML cannot hold as `_xHHHH_` (and a literal `_x....` as `_x005F_x....`). */
export function decodeOoxmlEscapes(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9a-fA-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

export function escapeAttr(s: string): string {
  return s.replace(/[&<>"\n\r\t]/g, (c) =>
    c === "&"
      ? "&amp;"
      : c === "<"
        ? "&lt;"
        : c === ">"
          ? "&gt;"
          : c === '"'
            ? "&quot;"
            : c === "\n"
              ? "&#10;"
              : c === "\r"
                ? "&#13;"
                : "&#9;",
  );
}

// eslint-disable-next-line no-control-regex -- the control characters are what is looked for
const NEEDS_OOXML_ESCAPE = /[&<>_\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]/;
/** Characters XML 1.0 cannot carry, lone surrogates apart. */
// eslint-disable-next-line no-control-regex -- the control characters are what is looked for
const NOT_XML_CHARS = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;

/**
 * Text for an OOXML string (cell text): XML-escaped, with characters XML 1.0 cannot carry written as
 * `_xHHHH_`, a literal `_xHHHH_` protected as `_x005F_xHHHH_`, and lone surrogates replaced.
 */
export function escapeOoxmlText(s: string): string {
  if (!NEEDS_OOXML_ESCAPE.test(s)) return s;
  let out = s;
  if (/_x[0-9a-fA-F]{4}_/.test(out)) out = out.replace(/_(?=x[0-9a-fA-F]{4}_)/g, "_x005F_");
  out = out.replace(NOT_XML_CHARS, (c) => "_x" + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0") + "_");
  if (/[\ud800-\udfff]/.test(out)) {
    out = out.replace(/[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g, (c) => (c.length === 2 ? c : "\ufffd"));
  }
  out = escapeText(out);
  // Keep a carriage return: an XML parser would turn it into a line feed.
  if (out.indexOf("\r") >= 0) out = out.replace(/\r/g, "_x000D_");
  return out;
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

function parseAttrs(xml: string, from: number, to: number): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  const src = xml.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(src))) attrs[m[1]] = decodeEntities(m[3] ?? m[4] ?? "");
  return attrs;
}

/** Offset just after the ">" that closes the tag starting at `lt`, honouring quoted attribute values. */
function tagEnd(xml: string, lt: number): number {
  let q = 0;
  for (let i = lt + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (q) {
      if (c === q) q = 0;
    } else if (c === 34 || c === 39) q = c;
    else if (c === 62) return i + 1;
  }
  throw new XmlError("workbook.xml.unterminated", { what: "<" });
}

/** Parses the element structure of a document and returns its root element. */
export function parseXml(xml: string): XNode {
  const stack: XNode[] = [];
  let root: XNode | null = null;
  let i = 0;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) break;
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === 63 /* ? */) {
      const e = xml.indexOf("?>", lt + 2);
      if (e < 0) throw new XmlError("workbook.xml.unterminated", { what: "<?" });
      i = e + 2;
      continue;
    }
    if (c1 === 33 /* ! */) {
      if (xml.startsWith("<!--", lt)) {
        const e = xml.indexOf("-->", lt + 4);
        if (e < 0) throw new XmlError("workbook.xml.unterminated", { what: "<!--" });
        i = e + 3;
      } else if (xml.startsWith("<![CDATA[", lt)) {
        const e = xml.indexOf("]]>", lt + 9);
        if (e < 0) throw new XmlError("workbook.xml.unterminated", { what: "<![CDATA[" });
        i = e + 3;
      } else {
        i = tagEnd(xml, lt);
      }
      continue;
    }
    if (c1 === 47 /* / */) {
      const gt = xml.indexOf(">", lt);
      if (gt < 0) throw new XmlError("workbook.xml.unterminated", { what: "</" });
      const name = xml.slice(lt + 2, gt).trim();
      const top = stack.pop();
      if (!top || top.name !== name) throw new XmlError("workbook.xml.mismatchedEnd", { name });
      top.closeStart = lt;
      top.end = gt + 1;
      i = gt + 1;
      continue;
    }
    const end = tagEnd(xml, lt);
    let ne = lt + 1;
    while (ne < end && !isNameEnd(xml.charCodeAt(ne))) ne++;
    const name = xml.slice(lt + 1, ne);
    const colon = name.indexOf(":");
    const selfClosing = xml.charCodeAt(end - 2) === 47;
    const node: XNode = {
      name,
      local: colon >= 0 ? name.slice(colon + 1) : name,
      start: lt,
      openEnd: end,
      closeStart: end,
      end,
      selfClosing,
      attrs: parseAttrs(xml, ne, selfClosing ? end - 2 : end - 1),
      children: [],
    };
    if (stack.length) stack[stack.length - 1].children.push(node);
    else if (!root) root = node;
    else throw new XmlError("workbook.xml.twoRoots");
    if (!selfClosing) stack.push(node);
    i = end;
  }
  if (stack.length) throw new XmlError("workbook.xml.unclosed", { name: stack[stack.length - 1].name });
  if (!root) throw new XmlError("workbook.xml.noRoot");
  return root;
}

export function child(node: XNode, local: string): XNode | undefined {
  return node.children.find((c) => c.local === local);
}

export function childrenNamed(node: XNode, local: string): XNode[] {
  return node.children.filter((c) => c.local === local);
}

/** The namespace prefix of an element ("" or "x:"), to write new siblings the same way. */
export function prefixOf(node: XNode): string {
  const colon = node.name.indexOf(":");
  return colon >= 0 ? node.name.slice(0, colon + 1) : "";
}

/** Text content of a simple element (entities resolved). */
export function textOf(xml: string, node: XNode): string {
  return decodeEntities(xml.slice(node.openEnd, node.closeStart));
}

/** Value of an attribute whatever its prefix (e.g. r:id vs. a custom prefix bound to the same namespace). */
export function attrLocal(node: XNode, local: string): string | undefined {
  if (node.attrs[local] !== undefined) return node.attrs[local];
  for (const k of Object.keys(node.attrs)) {
    const colon = k.indexOf(":");
    if (colon >= 0 && k.slice(colon + 1) === local && !k.startsWith("xmlns")) return node.attrs[k];
  }
  return undefined;
}

export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping splices (any order) to a string. */
export function applySplices(xml: string, splices: Splice[]): string {
  const sorted = splices.slice().sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let pos = 0;
  for (const s of sorted) {
    // A programming error (this code's own splices overlap), never caused by a file: stays English.
    if (s.start < pos) throw new Error("overlapping edits");
    parts.push(xml.slice(pos, s.start), s.text);
    pos = s.end;
  }
  parts.push(xml.slice(pos));
  return parts.join("");
}

/**
 * Replaces one attribute's value in a start tag (or adds it before the tag's end). `tag` is the element;
 * returns a splice on the start tag.
 */
export function setAttrSplice(xml: string, node: XNode, attr: string, value: string): Splice {
  const open = xml.slice(node.start, node.openEnd);
  const re = new RegExp(`(\\s${attr.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const m = re.exec(open);
  let text: string;
  if (m) text = open.slice(0, m.index) + m[1] + `"${escapeAttr(value)}"` + open.slice(m.index + m[0].length);
  else {
    const tail = node.selfClosing ? open.lastIndexOf("/") : open.length - 1;
    text =
      open.slice(0, tail).replace(/\s*$/, "") + ` ${attr}="${escapeAttr(value)}"` + (node.selfClosing ? "/>" : ">");
  }
  return { start: node.start, end: node.openEnd, text };
}
