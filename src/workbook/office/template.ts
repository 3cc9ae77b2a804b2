/**
 * "Créer le modèle" in Excel: adds the input tables that the workbook does not have yet, each on its own
 * sheet as an Excel table with a styled header, typed columns and drop-down lists. Two syncs: what exists,
 * then everything added at once. A sheet or table that exists already is left as it is — an existing
 * Producteurs does not get the invoicing columns added (they are optional; the accountant adds the headers
 * when starting to invoice, README « Factures »), since columns inserted into a table in use could shift
 * whatever the OP keeps to its right.
 */
import { normalizeKey } from "../../inputs";
import { colLetters, rangeAddress } from "./address";
import { widthPoints } from "./formats";
import type { ExcelHost } from "./host";
import { TEMPLATE_TABLE_STYLE, templateTables, type TemplateTable } from "./templateSpec";

export interface TemplateOutcome {
  created: string[];
  /** Tables that the workbook already has (as a sheet or an Excel table of that name). */
  existing: string[];
}

export async function addTemplateTables(host: ExcelHost, gridIds: readonly string[]): Promise<TemplateOutcome> {
  const validation = host.isSetSupported("ExcelApi", "1.8");
  const freeze = host.isSetSupported("ExcelApi", "1.7");
  return host.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load("items/name");
    const tables = ctx.workbook.tables.load("items/name");
    await ctx.sync();
    const taken = new Set([
      ...sheets.items.map((s) => normalizeKey(s.name)),
      ...tables.items.map((t) => normalizeKey(t.name)),
    ]);
    const outcome: TemplateOutcome = { created: [], existing: [] };
    let first: Excel.Worksheet | null = null;
    for (const spec of templateTables(gridIds)) {
      if (taken.has(normalizeKey(spec.name))) {
        outcome.existing.push(spec.name);
        continue;
      }
      const ws = addTable(ctx, spec, validation, freeze);
      first ??= ws;
      outcome.created.push(spec.name);
    }
    if (first) first.activate();
    await ctx.sync();
    return outcome;
  });
}

function addTable(
  ctx: Excel.RequestContext,
  spec: TemplateTable,
  validation: boolean,
  freeze: boolean,
): Excel.Worksheet {
  const ws = ctx.workbook.worksheets.add(spec.name);
  const n = spec.columns.length;
  const header = ws.getRange(rangeAddress(1, 1, 1, n));
  header.numberFormat = [spec.columns.map(() => "@")];
  header.values = [spec.columns.map((c) => c.header)];
  const height = Math.max(1, spec.rows?.length ?? 0);
  const table = ws.tables.add(rangeAddress(1, 1, 1 + height, n), true);
  table.name = spec.name;
  table.style = TEMPLATE_TABLE_STYLE;
  const head = table.getHeaderRowRange();
  head.format.font.bold = true;
  head.format.wrapText = false;
  // Typed columns: the table carries each column's format and list to the rows added later.
  const body = ws.getRange(rangeAddress(2, 1, 1 + height, n));
  body.numberFormat = Array.from({ length: height }, () => spec.columns.map((c) => c.format ?? "General"));
  if (spec.rows?.length) body.values = spec.rows;
  spec.columns.forEach((c, i) => {
    ws.getRange(`${colLetters(i + 1)}:${colLetters(i + 1)}`).format.columnWidth = widthPoints(c.width);
    if (validation && c.list && c.list.length > 0) {
      const dv = table.columns.getItem(c.header).getDataBodyRange().dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: c.list.join(",") } };
      dv.errorAlert = { showAlert: true, style: "Stop", title: c.header, message: c.hint ?? c.list.join(", ") };
    }
  });
  if (freeze) ws.freezePanes.freezeRows(1);
  return ws;
}
