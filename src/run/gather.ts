/**
 * From the parsed tables to one engine input per producer: the month's deliveries, results and events and
 * the history its grid needs (the 12 months before: fallbacks, joker, 5- and 12-month windows), its grid and
 * base price. Decides who gets a statement: a bad value in any of the producer's rows of those months, a
 * duplicate code, an unknown grid or a missing base price withholds that producer only; no consent, too.
 */
import {
  addMonths,
  builtInCatalogue,
  isYearMonth,
  plausibilityProblem,
  NoGridVersionError,
  UnknownGridError,
  type GridCatalogue,
  type PlausibleKey,
  type Decimal,
  type Delivery,
  type Grid,
  type LabResult,
  type ProducerEvent,
  type ProducerMonthInput,
  type YearMonth,
} from "../engine";
import { RunError, type Issue } from "./issues";
import { codeKey } from "../inputs";
import { BadRow, SHEETS, type DataRow, type InputTables } from "./tables";
import { assignBasePrices, monthPrices, runGridOf } from "./monthBasePrices";

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

/**
 * A grid name as written (an id, or a family: the version valid for the month) → the grid, or why not in
 * French. A broken workbook grid is named as such, not as unknown.
 */
export function gridLookup(
  catalogue: GridCatalogue,
  month: YearMonth,
  broken?: ReadonlyMap<string, string>,
): (name: string) => Grid | string {
  return (name) => {
    try {
      return catalogue.resolve(name, month);
    } catch (e) {
      const why = broken?.get(name);
      if (why) return `grille « ${name} » inutilisable : ${why}`;
      if (e instanceof NoGridVersionError) return e.message;
      if (e instanceof UnknownGridError)
        return `grille « ${name} » inconnue ; grilles disponibles : ${catalogue.availableText()}`;
      throw e;
    }
  };
}

