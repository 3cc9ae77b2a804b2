/**
 * A deterministic sample OP workbook (seeded PRNG): about 120 producers over 13 months, for one grid, with
 * realistic values and every special case the statement run must handle (see cases.ts). Producer 1 is
 * the reference producer: fixed values, so that its statement can be computed by hand.
 *
 * The generator emits plain cell values (dates as Excel serial numbers, or as text where an accountant typed
 * them so); write.ts turns them into an .xlsx, tests can feed them to an in-memory workbook.
 */
import type { CellValue } from "../../src/workbook/port";
import { CASE, CASE_TEXT, producerCode } from "./cases";
import { addIndicators } from "./indicators";
import { addInvoicing } from "./invoicing";
import { shapeMonth } from "./monthCases";
import {
  collections,
  isCase,
  labResults,
  producerRow,
  profileOf,
  type Delivery,
  type Result,
  type SampleContext,
} from "./producer";
import { Random } from "./random";
import { addMonths, frDateText, frText, serialOf } from "./typed";

export type SampleGrid = "sud-est-2018" | "mooh-2025";

export interface SampleOptions {
  grid: SampleGrid;
  /** Number of producers (default 120). */
  producers?: number;
  /** Number of months, the last one being `end` (default 13). */
  months?: number;
  /** Last month, YYYY-MM (default 2025-03). */
  end?: string;
  /** PRNG seed (default 1). */
  seed?: number;
  /** Leave out the special cases (bad values, consent…): every producer is a plain one. */
  plain?: boolean;
}

export interface SampleSheet {
  name: string;
  headers: string[];
  /** Indexes of the columns that hold dates (written with a date format). */
  dateColumns: number[];
  widths: number[];
  rows: CellValue[][];
}

export interface SampleCase {
  code: string;
  what: string;
}

export interface Sample {
  grid: SampleGrid;
  months: string[];
  /** The last month: the one the demo runs. */
  month: string;
  sheets: SampleSheet[];
  cases: SampleCase[];
  /** Base price per month (price unit of the grid). */
  basePrices: Record<string, number>;
}
export { prng } from "./random";
export { CASE, producerCode } from "./cases";

/** The input tables being filled, producer after producer. */
interface SampleTables {
  producers: CellValue[][];
  deliveries: CellValue[][];
  analyses: CellValue[][];
  events: CellValue[][];
  cases: SampleCase[];
}

export function generateSample(options: SampleOptions): Sample {
  const grid = options.grid;
  const sud = grid === "sud-est-2018";
  const n = options.producers ?? 120;
  const monthCount = options.months ?? 13;
  const end = options.end ?? "2025-03";
  const months = Array.from({ length: monthCount }, (_, i) => addMonths(end, i - monthCount + 1));
  const rnd = new Random((options.seed ?? 1) * 7919 + (sud ? 1 : 2));
  const g: SampleContext = { grid, sud, months, last: end, rnd, special: !options.plain };
  const tables: SampleTables = { producers: [], deliveries: [], analyses: [], events: [], cases: [] };
  for (let i = 1; i <= n; i++) addProducer(g, tables, i, producerCode(i, n));
  if (g.special) {
    // A typo in a producer code: the rows are ignored and reported.
    tables.deliveries.push([serialOf(`${end}-05`), "P99", sud ? 3100 : 2400, ...(sud ? [] : ["07:10", 4.1, "ferme"])]);
    tables.cases.push({ code: "P99", what: "code inconnu dans Livraisons : ligne ignorée, signalée" });
  }
  const { basePrices, rows: prices } = basePriceRows(grid, months);
  const sheets = sampleSheets(sud, tables, prices);
  const sample: Sample = { grid, months, month: end, sheets, cases: tables.cases, basePrices };
  addInvoicing(sample, g.special);
  addIndicators(sample);
  return sample;
}

