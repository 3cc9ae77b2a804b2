/**
 * The pane's « Grilles » section (same code as `npm run grids`): the grids available (built-in and the
 * workbook's sheets « Grille <id> »), one as its readable table, « Copier pour modifier », « Importer un
 * fichier de grille », « Exporter », and the grid sheets' validation problems as issues. Works on any
 * workbook port (Office.js in Excel, .xlsx on the standalone page).
 */
import { GridError, loadGrid, type CatalogueEntry } from "../../engine";
import { gridSheetName } from "../../inputs/gridSheetLayout";
import { gridSheet, type GridJson } from "../../inputs/gridSheetWrite";
import type { Issue } from "../../run";
import { readWorkbookGrids } from "../../inputs/workbookGrids";
import type { WorkbookPort } from "../../workbook/port";
import type { Download } from "./types";
import { message, t } from "../../messages";

export interface GridSummary {
  id: string;
  family: string;
  validFrom: string;
  validTo?: string;
  name: string;
  /** The sheet that holds it; undefined for a built-in grid. */
  sheet?: string;
}

export interface GridsView {
  grids: GridSummary[];
  /** Problems of the workbook's grid sheets (sheet, row, column) and grids replaced by a sheet. */
  issues: Issue[];
}

export interface GridsChange {
  /** The sheet added, or null when nothing was written (see issues). */
  sheet: string | null;
  issues: Issue[];
  /** @deprecated Never set since the working workbook (issue 15): downloadWorkbook() gives every action's result. */
  download?: Download;
}

export interface GridsActions {
  list(): Promise<GridsView>;
  /** The grid as its readable sheet: the header row then the rows (blank rows kept as []). */
  table(id: string): Promise<(string | number | null)[][]>;
  /** « Copier pour modifier »: a new sheet « Grille <newId> », valid from `fromMonth`. */
  copy(id: string, newId: string, fromMonth: string): Promise<GridsChange>;
  /** « Importer un fichier de grille »: checks the JSON file, then adds its sheet. */
  importFile(fileName: string, text: string): Promise<GridsChange>;
  /** « Exporter »: the grid file (JSON). */
  exportJson(id: string): Promise<Download>;
}

export async function listOn(port: WorkbookPort): Promise<GridsView> {
  const read = await readWorkbookGrids(port);
  return {
    grids: read.catalogue.list().map((e) => ({
      id: e.grid.id,
      family: e.grid.family,
      validFrom: e.grid.validFrom,
      validTo: e.grid.validTo,
      name: e.grid.name,
      sheet: e.origin.kind === "sheet" ? e.origin.where : undefined,
    })),
    issues: read.issues,
  };
}

async function entryOn(port: WorkbookPort, id: string): Promise<CatalogueEntry> {
  const read = await readWorkbookGrids(port);
  const found = read.catalogue.entry(id);
  if (!found?.raw) throw new Error(t("grids.unknown", { name: id, available: read.catalogue.availableText() }));
  return found;
}

export async function tableOn(port: WorkbookPort, id: string): Promise<(string | number | null)[][]> {
  const e = await entryOn(port, id);
  return gridSheet(e.raw as GridJson).rows.map((r) =>
    r === null ? [] : r.map((c) => (typeof c.value === "boolean" ? String(c.value) : c.value)),
  );
}

const problem = (message: string, sheet?: string): Issue => ({ severity: "error", code: "GRID", sheet, message });

/** Adds the grid's sheet (never over an existing one), after checking it with the schema and the rules. */
async function addSheet(port: WorkbookPort, raw: GridJson, where: string): Promise<GridsChange> {
  try {
    loadGrid(raw);
  } catch (e) {
    if (!(e instanceof GridError)) throw e;
    return {
      sheet: null,
      issues: e.problems.map((p) =>
        problem(t("gridFile.problem", { file: where, id: e.gridId, field: p.field, problem: p.problem })),
      ),
    };
  }
  const name = gridSheetName(String(raw.id));
  const existing = await port.sheetNames();
  if (existing.some((n) => n.toLowerCase() === name.toLowerCase())) {
    return {
      sheet: null,
      issues: [problem(t("pane.gridSheetExists", { sheet: name }), name)],
    };
  }
  // The key "grille" is not a month: no run ever replaces this sheet.
  await port.writeSheets([gridSheet(raw)], "grille", []);
  return { sheet: name, issues: [] };
}

export async function copyOn(port: WorkbookPort, id: string, newId: string, fromMonth: string): Promise<GridsChange> {
  const read = await readWorkbookGrids(port);
  const source = read.catalogue.entry(id);
  if (!source?.raw)
    return {
      sheet: null,
      issues: [problem(t("grids.unknown", { name: id, available: read.catalogue.availableText() }))],
    };
  const taken = read.catalogue.entry(newId.trim());
  if (taken)
    return {
      sheet: null,
      issues: [
        problem(
          t("pane.gridIdTaken", {
            taken: message("grids.idTaken", {
              id: newId,
              where: taken.origin.kind === "built-in" ? message("pane.gridBuiltIn") : (taken.origin.where ?? ""),
            }),
          }),
        ),
      ],
    };
  const { validTo: _validTo, $schema: _schema, ...rest } = source.raw;
  const copy: GridJson = {
    ...rest,
    id: newId.trim(),
    validFrom: fromMonth,
    name: t("grids.copyName", { name: String(source.raw.name), month: fromMonth }),
  };
  return addSheet(port, copy, t("pane.gridCopy"));
}

export async function importOn(port: WorkbookPort, fileName: string, text: string): Promise<GridsChange> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { sheet: null, issues: [problem(t("gridFile.badJson", { file: fileName, reason: (e as Error).message }))] };
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw))
    return { sheet: null, issues: [problem(t("pane.gridObjectExpected", { file: fileName }))] };
  return addSheet(port, raw as GridJson, fileName);
}

export async function exportOn(port: WorkbookPort, id: string): Promise<Download> {
  const e = await entryOn(port, id);
  const { $schema: _schema, ...raw } = e.raw!;
  return {
    fileName: `${e.grid.id}.json`,
    blob: new Blob([JSON.stringify(raw, null, 2) + "\n"], { type: "application/json" }),
  };
}

/** The actions over a port given by `open` (each action opens it afresh: the workbook may have changed). */
export function gridsActions(
  open: () => Promise<WorkbookPort>,
  after?: (change: GridsChange, port: WorkbookPort) => Promise<GridsChange>,
): GridsActions {
  const then = async (port: WorkbookPort, change: GridsChange) =>
    after && change.sheet ? after(change, port) : change;
  return {
    list: async () => listOn(await open()),
    table: async (id) => tableOn(await open(), id),
    copy: async (id, newId, fromMonth) => {
      const port = await open();
      return then(port, await copyOn(port, id, newId, fromMonth));
    },
    importFile: async (fileName, text) => {
      const port = await open();
      return then(port, await importOn(port, fileName, text));
    },
    exportJson: async (id) => exportOn(await open(), id),
  };
}
