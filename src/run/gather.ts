/**
 * From the parsed tables to one engine input per producer: the month's deliveries, results and events and
 * the history its grid needs (the 12 months before: fallbacks, joker, 5- and 12-month windows), its grid and
 * base price. Decides who gets a statement: a bad value in any of the producer's rows of those months, a
 * duplicate code, an unknown grid or a missing base price withholds that producer only; no consent, too.
 * The steps: producerEntries.ts (Producteurs), monthBasePrices.ts (PrixDeBase, the run's grid),
 * producerRows.ts (Livraisons, Analyses, Evenements).
 */
import {
  addMonths,
  builtInCatalogue,
  isYearMonth,
  type GridCatalogue,
  type Decimal,
  type Delivery,
  type Grid,
  type LabResult,
  type ProducerEvent,
  type ProducerMonthInput,
  type YearMonth,
} from "../engine";
import { gridLookup } from "../inputs/gridLookup";
import { t } from "../messages";
import { RunError, type Issue } from "../inputs/issues";
import type { InputTables } from "../inputs/tables";
import { assignBasePrices, monthPrices, runGridOf } from "./monthBasePrices";
import { distributeRows } from "./producerRows";
import { producerEntries } from "./producerEntries";

/** Months of history given to the engine before the month (grids.md: 12 rolling months is the longest window). */
export const HISTORY_MONTHS = 12;

export type ProducerStatus = "ready" | "error" | "no-consent";

export interface ProducerEntry {
  /** The code as written in Producteurs. */
  code: string;
  name: string | null;
  /** Producteurs row. */
  row: number;
  charter: boolean;
  consent: boolean;
  grid: Grid | null;
  basePrice: Decimal | null;
  deliveries: Delivery[];
  results: LabResult[];
  events: ProducerEvent[];
  /** Issues that withhold this producer's statement. */
  errors: Issue[];
  status: ProducerStatus;
}

export interface Gathered {
  month: YearMonth;
  /** First month given to the engine (month − 12). */
  fromMonth: YearMonth;
  /** First month the workbook holds Livraisons or Analyses rows for (null when it holds none). */
  dataStart: YearMonth | null;
  /** The run's grid (--grid, or the only grid priced for the month), used for producers without Grille. */
  runGrid: Grid | null;
  producers: ProducerEntry[];
  /** Issues that concern no single producer's statement (unknown codes, other months' prices…), and the producers' ones. */
  issues: Issue[];
}

export interface GatherOptions {
  month: string;
  grid?: string;
  /** The grids the run may use (built-in, the workbook's grid sheets, --grid-file); default: built-in. */
  catalogue?: GridCatalogue;
  /** Workbook grids that could not be read (id → why), so that a producer naming one is told why. */
  brokenGrids?: ReadonlyMap<string, string>;
}

export function gather(tables: InputTables, options: GatherOptions): Gathered {
  const month = options.month;
  if (!isYearMonth(month)) throw new RunError(t("run.badMonth", { month }));
  const fromMonth = addMonths(month, -HISTORY_MONTHS);
  const issues: Issue[] = [];
  const lookup = gridLookup(options.catalogue ?? builtInCatalogue(), month, options.brokenGrids);
  const chosen = options.grid !== undefined ? lookup(options.grid) : null;
  if (typeof chosen === "string") throw new RunError(chosen);
  const prices = monthPrices(tables.prices, month, lookup, issues);
  const producers = producerEntries(tables.producers, lookup, issues);
  const runGrid = runGridOf(chosen, month, producers.list, prices, lookup);
  for (const list of prices.problems.values()) issues.push(...list);
  assignBasePrices(producers.list, runGrid, prices, month, tables.prices.sheet);
  const dataStart = distributeRows(tables, producers.byKey, month, fromMonth, issues);
  settleStatuses(producers.list, tables.producers, issues);
  issues.push(...validityWarnings(producers.list, month));
  return { month, fromMonth, dataStart, runGrid, producers: producers.list, issues };
}

/**
 * Who gets a statement: an unreadable consent is neither yes nor no (an error), no consent is a warning,
 * any error withholds the producer.
 */
function settleStatuses(producers: readonly ProducerEntry[], table: InputTables["producers"], issues: Issue[]): void {
  const consentRef = table.columns.ref.consent;
  for (const e of producers) {
    if (e.errors.some((i) => i.column === consentRef)) {
      e.status = "error"; // an unreadable consent is neither yes nor no
    } else if (!e.consent) {
      e.status = "no-consent";
      issues.push({
        severity: "warning",
        code: "CONSENT",
        sheet: table.sheet,
        row: e.row,
        column: consentRef,
        producer: e.code,
        message: t("run.noConsent"),
      });
    } else if (e.errors.length > 0) {
      e.status = "error";
    }
  }
}

/**
 * An id names that exact grid whatever the month (a family would have picked the month's version): a grid
 * used outside its validity is said once, so that a wrong Grille or --grid does not pay unnoticed.
 */
function validityWarnings(producers: readonly ProducerEntry[], month: YearMonth): Issue[] {
  const outside = new Set<Grid>();
  for (const e of producers) {
    const g = e.status === "ready" ? e.grid : null;
    if (g && (month < g.validFrom || (g.validTo !== undefined && month > g.validTo))) outside.add(g);
  }
  return [...outside].map((g) => ({
    severity: "warning",
    code: "GRID_VALIDITY",
    message: g.validTo
      ? t("run.gridOutsideValidityTo", { grid: g.id, month, from: g.validFrom, to: g.validTo })
      : t("run.gridOutsideValidity", { grid: g.id, month, from: g.validFrom }),
  }));
}

/** The engine input of a producer ready for a statement. */
export function engineInput(g: Gathered, e: ProducerEntry): ProducerMonthInput {
  const historyStart = g.dataStart === null || g.dataStart < g.fromMonth ? g.fromMonth : g.dataStart;
  return {
    producer: { code: e.code, name: e.name ?? undefined, charter: e.charter },
    month: g.month,
    grid: e.grid!,
    basePrice: e.basePrice!,
    deliveries: e.deliveries,
    results: e.results,
    events: e.events,
    historyStart: historyStart > g.month ? g.month : historyStart,
  };
}
