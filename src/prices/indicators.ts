/**
 * The Indicateurs table and the Sodiaal price A of a month (grids.md, "Base price formulas"; seed 001).
 *
 * Table `Indicateurs` (sheet or Excel table; headers matched like the other input tables):
 *   Mois (required) · Indicateur (required) · Valeur (required) · Poids (optional)
 *
 * Conventions (decisions, see README "Prices"):
 * - `FAM`        FranceAgriMer conventional French milk price of the month, €/1000 L.
 * - `SODIAAL_A`  Sodiaal average price A published for the month, €/1000 L. When the row for m − 3 is absent,
 *                the PrixDeBase of the grid price A is computed for (m − 3) is used instead, and the term says so
 *                (that base price is the price A the OP wrote for that month).
 * - `SAISONNALITE` regional seasonality of the month, €/1000 L, signed. Required: a month without seasonality
 *                types 0 (never assumed 0).
 * - Any other indicator is part of the product mix of its month, weighted by Poids (any positive scale; the
 *   mix is Σ poids × valeur ÷ Σ poids). A blank Poids takes the documented 2019 default (PGC_FRANCE 40,
 *   B2B 40, BEURRE_POUDRE 20: SODIAAL_2019_WEIGHTS) when the indicator is one of those three, else it is an
 *   error. Mix values are milk valuations in €/1000 L.
 * - Price A of m = mix of m + 50 % × (FAM of m − 3 − SODIAAL_A of m − 3) + SAISONNALITE of m.
 * Anything missing is an error naming the month and the indicator; nothing is ever read as 0.
 */
import {
  addMonths,
  builtInCatalogue,
  Decimal,
  NoGridVersionError,
  SODIAAL_2019_WEIGHTS,
  sodiaalPriceA,
  frNumber,
  type Grid,
  type GridCatalogue,
  type MixIndicator,
  type PriceA,
  type YearMonth,
} from "../engine";
import { gridLookup } from "../inputs/gridLookup";
import type { CellValue, TableData, WorkbookPort } from "../workbook/port";
import { RunError, type Issue } from "../inputs/issues";
import { Bad, normalizeKey, parseDecimal, parseMonth, parseText } from "../inputs";
import { Columns } from "../inputs/columns";
import { t } from "../messages";

export const INDICATORS_SHEET = "Indicateurs";

export const INDICATOR_COLUMNS = {
  month: { header: "Mois", required: true },
  indicator: { header: "Indicateur", required: true },
  value: { header: "Valeur", required: true },
  weight: { header: "Poids" },
};

/** The non-mix indicators. */
export const FAM = "FAM";
export const SODIAAL_A = "SODIAAL_A";
export const SEASONALITY = "SAISONNALITE";
const SPECIAL = new Set([FAM, SODIAAL_A, SEASONALITY]);

export interface IndicatorRow {
  row: number;
  month: YearMonth;
  /** Upper case, accents and spaces folded: "Beurre poudre" → "BEURRE_POUDRE". */
  indicator: string;
  value: Decimal;
  /** Null when Poids is blank. */
  weight: Decimal | null;
}

export interface IndicatorTable {
  sheet: string;
  rows: IndicatorRow[];
  /** Rows that could not be read (sheet, row, column, message). */
  issues: Issue[];
}

export function indicatorKey(text: string): string {
  return normalizeKey(text)
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
}

/** Parses an Indicateurs table (TableData from the port). */
export function parseIndicators(table: TableData): IndicatorTable {
  const c = new Columns(table, INDICATOR_COLUMNS);
  const rows: IndicatorRow[] = [];
  const issues: Issue[] = [];
  for (const { row, values } of table.rows) {
    const problems: Issue[] = [];
    const bad = (column: string, message: string) =>
      problems.push({ severity: "error", code: "VALUE", sheet: table.sheet, row, column, message });
    const month = parseMonth(c.cell(values, "month"));
    const name = parseText(c.cell(values, "indicator"));
    const value = parseDecimal(c.cell(values, "value"));
    const weight = parseDecimal(c.cell(values, "weight"));
    if (month === null) bad(c.ref.month, t("prices.monthMissing"));
    else if (month instanceof Bad) bad(c.ref.month, month.message);
    if (name === null) bad(c.ref.indicator, t("prices.indicatorMissing"));
    else if (name instanceof Bad) bad(c.ref.indicator, name.message);
    if (value === null) bad(c.ref.value, t("prices.valueMissing"));
    else if (value instanceof Bad) bad(c.ref.value, value.message);
    if (weight instanceof Bad) bad(c.ref.weight, weight.message);
    else if (weight !== null && weight.isNegative())
      bad(c.ref.weight, t("prices.negativeWeight", { weight: frNumber(weight) }));
    if (problems.length > 0) {
      issues.push(...problems);
      continue;
    }
    rows.push({
      row,
      month: month as YearMonth,
      indicator: indicatorKey(name as string),
      value: value as Decimal,
      weight: weight as Decimal | null,
    });
  }
  return { sheet: table.sheet, rows, issues };
}

