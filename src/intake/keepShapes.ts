/**
 * Not business: a measured speed need of the import (bench/import.ts). V8 throws away the optimised code of
 * the results checks once no object of the shapes it was compiled for is left alive, which a garbage
 * collection between two imports brings about: every import would then run its first rows unoptimised
 * again. The last results pass is kept, emptied of its import's data (release), until the next one.
 *
 * Measured (bench/import.ts, 100 000 rows, CPU time, medians of 15 imports): the import's own work beside
 * parsing the file is about 60 ms with it, 80 to 100 ms without.
 */
import type { TableData } from "../workbook/port";
import type { SourceTable } from "./source";

/** A pass that can drop its import's data and keep its objects. */
export interface Releasable {
  release(): void;
}

const kept: { pass: Releasable | null } = { pass: null };

export function keepShapes(pass: Releasable): void {
  pass.release();
  kept.pass = pass;
}

/** What a released pass holds instead of the file and the target table. */
export const EMPTY_SOURCE: SourceTable = {
  fileName: "",
  format: "csv",
  headerLine: 0,
  headers: [],
  rows: [],
  preamble: 0,
  rawLine: () => "",
};
export const EMPTY_TABLE: TableData = { sheet: "", headerRow: 0, firstColumn: 1, headers: [], rows: [] };
