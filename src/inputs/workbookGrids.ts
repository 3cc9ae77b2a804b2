/**
 * The grids a workbook carries: every sheet named « Grille <id> », read through the same schema and rules as
 * a grid file. They join the built-in grids (and --grid-file grids) in the run's catalogue. A run only reads
 * them: a grid sheet is the user's and is never rewritten. A sheet that cannot be read is reported at its
 * row and column and its grid is unusable (a producer naming it is told so); the other grids still work.
 */
import { builtInCatalogue, type CatalogueEntry, type GridCatalogue } from "../engine";
import { t } from "../messages/inputs";
import { gridIdOfSheet } from "./gridSheetLayout";
import { readGridSheet } from "./gridSheetRead";
import type { WorkbookPort } from "../workbook/port";
import type { Issue } from "./issues";

export interface WorkbookGrids {
  catalogue: GridCatalogue;
  /** The workbook's readable grids (sheet order). */
  sheets: CatalogueEntry[];
  /** Problems of the grid sheets (errors at sheet, row, column) and grids replaced by another of the same id. */
  issues: Issue[];
  /** Grid id → why its sheet cannot be used. */
  broken: Map<string, string>;
}

export async function readWorkbookGrids(
  port: WorkbookPort,
  files: readonly CatalogueEntry[] = [],
  base: GridCatalogue = builtInCatalogue(),
): Promise<WorkbookGrids> {
  const sheets: CatalogueEntry[] = [];
  const issues: Issue[] = [];
  const broken = new Map<string, string>();
  for (const name of await port.sheetNames()) {
    const id = gridIdOfSheet(name);
    if (id === null) continue;
    const table = await port.readTable(name);
    if (!table) continue;
    const read = readGridSheet(table);
    if (read.grid && read.raw) {
      sheets.push({ grid: read.grid, origin: { kind: "sheet", where: name }, raw: read.raw });
    } else {
      issues.push(...read.issues);
      broken.set(
        id.toLowerCase(),
        t("inputs.gridSheetBroken", { sheet: name, n: read.issues.length, first: where(read.issues[0]) }),
      );
    }
  }
  const replaced = (entry: CatalogueEntry, earlier: CatalogueEntry | undefined) => {
    if (!earlier) return;
    issues.push({
      severity: "warning",
      code: "GRID",
      sheet: entry.origin.kind === "sheet" ? entry.origin.where : undefined,
      message: t("inputs.gridReplaced", { id: entry.grid.id, by: origin(entry), was: origin(earlier) }),
    });
  };
  let catalogue = base;
  for (const entry of [...sheets, ...files]) {
    replaced(entry, catalogue.entry(entry.grid.id));
    catalogue = catalogue.with([entry]);
  }
  return { catalogue, sheets, issues, broken };
}

/** Where a grid comes from, as a message names it: « la feuille « Grille x » », « le fichier x.json »… */
function origin(entry: CatalogueEntry): string {
  if (entry.origin.kind === "built-in") return t("inputs.gridBuiltIn");
  if (entry.origin.kind === "sheet") return t("inputs.gridFromSheet", { sheet: String(entry.origin.where) });
  return t("inputs.gridFromFile", { file: String(entry.origin.where) });
}

function where(i: Issue | undefined): string {
  if (!i) return "?";
  const at = { row: i.row ?? "?", message: i.message };
  return i.column ? t("inputs.gridSheetProblemColumn", { ...at, column: i.column }) : t("inputs.gridSheetProblem", at);
}
