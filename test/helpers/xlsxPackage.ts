/**
 * Structural check of an .xlsx package, for the tests of written workbooks: every internal
 * relationship target exists, every part has a content type, XML parts are well-formed, sheet names and
 * sheetIds are unique, relationship ids resolve, defined names' localSheetId are in range and unique.
 * Returns the problems found (empty = fine).
 *
 * The problems are English on purpose: they are developer diagnostics for tests (never shown to a user, no
 * command line or pane prints them), naming OPC parts and attributes rather than saying what to do. Except
 * the zip's and the sheet names' own messages, which come from the catalogue.
 */
import { sheetNameKey, sheetNameProblem } from "../../src/workbook/names";
import { attrLocal, childrenNamed, child, parseXml, type XNode } from "../../src/workbook/xlsx/xml";
import {
  contentTypeOf,
  parseContentTypes,
  parseRels,
  relKind,
  relsPathOf,
  resolveTarget,
  sourceOfRels,
} from "../../src/workbook/xlsx/opc";
import { inflateEntry } from "../../src/workbook/xlsx/zip/inflate";
import { type ZipEntry, readZip } from "../../src/workbook/xlsx/zip/zip";

const utf8 = new TextDecoder("utf-8");

/** The package being checked, and the problems found so far. */
interface Package {
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
  /** Entry names, folders left out. */
  names: string[];
  /** A part's text; null (and a problem when it cannot be inflated) otherwise. */
  text: (path: string) => string | null;
  problems: string[];
}

export function checkXlsxPackage(bytes: Uint8Array, opts: { maxXmlBytes?: number } = {}): string[] {
  let entries;
  try {
    entries = readZip(bytes);
  } catch (e) {
    return [`zip: ${(e as Error).message}`];
  }
  const pkg = openPackage(entries);
  if (!checkContentTypes(pkg)) return pkg.problems.concat("[Content_Types].xml is missing");
  checkXml(pkg, opts.maxXmlBytes ?? 50 * 1024 * 1024);
  checkRelationships(pkg);
  checkWorkbook(pkg);
  return pkg.problems;
}

function openPackage(entries: ZipEntry[]): Package {
  const problems: string[] = [];
  const byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  const names = entries.map((e) => e.name).filter((n) => !n.endsWith("/"));
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n.toLowerCase())) problems.push(`duplicate zip entry ${n}`);
    seen.add(n.toLowerCase());
  }
  const text = (path: string): string | null => {
    const e = byName.get(path.toLowerCase());
    if (!e) return null;
    try {
      const s = utf8.decode(inflateEntry(e));
      return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
    } catch (err) {
      problems.push(`${path}: cannot inflate (${(err as Error).message})`);
      return null;
    }
  };
  return { entries, byName, names, text, problems };
}

/** Every part has a content type, every override a part; false when there is no [Content_Types].xml. */
function checkContentTypes(pkg: Package): boolean {
  const ctXml = pkg.text("[Content_Types].xml");
  if (ctXml === null) return false;
  const ct = parseContentTypes(ctXml);
  for (const n of pkg.names) {
    if (n === "[Content_Types].xml") continue;
    if (!contentTypeOf(ct, n)) pkg.problems.push(`${n} has no content type`);
  }
  for (const o of ct.overrides.keys())
    if (!pkg.byName.has(o)) pkg.problems.push(`content type override for missing part /${o}`);
  return true;
}

/** XML parts (up to `max` bytes) are well-formed. */
function checkXml(pkg: Package, max: number): void {
  for (const e of pkg.entries) {
    if (!/\.(xml|rels|vml)$/i.test(e.name) || e.size > max) continue;
    const xml = pkg.text(e.name);
    if (xml === null) continue;
    try {
      parseXml(xml);
    } catch (err) {
      pkg.problems.push(`${e.name}: not well-formed XML (${(err as Error).message})`);
    }
  }
}

/** Relationship parts describe existing parts, with unique ids and internal targets that exist. */
function checkRelationships(pkg: Package): void {
  for (const n of pkg.names) {
    if (!/(^|\/)_rels\/[^/]*\.rels$/i.test(n)) continue;
    const source = sourceOfRels(n);
    if (source && !pkg.byName.has(source.toLowerCase())) pkg.problems.push(`${n} describes a missing part ${source}`);
    const xml = pkg.text(n);
    if (xml === null) continue;
    let rels;
    try {
      rels = parseRels(xml).rels;
    } catch {
      continue;
    }
    const ids = new Set<string>();
    for (const r of rels) {
      if (ids.has(r.id)) pkg.problems.push(`${n}: duplicate relationship id ${r.id}`);
      ids.add(r.id);
      if (r.external) continue;
      const t = resolveTarget(source, r.target);
      if (!pkg.byName.has(t.toLowerCase())) pkg.problems.push(`${n}: relationship ${r.id} points to missing part ${t}`);
    }
  }
}

