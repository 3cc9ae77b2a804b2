/**
 * The workbook's defined names when sheets are written: a new sheet's (the hidden generated marker, its print
 * area and print titles), and the kept ones whose sheet-scoped index (localSheetId) follows their sheet.
 */
import { t } from "../../../messages";
import type { OutputSheet } from "../../port";
import { GENERATED_MARKER, markerFormula } from "../../names";
import { parseRange } from "../ranges";
import type { SheetPlan } from "./writePlan";
import type { WorkbookInfo } from "../workbookPart";
import { type Splice, child, escapeText, prefixOf } from "../xml";

/** The elements after which <definedNames> comes in a workbook (schema order), for a workbook without one. */
const AFTER_DEFINED_NAMES = [
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

function quotedSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

/** `'Sheet name'!$A$1:$F$20`, for a defined name. */
function absoluteRef(sheet: string, ref: string): string {
  const r = parseRange(ref, t("workbook.printAreaLabel", { sheet }));
  return `${quotedSheet(sheet)}$${r.c1}$${r.r1}:$${r.c2}$${r.r2}`;
}

/** `'Sheet'!$A:$B,'Sheet'!$4:$4`: the print titles' defined name (columns first, as Excel writes it). */
function printTitlesRef(sheet: string, rows: string | undefined, columns: string | undefined): string | null {
  const quoted = quotedSheet(sheet);
  const parts: string[] = [];
  const cols = columns ? /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/.exec(columns) : null;
  // Print titles, merges and the print scale are set by this product's sheet builders, never read from a file:
  // a bad one is a programming error, and its message stays English (developers only).
  if (columns && !cols) throw new Error(`print title columns "${columns}" of sheet "${sheet}": expected e.g. A:B`);
  if (cols) parts.push(`${quoted}$${cols[1]}:$${cols[2]}`);
  const rws = rows ? /^\$?(\d+):\$?(\d+)$/.exec(rows) : null;
  if (rows && !rws) throw new Error(`print title rows "${rows}" of sheet "${sheet}": expected e.g. 4:4`);
  if (rws) parts.push(`${quoted}$${rws[1]}:$${rws[2]}`);
  return parts.length ? parts.join(",") : null;
}

/** A new sheet's defined names, the sheet at index `idx`: the run's marker, then its print area and titles. */
export function newSheetNames(wb: WorkbookInfo, idx: number, sheet: OutputSheet, key: string): string[] {
  const wp = prefixOf(wb.root);
  const definedName = (name: string, formula: string, hidden = false) =>
    `<${wp}definedName name="${name}" localSheetId="${idx}"${hidden ? ' hidden="1"' : ""}>${escapeText(formula)}</${wp}definedName>`;
  const names = [definedName(GENERATED_MARKER, markerFormula(key, sheet.name), true)];
  if (sheet.print?.area) names.push(definedName("_xlnm.Print_Area", absoluteRef(sheet.name, sheet.print.area)));
  const titles = sheet.print ? printTitlesRef(sheet.name, sheet.print.titleRows, sheet.print.titleColumns) : null;
  if (titles) names.push(definedName("_xlnm.Print_Titles", titles));
  return names;
}

/**
 * The workbook's defined names that stay, as written: a deleted sheet's go, a kept sheet's get its new index,
 * one whose index was out of range already is dropped; workbook-wide names and other elements are kept.
 */
export function keptNames(wb: WorkbookInfo, plan: SheetPlan): string[] {
  const namesNode = child(wb.root, "definedNames");
  const kept: string[] = [];
  for (const dn of namesNode?.children ?? []) {
    const text = wb.xml.slice(dn.start, dn.end);
    const lsi = dn.attrs.localSheetId;
    if (dn.local !== "definedName" || lsi === undefined) {
      kept.push(text);
      continue;
    }
    const old = Number(lsi);
    if (plan.deleted.has(old)) continue;
    const ni = plan.newIndex.get(old);
    if (ni === undefined) continue; // out of range already: drop the dangling name
    kept.push(ni === old ? text : text.replace(/(\slocalSheetId\s*=\s*)("[^"]*"|'[^']*')/, `$1"${ni}"`));
  }
  return kept;
}

/** The splice that puts these names as the workbook's <definedNames>, where it was or where it belongs. */
export function definedNamesSplice(wb: WorkbookInfo, names: string[]): Splice | null {
  const wp = prefixOf(wb.root);
  const namesNode = child(wb.root, "definedNames");
  const namesXml = names.length ? `<${wp}definedNames>${names.join("")}</${wp}definedNames>` : "";
  if (namesNode) return { start: namesNode.start, end: namesNode.end, text: namesXml };
  if (!namesXml) return null;
  const after = wb.root.children.find((c) => AFTER_DEFINED_NAMES.includes(c.local));
  const at = after ? after.start : wb.root.closeStart;
  return { start: at, end: at, text: namesXml };
}
