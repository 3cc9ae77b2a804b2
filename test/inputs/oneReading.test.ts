/**
 * One reading of inputs: the same texts, fed to every front, read the same way (issue 11).
 *
 * Fronts: the statement run over an .xlsx file (the .xlsx port) and over the fake Excel (the Office.js
 * port), the importer (a CSV file), and the custom functions (their exported functions). Each text is read
 * as three kinds of value:
 *  - decimal: Livraisons.Température / an imported temperature / MILK_MEAN(text, "arithmetic");
 *  - volume: Livraisons.Volume / an imported volume / ANTIBIOTIC_PENALTY(text, 800, "sud-est-2018"), which is
 *    −volume (volume × 800 ÷ 1000 × 125 % = volume), rounded to the cent;
 *  - inhibitor: an INHIBITEURS result in Analyses / imported / MILK_CONTESTATIONS(text, "mooh-2025",
 *    "INHIBITEURS"), which is 1 for a positive result (any positive: one contestation), 0 for a negative.
 * Number and boolean cells go to every front but the importer (a CSV file holds only text). Every front
 * gives the expected reading: a value (as a decimal string), "blank", or "error".
 */
import ExcelJS from "exceljs";
import { Decimal } from "../../src/engine";
import { antibioticPenalty, contestations, mean } from "../../src/functions/core";
import { FnError } from "../../src/functions/errors";
import { guessMapping, importRows, openSource } from "../../src/intake";
import { DeliveryRow } from "../../src/inputs/deliveriesTable";
import { ResultRow } from "../../src/inputs/resultsTable";
import { BadRow } from "../../src/inputs/rowIssues";
import { readTables, type InputTables } from "../../src/inputs/tables";
import { OfficeWorkbook } from "../../src/workbook/office";
import type { CellValue, WorkbookPort } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { MemoryWorkbook } from "../run/memoryPort";
import { FakeExcel } from "../workbook/office/fakeExcel";

type Reading = string | "blank" | "error";
type Kind = "decimal" | "volume" | "inhibitor";

/** text → expected reading per kind (a kind left out is not asked: e.g. a volume of 0 that a formula refuses as a day's milk). */
const TEXTS: [string, Partial<Record<Kind, Reading>>][] = [
  ["38,5", { decimal: "38.5", volume: "38.5", inhibitor: "error" }],
  ["38.5", { decimal: "38.5", volume: "38.5", inhibitor: "error" }],
  [" 38,5 ", { decimal: "38.5", volume: "38.5" }],
  ["\u201338,5", { decimal: "-38.5", volume: "error" }], // en dash
  ["\u221238,5", { decimal: "-38.5", volume: "error" }], // true minus
  ["\u201038,5", { decimal: "-38.5", volume: "error" }], // hyphen
  ["-38,5", { decimal: "-38.5", volume: "error" }],
  ["+38,5", { decimal: "38.5", volume: "38.5" }],
  ["1 234", { decimal: "1234", volume: "1234", inhibitor: "error" }],
  ["1\u00a0234", { decimal: "1234", volume: "1234" }], // no-break space
  ["1\u202f234", { decimal: "1234", volume: "1234" }], // narrow no-break space
  ["1\u2007234", { decimal: "1234", volume: "1234" }], // figure space
  ["1\u2009234", { decimal: "1234", volume: "1234" }], // thin space
  ["1'234", { decimal: "1234", volume: "1234" }],
  ["1\u2019234", { decimal: "1234", volume: "1234" }], // typographic apostrophe
  ["60'000", { decimal: "60000", volume: "60000" }],
  ["100 000", { decimal: "100000", volume: "100000" }],
  ["1 234,5", { decimal: "1234.5", volume: "1234.5" }],
  ["1 234,500", { decimal: "1234.5", volume: "1234.5" }], // spaces group the thousands: the comma is decimal
  // One separator before exactly three digits: a decimal for a temperature, ambiguous for a volume.
  ["5.000", { decimal: "5", volume: "error" }],
  ["5,000", { decimal: "5", volume: "error" }],
  ["12,500", { decimal: "12.5", volume: "error" }],
  ["0,500", { decimal: "0.5", volume: "0.5" }], // not a thousands group
  ["1234,500", { decimal: "1234.5", volume: "1234.5" }], // nor this
  ["5,00", { decimal: "5", volume: "5" }],
  [",5", { decimal: "0.5", volume: "0.5" }],
  ["1.234,5", { decimal: "error", volume: "error" }],
  ["1,234.5", { decimal: "error", volume: "error" }],
  ["12 34", { decimal: "error", volume: "error" }],
  ["5.", { decimal: "error", volume: "error" }],
  ["3e2", { decimal: "error", volume: "error" }],
  ["positif", { decimal: "error", volume: "error", inhibitor: "1" }],
  ["Positive", { inhibitor: "1" }],
  ["négatif", { inhibitor: "0" }],
  ["NEGATIF", { inhibitor: "0" }],
  ["POS", { inhibitor: "1" }],
  ["NEG", { decimal: "error", volume: "error", inhibitor: "0" }],
  ["1", { decimal: "1", volume: "1", inhibitor: "1" }],
  ["0", { decimal: "0", inhibitor: "0" }],
  ["VRAI", { decimal: "error", inhibitor: "1" }],
  ["faux", { inhibitor: "0" }],
  ["TRUE", { inhibitor: "1" }],
  ["False", { inhibitor: "0" }],
  ["oui", { inhibitor: "1" }],
  ["non", { inhibitor: "0" }],
  ["+", { decimal: "error", inhibitor: "1" }],
  ["-", { decimal: "error", inhibitor: "0" }],
  ["\u2212", { inhibitor: "0" }],
  ["abc", { decimal: "error", volume: "error", inhibitor: "error" }],
  ["#N/A", { decimal: "error", volume: "error", inhibitor: "error" }],
  ["", { decimal: "blank", volume: "blank", inhibitor: "blank" }],
  ["   ", { decimal: "blank", volume: "blank", inhibitor: "blank" }],
  ["\u00a0\u202f", { decimal: "blank", volume: "blank", inhibitor: "blank" }],
];

