/**
 * Writing an import's plan (importRows) into the workbook: its rows appended below the target table
 * (port.appendRows), its rejects added to « Import rejets » and, when asked, its mapping saved in « Import
 * mappings » (store.ts).
 */
import { t } from "../messages";
import type { WorkbookPort } from "../workbook/port";
import { ImportError } from "./errors";
import type { Mapping } from "./mapping";
import type { ImportPlan, ImportSummary } from "./plan";
import {
  IMPORT_KEY,
  MAPPINGS_SHEET,
  REJECTS_SHEET,
  type RejectRow,
  loadMappings,
  loadRejects,
  mappingsSheet,
  rejectsSheet,
  replaceable,
  withMapping,
} from "./store";

export interface ApplyOptions {
  /** Save the mapping under this name in « Import mappings ». */
  saveAs?: string;
  mapping?: Mapping;
  /** Time stamp of the rejects (tests fix it). */
  now?: Date;
}

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** Writes a plan: appends its rows, adds its rejects to « Import rejets », saves the mapping if asked. */
export async function applyImport(
  port: WorkbookPort,
  plan: ImportPlan,
  options: ApplyOptions = {},
): Promise<ImportSummary> {
  const sheets = [];
  const names: string[] = [];
  if (plan.rejects.length > 0) names.push(REJECTS_SHEET);
  if (options.saveAs && options.mapping) names.push(MAPPINGS_SHEET);
  // Checked before anything is written: a user's sheet of these names stops the import.
  const replace = await replaceable(port, names);
  if (plan.rows.length > 0) {
    if (!port.appendRows) throw new ImportError(t("intake.cannotAppend"));
    const r = await port.appendRows(plan.target, plan.rows);
    plan.summary.appended = r;
  }
  if (plan.rejects.length > 0) {
    const when = stamp(options.now ?? new Date());
    const previous = replace.some((n) => n.toLowerCase() === REJECTS_SHEET.toLowerCase())
      ? await loadRejects(port)
      : [];
    const added: RejectRow[] = plan.rejects.map((r) => ({
      stamp: when,
      file: plan.summary.fileName,
      kind: plan.summary.kind,
      line: r.line,
      raw: r.raw,
      reason: r.reason,
    }));
    sheets.push(rejectsSheet(previous, added));
  }
  if (options.saveAs && options.mapping)
    sheets.push(mappingsSheet(withMapping(await loadMappings(port), options.saveAs, options.mapping)));
  if (sheets.length > 0) await port.writeSheets(sheets, IMPORT_KEY, replace);
  return plan.summary;
}
