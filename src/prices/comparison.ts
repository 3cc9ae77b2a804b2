/**
 * Comparison of the grids for a month (grids.md, "Base price formulas and price comparison"): the question an
 * OP asks before negotiating with a buyer.
 * - For every available grid: its PSL standardized producer price (standard producer of 180 000 kg and of
 *   350 000 kg a year) at that grid's base price of the month (PrixDeBase); a grid without a base price for
 *   the month says so.
 * - For every producer with usable data: what the same month would have paid under each grid, with the same
 *   deliveries, results and events (converted to the grid's units: convert.ts), the grid's base price of the
 *   month and the same history. Each grid is shown in its own currency and price unit, and per kilogram
 *   (€/1000 L ÷ 1.03 = €/1000 kg); currencies are never converted (no exchange rate is a given).
 * Same building blocks as the statement run: readTables, gather (which producers, their data and history),
 * computeStatement, standardizedPrice.
 */
import {
  computeStatement,
  DEFAULT_KG_PER_LITRE,
  builtInCatalogue,
  type CatalogueEntry,
  type GridCatalogue,
  round2,
  standardizedPrice,
  STANDARD_PRODUCER,
  Decimal,
  type Grid,
  type ProducerMonthInput,
  type StandardPrice,
  type Statement,
  type YearMonth,
} from "../engine";
import { engineInput, gather, type ProducerEntry } from "../run/gather";
import { RunError, type Issue } from "../inputs/issues";
import { readTables, type InputTables } from "../inputs/tables";
import { readWorkbookGrids } from "../inputs/workbookGrids";
import { t } from "../messages";
import type { WorkbookPort } from "../workbook/port";
import { basePriceOf } from "./basePrices";
import { convertData } from "./convert";

export const PSP_ANNUAL_KG = [STANDARD_PRODUCER.annualKg, new Decimal(350000)] as const;

export interface GridColumn {
  grid: string;
  name: string;
  currency: string;
  priceUnit: string;
  volumeUnit: string;
  basePrice: Decimal | null;
  /** PSP for 180 000 kg and 350 000 kg a year; empty without a base price. */
  psp: StandardPrice[];
  /** Why the grid has no PSP or producer figures (no base price…). */
  problem?: string;
}

export interface ProducerUnderGrid {
  grid: string;
  statement: Statement | null;
  /** Price per kilogram: €/1000 kg for a €/1000 L grid, cts/kg as is. */
  pricePerKg: Decimal | null;
  pricePerKgUnit: string;
  /** What was converted to apply this grid (empty under the producer's own units). */
  conversions: string[];
  error?: string;
}

export interface ProducerComparison {
  code: string;
  name: string | null;
  /** The producer's own grid (his data is in its units). */
  grid: string;
  byGrid: ProducerUnderGrid[];
}

export interface Comparison {
  month: YearMonth;
  kgPerLitre: Decimal;
  grids: GridColumn[];
  producers: ProducerComparison[];
  /** Producers left out (no consent, unreadable data, unknown grid) and other problems. */
  issues: Issue[];
}

export interface CompareOptions {
  month: YearMonth;
  /** Grid of producers whose Grille is blank (their data's units), as for the statement run. */
  grid?: string;
  kgPerLitre?: Decimal;
  /** Grids to compare (default: every available grid: built-in, the workbook's grid sheets, --grid-file). */
  grids?: readonly string[];
  /** Grids from files (command line --grid-file), added to the built-in ones and the workbook's sheets. */
  gridFiles?: CatalogueEntry[];
  /** The grids available (set by compareGrids from the workbook; default: the built-in ones). */
  catalogue?: GridCatalogue;
}

export function perKg(grid: Grid, price: Decimal | null, factor: Decimal): { value: Decimal | null; unit: string } {
  const money = grid.currency === "EUR" ? "€" : grid.currency;
  if (grid.volumeUnit === "L")
    return { value: price === null ? null : round2(price.div(factor)), unit: `${money}/1000 kg` };
  return { value: price, unit: grid.priceUnit };
}

export async function compareGrids(port: WorkbookPort, options: CompareOptions): Promise<Comparison> {
  const tables = await readTables(port);
  const grids = await readWorkbookGrids(port, options.gridFiles);
  const comparison = compareTables(tables, { ...options, catalogue: grids.catalogue });
  comparison.issues.unshift(...grids.issues);
  return comparison;
}