export function gather(tables: InputTables, options: GatherOptions): Gathered {
  const month = options.month;
  if (!isYearMonth(month)) throw new RunError(`mois « ${month} » invalide : AAAA-MM attendu (ex. 2025-03)`);
  const fromMonth = addMonths(month, -HISTORY_MONTHS);
  const issues: Issue[] = [];
  const catalogue = options.catalogue ?? builtInCatalogue();
  const lookup = gridLookup(catalogue, month, options.brokenGrids);
  const chosen = options.grid !== undefined ? lookup(options.grid) : null;
  if (typeof chosen === "string") throw new RunError(chosen);
  const prices = monthPrices(tables.prices, month, lookup, issues);

  // ---- Producers.
  const producers: ProducerEntry[] = [];
  const byKey = new Map<string, ProducerEntry>();
  const producersSheet = tables.producers.sheet;
  const gridRef = tables.producers.columns.ref.grid;
  for (const p of tables.producers.rows) {
    if (p.code === null) {
      issues.push(...p.issues);
      continue;
    }
    const key = codeKey(p.code);
    const first = byKey.get(key);
    if (first) {
      const message = `code producteur « ${p.code} » en double (lignes ${first.row} et ${p.row}) : aucun relevé tant que le doublon n'est pas corrigé`;
      first.errors.push({
        severity: "error",
        code: "DUPLICATE",
        sheet: producersSheet,
        row: p.row,
        column: tables.producers.columns.ref.code,
        producer: first.code,
        message,
      });
      continue;
    }
    const entry: ProducerEntry = {
      code: p.code,
      name: p.name,
      row: p.row,
      charter: p.charter,
      consent: p.consent,
      grid: null,
      basePrice: null,
      deliveries: [],
      results: [],
      events: [],
      errors: p.issues.map((i) => ({ ...i, producer: p.code! })),
      status: "ready",
    };
    if (p.grid !== null) {
      const found = lookup(p.grid);
      if (typeof found === "string") {
        entry.errors.push({
          severity: "error",
          code: "GRID",
          sheet: producersSheet,
          row: p.row,
          column: gridRef,
          producer: p.code,
          message: found,
        });
      } else entry.grid = found;
    }
    byKey.set(key, entry);
    producers.push(entry);
  }

  // ---- The run's grid: --grid, or the only grid that has a base price for the month.
  const runGrid = runGridOf(chosen, month, producers, prices, lookup);
  for (const list of prices.problems.values()) issues.push(...list);
  assignBasePrices(producers, runGrid, prices, month, tables.prices.sheet);

  // ---- Rows of Livraisons, Analyses, Evenements, grouped by producer once.
  let dataStart: YearMonth | null = null;
  const unknown = new Map<string, { sheet: string; code: string; first: number; count: number }>();
  const distribute = <T extends { code: string; date: string; row: number }>(
    rows: DataRow<T>[],
    sheet: string,
    push: (e: ProducerEntry, item: T) => void,
    startsHistory: boolean,
  ) => {
    let lastCode = "";
    let last: ProducerEntry | undefined;
    for (let n = 0; n < rows.length; n++) {
      const r = rows[n];
      const m = r.date === null ? null : r.date.slice(0, 7);
      if (startsHistory && m !== null && (dataStart === null || m < dataStart)) dataStart = m;
      // Rows of other months do not count, nor do their problems; a row without a readable date might be of any month.
      const used = m === null || (m >= fromMonth && m <= month);
      if (!used) continue;
      if (r.code === null) {
        if (r instanceof BadRow) issues.push(...r.issues);
        continue;
      }
      let entry: ProducerEntry | undefined;
      if (r.code === lastCode) entry = last;
      else {
        entry = byKey.get(codeKey(r.code));
        lastCode = r.code;
        last = entry;
      }
      if (!entry) {
        const key = `${sheet}|${codeKey(r.code)}`;
        const u = unknown.get(key);
        if (u) u.count++;
        else unknown.set(key, { sheet, code: r.code, first: r.row, count: 1 });
        continue;
      }
      if (!entry.consent) continue; // without consent, the producer's data is not processed
      if (r instanceof BadRow) {
        for (const i of r.issues) entry.errors.push({ ...i, producer: entry.code });
      } else push(entry, r);
    }
  };
  distribute(
    tables.deliveries.rows,
    tables.deliveries.sheet,
    (e, d) => {
      e.deliveries.push(d);
      if (e.grid) plausible(e, e.grid, "VOLUME", d.volume, d, true, issues);
    },
    true,
  );
  distribute(
    tables.results.rows,
    tables.results.sheet,
    (e, r) => {
      e.results.push(r);
      if (e.grid && r.criterion !== "INHIBITEURS") plausible(e, e.grid, r.criterion, r.value, r, r.validated, issues);
    },
    true,
  );
  if (tables.events) {
    distribute(
      tables.events.rows,
      tables.events.sheet,
      (e, ev) => {
        e.events.push(ev);
        // An alert's milk not delivered is a volume typed like a delivery's: the same bound.
        if (e.grid && ev.volume)
          plausible(
            e,
            e.grid,
            "VOLUME",
            ev.volume,
            { sheet: ev.sheet, row: ev.row, column: ev.volumeColumn! },
            true,
            issues,
          );
      },
      false,
    );
  } else
    issues.push({
      severity: "warning",
      code: "EVENTS",
      message: `pas de feuille ${SHEETS.events} : aucun événement (alerte, épandage, dommages) pris en compte`,
    });

  for (const u of unknown.values()) {
    issues.push({
      severity: "error",
      code: "UNKNOWN_PRODUCER",
      sheet: u.sheet,
      row: u.first,
      message: `code producteur « ${u.code} » absent de ${SHEETS.producers} : ${u.count} ligne${u.count > 1 ? "s" : ""} ignorée${u.count > 1 ? "s" : ""} (première ligne ${u.first})`,
    });
  }

  const consentRef = tables.producers.columns.ref.consent;
  for (const e of producers) {
    if (e.errors.some((i) => i.column === consentRef)) {
      e.status = "error"; // an unreadable consent is neither yes nor no
    } else if (!e.consent) {
      e.status = "no-consent";
      issues.push({
        severity: "warning",
        code: "CONSENT",
        sheet: producersSheet,
        row: e.row,
        column: consentRef,
        producer: e.code,
        message: `pas de consentement : aucun relevé pour ce producteur`,
      });
    } else if (e.errors.length > 0) {
      e.status = "error";
    }
  }

  // An id names that exact grid whatever the month (a family would have picked the month's version): a grid
  // used outside its validity is said once, so that a wrong Grille or --grid does not pay unnoticed.
  const outside = new Set<Grid>();
  for (const e of producers) {
    const g = e.status === "ready" ? e.grid : null;
    if (g && (month < g.validFrom || (g.validTo !== undefined && month > g.validTo))) outside.add(g);
  }
  for (const g of outside) {
    issues.push({
      severity: "warning",
      code: "GRID_VALIDITY",
      message: `grille ${g.id} utilisée pour ${month}, hors de sa validité (de ${g.validFrom}${g.validTo ? ` à ${g.validTo}` : ""}) : vérifiez la colonne Grille, PrixDeBase ou --grid`,
    });
  }

  return { month, fromMonth, dataStart, runGrid, producers, issues };
}

/**
 * A value outside the plausible range of the producer's grid (blank Grille: the run's grid), in its unit:
 * an error that withholds the producer when the value counts; a result marked not validated does not
 * count, so it is only a warning.
 */
function plausible(
  e: ProducerEntry,
  grid: Grid,
  key: PlausibleKey,
  value: Decimal,
  at: { sheet: string; row: number; column: string },
  counts: boolean,
  issues: Issue[],
): void {
  const problem = plausibilityProblem(grid, key, value);
  if (problem === null) return;
  (counts ? e.errors : issues).push({
    severity: counts ? "error" : "warning",
    code: "IMPLAUSIBLE",
    sheet: at.sheet,
    row: at.row,
    column: at.column,
    producer: e.code,
    message: counts ? problem : `${problem} (résultat non validé, non compté)`,
  });
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
