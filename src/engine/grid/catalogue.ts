/**
 * The grids a run, a command or a formula can use: the built-in ones and those a workbook or a file brings.
 * A name is resolved as an id first (that exact grid), else as a family: the version valid for the month.
 *
 * Choices (README « Le format des grilles »): among the versions of a family valid in a month (validFrom ≤
 * month, and month ≤ validTo when given), the one that starts latest wins, so next year's version supersedes
 * this year's without closing it; on equal starts the one added last (the workbook's, after the built-in)
 * wins. Without a month (formulas), a family names its latest version. A workbook grid whose id is a
 * built-in id replaces the built-in one (the caller reports it).
 */
import { t } from "../../messages/gridProblems";
import { UnknownGridError } from "../errors";
import type { Grid } from "./schema";

/** Where a grid comes from: "built-in", a workbook sheet (« Grille <id> ») or a file. */
export interface GridOrigin {
  kind: "built-in" | "sheet" | "file";
  /** Sheet name or file path (absent for built-in grids). */
  where?: string;
}

export interface CatalogueEntry {
  grid: Grid;
  origin: GridOrigin;
  /** The grid file as written (JSON), for export and the readable sheet; decimals as written ("-9.00"). */
  raw?: Record<string, unknown>;
}

/** A family named for a month that none of its versions covers; the message (language in use) names the versions. */
export class NoGridVersionError extends Error {
  constructor(
    readonly family: string,
    readonly month: string,
    readonly versions: readonly Grid[],
  ) {
    super(t("gridProblem.noVersion", { family, month, versions: versions.map(versionText).join(", ") }));
    this.name = "NoGridVersionError";
  }
}

/** "sud-est-2018 (de 2018-01)", "x (de 2025-01 à 2025-12)", in the language in use. */
export function versionText(g: Grid): string {
  return g.validTo
    ? t("gridProblem.versionFromTo", { id: g.id, from: g.validFrom, to: g.validTo })
    : t("gridProblem.versionFrom", { id: g.id, from: g.validFrom });
}

export class GridCatalogue {
  private readonly entries = new Map<string, CatalogueEntry>();

  constructor(entries: Iterable<CatalogueEntry> = []) {
    for (const e of entries) this.add(e);
  }

  /** Adds a grid; one of the same id is replaced (the later source wins). */
  add(entry: CatalogueEntry): void {
    this.entries.delete(entry.grid.id);
    this.entries.set(entry.grid.id, entry);
  }

  /** A copy with more grids. */
  with(entries: Iterable<CatalogueEntry>): GridCatalogue {
    const c = new GridCatalogue(this.entries.values());
    for (const e of entries) c.add(e);
    return c;
  }

  ids(): string[] {
    return [...this.entries.keys()];
  }

  list(): CatalogueEntry[] {
    return [...this.entries.values()];
  }

  entry(id: string): CatalogueEntry | undefined {
    return this.entries.get(id);
  }

  /** The versions of a family, by start month. */
  versions(family: string): Grid[] {
    return this.list()
      .map((e) => e.grid)
      .filter((g) => g.family === family)
      .sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0));
  }

  /** Whether `name` is an id or a family of this catalogue. */
  knows(name: string): boolean {
    return this.entries.has(name) || this.list().some((e) => e.grid.family === name);
  }

  /**
   * The grid `name` designates for `month`: that exact grid when it is an id, else the version of that
   * family valid for the month (the latest version without a month). Throws UnknownGridError (names the
   * ids and families available) or NoGridVersionError (names the versions).
   */
  resolve(name: string, month?: string): Grid {
    const key = typeof name === "string" ? name.trim() : String(name);
    const exact = this.entries.get(key);
    if (exact) return exact.grid;
    const versions = this.versions(key);
    if (versions.length === 0) throw new UnknownGridError(key, this.ids());
    if (month === undefined) return versions[versions.length - 1];
    let found: Grid | undefined;
    for (const g of versions) if (g.validFrom <= month && (g.validTo === undefined || month <= g.validTo)) found = g;
    if (!found) throw new NoGridVersionError(key, month, versions);
    return found;
  }

  /** The families that are not also ids (what a user may write besides an id). */
  families(): string[] {
    const ids = this.ids();
    return [...new Set(this.list().map((e) => e.grid.family))].filter((f) => !ids.includes(f));
  }

  /** "sud-est-2018, mooh-2025 (familles : sud-est, mooh)": for messages, in the language in use. */
  availableText(): string {
    const families = this.families();
    const ids = this.ids().join(", ");
    return families.length ? t("gridProblem.available", { ids, families: families.join(", ") }) : ids;
  }
}
