/** A grid's readable sheet as cells (no ExcelJS here: the pane's jsdom tests use it too). */
import { gridSheet, type GridJson } from "../../src/inputs/gridSheetWrite";
import type { CellValue } from "../../src/workbook/port";

/** The cells of a grid's readable sheet, as a user would find them (then edited by `edit`). */
export function gridCells(raw: GridJson, edit?: (cells: CellValue[][]) => void): CellValue[][] {
  const cells = gridSheet(raw).rows.map((r) => (r === null ? [] : r.map((c) => c.value as CellValue)));
  edit?.(cells);
  return cells;
}

/** The row index of the first cells row matching `where` (column index → value). */
export function rowWhere(cells: CellValue[][], where: Record<number, CellValue>): number {
  const i = cells.findIndex((r) => Object.entries(where).every(([k, v]) => r[Number(k)] === v));
  if (i < 0) throw new Error(`no row ${JSON.stringify(where)}`);
  return i;
}
