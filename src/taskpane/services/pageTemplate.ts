/**
 * The template on the standalone page (issue 15): « Ajouter les tableaux manquants » adds to the working
 * workbook only the template tables it lacks (templateSpec.ts: input tables, Indicateurs, invoicing tables),
 * each as a sheet with its header row, column widths and starting rows, written through the .xlsx port — the
 * tables already there are not touched. With no workbook open, the template itself (built with ExcelJS:
 * Excel tables, typed columns, drop-down lists) becomes the working workbook; nothing is downloaded.
 */
import { gridIds } from "../../engine";
import type { OutputCell, OutputSheet } from "../../workbook/port";
import { templateTables, type TemplateTable } from "../../workbook/office/templateSpec";
import type { XlsxWorkbook } from "../../workbook/xlsx/workbook";
import { TEMPLATE_FILE, xlsxDownload, type PageWorkbook } from "./pageWorkbook";
import type { TemplateOutcome } from "./types";
import { t } from "../../messages";

/**
 * The generated-sheet key of the tables added (never a month: no run replaces them). Added through the port,
 * they carry its marker: they are the accountant's tables all the same, read by their name.
 */
export const TEMPLATE_KEY = "modele";

/** The template workbook (ExcelJS, loaded on demand in a chunk of its own). */
export async function templateBytes(): Promise<Uint8Array> {
  const { templateWorkbook } = await import(/* webpackChunkName: "template-xlsx" */ "./templateXlsx");
  return templateWorkbook(gridIds());
}

/** « Créer le modèle » as the page first offered it: the template to download. */
export async function templateDownload(): Promise<TemplateOutcome> {
  const names = templateTables(gridIds()).map((t) => t.name);
  return { created: names, existing: [], download: xlsxDownload(TEMPLATE_FILE, await templateBytes()) };
}

/** A template table as a sheet the port can write: the header row, then the table's starting rows. */
export function templateSheet(spec: TemplateTable): OutputSheet {
  const cell = (v: string | number): OutputCell =>
    typeof v === "number" ? { value: v, style: "decimal2" } : { value: v, style: "text" };
  return {
    name: spec.name,
    rows: [
      spec.columns.map((c) => ({ value: c.header, style: "header" })),
      ...(spec.rows ?? []).map((r) => r.map(cell)),
    ],
    columnWidths: spec.columns.map((c) => c.width),
  };
}

/** Adds to `wb` the template tables it lacks (a sheet or Excel table of that name counts as there). */
export async function addMissingTablesTo(wb: XlsxWorkbook): Promise<TemplateOutcome> {
  const outcome: TemplateOutcome = { created: [], existing: [] };
  const missing: OutputSheet[] = [];
  for (const spec of templateTables(gridIds())) {
    if ((await wb.readTable(spec.name)) === null) {
      missing.push(templateSheet(spec));
      outcome.created.push(spec.name);
    } else outcome.existing.push(spec.name);
  }
  if (missing.length > 0) await wb.writeSheets(missing, TEMPLATE_KEY, []);
  return outcome;
}

/** « Ajouter les tableaux manquants » on the page's working workbook, or the template as the working workbook. */
export async function addMissingTablesOnPage(page: PageWorkbook): Promise<TemplateOutcome> {
  if (!page.isOpen()) {
    const bytes = await templateBytes();
    const opened = await page.start(TEMPLATE_FILE, bytes);
    return { created: templateTables(gridIds()).map((t) => t.name), existing: [], workbook: opened };
  }
  const wb = await page.copy();
  const outcome = await addMissingTablesTo(wb);
  if (outcome.created.length === 0) return outcome;
  page.landCopy(wb, t("pane.workbookChangedTables"));
  return { ...outcome, workbook: await page.opened() };
}