/**
 * Cells that are not text, as Excel hands them over (a CSV file has none: not fed to the importer). A number
 * keeps Excel's 15 significant digits in every front: the 0.30000000000000004 that Excel stores for 0.3.
 */
const CELLS: [number | boolean, Partial<Record<Kind, Reading>>][] = [
  [38.5, { decimal: "38.5", volume: "38.5", inhibitor: "error" }],
  [0.1 + 0.2, { decimal: "0.3", volume: "0.3" }],
  [-0.52, { decimal: "-0.52", volume: "error" }],
  [5.0, { decimal: "5", volume: "5" }], // a number cell is never ambiguous
  [1, { inhibitor: "1" }],
  [0, { inhibitor: "0" }],
  [2, { inhibitor: "error" }],
  [true, { decimal: "error", volume: "error", inhibitor: "1" }],
  [false, { decimal: "error", inhibitor: "0" }],
];

const DAY = 45720; // 2025-03-05
const CASES: [string | number | boolean, Partial<Record<Kind, Reading>>][] = [...TEXTS, ...CELLS];
const texts = (kind: Kind) => CASES.filter(([, r]) => r[kind] !== undefined);

// ------------------------------------------------------------------------------------------- workbooks

/** The OP's sheets with the texts as cells: volumes and temperatures in Livraisons, INHIBITEURS in Analyses. */
function sheets(): Record<string, CellValue[][]> {
  return {
    Producteurs: [
      ["Code", "Grille"],
      ["P1", "sud-est-2018"],
    ],
    PrixDeBase: [
      ["Mois", "Grille", "Prix"],
      ["2025-03", "sud-est-2018", 450],
    ],
    Livraisons: [
      ["Date", "Code", "Volume", "Température"],
      ...texts("volume").map(([t]): CellValue[] => [DAY, "P1", t, 4]),
      ...texts("decimal").map(([t]): CellValue[] => [DAY, "P1", 1000, t]),
    ],
    Analyses: [
      ["Date", "Code", "Critère", "Valeur"],
      ...texts("inhibitor").map(([t]): CellValue[] => [DAY, "P1", "INHIBITEURS", t]),
    ],
  };
}

async function xlsxPort(): Promise<WorkbookPort> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets())) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) => r.forEach((v, j) => (ws.getRow(i + 1).getCell(j + 1).value = v as ExcelJS.CellValue)));
  }
  return XlsxWorkbook.open(new Uint8Array(await wb.xlsx.writeBuffer()));
}

function officePort(): WorkbookPort {
  const fake = new FakeExcel();
  for (const [name, rows] of Object.entries(sheets())) fake.model.addSheetWithRows(name, rows as never);
  return new OfficeWorkbook(fake.host());
}

/** What the run read for each text of a kind, in the order of `texts(kind)`. */
function runReadings(t: InputTables, kind: Kind): Reading[] {
  const out: Reading[] = [];
  if (kind === "inhibitor") {
    // Data rows 2…; a blank value is no result at all (not an error, never 0).
    const byRow = new Map(t.results.rows.map((r) => [r.row, r]));
    texts(kind).forEach((_, i) => {
      const r = byRow.get(i + 2);
      out.push(r === undefined ? "blank" : r instanceof BadRow ? "error" : (r as ResultRow).value.toString());
    });
    return out;
  }
  const first = kind === "volume" ? 2 : 2 + texts("volume").length;
  const column = kind === "volume" ? "Volume (C)" : "Température (D)";
  const byRow = new Map(t.deliveries.rows.map((r) => [r.row, r]));
  texts(kind).forEach((_, i) => {
    const r = byRow.get(first + i)!;
    if (r instanceof BadRow) {
      const issue = r.issues.find((x) => x.column === column)!;
      out.push(issue.code === "MISSING_VALUE" ? "blank" : "error");
      return;
    }
    const d = r as DeliveryRow;
    const v = kind === "volume" ? d.volume : d.temperature;
    out.push(v === undefined ? "blank" : v.toString());
  });
  return out;
}

