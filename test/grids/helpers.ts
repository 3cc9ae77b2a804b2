/** Workbooks with grid sheets for the grid tests: the small OP of the CLI tests plus « Grille <id> » sheets. */
import { openWorkbook } from "../../src/cli/nodeXlsx";
import type { CellValue } from "../../src/workbook/port";
import type { XlsxWorkbook } from "../../src/workbook/xlsx";
import { smallOp, xlsxBytes, type OpSheets } from "../cli/workbooks";

export { gridCells, rowWhere } from "./cells";

export async function opWithGrids(
  grids: Record<string, CellValue[][]>,
  patch?: (s: OpSheets) => void,
): Promise<Uint8Array> {
  const sheets: OpSheets = smallOp();
  patch?.(sheets);
  return xlsxBytes({ ...sheets, ...grids });
}

export function open(bytes: Uint8Array): XlsxWorkbook {
  const port = openWorkbook("op.xlsx", bytes);
  if (typeof port === "string") throw new Error(port);
  return port;
}