/** One producer: his row, then every month from his first: collections, results, special cases, rows. */
function addProducer(g: SampleContext, tables: SampleTables, i: number, code: string): void {
  const text = g.special ? CASE_TEXT[g.grid][i] : undefined;
  if (text && text !== "—") tables.cases.push({ code, what: text });
  tables.producers.push(producerRow(g, i, code));
  const p = profileOf(g, i);
  const reference = i === CASE.reference;
  // --months 1 or 2: the newcomer is there from the start.
  const firstMonth = isCase(g, i, CASE.newcomer) ? Math.max(0, g.months.length - 3) : 0;
  const clampGerms = g.sud && (isCase(g, i, CASE.germsA) || reference);
  for (const month of g.months.slice(firstMonth)) {
    const deliveries = collections(g, p, month, reference);
    // Samples: every 4th collection, from the producer's offset.
    const sampleDays = deliveries.filter((_, k) => k % 4 === p.sampleOffset).map((d) => d.date);
    const results = labResults(g, p, month, sampleDays, { reference, clampGerms });
    shapeMonth(g, { i, code, month, deliveries, results, sampleDays, events: tables.events });
    addMonthRows(g, tables, code, { reference, asText: isCase(g, i, CASE.typedAsText) }, deliveries, results);
  }
}

/** The month's Livraisons and Analyses rows; a few values typed as text, all of them for typedAsText. */
function addMonthRows(
  g: SampleContext,
  tables: SampleTables,
  code: string,
  who: { reference: boolean; asText: boolean },
  deliveries: Delivery[],
  results: Result[],
): void {
  const { rnd, sud } = g;
  const { reference, asText } = who;
  for (const d of deliveries) {
    const row: CellValue[] = [
      d.rawDate ?? (asText ? frDateText(d.date) : serialOf(d.date)),
      code,
      d.rawVolume ?? (asText || (!reference && rnd.chance(0.02)) ? frText(d.volume) : d.volume),
    ];
    if (!sud)
      row.push(d.time ?? null, d.temp === undefined ? null : asText ? frText(d.temp, 1) : d.temp, d.place ?? null);
    tables.deliveries.push(row);
  }
  for (const r of results) {
    const value =
      r.rawValue ??
      (typeof r.value === "number" && (asText || (!reference && rnd.chance(0.02)))
        ? frText(r.value, r.decimals)
        : r.value);
    tables.analyses.push([asText ? frDateText(r.date) : serialOf(r.date), code, r.crit, value, r.validated ?? null]);
  }
}

/** PrixDeBase: one row per month; some months typed as a date of the month. */
function basePriceRows(
  grid: SampleGrid,
  months: string[],
): { basePrices: Record<string, number>; rows: CellValue[][] } {
  const sud = grid === "sud-est-2018";
  const basePrices: Record<string, number> = {};
  const rows: CellValue[][] = months.map((month, k) => {
    const price = sud
      ? Math.round((438 + 18 * Math.sin(k / 2) + k) * 100) / 100
      : Math.round((62.5 + 1.5 * Math.sin(k / 3)) * 100) / 100;
    basePrices[month] = price;
    return [k % 4 === 1 ? serialOf(`${month}-01`) : month, grid, price];
  });
  return { basePrices, rows };
}

function sampleSheets(sud: boolean, tables: SampleTables, prices: CellValue[][]): SampleSheet[] {
  return [
    {
      name: "Lisez-moi",
      headers: ["Producteur", "Cas particulier"],
      dateColumns: [],
      widths: [12, 100],
      rows: tables.cases.map((c) => [c.code, c.what]),
    },
    {
      name: "Producteurs",
      headers: ["Code", "Nom", "Grille", "Charte", "Consentement"],
      dateColumns: [],
      widths: [10, 32, 14, 8, 14],
      rows: tables.producers,
    },
    {
      name: "Livraisons",
      headers: sud ? ["Date", "Code", "Volume (L)"] : ["Date", "Code", "Volume (kg)", "Heure", "Température", "Lieu"],
      dateColumns: [0],
      widths: sud ? [12, 10, 12] : [12, 10, 12, 8, 12, 8],
      rows: tables.deliveries,
    },
    {
      name: "Analyses",
      headers: ["Date", "Code", "Critère", "Valeur", "Validé"],
      dateColumns: [0],
      widths: [12, 10, 14, 12, 8],
      rows: tables.analyses,
    },
    { name: "PrixDeBase", headers: ["Mois", "Grille", "Prix"], dateColumns: [], widths: [10, 14, 10], rows: prices },
    {
      name: "Evenements",
      headers: ["Date", "Code", "Type", "Volume", "Montant"],
      dateColumns: [0],
      widths: [12, 10, 12, 10, 10],
      rows: tables.events,
    },
  ];
}

/** Total rows of the input tables (deliveries + analyses + the rest). */
export function sampleRowCount(sample: Sample): number {
  return sample.sheets.filter((s) => s.name !== "Lisez-moi").reduce((n, s) => n + s.rows.length, 0);
}
