/**
 * Several months of statements from tables read once: for each month, the run's own gather and the engine,
 * so that each figure is the one a statement run of that month would give. Used for the PSL rolling
 * 12 months (rolling.ts), the pane's 12-month charts and the grid comparison.
 */
import { addMonths, computeStatement, type GridCatalogue, type Statement, type YearMonth } from "../engine";
import { engineInput, gather } from "./gather";
import { RunError } from "../inputs/issues";
import { codeKey } from "../inputs";
import type { InputTables } from "../inputs/tables";

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
