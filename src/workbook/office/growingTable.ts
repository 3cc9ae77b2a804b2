/** The Excel table that rows appended through Office.js go into (append.ts), found in two syncs. */
import { t } from "../../messages";
import { normalizeKey } from "../../inputs";
import type { TableData } from "../port";

/** The Excel table that appended rows go into, with its bounds (1-based rows). */
export interface GrowingTable {
  table: Excel.Table;
  name: string;
  showTotals: boolean;
  /** Last row of the table's range (its totals row when it has one). */
  lastRow: number;
  cols: number;
}

/**
 * The table that rows appended below `data` belong to: the table `tableName`, or (a sheet) the table of that
 * sheet whose top row is the data's header row, which holds its first column and reaches its last row.
 * One sync for the sheet's tables, one for their bounds (none when the sheet has no table).
 */
export async function findGrowingTable(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  data: TableData,
  tableName: string | null,
  col1: number,
  last: number,
): Promise<GrowingTable | null> {
  const list = ws.tables.load("items/name,items/showTotals");
  await ctx.sync();
  if (list.items.length === 0) {
    if (tableName !== null) throw new Error(t("workbook.noTable", { name: tableName }));
    return null;
  }
  const bounds = list.items.map((t) => t.getRange().load("rowIndex,columnIndex,rowCount,columnCount"));
  await ctx.sync();
  for (let i = 0; i < list.items.length; i++) {
    const t = list.items[i];
    const b = bounds[i];
    const top = b.rowIndex + 1;
    const bottom = b.rowIndex + b.rowCount;
    const grows = {
      table: t,
      name: t.name,
      showTotals: t.showTotals,
      lastRow: bottom,
      cols: b.columnCount,
    };
    if (tableName !== null) {
      if (normalizeKey(t.name) === normalizeKey(tableName)) return grows;
      continue;
    }
    if (top === data.headerRow && b.columnIndex + 1 <= col1 && col1 <= b.columnIndex + b.columnCount && bottom >= last)
      return grows;
  }
  if (tableName !== null) throw new Error(t("workbook.noTable", { name: tableName }));
  return null;
}