export async function readIndicators(port: WorkbookPort): Promise<IndicatorTable> {
  const table = await port.readTable(INDICATORS_SHEET);
  if (!table) {
    const names = await port.sheetNames();
    throw new RunError(
      t("prices.indicatorsNotFound", { sheet: INDICATORS_SHEET, sheets: names.join(", ") || t("prices.noSheets") }),
    );
  }
  return parseIndicators(table);
}

export interface PriceAComputation extends PriceA {
  month: YearMonth;
  /** Month of FAM and SODIAAL_A (m − 3). */
  environmentMonth: YearMonth;
  mixIndicators: (MixIndicator & { row: number; defaultWeight: boolean })[];
  fam: { value: Decimal; row: number };
  sodiaal: { value: Decimal; row: number | null; source: "Indicateurs" | "PrixDeBase" };
  seasonality: Decimal;
  seasonalityRow: number;
}

const DEFAULT_WEIGHTS = new Map(SODIAAL_2019_WEIGHTS.map((w) => [w.indicator, new Decimal(w.weight)]));

/**
 * Price A of `month` from the table. `basePrices` (PrixDeBase of the grid price A is for, by month) supplies
 * SODIAAL_A of m − 3 when the table lacks it; `basePricesFrom` names where they come from (sheet and grid).
 * Throws RunError naming everything that is missing.
 */
export function priceAForMonth(
  table: IndicatorTable,
  month: YearMonth,
  basePrices?: ReadonlyMap<YearMonth, Decimal>,
  basePricesFrom: { sheet: string; grid?: string } = { sheet: "PrixDeBase" },
): PriceAComputation {
  const m3 = addMonths(month, -3);
  const problems: string[] = [];
  // A bad row of the months used makes the price unknowable: name it.
  for (const i of table.issues)
    problems.push(
      t("prices.rowProblem", { sheet: table.sheet, row: String(i.row), column: String(i.column), message: i.message }),
    );

  const single = (m: YearMonth, indicator: string) => {
    const found = table.rows.filter((r) => r.month === m && r.indicator === indicator);
    if (found.length > 1 && !found.every((r) => r.value.eq(found[0].value))) {
      const rows = found.map((r) => r.row).join(t("prices.and"));
      problems.push(t("prices.enteredTwice", { indicator, month: m, rows }));
      return null;
    }
    return found[0] ?? null;
  };
  const fam = single(m3, FAM);
  if (!fam) problems.push(t("prices.famMissing", { indicator: FAM, month: m3 }));
  const sodiaalRow = single(m3, SODIAAL_A);
  let sodiaal: PriceAComputation["sodiaal"] | null = sodiaalRow
    ? { value: sodiaalRow.value, row: sodiaalRow.row, source: "Indicateurs" }
    : null;
  if (!sodiaal && basePrices?.has(m3)) sodiaal = { value: basePrices.get(m3)!, row: null, source: "PrixDeBase" };
  const { sheet: pricesSheet, grid: pricesGrid } = basePricesFrom;
  if (!sodiaal) {
    const prices = pricesGrid ? t("prices.basePricesOfGrid", { sheet: pricesSheet, grid: pricesGrid }) : pricesSheet;
    problems.push(t("prices.sodiaalMissing", { indicator: SODIAAL_A, month: m3, prices }));
  }
  const season = single(month, SEASONALITY);
  if (!season) problems.push(t("prices.seasonalityMissing", { indicator: SEASONALITY, month }));

  const mixIndicators = mixIndicatorsOf(table, month, problems);

  if (problems.length > 0) throw new RunError(t("prices.priceAImpossible", { month, problems: problems.join(" ; ") }));
  const a = sodiaalPriceA({
    mix: mixIndicators,
    famPriceM3: fam!.value,
    sodiaalPriceM3: sodiaal!.value,
    seasonality: season!.value,
  });
  const terms = priceATerms(a, month, mixIndicators, sodiaal!, basePricesFrom);
  return {
    ...a,
    terms,
    month,
    environmentMonth: m3,
    mixIndicators,
    fam: { value: fam!.value, row: fam!.row },
    sodiaal: sodiaal!,
    seasonality: a.seasonality,
    seasonalityRow: season!.row,
  };
}

