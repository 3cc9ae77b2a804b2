/**
 * The new worksheet parts of a write: each sheet's part path, relationship id and sheetId, its defined names,
 * and its XML compressed as soon as it is built, so that the sheets' XML is never held all at once.
 */
import type { CellStyle, OutputSheet } from "../../port";
import type { Rel } from "../opc";
import { dirOf } from "../opc";
import type { PackageParts } from "../parts";
import { buildSheetXml } from "./sheetXml";
import { newSheetNames } from "./definedNames";
import type { WorkbookInfo } from "../workbookPart";
import type { ZipEntry } from "../zip/zip";

const utf8enc = new TextEncoder();

/** New relationship ids of the workbook part: rId1, rId2... the first ones its relationships do not use. */
export class RelIds {
  private readonly used: Set<string>;
  private counter = 1;

  constructor(rels: Rel[]) {
    this.used = new Set(rels.map((r) => r.id));
  }

  next(): string {
    while (this.used.has("rId" + this.counter)) this.counter++;
    const id = "rId" + this.counter;
    this.used.add(id);
    return id;
  }
}

export interface NewSheet {
  name: string;
  /** Package path of its part. */
  path: string;
  rid: string;
  sheetId: number;
}

export interface NewSheets {
  sheets: NewSheet[];
  /** Their defined names, as written. */
  names: string[];
  /** Their parts, compressed. */
  entries: ZipEntry[];
}

export interface NewSheetsInput {
  parts: PackageParts;
  wb: WorkbookInfo;
  sheets: OutputSheet[];
  /** The index of the first new sheet (after the kept ones). */
  firstIndex: number;
  key: string;
  relIds: RelIds;
  xf: (style: CellStyle) => number;
  onProgress?: (done: number, total: number) => void;
}

export function buildNewSheets(input: NewSheetsInput): NewSheets {
  const { parts, wb, sheets } = input;
  const out: NewSheets = { sheets: [], names: [], entries: [] };
  let sheetId = wb.sheets.reduce((m, s) => Math.max(m, s.sheetId || 0), 0);
  const nextPart = partNamer(parts, wb.path);
  sheets.forEach((sheet, i) => {
    const path = nextPart();
    const rid = input.relIds.next();
    sheetId++;
    out.sheets.push({ name: sheet.name, path, rid, sheetId });
    out.names.push(...newSheetNames(wb, input.firstIndex + i, sheet, input.key));
    out.entries.push(parts.compress(path, utf8enc.encode(buildSheetXml(sheet, input.xf))));
    input.onProgress?.(i + 1, sheets.length);
  });
  return out;
}

/** Names for new worksheet parts beside the workbook's: worksheets/sheetN.xml, N the first free ones. */
function partNamer(parts: PackageParts, wbPath: string): () => string {
  const sheetDir = (dirOf(wbPath) ? dirOf(wbPath) + "/" : "") + "worksheets/";
  let counter = 1;
  return () => {
    while (parts.has(`${sheetDir}sheet${counter}.xml`)) counter++;
    return `${sheetDir}sheet${counter++}.xml`;
  };
}
