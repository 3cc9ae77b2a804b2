/** Small OP workbooks for the run's tests, and the generated sample as an in-memory workbook. */
import type { CellValue } from "../../src/workbook/port";
import { generateSample, type SampleOptions } from "../../scripts/sample/generate";
import { MemoryWorkbook } from "./memoryPort";

export type Rows = CellValue[][];

export interface OpTables {
  producers?: Rows;
  deliveries?: Rows;
  results?: Rows;
  prices?: Rows;
  events?: Rows | null;
}

export const HEADERS = {
  producers: ["Code", "Nom", "Grille", "Charte", "Consentement"],
  deliveries: ["Date", "Code", "Volume", "Heure", "Température", "Lieu"],
  results: ["Date", "Code", "Critère", "Valeur", "Validé"],
  prices: ["Mois", "Grille", "Prix"],
  events: ["Date", "Code", "Type", "Volume", "Montant"],
};

/** A workbook with the five tables (headers added); `events: null` leaves the Evenements sheet out. */
export function opWorkbook(t: OpTables): MemoryWorkbook {
  const tables: Record<string, CellValue[][]> = {
    Producteurs: [[...HEADERS.producers], ...copy(t.producers)],
    Livraisons: [[...HEADERS.deliveries], ...copy(t.deliveries)],
    Analyses: [[...HEADERS.results], ...copy(t.results)],
    PrixDeBase: [[...HEADERS.prices], ...copy(t.prices)],
  };
  if (t.events !== null) tables.Evenements = [[...HEADERS.events], ...copy(t.events ?? undefined)];
  return new MemoryWorkbook(tables);
}

function copy(rows: Rows | undefined): Rows {
  return (rows ?? []).map((r) => [...r]);
}

/** Analyses rows for one producer: [date, criterion, value] triples. */
export function results(code: string, list: [string, string, CellValue][]): Rows {
  return list.map(([date, crit, value]) => [date, code, crit, value, null]);
}

export function deliveries(code: string, list: [string, CellValue, ...CellValue[]][]): Rows {
  return list.map(([date, volume, ...rest]) => [date, code, volume, ...rest]);
}

/** The generated sample as an in-memory workbook (no .xlsx round trip: fast). */
export function sampleWorkbook(options: SampleOptions) {
  const sample = generateSample(options);
  const tables: Record<string, CellValue[][]> = {};
  for (const s of sample.sheets) tables[s.name] = [s.headers, ...s.rows];
  return { sample, workbook: new MemoryWorkbook(tables) };
}