/** The workbook part: its sheets, defined names and views. */
function checkWorkbook(pkg: Package): void {
  const { problems } = pkg;
  const pkgRels = pkg.text("_rels/.rels");
  const office = pkgRels ? parseRels(pkgRels).rels.find((r) => relKind(r.type) === "officeDocument") : undefined;
  if (!office) {
    problems.push("no officeDocument relationship in _rels/.rels");
    return;
  }
  const wbPath = resolveTarget("", office.target);
  const wbXml = pkg.text(wbPath);
  if (wbXml === null) {
    problems.push(`workbook part ${wbPath} is missing`);
    return;
  }
  let root: XNode;
  try {
    root = parseXml(wbXml);
  } catch {
    return;
  }
  const sheetsNode = child(root, "sheets");
  const sheets = sheetsNode ? childrenNamed(sheetsNode, "sheet") : [];
  checkSheets(pkg, wbPath, sheets);
  checkNamesAndViews(pkg, root, sheets.length);
}

/** Sheet names valid and unique, sheetIds unique, each sheet's part there, one sheet visible at least. */
function checkSheets(pkg: Package, wbPath: string, sheets: XNode[]): void {
  const { problems } = pkg;
  const wbRelsXml = pkg.text(relsPathOf(wbPath));
  const wbRels = wbRelsXml ? parseRels(wbRelsXml).rels : [];
  const relById = new Map(wbRels.map((r) => [r.id, r]));
  if (!sheets.length) problems.push("workbook has no sheets");
  const ids = new Set<string>();
  const sheetNames = new Set<string>();
  let visible = 0;
  for (const s of sheets) {
    const name = s.attrs.name ?? "";
    const p = sheetNameProblem(name);
    if (p) problems.push(p);
    if (sheetNames.has(sheetNameKey(name))) problems.push(`duplicate sheet name "${name}"`);
    sheetNames.add(sheetNameKey(name));
    const id = s.attrs.sheetId ?? "";
    if (!/^[0-9]+$/.test(id) || Number(id) < 1) problems.push(`sheet "${name}": bad sheetId "${id}"`);
    if (ids.has(id)) problems.push(`duplicate sheetId ${id}`);
    ids.add(id);
    const rid = attrLocal(s, "id") ?? "";
    const rel = relById.get(rid);
    if (!rel) problems.push(`sheet "${name}": relationship ${rid} not found`);
    else if (!pkg.byName.has(resolveTarget(wbPath, rel.target).toLowerCase()))
      problems.push(`sheet "${name}": part missing`);
    if ((s.attrs.state ?? "visible") === "visible") visible++;
  }
  if (sheets.length && !visible) problems.push("no visible sheet");
}

/** Defined names unique, their localSheetId in range; the views' tabs in range. */
function checkNamesAndViews(pkg: Package, root: XNode, sheetCount: number): void {
  const { problems } = pkg;
  const namesNode = child(root, "definedNames");
  const dn = new Set<string>();
  for (const d of namesNode ? childrenNamed(namesNode, "definedName") : []) {
    const lsi = d.attrs.localSheetId;
    if (lsi !== undefined && !(/^[0-9]+$/.test(lsi) && Number(lsi) < sheetCount))
      problems.push(`defined name ${d.attrs.name}: localSheetId ${lsi} out of range`);
    const k = `${(d.attrs.name ?? "").toLowerCase()}|${lsi ?? ""}`;
    if (dn.has(k)) problems.push(`duplicate defined name ${d.attrs.name} (localSheetId ${lsi ?? "none"})`);
    dn.add(k);
  }
  const views = child(root, "bookViews");
  for (const v of views ? childrenNamed(views, "workbookView") : []) {
    for (const a of ["activeTab", "firstSheet"]) {
      const val = v.attrs[a];
      if (val !== undefined && Number(val) >= sheetCount) problems.push(`workbookView ${a}=${val} out of range`);
    }
  }
}
