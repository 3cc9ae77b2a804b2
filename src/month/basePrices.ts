/**
 * The base price of each grid the month's producers are paid under, for the readiness line: a producer's own
 * Grille (resolved for the month as the run resolves it), else the run's grid — the grid chosen in the pane,
 * else the only grid with a base price for the month (the run's rule: src/run/monthBasePrices.ts). When the
 * month alone cannot decide it (no grid priced, or several), the line shows what the run would ask about:
 * each grid priced that month, or, with none, the grid(s) the nearest earlier month with base prices used
 * (then the nearest later one) — shown without a price.
 */
import { frNumber, type Grid, type YearMonth } from "../engine";
import { gridLookup } from "../inputs/gridLookup";
import { monthPrices, runGridOf, type MonthPrices } from "../run/monthBasePrices";
import type { InputTables } from "../inputs/tables";
import type { ProducerRow } from "../inputs/producersTable";
import type { WorkbookGrids } from "../inputs/workbookGrids";
import type { MonthBasePrice } from "./types";

type Lookup = (name: string) => Grid | string;

const NO_PRICES: MonthPrices = { prices: new Map(), problems: new Map() };

/** The month's prices by grid and the run's grid, by the run's own rules (never throws: no producer needs it). */
function pricedMonth(prices: InputTables["prices"] | null, month: YearMonth, lookup: Lookup, chosen: Grid | null) {
  const priced = prices ? monthPrices(prices, month, lookup, []) : NO_PRICES;
  return { priced, runGrid: runGridOf(chosen, month, [], priced, lookup) };
}

/** The grids a month's producers without Grille would be paid under, as far as the prices tell. */
function defaultGrids(
  prices: InputTables["prices"] | null,
  month: YearMonth,
  grids: WorkbookGrids,
  chosen: Grid | null,
): Grid[] {
  const decided = (m: YearMonth, chosenGrid: Grid | null): Grid[] => {
    const lookup = gridLookup(grids.catalogue, m, grids.broken);
    const { priced, runGrid } = pricedMonth(prices, m, lookup, chosenGrid);
    if (runGrid) return [runGrid];
    return [...priced.prices.keys()].map((id) => lookup(id)).filter((g): g is Grid => typeof g !== "string");
  };
  const found = decided(month, chosen);
  const other = found.length === 0 && prices ? nearestPricedMonth(prices, month) : null;
  return other === null ? found : decided(other, null);
}

/** The nearest month before `month` with a readable base price, else the nearest after, else null. */
function nearestPricedMonth(prices: InputTables["prices"], month: YearMonth): YearMonth | null {
  const months = [...new Set(prices.rows.filter((p) => !p.issues && p.month !== null).map((p) => p.month!))].sort();
  const before = months.filter((m) => m < month);
  return before.length > 0 ? before[before.length - 1] : (months.find((m) => m > month) ?? null);
}

/**
 * One entry per grid of the month's producers (consenting, with a readable code), in the order Producteurs
 * first names it; `chosenGrid`: the grid the pane chose for producers without Grille (an unknown one is ignored).
 */
export function monthBasePrices(
  producers: readonly ProducerRow[],
  prices: InputTables["prices"] | null,
  month: YearMonth,
  grids: WorkbookGrids,
  chosenGrid?: string,
): MonthBasePrice[] {
  const lookup = gridLookup(grids.catalogue, month, grids.broken);
  const chosenLookup = chosenGrid === undefined ? null : lookup(chosenGrid);
  const chosen = typeof chosenLookup === "string" ? null : chosenLookup;
  const { priced } = pricedMonth(prices, month, lookup, chosen);
  const used: Grid[] = [];
  const add = (g: Grid) => used.some((u) => u.id === g.id) || used.push(g);
  let defaults: Grid[] | null = null;
  for (const p of producers) {
    if (p.code === null || !p.consent) continue;
    if (p.grid === null) (defaults ??= defaultGrids(prices, month, grids, chosen)).forEach(add);
    else {
      const own = lookup(p.grid);
      if (typeof own !== "string") add(own); // an unknown Grille: the run names it
    }
  }
  return used.map((g) => {
    const price = priced.prices.get(g.id)?.price;
    return { grid: g.id, gridName: g.name, unit: g.priceUnit, price: price ? frNumber(price, 2) : null };
  });
}
