/** Base prices of the PrixDeBase table by grid and month, read from the run's parsed tables. */
import type { Decimal, YearMonth } from "../engine";
import type { InputTables } from "../inputs/tables";
import { t } from "../messages";

export interface BasePriceOf {
  price: Decimal | null;
  /** Why there is no price (absent, unreadable, two different prices). */
  problem?: string;
  row?: number;
}

/** The base price of `grid` for `month`: one readable row, or the problem. */
export function basePriceOf(prices: InputTables["prices"], grid: string, month: YearMonth): BasePriceOf {
  const rows = prices.rows.filter((p) => p.month === month && p.grid === grid);
  const bad = rows.find((p) => p.issues);
  if (bad)
    return {
      price: null,
      row: bad.row,
      problem: t("prices.rowUnreadable", { sheet: prices.sheet, row: bad.row, message: bad.issues![0].message }),
    };
  if (rows.length === 0)
    return { price: null, problem: t("run.producerWithoutBasePrice", { month, grid, sheet: prices.sheet }) };
  const first = rows[0];
  const other = rows.find((p) => !p.price!.eq(first.price!));
  if (other)
    return {
      price: null,
      problem: t("run.twoBasePrices", { month, grid, first: first.row, second: other.row }),
    };
  return { price: first.price, row: first.row };
}

/** Every readable base price of `grid`, by month (for price A's SODIAAL_A fallback). */
export function basePricesByMonth(prices: InputTables["prices"], grid: string): Map<YearMonth, Decimal> {
  const out = new Map<YearMonth, Decimal>();
  for (const p of prices.rows)
    if (p.grid === grid && p.month !== null && p.price !== null && !p.issues && !out.has(p.month))
      out.set(p.month, p.price);
  return out;
}
