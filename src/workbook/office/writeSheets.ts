/**
 * Writing output sheets through Office.js: the sheets are planned (plan.ts) and packed into requests under a
 * byte budget; each request is one context.sync() with calculation and screen updating suspended. The first
 * request also deletes the replaced sheets. Every sheet gets its marker (markers.ts) in the request that
 * creates it, so a run stopped half-way is replaced by the next. Text cells get the "@" format before their
 * values, in the same request: text never becomes a formula.
 */
import { t } from "../../messages";
import type { GeneratedSheet, OutputSheet } from "../port";
import { GENERATED_MARKER, checkNewSheetNames, markerFormula, sheetNameKey } from "../names";
import { sheetMarker } from "./markers";
import type { Piece, SheetPlan } from "./plan";
import { createSheet, finishSheet, writeBlock } from "./sheetWriting";

/**
 * Checks that the sheets can be written before anything changes — each sheet to replace exists and was
 * generated, the new names are valid and free, a sheet remains, the key fits a marker — and gives the sheets
 * to delete (their names in the workbook, once each).
 */
export function sheetsToDelete(
  workbook: { sheets: readonly string[]; generated: readonly GeneratedSheet[] },
  sheets: readonly OutputSheet[],
  replace: readonly string[],
  key: string,
): string[] {
  const generated = new Set(workbook.generated.map((g) => sheetNameKey(g.name)));
  const existing = new Map(workbook.sheets.map((n) => [sheetNameKey(n), n]));
  const deleted = new Set<string>();
  const deletions: string[] = [];
  for (const name of replace) {
    const actual = existing.get(sheetNameKey(name));
    if (actual === undefined) throw new Error(t("workbook.noSuchSheet", { sheet: name }));
    if (!generated.has(sheetNameKey(actual))) {
      throw new Error(t("workbook.notGenerated", { sheet: actual, marker: GENERATED_MARKER }));
    }
    if (!deleted.has(sheetNameKey(actual))) deletions.push(actual);
    deleted.add(sheetNameKey(actual));
  }
  const remaining = workbook.sheets.filter((n) => !deleted.has(sheetNameKey(n)));
  checkNewSheetNames(
    sheets.map((s) => s.name),
    remaining,
  );
  if (remaining.length === 0 && sheets.length === 0) throw new Error(t("workbook.lastSheet"));
  markerFormula(key); // checks the key before anything changes
  return deletions;
}

/** What the host can do beyond ExcelApi 1.4, each used when there. */
export interface WriteFeatures {
  /** ExcelApi 1.9: several ranges styled in one call. */
  rangeAreas: boolean;
  /** ExcelApi 1.9: screen updating suspended until each sync. */
  screen: boolean;
  /** ExcelApi 1.6: calculation suspended until each sync. */
  calc: boolean;
  /** ExcelApi 1.9: print setup. */
  pageLayout: boolean;
}

export interface PlannedWrite {
  plans: readonly SheetPlan[];
  requests: readonly (readonly Piece[])[];
  deletions: readonly string[];
  key: string;
  features: WriteFeatures;
}

/** Sends the requests, one sync each; onProgress after each with the sheets finished so far. */
export async function sendRequests(
  ctx: Excel.RequestContext,
  write: PlannedWrite,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const app = ctx.workbook.application;
  let done = 0;
  for (let i = 0; i < write.requests.length; i++) {
    if (write.features.calc) app.suspendApiCalculationUntilNextSync();
    if (write.features.screen) app.suspendScreenUpdatingUntilNextSync();
    // Sheets are added after the deletions, so a new sheet may take a replaced sheet's name.
    if (i === 0) for (const name of write.deletions) ctx.workbook.worksheets.getItem(name).delete();
    const finished = queuePieces(ctx, write, write.requests[i]);
    await ctx.sync();
    done += finished;
    onProgress?.(done, write.plans.length);
  }
}

/** Queues the pieces of one request; gives the number of sheets it finishes. */
function queuePieces(ctx: Excel.RequestContext, write: PlannedWrite, request: readonly Piece[]): number {
  const { plans, features } = write;
  // Sheet objects of this request: the ones it adds, the others by name.
  const local = new Map<number, Excel.Worksheet>();
  const sheetOf = (index: number) => {
    let ws = local.get(index);
    if (!ws) {
      ws = ctx.workbook.worksheets.getItem(plans[index].name);
      local.set(index, ws);
    }
    return ws;
  };
  let finished = 0;
  for (const piece of request) {
    if (piece.kind === "create")
      local.set(piece.sheet, createSheet(ctx, plans[piece.sheet], sheetMarker(write.key, plans[piece.sheet].name)));
    else if (piece.kind === "block") writeBlock(sheetOf(piece.sheet), piece.block, features.rangeAreas);
    else {
      finishSheet(sheetOf(piece.sheet), plans[piece.sheet], features.pageLayout);
      finished++;
    }
  }
  return finished;
}
