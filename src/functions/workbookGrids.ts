/**
 * The workbook's grids as the custom functions see them. In Excel's shared runtime the functions and the task
 * pane page run in one JavaScript context; a function may only READ the workbook, and a formula must answer
 * synchronously from what is known. So the grids of the workbook's sheets « Grille <id> » are read by the
 * page (src/taskpane/services/workbookGridsSync.ts: once when the add-in starts, then again when a grid sheet
 * is added, changed or deleted) and published here, already validated by the grid schema; the functions look
 * a grid up among the built-in ones first, then here. Each publication replaces the whole set (a deleted or
 * broken sheet's grid is gone) and bumps `version`, after which the page asks Excel to recalculate so that
 * formulas naming a workbook grid follow its edits.
 *
 * The set lives on globalThis under one key, because functions.js and taskpane.js are separate bundles
 * that share only the global object. Outside Excel (tests, Node) it is simply empty until published.
 */
import type { Grid } from "../engine";

const KEY = "__milkPayWorkbookGrids";

interface Published {
  version: number;
  grids: ReadonlyMap<string, Grid>;
}

function slot(): Published {
  const g = globalThis as unknown as Record<string, Published | undefined>;
  return (g[KEY] ??= { version: 0, grids: new Map() });
}

/** Replaces the workbook's grids the functions know (built-in ids are not shadowed: a formula keeps its meaning). */
export function publishWorkbookGrids(grids: readonly Grid[]): number {
  const s = slot();
  s.grids = new Map(grids.map((g) => [g.id, g]));
  s.version++;
  return s.version;
}

export function workbookGrid(id: string): Grid | undefined {
  return slot().grids.get(id);
}

export function workbookGridList(): Grid[] {
  return [...slot().grids.values()];
}

/** Changes with every publication (the functions' per-grid caches are keyed by grid object, not only id). */
export function workbookGridsVersion(): number {
  return slot().version;
}
