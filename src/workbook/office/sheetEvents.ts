/**
 * Worksheet events for the grids' sync (services/workbookGridsSync.ts): added, deleted (name unknown then) and
 * changed (the changed sheet's name is looked up). Needs ExcelApi 1.9 (worksheet collection onChanged); on an
 * older host nothing is subscribed and the grids are read once, when the add-in starts.
 */
import type { ExcelHost } from "./host";

export async function onWorksheetChanges(host: ExcelHost, changed: (sheetName?: string) => void): Promise<boolean> {
  if (!host.isSetSupported("ExcelApi", "1.9")) return false;
  await host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.onAdded.add(async () => changed());
    sheets.onDeleted.add(async () => changed());
    sheets.onChanged.add(async (event) => {
      await host.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem(event.worksheetId).load("name");
        await ctx.sync();
        changed(sheet.name);
      });
    });
    await context.sync();
  });
  return true;
}

/** A full recalculation, so that formulas naming a workbook grid follow its new version. */
export async function recalculate(host: ExcelHost): Promise<void> {
  await host.run(async (context) => {
    context.workbook.application.calculate(Excel.CalculationType.full);
    await context.sync();
  });
}
