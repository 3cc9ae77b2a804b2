/**
 * The Office.js port's reading: the first call loads a snapshot in one Excel.run — sync 1: worksheet and
 * table names; sync 2: the generated-sheet markers of every sheet (markers.ts) and the bounds of every input
 * table (tableTargets.ts); sync 3: the values of all input tables together (readValues.ts; split in row ranges
 * only when a response would pass Excel on the web's 5 MB). readTable, sheetNames and generatedSheets are then
 * answered from it.
 */
import type { GeneratedSheet, TableData } from "../port";
import { normalizeKey } from "../../inputs";
import { generatedSheetsOf, loadSheetNames } from "./markers";
import { readValues, type ReadLimit } from "./readValues";
import { locateTables, toTable, type Target } from "./tableTargets";

export interface Snapshot {
  sheets: string[];
  generated: GeneratedSheet[];
  /** normalized name → table (null: none in the workbook). */
  tables: Map<string, TableData | null>;
  tableNames: string[];
}

/**
 * Loads the snapshot of the tables `wanted`. `excelApi14`: sheet-scoped names (the markers) and null objects;
 * without them no sheet is found generated.
 */
export async function loadSnapshot(
  ctx: Excel.RequestContext,
  wanted: readonly string[],
  excelApi14: boolean,
  limit: ReadLimit,
): Promise<Snapshot> {
  const wb = ctx.workbook;
  // Sync 1: names of the worksheets and tables.
  const sheets = wb.worksheets.load("items/name");
  const tables = wb.tables.load("items/name");
  await ctx.sync();
  const sheetNames = sheets.items.map((s) => s.name);
  const tableNames = tables.items.map((t) => t.name);

  // Sync 2: markers, bounds of the wanted tables.
  const markerLists = excelApi14 ? loadSheetNames(sheets.items) : null;
  const keys = [...new Set(wanted.map((name) => normalizeKey(name)))];
  const pending = locateTables(keys, sheets.items, sheetNames, tables.items, excelApi14);
  await ctx.sync();

  const generated = markerLists ? generatedSheetsOf(markerLists, sheetNames) : [];
  const result = new Map<string, TableData | null>();
  const targets: Target[] = [];
  for (const p of pending) {
    const t = p.make();
    if (t) targets.push(t);
    else result.set(p.key, null);
  }

  // Sync 3 (and more only for very large tables): the values.
  const values = await readValues(ctx, targets, limit);
  targets.forEach((t, i) => result.set(t.key, toTable(t, values[i])));
  return { sheets: sheetNames, generated, tables: result, tableNames };
}
