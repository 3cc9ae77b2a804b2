/**
 * The rows of Livraisons, Analyses and Evenements handed to their producer, grouped once. Only rows of the
 * months used count (the month and its history), with their problems; a row without a readable date might be
 * of any month, so it counts. A code absent from Producteurs is one error per sheet and code; a producer
 * without consent gets nothing; a value outside the grid's plausible range is an error (a warning for a
 * result not validated).
 */
import { plausibilityProblem, type Decimal, type Grid, type PlausibleKey, type YearMonth } from "../engine";
import { codeKey } from "../inputs";
import type { Issue } from "../inputs/issues";
import { BadRow, type DataRow } from "../inputs/rowIssues";
import { SHEETS, type InputTables } from "../inputs/tables";
import { t } from "../messages";
import type { ProducerEntry } from "./gather";

interface Distribution {
  month: YearMonth;
  fromMonth: YearMonth;
  byKey: ReadonlyMap<string, ProducerEntry>;
  issues: Issue[];
  /** Sheet and code key → the rows of a code absent from Producteurs. */
  unknown: Map<string, { sheet: string; code: string; first: number; count: number }>;
  /** First month of Livraisons or Analyses rows, whatever the months used. */
  dataStart: YearMonth | null;
}

/**
 * Hands every row to its producer's entry (deliveries, results, events, errors) and returns the first month
 * the workbook holds Livraisons or Analyses rows for (null when it holds none).
 */
export function distributeRows(
  tables: InputTables,
  byKey: ReadonlyMap<string, ProducerEntry>,
  month: YearMonth,
  fromMonth: YearMonth,
  issues: Issue[],
): YearMonth | null {
  const d: Distribution = { month, fromMonth, byKey, issues, unknown: new Map(), dataStart: null };
  distribute(d, tables.deliveries.rows, tables.deliveries.sheet, true, (e, delivery) => {
    e.deliveries.push(delivery);
    if (e.grid) plausible(e, e.grid, "VOLUME", delivery.volume, delivery, true, issues);
  });
  distribute(d, tables.results.rows, tables.results.sheet, true, (e, r) => {
    e.results.push(r);
    if (e.grid && r.criterion !== "INHIBITEURS") plausible(e, e.grid, r.criterion, r.value, r, r.validated, issues);
  });
  if (tables.events) {
    distribute(d, tables.events.rows, tables.events.sheet, false, (e, ev) => {
      e.events.push(ev);
      // An alert's milk not delivered is a volume typed like a delivery's: the same bound.
      if (e.grid && ev.volume) {
        const at = { sheet: ev.sheet, row: ev.row, column: ev.volumeColumn! };
        plausible(e, e.grid, "VOLUME", ev.volume, at, true, issues);
      }
    });
  } else
    issues.push({
      severity: "warning",
      code: "EVENTS",
      message: t("run.noEventsSheet", { sheet: SHEETS.events }),
    });
  for (const u of d.unknown.values()) {
    issues.push({
      severity: "error",
      code: "UNKNOWN_PRODUCER",
      sheet: u.sheet,
      row: u.first,
      message: t("run.unknownProducer", { code: u.code, sheet: SHEETS.producers, n: u.count, first: u.first }),
    });
  }
  return d.dataStart;
}

/** One table's rows to their producers; `startsHistory`: its rows' months tell where the workbook's data starts. */
function distribute<T extends { code: string; date: string; row: number }>(
  d: Distribution,
  rows: DataRow<T>[],
  sheet: string,
  startsHistory: boolean,
  push: (e: ProducerEntry, item: T) => void,
): void {
  // Rows come grouped by producer more often than not: the last code's entry is kept at hand.
  let lastCode = "";
  let last: ProducerEntry | undefined;
  for (let n = 0; n < rows.length; n++) {
    const r = rows[n];
    const m = r.date === null ? null : r.date.slice(0, 7);
    if (startsHistory && m !== null && (d.dataStart === null || m < d.dataStart)) d.dataStart = m;
    // Rows of other months do not count, nor do their problems; a row without a readable date might be of any month.
    const used = m === null || (m >= d.fromMonth && m <= d.month);
    if (!used) continue;
    if (r.code === null) {
      if (r instanceof BadRow) d.issues.push(...r.issues);
      continue;
    }
    let entry: ProducerEntry | undefined;
    if (r.code === lastCode) entry = last;
    else {
      entry = d.byKey.get(codeKey(r.code));
      lastCode = r.code;
      last = entry;
    }
    if (!entry) {
      unknownCode(d, sheet, r.code, r.row);
      continue;
    }
    if (!entry.consent) continue; // without consent, the producer's data is not processed
    if (r instanceof BadRow) {
      for (const i of r.issues) entry.errors.push({ ...i, producer: entry.code });
    } else push(entry, r);
  }
}

function unknownCode(d: Distribution, sheet: string, code: string, row: number): void {
  const key = `${sheet}|${codeKey(code)}`;
  const u = d.unknown.get(key);
  if (u) u.count++;
  else d.unknown.set(key, { sheet, code, first: row, count: 1 });
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
    message: counts ? problem : t("run.notValidated", { problem }),
  });
}