// -------------------------------------------------------------------------------------------- importer

const IMPORT_TARGET = (): MemoryWorkbook =>
  new MemoryWorkbook({
    Producteurs: [
      ["Code", "Grille"],
      ["P1", "sud-est-2018"],
    ],
    Livraisons: [["Date", "Code", "Volume", "Température"]],
    Analyses: [["Date", "Code", "Critère", "Valeur"]],
  });

async function importReading(kind: Kind, text: string | number | boolean): Promise<Reading> {
  const csv =
    kind === "inhibitor"
      ? `Date;Code;Critère;Valeur\n05/03/2025;P1;INHIBITEURS;${text}\n`
      : kind === "volume"
        ? `Date;Code;Volume;Température\n05/03/2025;P1;${text};4\n`
        : `Date;Code;Volume;Température\n05/03/2025;P1;1000;${text}\n`;
  const src = openSource("lecture.csv", new TextEncoder().encode(csv));
  const target = kind === "inhibitor" ? "analyses" : "livraisons";
  const plan = await importRows(IMPORT_TARGET(), src, guessMapping(src.headers, target), target);
  if (plan.rejects.length > 0) return /manquant/.test(plan.rejects[0].reason) ? "blank" : "error";
  const v = plan.rows.cell(0, kind === "decimal" ? 3 : kind === "volume" ? 2 : 3)?.value ?? null;
  if (v === null) return "blank";
  if (kind === "inhibitor") return v === "positif" ? "1" : v === "négatif" ? "0" : `? ${String(v)}`;
  return new Decimal(v as number).toString();
}

// ------------------------------------------------------------------------------------ custom functions

function functionReading(kind: Kind, text: string | number | boolean): Reading {
  try {
    if (kind === "decimal") return new Decimal(mean([[text]], "arithmetic", null)).toString();
    if (kind === "volume") return new Decimal(antibioticPenalty(text, 800, "sud-est-2018", null)).negated().toString();
    return String(contestations([[text]], "mooh-2025", "INHIBITEURS"));
  } catch (e) {
    if (!(e instanceof FnError)) throw e;
    // No value (a blank range, or a required argument left empty) against a value that cannot be read.
    return e.kind === "na" || /got nothing$/.test(e.message) ? "blank" : "error";
  }
}

// ---------------------------------------------------------------------------------------------- tests

describe.each<Kind>(["decimal", "volume", "inhibitor"])("one reading of a %s", (kind) => {
  const expected = texts(kind).map(([t, r]) => [t, r[kind]!] as const);

  it("by the statement run over the .xlsx port", async () => {
    const got = runReadings(await readTables(await xlsxPort()), kind);
    expect(expected.map(([t], i) => [t, got[i]])).toEqual(expected);
  });

  it("by the statement run over the Office.js port", async () => {
    const got = runReadings(await readTables(officePort()), kind);
    expect(expected.map(([t], i) => [t, got[i]])).toEqual(expected);
  });

  it("by the importer (texts: a CSV file holds nothing else)", async () => {
    const textual = expected.filter(([t]) => typeof t === "string");
    const got: [string | number | boolean, Reading][] = [];
    for (const [t] of textual) got.push([t, await importReading(kind, t)]);
    expect(got).toEqual(textual);
  });

  it("by the custom functions", () => {
    expect(expected.map(([t]) => [t, functionReading(kind, t)])).toEqual(expected);
  });
});

describe("what the reading says", () => {
  it("asks to retype an ambiguous volume, naming the sheet, row and column", async () => {
    const t = await readTables(await xlsxPort());
    const row = 2 + texts("volume").findIndex(([x]) => x === "5.000");
    const bad = t.deliveries.rows.find((r) => r.row === row) as BadRow;
    expect(bad.issues).toEqual([
      {
        severity: "error",
        code: "VALUE",
        sheet: "Livraisons",
        row,
        column: "Volume (C)",
        message:
          "5.000 : séparateur ambigu (milliers ou décimales ?) : retapez le volume sans séparateur de milliers (5000) ou avec une virgule décimale et au plus deux décimales (5,00)",
      },
    ]);
  });

  it("says a formula argument is ambiguous in the functions' words", () => {
    expect(() => antibioticPenalty("12,500", 800, "sud-est-2018", null)).toThrow(
      'day_volume: "12,500" is ambiguous (thousands or decimals?): type it without a thousands separator, or with a decimal comma and at most two decimals',
    );
  });
});
