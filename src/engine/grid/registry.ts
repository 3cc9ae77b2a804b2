import { UnknownGridError } from "../errors";
import mooh2025 from "../grids/mooh-2025.json";
import sudEst2018 from "../grids/sud-est-2018.json";
import { GridCatalogue } from "./catalogue";
import type { Grid } from "./schema";
import { gridFromData } from "./validate";

/**
 * The grids shipped with the product, as data in the public grid format. Adding one = adding its JSON file
 * here. Their files are checked against the schema by a test (test/engine/gridFormat.test.ts), so they are
 * loaded with the rules only: the schema validator (ajv) stays out of the custom functions' bundle.
 */
const BUILT_IN: readonly unknown[] = [sudEst2018, mooh2025];

let grids: Map<string, Grid> | null = null;
let catalogue: GridCatalogue | null = null;

function all(): Map<string, Grid> {
  if (!grids) grids = new Map(BUILT_IN.map((raw) => gridFromData(raw)).map((g) => [g.id, g]));
  return grids;
}

/** Ids of the built-in grids. */
export function gridIds(): string[] {
  return [...all().keys()];
}

/** The built-in grids. */
export function listGrids(): Grid[] {
  return [...all().values()];
}

/** The built-in grid of that id, or an UnknownGridError that lists the available ones. */
export function getGrid(id: string): Grid {
  const grid = all().get(typeof id === "string" ? id.trim() : id);
  if (!grid) throw new UnknownGridError(String(id), gridIds());
  return grid;
}

/** The built-in grids as a catalogue (a workbook's or a file's grids are added with `.with(…)`). */
export function builtInCatalogue(): GridCatalogue {
  if (!catalogue) {
    const raws = BUILT_IN as Record<string, unknown>[];
    catalogue = new GridCatalogue(
      listGrids().map((grid, i) => ({ grid, origin: { kind: "built-in" as const }, raw: raws[i] })),
    );
  }
  return catalogue;
}
