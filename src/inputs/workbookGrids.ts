/**
 * The grids a workbook carries: every sheet named « Grille <id> », read through the same schema and rules as
 * a grid file. They join the built-in grids (and --grid-file grids) in the run's catalogue. A run only reads
 * them: a grid sheet is the user's and is never rewritten. A sheet that cannot be read is reported at its
 * row and column and its grid is unusable (a producer naming it is told so); the other grids still work.
 */
import { builtInCatalogue, type CatalogueEntry, type GridCatalogue } from "../engine";
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
        `la feuille « ${name} » a ${read.issues.length} erreur${read.issues.length > 1 ? "s" : ""} (voir les contrôles ; première : ${where(read.issues[0])})`,
      );
    }
  }
  const replaced = (entry: CatalogueEntry, earlier: CatalogueEntry | undefined) => {
    if (!earlier) return;
    const by =
      entry.origin.kind === "sheet" ? `la feuille « ${entry.origin.where} »` : `le fichier ${entry.origin.where}`;
    const was =
      earlier.origin.kind === "built-in"
        ? "la grille intégrée"
        : earlier.origin.kind === "sheet"
          ? `la feuille « ${earlier.origin.where} »`
          : `le fichier ${earlier.origin.where}`;
    issues.push({
      severity: "warning",
      code: "GRID",
      sheet: entry.origin.kind === "sheet" ? entry.origin.where : undefined,
      message: `grille « ${entry.grid.id} » : ${by} remplace ${was} du même identifiant`,
    });
  };
  let catalogue = base;
  for (const entry of [...sheets, ...files]) {
    replaced(entry, catalogue.entry(entry.grid.id));
    catalogue = catalogue.with([entry]);
  }
  return { catalogue, sheets, issues, broken };
}

function where(i: Issue | undefined): string {
  if (!i) return "?";
  return `ligne ${i.row ?? "?"}${i.column ? `, colonne ${i.column}` : ""} : ${i.message}`;
}
