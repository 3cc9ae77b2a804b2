/** Open Packaging Conventions helpers: part paths, relationships, content types. */
import { type XNode, attrLocal, childrenNamed, parseXml } from "./xml";

export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_WORKSHEET = NS_REL + "/worksheet";
export const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
export const CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
export const REL_STYLES = NS_REL + "/styles";

/** Folder of a part ("xl/workbook.xml" → "xl"). */
export function dirOf(part: string): string {
  const i = part.lastIndexOf("/");
  return i < 0 ? "" : part.slice(0, i);
}

/** The relationships part of a part ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" → "_rels/.rels"). */
export function relsPathOf(part: string): string {
  const d = dirOf(part);
  const base = part.slice(d.length ? d.length + 1 : 0);
  return (d ? d + "/" : "") + "_rels/" + base + ".rels";
}

/** The part a relationships part describes ("xl/_rels/workbook.xml.rels" → "xl/workbook.xml"), "" for the package. */
export function sourceOfRels(relsPath: string): string {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/i.exec(relsPath);
  if (!m) return "";
  return m[1] + m[2];
}

/** Resolves a relationship target against its source part; returns a package path without leading "/". */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target.replace(/\\/g, "/");
  const hash = t.indexOf("#");
  if (hash >= 0) t = t.slice(0, hash);
  try {
    t = decodeURI(t);
  } catch {
    /* keep as is */
  }
  const segs = t.startsWith("/") ? [] : dirOf(sourcePart).split("/").filter(Boolean);
  for (const s of t.split("/")) {
    if (!s || s === ".") continue;
    if (s === "..") segs.pop();
    else segs.push(s);
  }
  return segs.join("/");
}

/** A relative target from one part to another in the same or a sub folder (falls back to an absolute one). */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const d = dirOf(sourcePart);
  if (d && targetPart.startsWith(d + "/")) return targetPart.slice(d.length + 1);
  if (!d) return targetPart;
  return "/" + targetPart;
}

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
  node: XNode;
}

export function parseRels(xml: string): { root: XNode; rels: Rel[] } {
  const root = parseXml(xml);
  const rels = childrenNamed(root, "Relationship").map((node) => ({
    id: node.attrs.Id ?? "",
    type: node.attrs.Type ?? "",
    target: node.attrs.Target ?? "",
    external: (node.attrs.TargetMode ?? "").toLowerCase() === "external",
    node,
  }));
  return { root, rels };
}

/** Relationship type by its last segment, so transitional and strict namespaces both match. */
export function relKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

export interface ContentTypes {
  root: XNode;
  defaults: Map<string, string>;
  overrides: Map<string, { type: string; node: XNode }>;
}

export function parseContentTypes(xml: string): ContentTypes {
  const root = parseXml(xml);
  const defaults = new Map<string, string>();
  const overrides = new Map<string, { type: string; node: XNode }>();
  for (const c of root.children) {
    if (c.local === "Default") defaults.set((c.attrs.Extension ?? "").toLowerCase(), c.attrs.ContentType ?? "");
    else if (c.local === "Override") {
      const name = (c.attrs.PartName ?? "").replace(/^\//, "").toLowerCase();
      overrides.set(name, { type: c.attrs.ContentType ?? "", node: c });
    }
  }
  return { root, defaults, overrides };
}

export function contentTypeOf(ct: ContentTypes, part: string): string | undefined {
  const o = ct.overrides.get(part.toLowerCase());
  if (o) return o.type;
  const dot = part.lastIndexOf(".");
  return dot >= 0 ? ct.defaults.get(part.slice(dot + 1).toLowerCase()) : undefined;
}

export { attrLocal };
