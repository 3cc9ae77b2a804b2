import * as fs from "node:fs";
import * as path from "node:path";
import { Decimal, loadGrid } from "../../src/engine";
import mooh from "../../src/engine/grids/mooh-2025.json";
import sudEst from "../../src/engine/grids/sud-est-2018.json";
import { openWorkbook } from "../../src/cli/nodeXlsx";
import { readGridSheet } from "../../src/inputs/gridSheetRead";
import { gridSheet, type GridJson } from "../../src/inputs/gridSheetWrite";
import type { CellValue, TableData } from "../../src/workbook/port";
import { xlsxBytes } from "../cli/workbooks";

/** Writes the grid's sheet into a real .xlsx (the command line's port), saves, reopens and reads it back. */
async function throughXlsx(raw: GridJson, edit?: (cells: CellValue[][]) => void): Promise<TableData> {
  const sheet = gridSheet(raw);
  const cells: CellValue[][] = sheet.rows.map((r) => (r === null ? [] : r.map((c) => c.value as CellValue)));
  edit?.(cells);
  const bytes = await xlsxBytes({ Producteurs: [["Code"]], [sheet.name]: cells });
  const port = openWorkbook("t.xlsx", bytes);
  if (typeof port === "string") throw new Error(port);
  const table = await port.readTable(sheet.name);
  if (!table) throw new Error("sheet not found");
  return table;
}

/** Decimal strings compared as numbers ("-9.00" = "-9"); everything else as is. */
function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === "string" && typeof b === "string" && /^-?\d+(\.\d+)?$/.test(a) && /^-?\d+(\.\d+)?$/.test(b))
    return new Decimal(a).eq(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a && b && typeof a === "object" && typeof b === "object") {
    const oa = a as Record<string, unknown>;
    const ob = b as Record<string, unknown>;
    const ka = Object.keys(oa).filter((k) => k !== "$schema" && oa[k] !== false);
    const kb = Object.keys(ob).filter((k) => k !== "$schema" && ob[k] !== false);
    return ka.length === kb.length && ka.every((k) => sameValue(oa[k], ob[k]));
  }
  return a === b;
}

const example = JSON.parse(fs.readFileSync(path.join(__dirname, "../../grids/exemple-laiterie.json"), "utf8"));
/** The plausibility block (helper « plausible » adds one to every grid) round-trips too. */
const withPlausible = {
  ...(sudEst as GridJson),
  plausible: {
    MG: { min: "25", max: "60", source: "teneurs observées en France" },
    VOLUME: { min: "0", max: "60000", source: "une citerne par collecte" },
    PC: { min: "-0.600", max: "-0.400", source: "°C" },
  },
};

