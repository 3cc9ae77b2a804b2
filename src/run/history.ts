/**
 * Several months of statements from tables read once: for each month, the run's own gather and the engine,
 * so that each figure is the one a statement run of that month would give. Used for the PSL rolling
 * 12 months (summary, statements), the pane's 12-month charts and the grid comparison.
 */
import {
  addMonths,
  computeStatement,
  rolling12Months,
  type Decimal,
  type GridCatalogue,
  type Statement,
  type YearMonth,
} from "../engine";
import { engineInput, gather } from "./gather";
import { RunError } from "../inputs/issues";
import { codeKey } from "../inputs";
import type { InputTables } from "../inputs/tables";

export const ROLLING_MONTHS = 12;

export interface MonthsStatements {
  /** Oldest first. */
  months: YearMonth[];
  /** Producer code key (upper case) → one statement per month, null when that month cannot be computed. */
  byProducer: Map<string, (Statement | null)[]>;
}

/** The `count` months ending with `month`, oldest first. */
export function monthsEnding(month: YearMonth, count: number): YearMonth[] {
  return Array.from({ length: count }, (_, i) => addMonths(month, i - (count - 1)));
}

/**
 * Statements of every producer for each of `months`. A month the workbook cannot price (no base price…) or a
 * producer withheld that month leaves a null. `known` gives statements already computed (the run's month).
 */
export async function statementsOverMonths(
  tables: InputTables,
  months: readonly YearMonth[],
  options: {
    grid?: string;
    catalogue?: GridCatalogue;
    known?: ReadonlyMap<YearMonth, readonly Statement[]>;
    onMonth?: (done: number, total: number) => void | Promise<void>;
  } = {},
): Promise<MonthsStatements> {
  const byProducer = new Map<string, (Statement | null)[]>();
  const slot = (code: string) => {
    const key = codeKey(code);
    let list = byProducer.get(key);
    if (!list) byProducer.set(key, (list = months.map(() => null)));
    return list;
  };
  for (let i = 0; i < months.length; i++) {
    const known = options.known?.get(months[i]);
    if (known) for (const s of known) slot(s.producer)[i] = s;
    else {
      try {
        const g = gather(tables, { month: months[i], grid: options.grid, catalogue: options.catalogue });
        for (const e of g.producers) {
          if (e.status !== "ready") continue;
          try {
            slot(e.code)[i] = computeStatement(engineInput(g, e));
          } catch {
            // this month cannot be computed for this producer: a gap
          }
        }
      } catch (e) {
        if (!(e instanceof RunError)) throw e; // no base price that month…: a gap for everyone
      }
    }
    await options.onMonth?.(i + 1, months.length);
  }
  return { months: [...months], byProducer };
}

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