/** The month's product-mix indicators with their weights; what is wrong with them goes to `problems`. */
function mixIndicatorsOf(
  table: IndicatorTable,
  month: YearMonth,
  problems: string[],
): PriceAComputation["mixIndicators"] {
  const mixRows = table.rows.filter((r) => r.month === month && !SPECIAL.has(r.indicator));
  const mixIndicators: PriceAComputation["mixIndicators"] = [];
  const seen = new Map<string, IndicatorRow>();
  for (const r of mixRows) {
    const earlier = seen.get(r.indicator);
    if (earlier) {
      problems.push(
        t("prices.indicatorDuplicate", { indicator: r.indicator, month, first: earlier.row, second: r.row }),
      );
      continue;
    }
    seen.set(r.indicator, r);
    const weight = r.weight ?? DEFAULT_WEIGHTS.get(r.indicator) ?? null;
    if (weight === null) {
      const defaults = [...DEFAULT_WEIGHTS.keys()].join(", ");
      problems.push(t("prices.noWeight", { indicator: r.indicator, month, row: r.row, defaults }));
      continue;
    }
    mixIndicators.push({
      indicator: r.indicator,
      value: r.value,
      weight,
      row: r.row,
      defaultWeight: r.weight === null,
    });
  }
  if (mixRows.length === 0)
    problems.push(t("prices.noMix", { month, examples: SODIAAL_2019_WEIGHTS.map((w) => w.indicator).join(", ") }));
  else if (mixIndicators.length > 0 && mixIndicators.every((i) => i.weight.isZero()))
    problems.push(t("prices.zeroWeights", { month }));
  return mixIndicators;
}

/** The terms of price A as the sheet explains them (French document content, not messages). */
function priceATerms(
  a: ReturnType<typeof sodiaalPriceA>,
  month: YearMonth,
  mixIndicators: PriceAComputation["mixIndicators"],
  sodiaal: PriceAComputation["sodiaal"],
  basePricesFrom: { sheet: string; grid?: string },
): string[] {
  const m3 = addMonths(month, -3);
  const mixTerm = `mix produits de ${month} : ${mixIndicators.map((i) => `${i.indicator} ${frNumber(i.value, 2)} × ${frNumber(i.weight)}${i.defaultWeight ? " (poids 2019 par défaut)" : ""}`).join(" + ")} ÷ ${frNumber(mixIndicators.reduce((s, i) => s.plus(i.weight), new Decimal(0)))} = ${frNumber(a.mix, 2)} €/1000 L`;
  const terms = [mixTerm, ...a.terms.slice(1)];
  const pricesLabel = basePricesFrom.grid
    ? `${basePricesFrom.sheet} (grille ${basePricesFrom.grid})`
    : basePricesFrom.sheet;
  if (sodiaal.source === "PrixDeBase")
    terms.splice(
      2,
      0,
      `prix A Sodiaal de ${m3} absent des indicateurs : pris dans ${pricesLabel} (${frNumber(sodiaal.value, 2)} €/1000 L)`,
    );
  return terms;
}

/**
 * Grids priced in €/1000 L that price A can be the base price of, in `month`: one per family, the version
 * valid that month, from the catalogue of the run (built-in grids and the workbook's « Grille <id> » sheets).
 */
export function priceAGrids(catalogue: GridCatalogue = builtInCatalogue(), month?: string): string[] {
  const ids = new Set<string>();
  for (const family of new Set(catalogue.list().map((e) => e.grid.family))) {
    let grid: Grid;
    try {
      grid = catalogue.resolve(family, month);
    } catch (e) {
      if (e instanceof NoGridVersionError) continue; // a family with no version that month
      throw e;
    }
    if (grid.priceUnit === "€/1000 L") ids.add(grid.id);
  }
  return [...ids];
}

/**
 * The grid price A is written for: `wanted` (an id, or a family: its version for the month), else the only
 * grid priced in €/1000 L that month. Resolved as the run resolves a grid (gridLookup), so a workbook grid
 * sheet can be named, and an unreadable one is said to be so.
 */
export function priceAGrid(
  wanted: string | undefined,
  month: YearMonth,
  catalogue: GridCatalogue = builtInCatalogue(),
  broken?: ReadonlyMap<string, string>,
): string {
  if (wanted !== undefined) {
    const name = wanted
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, "-");
    const grid = gridLookup(catalogue, month, broken)(name);
    if (typeof grid === "string") throw new RunError(grid);
    if (grid.priceUnit !== "€/1000 L")
      throw new RunError(t("prices.gridNotPerLitre", { grid: grid.id, unit: grid.priceUnit }));
    return grid.id;
  }
  const candidates = priceAGrids(catalogue, month);
  if (candidates.length === 1) return candidates[0];
  if (candidates.length === 0) throw new RunError(t("prices.noGridPerLitre", { month }));
  throw new RunError(t("prices.severalGridsPerLitre", { grids: candidates.join(", ") }));
}

export type { CellValue };
