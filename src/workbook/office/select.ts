/** Shows a cell to the user: activates its sheet and selects it (an issue's cell, or a sheet just written). */
import type { ExcelHost } from "./host";

/**
 * Selects `address` ("D12", "12:12") on `sheet`, or just activates the sheet when address is null. Throws a
 * plain Error when the sheet no longer exists.
 */
export async function selectCell(host: ExcelHost, sheet: string, address: string | null): Promise<void> {
  await host.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(sheet);
    await ctx.sync();
    if (ws.isNullObject) throw new Error(`sheet "${sheet}" not found`);
    ws.activate();
    ws.getRange(address ?? "A1").select();
    await ctx.sync();
  });
}
