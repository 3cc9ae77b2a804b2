/**
 * Grid files on the command line (--grid-file, `grids check/import`): read, parsed and checked with the grid
 * schema and rules; a problem is one line naming the file, the grid, the field and what was expected (the
 * framing from the catalogue, src/messages; the field's problem is the engine's gridProblems part). The callers
 * pass the paths already resolved (userPath).
 */
import * as fs from "node:fs";
import { GridError, loadGrid, type CatalogueEntry } from "../engine";
import { t } from "../messages";
import { errnoText } from "./common";

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
    return { problems: [t("gridFile.unreadable", { file, reason: errnoText(e) })] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { problems: [t("gridFile.badJson", { file, reason: (e as Error).message })] };
  }
  try {
    const grid = loadGrid(raw);
    return {
      entry: { grid, origin: { kind: "file", where: file }, raw: raw as Record<string, unknown> },
      problems: [],
    };
  } catch (e) {
    if (!(e instanceof GridError)) throw e;
    return {
      problems: e.problems.map((p) =>
        t("gridFile.problem", { file, id: e.gridId, field: p.field, problem: p.problem }),
      ),
    };
  }
}

/** The grids of several --grid-file options, or the first file's problem (one line, with a count of the others). */
export function readGridFiles(files: readonly string[]): CatalogueEntry[] | string {
  const entries: CatalogueEntry[] = [];
  for (const file of files) {
    const read = readGridFile(file);
    if (!read.entry)
      return read.problems.length > 1
        ? t("gridFile.more", { first: read.problems[0], n: read.problems.length - 1, file })
        : read.problems[0];
    entries.push(read.entry);
  }
  return entries;
}