export function compareTables(tables: InputTables, options: CompareOptions): Comparison {
  const month = options.month;
  const factor = options.kgPerLitre ?? DEFAULT_KG_PER_LITRE;
  if (!factor.gt(0)) throw new RunError(t("prices.badKgPerLitre", { factor: factor.toString() }));
  const catalogue = options.catalogue ?? builtInCatalogue();
  const ids = options.grids ?? catalogue.ids();
  const byId = new Map(ids.map((id) => [id, catalogue.resolve(id, month)]));
  const getGrid = (id: string) => byId.get(id) ?? catalogue.resolve(id, month);
  const grids = ids.map((id) => gridColumn(getGrid(id), id, tables, month, factor));

  const g = gather(tables, { month, grid: options.grid, catalogue });
  const issues: Issue[] = [];
  const producers: ProducerComparison[] = [];
  for (const e of g.producers) {
    if (!usable(e)) {
      issues.push({
        severity: "warning",
        code: "COMPARISON",
        producer: e.code,
        message:
          e.status === "no-consent"
            ? t("prices.noConsent")
            : t("prices.excluded", { reasons: e.errors.map((i) => i.message).join(" ; ") || t("prices.unknownGrid") }),
      });
      continue;
    }
    // The producer's own engine input, whatever the base price (only his data and history are used).
    const input = engineInput(g, { ...e, basePrice: e.basePrice ?? new Decimal(0) });
    const byGrid = grids.map((col) => underGrid(input, e.grid!, getGrid(col.grid), col, factor));
    producers.push({ code: e.code, name: e.name, grid: e.grid!.id, byGrid });
  }
  return { month, kgPerLitre: factor, grids, producers, issues: [...issues] };
}

/** A grid's column: its base price of the month and its PSL standardized prices, or why it has none. */
function gridColumn(grid: Grid, id: string, tables: InputTables, month: YearMonth, factor: Decimal): GridColumn {
  const base = basePriceOf(tables.prices, id, month);
  const col: GridColumn = {
    grid: id,
    name: grid.name,
    currency: grid.currency,
    priceUnit: grid.priceUnit,
    volumeUnit: grid.volumeUnit,
    basePrice: base.price,
    psp: [],
  };
  if (base.price === null) col.problem = base.problem;
  else {
    try {
      col.psp = PSP_ANNUAL_KG.map((annualKg) =>
        standardizedPrice({ grid, basePrice: base.price!, month, annualKg, kgPerLitre: factor }),
      );
    } catch (e) {
      col.problem = t("prices.standardizedFailed", { detail: (e as Error).message });
    }
  }
  return col;
}

/** The producer's month under `grid` (his data converted to its units), or why it could not be computed. */
function underGrid(
  input: ProducerMonthInput,
  own: Grid,
  grid: Grid,
  col: GridColumn,
  factor: Decimal,
): ProducerUnderGrid {
  const unit = perKg(grid, null, factor).unit;
  if (col.basePrice === null)
    return {
      grid: col.grid,
      statement: null,
      pricePerKg: null,
      pricePerKgUnit: unit,
      conversions: [],
      error: col.problem,
    };
  const data = convertData(
    { deliveries: input.deliveries, results: input.results, events: input.events ?? [] },
    own,
    grid,
    factor,
  );
  try {
    const statement = computeStatement({
      ...input,
      grid,
      basePrice: col.basePrice,
      deliveries: data.deliveries,
      results: data.results,
      events: data.events,
    });
    return {
      grid: col.grid,
      statement,
      pricePerKg: perKg(grid, statement.pricePerUnit, factor).value,
      pricePerKgUnit: unit,
      conversions: data.notes,
    };
  } catch (err) {
    return {
      grid: col.grid,
      statement: null,
      pricePerKg: null,
      pricePerKgUnit: unit,
      conversions: data.notes,
      error: t("run.engineFailed", { detail: (err as Error).message }),
    };
  }
}

/** Data clean and units known: only a missing base price of his own grid is no obstacle to comparing. */
function usable(e: ProducerEntry): boolean {
  if (e.status === "ready") return true;
  return e.status === "error" && e.grid !== null && e.errors.length > 0 && e.errors.every((i) => i.code === "PRICE");
}
