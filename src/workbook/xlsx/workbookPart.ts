/**
 * The workbook part (xl/workbook.xml) as read: its sheets in order with their parts and kinds, its
 * relationships, the date system, whether it is Strict OOXML. Kept with its text and tree, which writing edits.
 */
import { t } from "../../messages";
import type { PackageParts } from "./parts";
import { type Rel, parseRels, relKind, relsPathOf, resolveTarget } from "./opc";
import { type XNode, attrLocal, child, childrenNamed, parseXml } from "./xml";

export type SheetKind = "worksheet" | "chartsheet" | "dialogsheet" | "macrosheet" | "other";

export interface SheetInfo {
  name: string;
  sheetId: number;
  rid: string;
  /** Package path of the sheet part. */
  part: string;
  kind: SheetKind;
  /** Index among all <sheet> elements (what localSheetId counts). */
  index: number;
  node: XNode;
}

export interface WorkbookInfo {
  /** The workbook part's path ("xl/workbook.xml"). */
  path: string;
  xml: string;
  root: XNode;
  sheets: SheetInfo[];
  rels: Rel[];
  relsXml: string;
  relsRoot: XNode;
  date1904: boolean;
  strict: boolean;
}

const EMPTY_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;

function kindOf(relType: string): SheetKind {
  switch (relKind(relType)) {
    case "worksheet":
      return "worksheet";
    case "chartsheet":
      return "chartsheet";
    case "dialogsheet":
      return "dialogsheet";
    case "xlMacrosheet":
    case "xlIntlMacrosheet":
      return "macrosheet";
    default:
      return "other";
  }
}

/** The path of the part a package relationship of this kind points to ("officeDocument"...), else null. */
export function packagePart(parts: PackageParts, kind: string): string | null {
  const rels = parts.text("_rels/.rels");
  if (!rels) return null;
  const r = parseRels(rels).rels.find((x) => relKind(x.type) === kind);
  return r ? resolveTarget("", r.target) : null;
}

/** The workbook part's path, from the package relationships. */
export function workbookPath(parts: PackageParts): string {
  return packagePart(parts, "officeDocument") ?? "xl/workbook.xml";
}

/** Reads the workbook part at `path`; refuses a binary workbook (.xlsb) and a missing part. */
export function readWorkbookPart(parts: PackageParts, path: string): WorkbookInfo {
  if (/\.bin$/i.test(path)) throw new Error(t("workbook.xlsb"));
  const xml = parts.text(path);
  if (xml === null) throw new Error(t("workbook.partMissing", { part: path }));
  const root = parseXml(xml);
  const relsXml = parts.text(relsPathOf(path)) ?? EMPTY_RELS;
  const { root: relsRoot, rels } = parseRels(relsXml);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheetsNode = child(root, "sheets");
  const sheets: SheetInfo[] = (sheetsNode ? childrenNamed(sheetsNode, "sheet") : []).map((node, index) => {
    const rid = attrLocal(node, "id") ?? "";
    const rel = byId.get(rid);
    return {
      name: node.attrs.name ?? "",
      sheetId: Number(node.attrs.sheetId ?? 0),
      rid,
      part: rel ? resolveTarget(path, rel.target) : "",
      kind: rel ? kindOf(rel.type) : "other",
      index,
      node,
    };
  });
  const d = (child(root, "workbookPr")?.attrs.date1904 ?? "").toLowerCase();
  return {
    path,
    xml,
    root,
    sheets,
    rels,
    relsXml,
    relsRoot,
    date1904: d === "1" || d === "true",
    strict: /purl\.oclc\.org\/ooxml/.test(xml.slice(root.start, root.openEnd)),
  };
}

/** The path of the part a workbook relationship of this kind points to (styles, sharedStrings...), else null. */
export function workbookRelPart(wb: WorkbookInfo, kind: string): string | null {
  const rel = wb.rels.find((r) => relKind(r.type) === kind);
  return rel ? resolveTarget(wb.path, rel.target) : null;
}
