/** Shows a cell to the user: activates its sheet and selects it (an issue's cell, or a sheet just written). */
import { t } from "../../messages";
import type { ExcelHost } from "./host";

/**
 * Selects `address` ("D12", "12:12") on `sheet`, or just activates the sheet when address is null. Throws an
 * Error whose message is the catalogue's (workbook.sheetNotFound) when the sheet no longer exists.
 */
export async function selectCell(host: ExcelHost, sheet: string, address: string | null): Promise<void> {
  await host.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(sheet);
    await ctx.sync();
    if (ws.isNullObject) throw new Error(t("workbook.sheetNotFound", { sheet }));
    ws.activate();
    ws.getRange(address ?? "A1").select();
    await ctx.sync();
  });
}
