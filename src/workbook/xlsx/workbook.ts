/**
 * The .xlsx implementation of the workbook port (command line and standalone page). Browser-safe: takes and
 * returns Uint8Array, no Node APIs.
 *
 * Reading inflates only the parts it needs (workbook, its relationships, shared strings, the requested sheet,
 * tables) and scans sheet XML as bytes, streaming, one sheet at a time.
 *
 * Writing adds new worksheet parts and edits only the few package parts that must change (workbook.xml, its
 * relationships, [Content_Types].xml, styles.xml, docProps/app.xml, and calcChain.xml is dropped when it points
 * at a deleted sheet). Those edits are string splices that keep everything else in those files; every other
 * zip entry (charts, drawings, pivot caches, customXml, VBA, other sheets...) is copied as its original
 * compressed bytes.
 */
import { t } from "../../messages";
import type {
  AppendResult,
  CellStyle,
  GeneratedSheet,
  OutputCell,
  OutputSheet,
  TableData,
  WorkbookPort,
} from "../port";
import { type ExcelTableBounds, TableReader, appendRowAt, isBlankCell, lookupTable } from "../reading";
import {
  MAX_CELL_TEXT,
  type SheetDataSpot,
  appendToSheetXml,
  findSheetData,
  lastRowNumber,
  lastRowSpan,
} from "./append";
import { type AppendedRows, rowBlock } from "../rows";
import {
  GENERATED_MARKER,
  checkNewSheetNames,
  markerFormula,
  parseMarkerFormula,
  parseMarkerValue,
  sheetNameKey,
  stillGenerated,
} from "../names";
import {
  CT_STYLES,
  CT_WORKSHEET,
  NS_REL,
  REL_STYLES,
  REL_WORKSHEET,
  type Rel,
  dirOf,
  parseContentTypes,
  parseRels,
  relKind,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  sourceOfRels,
} from "./opc";
import { type RowHandler, SheetScanner, parseSharedStrings } from "./scan";
import { absoluteRef, buildSheetXml, columnLetters, columnNumber, parseRange, printTitlesRef } from "./sheetXml";
import { StyleSheetEditor } from "./styles";
import {
  type XNode,
  type Splice,
  applySplices,
  attrLocal,
  child,
  childrenNamed,
  escapeAttr,
  escapeText,
  parseXml,
  prefixOf,
  setAttrSplice,
  textOf,
} from "./xml";
import {
  type Crc32,
  type DeflateRaw,
  type ZipEntry,
  inflateEntry,
  inflateEntryChunks,
  inflateEntryChunksAsync,
  makeEntry,
  readZip,
  writeZip,
} from "./zip";

export { GENERATED_MARKER };

const utf8 = new TextDecoder("utf-8");
const utf8enc = new TextEncoder();

export type SheetKind = "worksheet" | "chartsheet" | "dialogsheet" | "macrosheet" | "other";

interface SheetInfo {
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

interface WorkbookInfo {
  xml: string;
  root: XNode;
  sheets: SheetInfo[];
  rels: Rel[];
  relsXml: string;
  relsRoot: XNode;
  date1904: boolean;
  strict: boolean;
}

interface TableInfo {
  name: string;
  displayName: string;
  ref: string;
  headerRowCount: number;
  totalsRowCount: number;
  columns: string[];
  sheet: SheetInfo;
  /** Package path of the table part. */
  part: string;
}

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

/** Built-in number formats that display dates or times. */
const DATE_BUILTINS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, "")
    .split(";")[0];
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

export interface XlsxOptions {
  /**
   * Raw DEFLATE compressor for the parts written. Default: fflate (pure JS, works everywhere). In Node,
   * `(d) => zlib.deflateRawSync(d)` is about three times faster on thousands of statement sheets.
   */
  deflateRaw?: DeflateRaw;
  /**
   * CRC-32 of the parts written. Default: a table-driven JS loop. In Node, `zlib.crc32` is more than ten
   * times faster (an import's 20 MB sheet: ~9 ms instead of ~115 ms).
   */
  crc32?: Crc32;
}

export class XlsxWorkbook implements WorkbookPort {
  private entries: ZipEntry[];
  private readonly deflateRaw: DeflateRaw | undefined;
  private readonly crc32: Crc32 | undefined;
  /**
   * Changes whose part content is built when the part is next needed (read, another change, save): rows
   * appended by appendRows are kept as cells until then, as a workbook model does until it is saved, and
   * their sheet XML is written and compressed once.
   */
  private deferred: (() => void)[] = [];
  private byName = new Map<string, ZipEntry>();
  private info: WorkbookInfo | null = null;
  private sharedStrings: string[] | null = null;
  private dateStyles: Uint8Array | null | undefined = undefined;

  private constructor(bytes: Uint8Array, options: XlsxOptions) {
    this.deflateRaw = options.deflateRaw;
    this.crc32 = options.crc32;
    // Copy (new Uint8Array copies even a Node Buffer, whose slice() is a view): the caller's bytes are never
    // kept nor modified.
    this.entries = readZip(new Uint8Array(bytes));
    for (const e of this.entries) this.byName.set(e.name.toLowerCase(), e);
    if (!this.byName.has("[content_types].xml")) throw new Error(t("workbook.noContentTypes"));
  }

