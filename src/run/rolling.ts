/**
 * PSL rolling 12 months of a producer (summary, statements): the means of his last 12 monthly prices, from
 * the months of statements of statementsOverMonths.ts.
 */
import { rolling12Months, type Decimal, type Statement } from "../engine";

export const ROLLING_MONTHS = 12;

export interface Rolling {
  /** Months of the 12 that have a price under the current statement's grid. */
  months: number;
  /** Mean of the 12 monthly prices paid (price per unit); null unless all 12 months are there. */
  paid: Decimal | null;
  /** Mean of the 12 monthly PSL effective prices; null unless all 12 months are there. */
  effective: Decimal | null;
}

/**
 * PSL rolling 12 months (grids.md): the plain mean of the last 12 monthly prices (not volume-weighted, as PSL
 * publishes it and as MILK_ROLLING_12M does without volumes). Only months priced under the same grid as the
 * last one count (units must agree); the mean is given only when all 12 months are there, otherwise `months`
 * says how many the workbook has.
 */
export function rollingOf(list: readonly (Statement | null)[]): Rolling {
  const last = list[list.length - 1];
  if (!last) return { months: 0, paid: null, effective: null };
  const window = list
    .slice(-ROLLING_MONTHS)
    .filter(
      (s): s is Statement => s !== null && s.grid === last.grid && s.pricePerUnit !== null && s.effectivePrice !== null,
    );
  if (window.length < ROLLING_MONTHS) return { months: window.length, paid: null, effective: null };
  return {
    months: window.length,
    paid: rolling12Months(window.map((s) => s.pricePerUnit!)).mean,
    effective: rolling12Months(window.map((s) => s.effectivePrice!)).mean,
  };
}
