/** Workbooks with grid sheets for the grid tests: the small OP of the CLI tests plus « Grille <id> » sheets. */
import { openWorkbook } from "../../src/cli/nodeXlsx";
import { gridSheet, type GridJson } from "../../src/inputs/gridSheetWrite";
import type { CellValue } from "../../src/workbook/port";
import type { XlsxWorkbook } from "../../src/workbook/xlsx";
import { smallOp, xlsxBytes, type OpSheets } from "../cli/workbooks";

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

export async function opWithGrids(grids: Record<string, CellValue[][]>, patch?: (s: OpSheets) => void): Promise<Uint8Array> {
  const sheets: OpSheets = smallOp();
  patch?.(sheets);
  return xlsxBytes({ ...sheets, ...grids });
}

export function open(bytes: Uint8Array): XlsxWorkbook {
  const port = openWorkbook("op.xlsx", bytes);
  if (typeof port === "string") throw new Error(port);
  return port;
}
