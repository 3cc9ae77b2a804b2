/**
 * The base prices of the month in PrixDeBase, by grid id; the run's grid for producers without Grille; each
 * producer's base price. A price row that cannot be read, or two prices for one grid, leaves that grid without
 * a price (its producers are withheld); a missing price for the run's grid stops the run.
 */
import type { Decimal, Grid, Severity, YearMonth } from "../engine";
import { RunError, type Issue } from "../inputs/issues";
import { SHEETS, type InputTables } from "../inputs/tables";
import { t } from "../messages";
import type { ProducerEntry } from "./gather";

export interface MonthPrices {
  /** Grid id → the month's base price and its row. */
  prices: Map<string, { price: Decimal; row: number }>;
  /** Grid id (or "" when the row names none) → the price rows that cannot be used and may concern it. */
  problems: Map<string, Issue[]>;
}

type Lookup = (name: string) => Grid | string;

/** The month's prices; a row naming a grid the run does not know is a warning (pushed to `issues`). */
export function monthPrices(
  table: InputTables["prices"],
  month: YearMonth,
  lookup: Lookup,
  issues: Issue[],
): MonthPrices {
  const prices = new Map<string, { price: Decimal; row: number }>();
  const problems = new Map<string, Issue[]>();
  const add = (key: string, list: readonly Issue[]) => problems.set(key, [...(problems.get(key) ?? []), ...list]);
  const issue = (severity: Severity, code: string, row: number, column: string, message: string): Issue => ({
    severity,
    code,
    sheet: table.sheet,
    row,
    column,
    message,
  });
  for (const p of table.rows) {
    if (p.month !== null && p.month !== month) continue;
    if (p.issues) {
      add(p.grid === null ? "" : (gridOrNull(lookup, p.grid)?.id ?? p.grid), p.issues);
      continue;
    }
    if (p.month === null) continue; // blank month and no other problem: nothing to read
    const ref = table.columns.ref;
    if (p.grid === null) {
      add("", [issue("error", "PRICE", p.row, ref.grid, t("run.priceWithoutGrid", { month }))]);
      continue;
    }
    // A family in Grille names the version valid for the month: prices are kept by that grid's id.
    const priceGrid = lookup(p.grid);
    if (typeof priceGrid === "string") {
      issues.push(issue("warning", "GRID", p.row, ref.grid, t("run.priceGridIgnored", { problem: priceGrid })));
      continue;
    }
    const gridId = priceGrid.id;
    const earlier = prices.get(gridId);
    if (earlier && !earlier.price.eq(p.price!)) {
      const message = t("run.twoBasePrices", { month, grid: gridId, first: earlier.row, second: p.row });
      add(gridId, [issue("error", "PRICE", p.row, ref.price, message)]);
      continue;
    }
    if (!earlier) prices.set(gridId, { price: p.price!, row: p.row });
  }
  for (const [grid, list] of problems) if (list.some((i) => i.code === "PRICE")) prices.delete(grid);
  return { prices, problems };
}

/** The grid a name resolves to for the month, or null when it does not. */
export function gridOrNull(lookup: Lookup, name: string): Grid | null {
  const g = lookup(name);
  return typeof g === "string" ? null : g;
}

/**
 * The run's grid: --grid, or the only grid that has a base price for the month. Stops the run when producers
 * without Grille need it and it cannot be decided or has no price.
 */
export function runGridOf(
  chosen: Grid | null,
  month: YearMonth,
  producers: readonly ProducerEntry[],
  prices: MonthPrices,
  lookup: Lookup,
): Grid | null {
  const needRunGrid = producers.some((e) => e.consent && e.grid === null && e.errors.every((i) => i.code !== "GRID"));
  const { problems } = prices;
  let runGrid = chosen;
  if (!runGrid) {
    const priced = [...prices.prices.keys()];
    if (priced.length === 1) runGrid = gridOrNull(lookup, priced[0]);
    else if (needRunGrid) {
      if (priced.length === 0) throw noPrice(month, null, problems.get("") ?? [...problems.values()].flat());
      throw new RunError(t("run.severalPricedGrids", { month, grids: priced.join(", ") }));
    }
  }
  if (runGrid && needRunGrid && !prices.prices.has(runGrid.id)) {
    throw noPrice(month, runGrid.id, [...(problems.get(runGrid.id) ?? []), ...(problems.get("") ?? [])]);
  }
  return runGrid;
}

function noPrice(month: YearMonth, grid: string | null, problems: Issue[]): RunError {
  const sheet = SHEETS.prices;
  const detail = problems.length > 0 ? priceRowProblem(problems[0]) : "";
  return new RunError(
    grid ? t("run.noBasePriceOfGrid", { month, grid, sheet, detail }) : t("run.noBasePrice", { month, sheet, detail }),
  );
}

/** " (PrixDeBase ligne 4, colonne Prix (C) : …)": the first problem of the rows that could have priced it. */
function priceRowProblem(first: Issue): string {
  const at = { sheet: String(first.sheet), row: String(first.row), message: first.message };
  return first.column
    ? t("run.noBasePriceDetailColumn", { ...at, column: first.column })
    : t("run.noBasePriceDetail", at);
}

/** Each consenting producer's grid (his Grille, else the run's) and its base price, or the error of none. */
export function assignBasePrices(
  producers: readonly ProducerEntry[],
  runGrid: Grid | null,
  prices: MonthPrices,
  month: YearMonth,
  pricesSheet: string,
): void {
  for (const e of producers) {
    if (!e.consent) continue;
    if (e.grid === null && e.errors.every((i) => i.code !== "GRID")) e.grid = runGrid;
    if (!e.grid) continue;
    const price = prices.prices.get(e.grid.id);
    if (price) e.basePrice = price.price;
    else {
      e.errors.push({
        severity: "error",
        code: "PRICE",
        sheet: pricesSheet,
        producer: e.code,
        message: t("run.producerWithoutBasePrice", { month, grid: e.grid.id, sheet: pricesSheet }),
      });
    }
  }
}