  /** Opens a workbook from the bytes of an .xlsx (or .xlsm) file. */
  static open(bytes: Uint8Array, options: XlsxOptions = {}): XlsxWorkbook {
    return new XlsxWorkbook(bytes, options);
  }

  // ---------------------------------------------------------------------------------------------- parts

  private entry(path: string): ZipEntry | undefined {
    if (this.deferred.length > 0) this.flush();
    return this.byName.get(path.replace(/^\//, "").toLowerCase());
  }

  /** Builds the parts of the deferred changes, in order. */
  private flush(): void {
    const work = this.deferred;
    this.deferred = [];
    for (const w of work) w();
  }

  private hasPart(path: string): boolean {
    return this.entry(path) !== undefined;
  }

  private text(path: string): string | null {
    const e = this.entry(path);
    if (!e) return null;
    const b = inflateEntry(e);
    if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) {
      return new TextDecoder(b[0] === 0xff ? "utf-16le" : "utf-16be").decode(b.subarray(2));
    }
    const s = utf8.decode(b);
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  }

  private setPart(path: string, content: Uint8Array | string): void {
    const bytes = typeof content === "string" ? utf8enc.encode(content) : content;
    const old = this.entry(path);
    const name = old ? old.name : path;
    const e = makeEntry(name, bytes, this.deflateRaw, this.crc32);
    if (old) {
      e.nameBytes = old.nameBytes;
      e.flags = old.flags;
      e.externalAttrs = old.externalAttrs;
      e.versionMadeBy = old.versionMadeBy;
      this.entries[this.entries.indexOf(old)] = e;
    } else this.entries.push(e);
    this.byName.set(name.toLowerCase(), e);
  }

  private deletePart(path: string): void {
    const e = this.entry(path);
    if (!e) return;
    this.entries.splice(this.entries.indexOf(e), 1);
    this.byName.delete(e.name.toLowerCase());
  }

  /** The workbook part's path, from the package relationships. */
  private workbookPath(): string {
    const rels = this.text("_rels/.rels");
    if (rels) {
      const r = parseRels(rels).rels.find((x) => relKind(x.type) === "officeDocument");
      if (r) return resolveTarget("", r.target);
    }
    return "xl/workbook.xml";
  }

  private workbook(): WorkbookInfo {
    if (this.info) return this.info;
    const path = this.workbookPart();
    if (/\.bin$/i.test(path)) throw new Error(t("workbook.xlsb"));
    const xml = this.text(path);
    if (xml === null) throw new Error(t("workbook.partMissing", { part: path }));
    const root = parseXml(xml);
    const relsXml =
      this.text(relsPathOf(path)) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
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
    const pr = child(root, "workbookPr");
    const d = (pr?.attrs.date1904 ?? "").toLowerCase();
    this.info = {
      xml,
      root,
      sheets,
      rels,
      relsXml,
      relsRoot,
      date1904: d === "1" || d === "true",
      strict: /purl\.oclc\.org\/ooxml/.test(xml.slice(root.start, root.openEnd)),
    };
    return this.info;
  }

  private wbPathCache: string | null = null;

  private workbookPart(): string {
    return (this.wbPathCache ??= this.workbookPath());
  }

  private loadSharedStrings(): string[] {
    if (this.sharedStrings) return this.sharedStrings;
    const wbPath = this.workbookPart();
    const rel = this.workbook().rels.find((r) => relKind(r.type) === "sharedStrings");
    const e = rel ? this.entry(resolveTarget(wbPath, rel.target)) : undefined;
    this.sharedStrings = e ? parseSharedStrings(inflateEntry(e)) : [];
    return this.sharedStrings;
  }

  /** For 1904-based workbooks: which cell formats show dates (their serials are shifted to the 1900 system). */
  private dateStyles1904(): Uint8Array | null {
    if (this.dateStyles !== undefined) return this.dateStyles;
    this.dateStyles = null;
    if (!this.workbook().date1904) return null;
    const rel = this.workbook().rels.find((r) => relKind(r.type) === "styles");
    const xml = rel ? this.text(resolveTarget(this.workbookPart(), rel.target)) : null;
    if (!xml) return null;
    const root = parseXml(xml);
    const custom = new Map<number, string>();
    for (const nf of child(root, "numFmts")?.children ?? [])
      custom.set(Number(nf.attrs.numFmtId), nf.attrs.formatCode ?? "");
    const xfs = child(root, "cellXfs")?.children ?? [];
    const flags = new Uint8Array(xfs.length);
    xfs.forEach((xf, i) => {
      const id = Number(xf.attrs.numFmtId ?? 0);
      const code = custom.get(id);
      flags[i] = (code !== undefined ? isDateFormatCode(code) : DATE_BUILTINS.has(id)) ? 1 : 0;
    });
    this.dateStyles = flags;
    return flags;
  }

  // -------------------------------------------------------------------------------------------- reading

  async sheetNames(): Promise<string[]> {
    return this.sheetNamesSync();
  }

  /** Names of the worksheets (not chart sheets), in workbook order. */
  sheetNamesSync(): string[] {
    return this.workbook()
      .sheets.filter((s) => s.kind === "worksheet")
      .map((s) => s.name);
  }

  /**
   * The table of that name (see readTableSync). Inflates with the platform's native DecompressionStream when
   * available (off the main thread in Node), which is faster than the synchronous path.
   */
  async readTable(name: string): Promise<TableData | null> {
    const found = this.findTable(name);
    if (!found) return null;
    const scan = this.tableScan(found.sheet, found.table);
    await inflateEntryChunksAsync(scan.entry, (chunk, final) => {
      scan.scanner.push(chunk, final);
      return scan.scanner.done;
    });
    return scan.result;
  }

  /**
   * A worksheet of that name (case- and accent-insensitive), else an Excel table of that name. Cells read as
   * stored: numbers (dates as serials), strings (shared, inline, rich text flattened), booleans, errors as
   * "#N/A"-like strings, formulas as their cached value; empty strings read as null.
   */
  readTableSync(name: string): TableData | null {
    const found = this.findTable(name);
    if (!found) return null;
    const scan = this.tableScan(found.sheet, found.table);
    inflateEntryChunks(
      scan.entry,
      (chunk, final) => {
        scan.scanner.push(chunk, final);
        return scan.scanner.done;
      },
      1 << 18,
    );
    return scan.result;
  }

  private findTable(name: string): { sheet: SheetInfo; table: TableInfo | null } | null {
    const found = lookupTable(
      name,
      this.workbook().sheets.filter((s) => s.kind === "worksheet"),
      (s) => s.name,
      this.tables(),
      (t) => [t.displayName, t.name],
    );
    if (!found) return null;
    return found.table ? { sheet: found.table.sheet, table: found.table } : { sheet: found.sheet!, table: null };
  }

  private tables(): TableInfo[] {
    const out: TableInfo[] = [];
    for (const sheet of this.workbook().sheets) {
      if (sheet.kind !== "worksheet" || !sheet.part) continue;
      const relsXml = this.text(relsPathOf(sheet.part));
      if (!relsXml) continue;
      for (const r of parseRels(relsXml).rels) {
        if (r.external || relKind(r.type) !== "table") continue;
        const tablePart = resolveTarget(sheet.part, r.target);
        const xml = this.text(tablePart);
        if (!xml) continue;
        const root = parseXml(xml);
        const cols = child(root, "tableColumns");
        out.push({
          name: root.attrs.name ?? "",
          displayName: root.attrs.displayName ?? root.attrs.name ?? "",
          ref: root.attrs.ref ?? "",
          headerRowCount: root.attrs.headerRowCount !== undefined ? Number(root.attrs.headerRowCount) : 1,
          totalsRowCount: root.attrs.totalsRowCount !== undefined ? Number(root.attrs.totalsRowCount) : 0,
          columns: cols ? childrenNamed(cols, "tableColumn").map((c) => c.attrs.name ?? "") : [],
          sheet,
          part: tablePart,
        });
      }
    }
    return out;
  }

  private tableScan(
    sheet: SheetInfo,
    table: TableInfo | null,
  ): { scanner: SheetScanner; result: TableData; entry: ZipEntry } {
    const entry = sheet.part ? this.entry(sheet.part) : undefined;
    if (!entry) throw new Error(t("workbook.sheetPartMissing", { sheet: sheet.name }));
    let bounds = null;
    if (table) {
      const r = tableRange(table);
      bounds = {
        r1: r.r1,
        r2: r.r2,
        c1: columnNumber(r.c1),
        c2: columnNumber(r.c2),
        headerRows: table.headerRowCount,
        totalsRows: table.totalsRowCount,
        columns: table.columns,
      };
    }
    const reader = new TableReader(sheet.name, bounds);
    const scanner: SheetScanner = new SheetScanner(
      (row, n, cols, vals) => {
        reader.row(row, n, cols, vals);
        if (reader.done) scanner.stop();
      },
      { sharedStrings: () => this.loadSharedStrings(), dateStyles1904: this.dateStyles1904(), sheet: sheet.name },
    );
    return { scanner, result: reader.result, entry };
  }

  async generatedSheets(): Promise<GeneratedSheet[]> {
    return this.generatedSheetsSync();
  }

  /** Sheets carrying the MilkPay_Generated marker under the name they were generated with, in workbook order. */
  generatedSheetsSync(): GeneratedSheet[] {
    const wb = this.workbook();
    const out: { index: number; g: GeneratedSheet }[] = [];
    const names = child(wb.root, "definedNames");
    for (const dn of names ? childrenNamed(names, "definedName") : []) {
      if ((dn.attrs.name ?? "").toLowerCase() !== GENERATED_MARKER.toLowerCase() || dn.attrs.localSheetId === undefined)
        continue;
      const sheet = wb.sheets[Number(dn.attrs.localSheetId)];
      const text = parseMarkerFormula(textOf(wb.xml, dn));
      if (!sheet || text === null) continue;
      const marker = parseMarkerValue(text);
      // Renamed by the user (« P001 archive mars »): the sheet is theirs now.
      if (stillGenerated(marker, sheet.name))
        out.push({ index: sheet.index, g: { name: sheet.name, key: marker.key } });
    }
    return out.sort((a, b) => a.index - b.index).map((x) => x.g);
  }

  // -------------------------------------------------------------------------------------------- writing

  async writeSheets(
    sheets: OutputSheet[],
    key: string,
    replace: string[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<void> {
    this.writeSheetsSync(sheets, key, replace, onProgress);
  }

  writeSheetsSync(
    sheets: OutputSheet[],
    key: string,
    replace: string[],
    onProgress?: (done: number, total: number) => void,
  ): void {
    const wb = this.workbook();
    if (wb.strict) throw new Error(t("workbook.strict"));
    const wbPath = this.workbookPart();
    markerFormula(key); // checks the key before anything changes

    // Which sheets go: only generated ones.
    const generated = new Set(this.generatedSheetsSync().map((g) => sheetNameKey(g.name)));
    const deleted = new Set<number>();
    for (const name of replace) {
      const s = wb.sheets.find((x) => sheetNameKey(x.name) === sheetNameKey(name));
      if (!s) throw new Error(t("workbook.noSuchSheet", { sheet: name }));
      if (!generated.has(sheetNameKey(s.name))) {
        throw new Error(t("workbook.notGenerated", { sheet: s.name, marker: GENERATED_MARKER }));
      }
      deleted.add(s.index);
    }
    const remaining = wb.sheets.filter((s) => !deleted.has(s.index));
    checkNewSheetNames(
      sheets.map((s) => s.name),
      remaining.map((s) => s.name),
    );
    if (!sheets.length && !remaining.some((s) => (s.node.attrs.state ?? "visible") === "visible")) {
      throw new Error(t("workbook.lastSheet"));
    }
    const newIndex = new Map<number, number>();
    remaining.forEach((s, i) => newIndex.set(s.index, i));

    // Styles.
    const stylesRel = wb.rels.find((r) => relKind(r.type) === "styles");
    const stylesPath = stylesRel
      ? resolveTarget(wbPath, stylesRel.target)
      : dirOf(wbPath) + (dirOf(wbPath) ? "/" : "") + "styles.xml";
    const styles = new StyleSheetEditor(this.text(stylesPath));
    const xf = (style: CellStyle) => styles.xf(style);

    // New sheet parts.
    const relIds = new Set(wb.rels.map((r) => r.id));
    let relCounter = 1;
    const nextRelId = (): string => {
      while (relIds.has("rId" + relCounter)) relCounter++;
      const id = "rId" + relCounter;
      relIds.add(id);
      return id;
    };
    let sheetId = wb.sheets.reduce((m, s) => Math.max(m, s.sheetId || 0), 0);
    const sheetDir = (dirOf(wbPath) ? dirOf(wbPath) + "/" : "") + "worksheets/";
    let partCounter = 1;
    const nextPart = (): string => {
      while (this.hasPart(`${sheetDir}sheet${partCounter}.xml`)) partCounter++;
      return `${sheetDir}sheet${partCounter++}.xml`;
    };
    const relNs = Object.entries(wb.root.attrs)
      .find(([k, v]) => k.startsWith("xmlns:") && v === NS_REL)?.[0]
      .slice(6);
    const wp = prefixOf(wb.root);
    const newSheetEls: string[] = [];
    const newRelEls: string[] = [];
    const newOverrides: string[] = [];
    const newNames: string[] = [];
    // Each new part is compressed as soon as it is built, so the sheets' XML is never held all at once.
    const newParts: ZipEntry[] = [];
    sheets.forEach((sheet, i) => {
      const path = nextPart();
      const rid = nextRelId();
      sheetId++;
      const idx = remaining.length + i;
      const ridAttr = relNs ? `${relNs}:id="${rid}"` : `xmlns:r="${NS_REL}" r:id="${rid}"`;
      newSheetEls.push(`<${wp}sheet name="${escapeAttr(sheet.name)}" sheetId="${sheetId}" ${ridAttr}/>`);
      newRelEls.push(
        `<Relationship Id="${rid}" Type="${REL_WORKSHEET}" Target="${escapeAttr(relativeTarget(wbPath, path))}"/>`,
      );
      newOverrides.push(`<Override PartName="/${escapeAttr(path)}" ContentType="${CT_WORKSHEET}"/>`);
      newNames.push(
        `<${wp}definedName name="${GENERATED_MARKER}" localSheetId="${idx}" hidden="1">${escapeText(markerFormula(key, sheet.name))}</${wp}definedName>`,
      );
      if (sheet.print?.area)
        newNames.push(
          `<${wp}definedName name="_xlnm.Print_Area" localSheetId="${idx}">${escapeText(absoluteRef(sheet.name, sheet.print.area))}</${wp}definedName>`,
        );
      const titles = sheet.print ? printTitlesRef(sheet.name, sheet.print.titleRows, sheet.print.titleColumns) : null;
      if (titles)
        newNames.push(
          `<${wp}definedName name="_xlnm.Print_Titles" localSheetId="${idx}">${escapeText(titles)}</${wp}definedName>`,
        );
      newParts.push(makeEntry(path, utf8enc.encode(buildSheetXml(sheet, xf)), this.deflateRaw, this.crc32));
      onProgress?.(i + 1, sheets.length);
    });

    // Parts that go with deleted sheets.
    const deletedSheets = wb.sheets.filter((s) => deleted.has(s.index));
    const removedParts = this.collectRemovedParts(deletedSheets.map((s) => s.part).filter(Boolean));
    const removedRelIds = new Set(deletedSheets.map((s) => s.rid));
    // calcChain lists formula cells by sheetId; drop it (Excel rebuilds it) if it names a deleted sheet.
    const calcRel = wb.rels.find((r) => relKind(r.type) === "calcChain");
    if (calcRel && deletedSheets.length) {
      const calcPath = resolveTarget(wbPath, calcRel.target);
      const calc = this.text(calcPath) ?? "";
      const ids = new Set(deletedSheets.map((s) => String(s.sheetId)));
      const re = /\si="(\d+)"/g;
      let m: RegExpExecArray | null;
      let hit = false;
      while (!hit && (m = re.exec(calc))) hit = ids.has(m[1]);
      if (hit) {
        removedParts.add(calcPath.toLowerCase());
        removedRelIds.add(calcRel.id);
      }
    }

    // workbook.xml
    const splices: Splice[] = [];
    const sheetsNode = child(wb.root, "sheets");
    if (!sheetsNode) throw new Error(t("workbook.noSheetList"));
    const keptSheetXml = remaining.map((s) => wb.xml.slice(s.node.start, s.node.end)).join("");
    splices.push({ start: sheetsNode.openEnd, end: sheetsNode.closeStart, text: keptSheetXml + newSheetEls.join("") });
    const namesNode = child(wb.root, "definedNames");
    const keptNames: string[] = [];
    if (namesNode) {
      for (const dn of namesNode.children) {
        const text = wb.xml.slice(dn.start, dn.end);
        const lsi = dn.attrs.localSheetId;
        if (dn.local !== "definedName" || lsi === undefined) {
          keptNames.push(text);
          continue;
        }
        const old = Number(lsi);
        if (deleted.has(old)) continue;
        const ni = newIndex.get(old);
        if (ni === undefined) continue; // out of range already: drop the dangling name
        keptNames.push(ni === old ? text : text.replace(/(\slocalSheetId\s*=\s*)("[^"]*"|'[^']*')/, `$1"${ni}"`));
      }
    }
    const allNames = keptNames.concat(newNames);
    const namesXml = allNames.length ? `<${wp}definedNames>${allNames.join("")}</${wp}definedNames>` : "";
    if (namesNode) splices.push({ start: namesNode.start, end: namesNode.end, text: namesXml });
    else if (namesXml) {
      const later = [
        "calcPr",
        "oleSize",
        "customWorkbookViews",
        "pivotCaches",
        "smartTagPr",
        "smartTagTypes",
        "webPublishing",
        "fileRecoveryPr",
        "webPublishObjects",
        "extLst",
      ];
      const after = wb.root.children.find((c) => later.includes(c.local));
      const at = after ? after.start : wb.root.closeStart;
      splices.push({ start: at, end: at, text: namesXml });
    }
    // Active tab and first visible tab follow their sheets.
    const views = child(wb.root, "bookViews");
    if (deleted.size) {
      // The tab a view pointed at, or the nearest visible one before it (new sheets are visible).
      const order = [
        ...remaining.map((s) => ({ old: s.index, visible: (s.node.attrs.state ?? "visible") === "visible" })),
        ...sheets.map(() => ({ old: Infinity, visible: true })),
      ];
      const remapIndex = (old: number): number => {
        let best = -1;
        order.forEach((s, i) => {
          if (s.old <= old && s.visible) best = i;
        });
        if (best < 0) best = order.findIndex((s) => s.visible);
        return Math.max(0, best);
      };
      for (const v of views ? childrenNamed(views, "workbookView") : []) {
        const tag = wb.xml.slice(v.start, v.openEnd);
        const next = tag.replace(
          /(\s(activeTab|firstSheet)\s*=\s*)("([^"]*)"|'([^']*)')/g,
          (_m, pre: string, _n, _q, a?: string, b?: string) => {
            return `${pre}"${remapIndex(Number(a ?? b ?? 0))}"`;
          },
        );
        if (next !== tag) splices.push({ start: v.start, end: v.openEnd, text: next });
      }
    }
    // Formulas elsewhere may point at the sheets just written: have Excel recalculate on open.
    const calcPr = child(wb.root, "calcPr");
    if (calcPr && calcPr.attrs.fullCalcOnLoad !== "1")
      splices.push(setAttrSplice(wb.xml, calcPr, "fullCalcOnLoad", "1"));
    const newWbXml = applySplices(wb.xml, splices);

    // workbook.xml.rels
    const relSplices: Splice[] = [];
    for (const r of wb.rels)
      if (removedRelIds.has(r.id)) relSplices.push({ start: r.node.start, end: r.node.end, text: "" });
    let stylesRelEl = "";
    if (!stylesRel)
      stylesRelEl = `<Relationship Id="${nextRelId()}" Type="${REL_STYLES}" Target="${escapeAttr(relativeTarget(wbPath, stylesPath))}"/>`;
    relSplices.push({
      start: wb.relsRoot.closeStart,
      end: wb.relsRoot.closeStart,
      text: newRelEls.join("") + stylesRelEl,
    });
    const newRelsXml = applySplices(wb.relsXml, relSplices);

    // [Content_Types].xml
    const ctXml = this.text("[Content_Types].xml")!;
    const ct = parseContentTypes(ctXml);
    const ctSplices: Splice[] = [];
    for (const [name, o] of ct.overrides)
      if (removedParts.has(name)) ctSplices.push({ start: o.node.start, end: o.node.end, text: "" });
    let stylesOverride = "";
    if (!stylesRel && !ct.overrides.has(stylesPath.toLowerCase()))
      stylesOverride = `<Override PartName="/${escapeAttr(stylesPath)}" ContentType="${CT_STYLES}"/>`;
    ctSplices.push({
      start: ct.root.closeStart,
      end: ct.root.closeStart,
      text: newOverrides.join("") + stylesOverride,
    });
    const newCtXml = applySplices(ctXml, ctSplices);

    // docProps/app.xml: the worksheet titles.
    const appPath = this.appPropsPath();
    const appXml = appPath ? this.text(appPath) : null;
    const oldWorksheets = wb.sheets.filter((s) => s.kind === "worksheet").map((s) => s.name);
    const newWorksheets = remaining
      .filter((s) => s.kind === "worksheet")
      .map((s) => s.name)
      .concat(sheets.map((s) => s.name));
    const newAppXml = appXml ? updateAppTitles(appXml, oldWorksheets, newWorksheets) : null;

    // Commit: nothing above has touched the package, so a failure leaves the workbook as it was.
    const stylesXml = styles.result();
    for (const p of removedParts) this.deletePart(p);
    this.setPart(wbPath, newWbXml);
    this.setPart(relsPathOf(wbPath), newRelsXml);
    this.setPart("[Content_Types].xml", newCtXml);
    if (stylesXml !== null) this.setPart(stylesPath, stylesXml);
    if (appPath && newAppXml !== null && newAppXml !== appXml) this.setPart(appPath, newAppXml);
    for (const e of newParts) {
      this.entries.push(e);
      this.byName.set(e.name.toLowerCase(), e);
    }
    this.info = null;
    this.dateStyles = undefined;
  }

  private appPropsPath(): string | null {
    const rels = this.text("_rels/.rels");
    if (!rels) return null;
    const r = parseRels(rels).rels.find((x) => relKind(x.type) === "extended-properties");
    return r ? resolveTarget("", r.target) : null;
  }

  /**
   * The parts to delete with these sheet parts: the parts themselves, their relationship parts, and what
   * they point to (drawings, comments, tables...) when nothing that stays points to it. Lower-case paths.
   */
  private collectRemovedParts(sheetParts: string[]): Set<string> {
    const removed = new Set(sheetParts.map((p) => p.toLowerCase()));
    const relsOf = (part: string): Rel[] => {
      const xml = this.text(relsPathOf(part));
      try {
        return xml ? parseRels(xml).rels : [];
      } catch {
        return [];
      }
    };
    if (sheetParts.some((p) => this.hasPart(relsPathOf(p)))) {
      const allRels = this.entries.map((e) => e.name).filter((n) => /(^|\/)_rels\/[^/]*\.rels$/i.test(n));
      for (;;) {
        const referenced = new Set<string>();
        for (const relsPath of allRels) {
          const source = sourceOfRels(relsPath);
          if (removed.has(source.toLowerCase()) || removed.has(relsPath.toLowerCase())) continue;
          const xml = this.text(relsPath);
          if (!xml) continue;
          let rels: Rel[] = [];
          try {
            rels = parseRels(xml).rels;
          } catch {
            continue;
          }
          for (const r of rels) if (!r.external) referenced.add(resolveTarget(source, r.target).toLowerCase());
        }
        let added = false;
        for (const part of Array.from(removed)) {
          for (const r of relsOf(part)) {
            if (r.external) continue;
            const t = resolveTarget(part, r.target).toLowerCase();
            if (!removed.has(t) && !referenced.has(t) && this.hasPart(t)) {
              removed.add(t);
              added = true;
            }
          }
        }
        if (!added) break;
      }
    }
    for (const p of Array.from(removed)) {
      const rp = relsPathOf(p);
      if (this.hasPart(rp)) removed.add(rp.toLowerCase());
    }
    return removed;
  }

  // ----------------------------------------------------------------------------------- appending rows

  async appendRows(name: string, rows: AppendedRows): Promise<AppendResult> {
    return this.appendRowsSync(name, rows);
  }

  /**
   * Appends rows below the input table `name` (data intake): rewrites that one worksheet part (append.ts:
   * rows spliced before </sheetData>, the rest of the part byte for byte), styles.xml when a new cell style
   * is needed, and the ref of an Excel table (ListObject) that ends at the sheet's last row, so that it takes
   * the new rows in. Every other part is kept as its original compressed bytes.
   *
   * Everything that can refuse the rows is checked here; the sheet XML itself is written when the part is
   * next read or the workbook saved (`deferred`), so the rows are kept by reference until then: the caller
   * must not change them.
   */
  appendRowsSync(name: string, appended: AppendedRows): AppendResult {
    const rows = rowBlock(appended);
    const wb = this.workbook();
    if (wb.strict) throw new Error(t("workbook.strict"));
    const found = this.findTable(name);
    if (!found) throw new Error(t("workbook.noTable", { name }));
    const sheet = found.sheet;
    const entry = sheet.part ? this.entry(sheet.part) : undefined;
    if (!entry) throw new Error(t("workbook.sheetPartMissing", { sheet: sheet.name }));
    const xml = inflateEntry(entry);
    const spot = findSheetData(xml, sheet.name);
    const sheetLast = lastRowNumber(xml, spot);

    // The append rule (reading.ts, appendRowAt): right below the table's last data row.
    const { table: data, last } = this.lastDataRow(found.sheet, found.table, xml, spot, sheetLast);
    const firstColumn = data.firstColumn || 1;
    const firstRow = last + 1;
    if (rows.length === 0) return { sheet: sheet.name, firstRow, lastRow: last };
    const lastRow = last + rows.length;

    // The ListObject to grow, if any: the table `name`, or on the sheet the table whose header row is the
    // data's header row, which holds its first column and reaches its last data row (as the Office.js port).
    let grow: TableInfo | null = null;
    if (found.table) grow = found.table;
    else {
      grow =
        this.tables()
          .filter((t) => t.sheet.part === sheet.part)
          .find((t) => {
            const r = tableRange(t);
            return (
              r.r1 === data.headerRow &&
              columnNumber(r.c1) <= firstColumn &&
              firstColumn <= columnNumber(r.c2) &&
              r.r2 >= last
            );
          }) ?? null;
    }
    if (grow) {
      const r = tableRange(grow);
      if (
        r.r2 < sheetLast &&
        lastRow > r.r2 &&
        this.cellsBelow(sheet, r.r2 + 1, lastRow, columnNumber(r.c1), columnNumber(r.c2))
      ) {
        throw new Error(t("workbook.cellsBelowTable", { table: grow.displayName, sheet: sheet.name }));
      }
    }
    if (grow && grow.totalsRowCount > 0) throw new Error(t("workbook.totalsRow", { table: grow.displayName }));

    if (lastRow > 1_048_576) throw new Error(t("workbook.tooManyRows", { sheet: sheet.name, row: lastRow }));
    // What the sheet XML could refuse later is refused now.
    // Column by column, a cell repeated from the row above not looked at again (imports share cells).
    for (let j = 0; j < rows.width; j++) {
      let last: OutputCell | null = null;
      for (let i = 0; i < rows.length; i++) {
        const cell = rows.cell(i, j);
        if (cell === last) continue;
        last = cell;
        const v = cell?.value;
        if (typeof v === "string" && v.length > MAX_CELL_TEXT)
          throw new Error(
            t("workbook.textTooLong", {
              sheet: sheet.name,
              cell: `${columnLetters(firstColumn + j)}${firstRow + i}`,
              length: v.length,
            }),
          );
      }
    }

    // The table grows now; the rows' XML is written when the sheet part is next needed (deferred).
    if (grow && lastRow > tableRange(grow).r2) {
      const txml = this.text(grow.part) ?? "";
      const root = parseXml(txml);
      const r = tableRange(grow);
      const newRef = `${r.c1}${r.r1}:${r.c2}${lastRow}`;
      const splices: Splice[] = [setAttrSplice(txml, root, "ref", newRef)];
      const af = child(root, "autoFilter");
      if (af) splices.push(setAttrSplice(txml, af, "ref", newRef));
      this.setPart(grow.part, applySplices(txml, splices));
    }
    const part = sheet.part;
    this.deferred.push(() => {
      const wbPath = this.workbookPart();
      const stylesRel = this.workbook().rels.find((r) => relKind(r.type) === "styles");
      const stylesPath = stylesRel ? resolveTarget(wbPath, stylesRel.target) : null;
      const styles = stylesPath ? new StyleSheetEditor(this.text(stylesPath)) : null;
      const xf = (style: CellStyle) => (styles ? styles.xf(style) : 0);
      const out = appendToSheetXml(xml, rows, firstColumn, xf, last, sheet.name);
      this.setPart(part, out.bytes);
      const stylesXml = styles?.result() ?? null;
      if (stylesPath && stylesXml !== null) this.setPart(stylesPath, stylesXml);
    });
    return { sheet: sheet.name, firstRow, lastRow };
  }

  /**
   * The table's last data row (appendRowAt). Fast path: when the sheet's last row has a non-blank cell in the
   * table's columns, it is that row, found by reading the header row and the last row only (an import into
   * a big Analyses sheet does not read it all again). Otherwise the table is read.
   */
  private lastDataRow(
    sheet: SheetInfo,
    table: TableInfo | null,
    xml: Uint8Array,
    spot: SheetDataSpot,
    sheetLast: number,
  ): { table: TableData; last: number } {
    let bounds: ExcelTableBounds | null = null;
    if (table) {
      const r = tableRange(table);
      bounds = {
        r1: r.r1,
        r2: r.r2,
        c1: columnNumber(r.c1),
        c2: columnNumber(r.c2),
        headerRows: table.headerRowCount,
        totalsRows: table.totalsRowCount,
        columns: table.columns,
      };
    }
    const opts = { sharedStrings: () => this.loadSharedStrings(), dateStyles1904: null, sheet: sheet.name };
    const reader = new TableReader(sheet.name, bounds);
    const span = lastRowSpan(xml, spot);
    if (span && sheetLast > 0 && (!bounds || sheetLast <= bounds.r2 - bounds.totalsRows)) {
      // Header row (sheets: the first non-blank row) then the last row, through the same reader.
      if (!bounds) {
        const scanner: SheetScanner = new SheetScanner((row, n, cols, vals) => {
          reader.row(row, n, cols, vals);
          if (reader.result.headerRow > 0) scanner.stop();
        }, opts);
        inflateEntryChunks(this.entry(sheet.part)!, (chunk, final) => {
          scanner.push(chunk, final);
          return scanner.done;
        });
      }
      if (reader.result.headerRow > 0 && reader.result.headerRow < sheetLast) {
        const lastOnly = new SheetScanner((row, n, cols, vals) => reader.row(row, n, cols, vals), opts);
        const p = spot.prefix;
        lastOnly.push(utf8enc.encode(`<${p}sheetData>`), false);
        lastOnly.push(xml.subarray(span.start, span.end), false);
        lastOnly.push(utf8enc.encode(`</${p}sheetData>`), true);
        const rows = reader.result.rows;
        if (rows.length > 0 && rows[rows.length - 1].row === sheetLast)
          return { table: reader.result, last: sheetLast };
      }
    }
    const data = this.readTableSync(table ? table.name : sheet.name)!;
    return { table: data, last: appendRowAt(data) - 1 };
  }

  /** Whether rows r1..r2 of the sheet hold a non-blank cell in columns c1..c2. */
  private cellsBelow(sheet: SheetInfo, r1: number, r2: number, c1: number, c2: number): boolean {
    let found = false;
    const scanner: SheetScanner = new SheetScanner(
      (row, n, cols, vals) => {
        if (row > r2) return scanner.stop();
        if (row < r1) return;
        for (let i = 0; i < n; i++) if (cols[i] >= c1 && cols[i] <= c2 && !isBlankCell(vals[i])) found = true;
        if (found) scanner.stop();
      },
      { sharedStrings: () => this.loadSharedStrings(), dateStyles1904: null, sheet: sheet.name },
    );
    inflateEntryChunks(this.entry(sheet.part)!, (chunk, final) => {
      scanner.push(chunk, final);
      return scanner.done;
    });
    return found;
  }

  /** The workbook as .xlsx bytes (a new array each time). */
  toBytes(): Uint8Array {
    this.flush();
    return writeZip(this.entries);
  }
}

/**
 * Updates docProps/app.xml's list of worksheet titles (HeadingPairs count and TitlesOfParts), or returns the
 * text unchanged when its layout is not the expected one (Excel tolerates a stale app.xml).
 */
export function updateAppTitles(xml: string, oldNames: string[], newNames: string[]): string {
  try {
    const root = parseXml(xml);
    const hp = child(root, "HeadingPairs");
    const tp = child(root, "TitlesOfParts");
    const hv = hp?.children[0];
    const tv = tp?.children[0];
    if (!hv || !tv) return xml;
    const variants = childrenNamed(hv, "variant");
    const titles = tv.children;
    let offset = 0;
    for (let i = 0; i + 1 < variants.length; i += 2) {
      const countNode = variants[i + 1].children[0];
      if (!countNode) return xml;
      const count = Number(textOf(xml, countNode));
      const seg = titles.slice(offset, offset + count).map((t) => textOf(xml, t));
      if (count === oldNames.length && seg.every((s, k) => s === oldNames[k])) {
        const lp = titles[offset]?.name ?? prefixOf(tv) + "lpstr";
        const splices: Splice[] = [];
        splices.push({ start: countNode.openEnd, end: countNode.closeStart, text: String(newNames.length) });
        const newTitles = newNames.map((n) => `<${lp}>${escapeText(n)}</${lp}>`).join("");
        if (count > 0)
          splices.push({ start: titles[offset].start, end: titles[offset + count - 1].end, text: newTitles });
        else {
          const at = offset < titles.length ? titles[offset].start : tv.closeStart;
          splices.push({ start: at, end: at, text: newTitles });
        }
        splices.push(setAttrSplice(xml, tv, "size", String(titles.length - count + newNames.length)));
        return applySplices(xml, splices);
      }
      offset += count;
    }
    return xml;
  } catch {
    return xml;
  }
}

/** The bounds of an Excel table's ref, or the catalogue's message naming the table if the file's ref is bad. */
function tableRange(table: TableInfo): ReturnType<typeof parseRange> {
  return parseRange(table.ref, t("workbook.tableLabel", { table: table.displayName }));
}
