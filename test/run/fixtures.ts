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

/** Producer A1, GAEC du Pré, a clean March 2025 on grid sud-est-2018 (hand-worked in test/run/statements.test.ts). */
export function a1March2025(): MemoryWorkbook {
  return opWorkbook({
    producers: [["A1", "GAEC du Pré", null, "oui", null]],
    deliveries: deliveries("A1", [
      ["02/03/2025", 8000],
      ["09/03/2025", "7 000"],
      ["16/03/2025", 7500],
      ["2025-03-23", "7\u202f500"],
    ]),
    results: results("A1", [
      ["02/03/2025", "MG", 41],
      ["16/03/2025", "MG", "39,5"],
      ["02/03/2025", "MP", 33],
      ["16/03/2025", "MP", "34,6"],
      ["02/03/2025", "GERMES", 30000],
      ["16/03/2025", "GERMES", "50 000"],
      ["02/03/2025", "CELLULES", 250000],
      ["16/03/2025", "CELLULES", 360000],
      ["02/03/2025", "BUTYRIQUES", 400],
      ["16/03/2025", "BUTYRIQUES", 900],
      ["02/03/2025", "PC", -0.515],
      ["16/03/2025", "PC", "-0,518"],
      ["02/03/2025", "INHIBITEURS", "négatif"],
      ["16/03/2025", "INHIBITEURS", "NEG"],
    ]),
    prices: [["2025-03", "sud-est-2018", "452,30"]],
  });
}