describe("grid sheet « Grille <id> » ↔ grid file", () => {
  test.each([
    ["sud-est-2018", sudEst],
    ["mooh-2025", mooh],
    ["exemple-laiterie", example],
    ["sud-est-2018 with plausible ranges", withPlausible],
  ])("%s round-trips through a saved .xlsx without loss", async (_id, raw) => {
    const table = await throughXlsx(raw as GridJson);
    const back = readGridSheet(table);
    expect(back.issues).toEqual([]);
    expect(sameValue(raw, back.raw)).toBe(true);
    // The sheet of what was read back is the same sheet, cell for cell (a fixed point).
    expect(gridSheet(back.raw!).rows).toEqual(gridSheet(raw as GridJson).rows);
    // And the grid computes the same: every component equal once loaded.
    expect(JSON.stringify(back.grid)).toBe(JSON.stringify(loadGrid(raw)));
  });

  test.each([
    ["sud-est-2018", sudEst, 7],
    ["mooh-2025", mooh, 6],
  ])("%s → sheet → read back: the file's own plausible block, every bound and source", async (_id, file, keys) => {
    const raw = file as GridJson;
    const back = readGridSheet(await throughXlsx(raw));
    expect(back.issues).toEqual([]);
    const plausible = (raw as { plausible: Record<string, { min: string; max: string; source: string }> }).plausible;
    expect(Object.keys(plausible)).toHaveLength(keys);
    // Bounds are numbers in the sheet: read back as the same decimals ("-0.600" = "-0.6"); sources to the letter.
    const backPlausible = (back.raw as { plausible: typeof plausible }).plausible;
    expect(Object.keys(backPlausible).sort()).toEqual(Object.keys(plausible).sort());
    for (const [key, r] of Object.entries(plausible)) {
      expect([
        key,
        new Decimal(backPlausible[key].min).eq(r.min),
        new Decimal(backPlausible[key].max).eq(r.max),
        backPlausible[key].source,
      ]).toEqual([key, true, true, r.source]);
    }
    // The grid read back checks with the same ranges as the file's.
    expect(back.grid!.plausible).toEqual(loadGrid(raw).plausible);
    // And the whole file: equal once decimals are compared as numbers (the $schema path is not a grid's content).
    expect(sameValue(raw, back.raw)).toBe(true);
  });

  test("the sheet is readable: French labels, one value per cell, bounds in the grid's words", () => {
    const rows = gridSheet(sudEst as GridJson)
      .rows.filter((r): r is NonNullable<typeof r> => r !== null)
      .map((r) => r.map((c) => c.value));
    expect(rows[0]).toEqual([
      "Rubrique",
      "Code",
      "Critère",
      "Paramètre",
      "N°",
      "Borne basse",
      "Seuil bas",
      "Borne haute",
      "Seuil haut",
      "Valeur",
      "Unité",
      "Remarque",
    ]);
    expect(rows).toContainEqual(["Grille", null, null, "Famille", null, null, null, null, null, "sud-est", null, null]);
    expect(rows).toContainEqual([
      "Tranche",
      "GERMES",
      "GERMES",
      "taux",
      null,
      "à partir de",
      100000,
      "jusqu'à (inclus)",
      200000,
      -9,
      "€/1000 L",
      null,
    ]);
    expect(rows).toContainEqual([
      "Tranche",
      "PC",
      "PC",
      "% du prix de base",
      null,
      "au-delà de",
      -0.507,
      "jusqu'à (inclus)",
      -0.502,
      -2,
      "%",
      null,
    ]);
    expect(rows).toContainEqual([
      "Critère",
      null,
      "CELLULES",
      "Valeur du mois",
      null,
      null,
      null,
      null,
      null,
      "moyenne géométrique",
      null,
      null,
    ]);
  });

  test("a bad cell is named by sheet, row and column, in French", async () => {
    // Row 3 of the sheet is « Identifiant »; the germ tier -9 is found by its value.
    const table = await throughXlsx(sudEst as GridJson, (cells) => {
      const r = cells.findIndex((c) => c[0] === "Tranche" && c[1] === "GERMES" && c[9] === -9);
      cells[r][9] = "moins neuf";
      const m = cells.findIndex((c) => c[0] === "Critère" && c[2] === "GERMES" && c[3] === "Valeur du mois");
      cells[m][9] = "médiane";
    });
    const back = readGridSheet(table);
    expect(back.grid).toBeNull();
    const tierRow = table.rows.find(
      (r) => r.values[0] === "Tranche" && r.values[1] === "GERMES" && r.values[9] === "moins neuf",
    )!.row;
    expect(back.issues).toContainEqual(
      expect.objectContaining({
        sheet: "Grille sud-est-2018",
        row: tierRow,
        column: "Valeur (J)",
        message: expect.stringContaining("« moins neuf » n'est pas un nombre"),
      }),
    );
    expect(back.issues).toContainEqual(
      expect.objectContaining({
        column: "Valeur (J)",
        message: expect.stringContaining("« médiane » inconnu ; attendu : moyenne arithmétique, moyenne géométrique"),
      }),
    );
  });

  test("a rule the schema cannot say (tiers overlapping) is reported at the row of the tier", async () => {
    const table = await throughXlsx(sudEst as GridJson, (cells) => {
      const r = cells.findIndex((c) => c[0] === "Tranche" && c[1] === "CELLULES" && c[6] === 300000);
      cells[r][6] = 290000; // starts before the previous tier (below 300 000) ends
    });
    const back = readGridSheet(table);
    const row = table.rows.find(
      (r) => r.values[0] === "Tranche" && r.values[1] === "CELLULES" && r.values[6] === 290000,
    )!.row;
    expect(back.issues).toEqual([
      expect.objectContaining({
        sheet: "Grille sud-est-2018",
        row,
        message:
          "components[4].tiers[1] : tranches qui se chevauchent : commence à 290000 avant la fin de la précédente (300000)",
      }),
    ]);
  });

  test("a schema problem (unknown criterion in a condition) points at its cell", async () => {
    const table = await throughXlsx(sudEst as GridJson, (cells) => {
      const r = cells.findIndex((c) => c[0] === "Condition" && c[2] === "BUTYRIQUES");
      cells[r][2] = "LACTOSE";
    });
    const back = readGridSheet(table);
    const row = table.rows.find((r) => r.values[2] === "LACTOSE")!.row;
    expect(back.issues).toEqual([
      expect.objectContaining({
        row,
        column: "Critère (C)",
        message: expect.stringContaining('components[8].conditions[5].criterion : valeur inconnue "LACTOSE"'),
      }),
    ]);
  });

  test("the id must match the sheet name", async () => {
    const table = await throughXlsx(sudEst as GridJson, (cells) => {
      const r = cells.findIndex((c) => c[3] === "Identifiant");
      cells[r][9] = "sud-est-2026";
    });
    const back = readGridSheet(table);
    expect(back.issues).toEqual([
      expect.objectContaining({
        column: "Valeur (J)",
        message: expect.stringContaining(
          "l'identifiant « sud-est-2026 » n'est pas celui du nom de la feuille (« Grille sud-est-2018 »)",
        ),
      }),
    ]);
  });
});
