/**
 * Grid files on the command line (--grid-file, `grids check/import`): read, parsed and checked with the grid
 * schema and rules; a problem is one French line naming the file, the grid, the field and what was expected.
 */
import * as fs from "node:fs";
import { GridError, loadGrid, type CatalogueEntry } from "../engine";

export interface GridFileRead {
  entry?: CatalogueEntry;
  /** Every problem, one line each (empty when the grid is usable). */
  problems: string[];
}

export function readGridFile(file: string): GridFileRead {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    return { problems: [`${file} : lecture impossible (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { problems: [`${file} : JSON illisible (${(e as Error).message})`] };
  }
  try {
    const grid = loadGrid(raw);
    return { entry: { grid, origin: { kind: "file", where: file }, raw: raw as Record<string, unknown> }, problems: [] };
  } catch (e) {
    if (!(e instanceof GridError)) throw e;
    return { problems: e.problems.map((p) => `${file} : grille « ${e.gridId} » : ${p.field} : ${p.problem}`) };
  }
}

/** The grids of several --grid-file options, or the first file's problem (one line, with a count of the others). */
export function readGridFiles(files: readonly string[]): CatalogueEntry[] | string {
  const entries: CatalogueEntry[] = [];
  for (const file of files) {
    const read = readGridFile(file);
    if (!read.entry) return read.problems[0] + (read.problems.length > 1 ? ` (et ${read.problems.length - 1} autre${read.problems.length > 2 ? "s" : ""} problème${read.problems.length > 2 ? "s" : ""} : npm run grids -- check ${file})` : "");
    entries.push(read.entry);
  }
  return entries;
}
