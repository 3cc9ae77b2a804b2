/**
 * Keeps the custom functions' view of the workbook's grids up to date (src/functions/workbookGrids.ts): reads
 * the sheets « Grille <id> » through the workbook port and the grid schema, publishes the valid ones, and
 * asks Excel to recalculate so that formulas naming a workbook grid follow it. Runs once when the add-in
 * starts in Excel, then on every added, deleted or changed grid sheet (debounced: a burst of edits reads the
 * sheets once). The read is only a read: functions never write the workbook.
 */
import type { Grid } from "../../engine";
import { publishWorkbookGrids, workbookGridList } from "../../functions/workbookGrids";
import { gridIdOfSheet } from "../../inputs/gridSheetLayout";
import { readWorkbookGrids } from "../../inputs/workbookGrids";
import type { WorkbookPort } from "../../workbook/port";

export interface GridsSyncDeps {
  /** A fresh port for each read (the workbook changes between reads). */
  open(): WorkbookPort;
  /** Recalculates the workbook after a publication (Excel: application.calculate). */
  recalculate?(): Promise<void>;
  /** Calls `changed(sheetName)` when a worksheet is added, deleted or edited; the name may be unknown. */
  subscribe?(changed: (sheetName?: string) => void): Promise<void>;
  /** Milliseconds to wait after the last change before reading (default 800). */
  debounceMs?: number;
}

/** Reads the workbook's grid sheets and publishes the valid grids; returns them. */
export async function syncWorkbookGrids(deps: Pick<GridsSyncDeps, "open" | "recalculate">): Promise<Grid[]> {
  const read = await readWorkbookGrids(deps.open());
  const grids = read.sheets.map((e) => e.grid);
  const before = workbookGridList().length;
  publishWorkbookGrids(grids);
  // Nothing to refresh when the workbook had and has no grid of its own (most workbooks, at start).
  if (before > 0 || grids.length > 0) await deps.recalculate?.();
  return grids;
}

/** The first read, then a new read after changes to grid sheets. Errors are left to the next change. */
export async function startWorkbookGridsSync(deps: GridsSyncDeps): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const resync = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void syncWorkbookGrids(deps).catch(() => undefined), deps.debounceMs ?? 800);
  };
  await syncWorkbookGrids(deps).catch(() => undefined);
  await deps.subscribe?.((sheetName) => {
    // An edit elsewhere (Livraisons, Analyses…) does not concern the grids: no read, no recalculation.
    if (sheetName === undefined || gridIdOfSheet(sheetName) !== null) resync();
  });
}
