/**
 * Checks of an imported value before it lands in the workbook: the producer exists in Producteurs (by Code,
 * or by an EDE column there if the file gives herd numbers), his consent, and plausible values. A value
 * outside them is rejected with its reason, never corrected: nothing is silently changed (a fat content in %
 * is not turned into g/l).
 *
 * Plausible values are the grid's own (`plausible` in src/engine/grids/*.json, the ranges the statement run
 * and the custom functions check too), in the unit of the producer's grid: fat 20–70 g/l for sud-est-2018,
 * 2–7 % for mooh-2025… A producer with a blank Grille is checked against the import's grid (decideImportGrid):
 * 4,1 (a % fat) is refused for him in a g/l workbook.
 *
 * Grids are resolved through the same catalogue as the statement run (readWorkbookGrids: the built-in grids
 * and the workbook's « Grille <id> » sheets): a producer whose Grille names a workbook grid is checked against
 * that grid's plausible ranges, and one naming a family against the version valid for the month of each row
 * (the importer resolves it per row: gridLookup, as the run does for its month).
 */
import {
  builtInCatalogue,
  plausibilityProblem,
  type Criterion,
  type Decimal,
  type Grid,
  type GridCatalogue,
} from "../engine";
import { codeKey, gridKey, parseCode, parseText, parseYesNo, Bad } from "../inputs";
import { Columns } from "../inputs/columns";
import { SHEETS } from "../inputs/tables";
import { t } from "../messages";
import { ImportError } from "./errors";
import type { TableData } from "../workbook/port";
import type { ContentUnit } from "./mapping";

export interface ProducerInfo {
  /** Code as written in Producteurs (what is written in Analyses/Livraisons). */
  code: string;
  consent: boolean;
  /** Grid id (normalized) or null when blank. */
  grid: string | null;
}

const PRODUCER_SPECS = {
  code: { header: "Code", required: true },
  grid: { header: "Grille" },
  consent: { header: "Consentement" },
  ede: { header: "EDE", aliases: ["n ede", "no ede", "numero ede", "code ede", "n cheptel", "cheptel"] },
};

/** The producers of the workbook, found by code (case-insensitive) or by EDE number. */
export class ProducerIndex {
  private readonly byCode = new Map<string, ProducerInfo>();
  private readonly byEde = new Map<string, ProducerInfo>();

  constructor(table: TableData) {
    const c = new Columns(table, PRODUCER_SPECS);
    for (const { values } of table.rows) {
      const code = parseCode(c.cell(values, "code"));
      // A code that cannot be read (an Excel error) names no producer: the run reports it.
      if (code === null || code instanceof Bad) continue;
      const consentValue = parseYesNo(c.cell(values, "consent"));
      // An unreadable consent is not a yes (as in the statement run).
      const consent = consentValue instanceof Bad ? false : (consentValue ?? true);
      const gridText = parseText(c.cell(values, "grid"));
      // An unreadable grid is not the run's grid: such a producer's results are checked against no unit.
      const info: ProducerInfo = {
        code,
        consent,
        grid: gridText === null || gridText instanceof Bad ? null : gridKey(gridText),
      };
      if (!this.byCode.has(codeKey(code))) this.byCode.set(codeKey(code), info);
      const ede = parseCode(c.cell(values, "ede"));
      if (ede !== null && !(ede instanceof Bad)) this.byEde.set(codeKey(ede.replace(/\s+/g, "")), info);
    }
  }

  get size(): number {
    return this.byCode.size;
  }

  find(code: string): ProducerInfo | undefined {
    const k = codeKey(code.trim());
    return this.byCode.get(k) ?? this.byEde.get(k.replace(/\s+/g, ""));
  }
}

/**
 * The grid an import checks its values against when a producer's Grille is blank (as the statement run does):
 * `--grid` (or the pane's choice) when given, else the only grid named in PrixDeBase. With none or several,
 * a blank-Grille producer's rows are rejected with the reason: there is no unit to compare with.
 */
export interface ImportGrid {
  /** The grid's name as written (an id, or a family resolved per row's month), or null. */
  grid: string | null;
  /** Why there is none, for the reject's reason. */
  why: string;
}

export function decideImportGrid(
  prices: TableData | null,
  option?: string,
  catalogue: GridCatalogue = builtInCatalogue(),
): ImportGrid {
  if (option !== undefined) {
    const name = gridKey(option);
    if (!catalogue.knows(name))
      throw new ImportError(t("inputs.gridUnknown", { name: option, grids: catalogue.availableText() }));
    return { grid: name, why: "" };
  }
  const named = new Set<string>();
  if (prices) {
    const c = new Columns(prices, PRICE_SPECS);
    for (const { values } of prices.rows) {
      const text = parseText(c.cell(values, "grid"));
      if (typeof text === "string" && catalogue.knows(gridKey(text))) named.add(gridKey(text));
    }
  }
  if (named.size === 1) return { grid: [...named][0], why: "" };
  return {
    grid: null,
    why:
      named.size === 0
        ? t("intake.noKnownGrid", { sheet: SHEETS.prices })
        : t("intake.severalGrids", { sheet: SHEETS.prices, grids: [...named].join(", ") }),
  };
}

const PRICE_SPECS = { grid: { header: "Grille" } };

/**
 * The grid name of a producer for the checks: his Grille, or the import's grid when it is blank; a text saying
 * why his values cannot be checked otherwise (unknown grid, unreadable grid sheet, no import grid). A family
 * is resolved later, for each row's month.
 */
export function producerGrid(
  producer: ProducerInfo,
  importGrid: ImportGrid,
  catalogue: GridCatalogue = builtInCatalogue(),
  broken?: ReadonlyMap<string, string>,
): { name: string } | string {
  const { grid, code } = producer;
  if (grid !== null) {
    if (catalogue.knows(grid)) return { name: grid };
    const why = broken?.get(grid);
    if (why) return t("intake.producerGridUnusable", { grid, code, why });
    return t("intake.producerGridUnknown", { grid, code, grids: catalogue.availableText() });
  }
  if (importGrid.grid) return { name: importGrid.grid };
  return t("intake.gridUndecidable", { code, why: importGrid.why, sheet: SHEETS.producers });
}

/**
 * Why a value is not plausible for the producer's grid (its ranges, in its unit: src/engine/grid/plausible.ts),
 * or null. `declared`: a fat/protein unit written in the file's header ("MG (g/l)"), which must be the grid's:
 * a value is never converted.
 */
export function rangeProblem(
  criterion: Criterion,
  value: Decimal,
  grid: Grid,
  declared: ContentUnit | null,
): string | null {
  if (criterion === "INHIBITEURS") return null;
  if (declared && (criterion === "MG" || criterion === "MP")) {
    const unit = grid.criteria[criterion]?.unit;
    if (unit && unit !== declared) return t("intake.unitMismatch", { criterion, declared, grid: grid.id, unit });
  }
  return plausibilityProblem(grid, criterion, value);
}

/** A volume of one collection outside the grid's bound (0 is kept: a collection that brought nothing). */
export function volumeProblem(volume: Decimal, grid: Grid): string | null {
  return plausibilityProblem(grid, "VOLUME", volume);
}
