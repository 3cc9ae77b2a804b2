import * as fs from "node:fs";
import * as path from "node:path";
import {
  GridCatalogue,
  GridError,
  NoGridVersionError,
  UnknownGridError,
  builtInCatalogue,
  loadGrid,
  schemaProblems,
  type Grid,
} from "../../src/engine";
import sudEst from "../../src/engine/grids/sud-est-2018.json";
import type { GridJson } from "./builders";

const copy = (edit: (g: GridJson) => void): GridJson => {
  const g = JSON.parse(JSON.stringify(sudEst));
  edit(g);
  return g;
};

describe("the grid file format (schemas/grid.schema.json, ajv)", () => {
  test("the built-in grids and the example carry their format version and validity", () => {
    for (const e of builtInCatalogue().list()) {
      expect(schemaProblems(e.raw)).toEqual([]);
      expect(e.raw!.formatVersion).toBe(1);
    }
    const example = JSON.parse(fs.readFileSync(path.join(__dirname, "../../grids/exemple-laiterie.json"), "utf8"));
    expect(schemaProblems(example)).toEqual([]);
    expect(
      builtInCatalogue()
        .list()
        .map((e) => [e.grid.id, e.grid.family, e.grid.validFrom, e.grid.validTo]),
    ).toEqual([
      ["sud-est-2018", "sud-est", "2018-01", undefined],
      ["mooh-2025", "mooh", "2025-01", undefined],
    ]);
  });

  test("every structural problem at once, each with its field path and what was expected, in French", () => {
    const broken = copy((g) => {
      delete g.validFrom;
      g.currency = "euro";
      g.components[3].tiers[1].rate = 9;
      g.components[3].tiers[1].taux = "9";
      g.criteria.MG.method = "médiane";
      g.components[7].alert.perCalendarYear = 1.5;
    });
    expect(schemaProblems(broken)).toEqual([
      { field: "validFrom", problem: "manquant" },
      { field: "currency", problem: 'attendu : un code de devise ISO en 3 majuscules (ex. "EUR", "CHF"), reçu "euro"' },
      {
        field: "criteria.MG.method",
        problem: 'valeur inconnue "médiane" ; attendu : arithmetic, geometric, weighted, worst',
      },
      { field: "components[3].tiers[1].taux", problem: "champ inconnu du format des grilles (faute de frappe ?)" },
      { field: "components[7].alert.perCalendarYear", problem: "attendu : un nombre entier, reçu 1.5" },
    ]);
    expect(() => loadGrid(broken)).toThrow(
      new GridError("sud-est-2018", "validFrom", "manquant", schemaProblems(broken)),
    );
    expect(() => loadGrid(broken)).toThrow("grille « sud-est-2018 » : validFrom : manquant (et 4 autres problèmes)");
  });

  test.each(["sud-est-2018", "mooh-2025"])(
    "the schema validates %s's own plausible block, and looks inside it",
    (id) => {
      const raw = JSON.parse(fs.readFileSync(path.join(__dirname, `../../src/engine/grids/${id}.json`), "utf8"));
      expect(Object.keys(raw.plausible)).toEqual(
        expect.arrayContaining(["MG", "MP", "GERMES", "CELLULES", "PC", "VOLUME"]),
      );
      expect(schemaProblems(raw)).toEqual([]);
      // One bound of the file's own block spoiled (a decimal comma), one key misspelt: both named by the schema.
      raw.plausible.MG.max = "70,5";
      raw.plausible.CELLULE = raw.plausible.CELLULES;
      expect(
        schemaProblems(raw)
          .map((p) => p.field)
          .sort(),
      ).toEqual(["plausible.CELLULE", "plausible.MG.max"]);
    },
  );

  test("a plausibility block is part of the format (min and max inclusive, with their source)", () => {
    const g = copy(
      (x) =>
        (x.plausible = {
          MG: { min: "25", max: "60", source: "teneurs observées" },
          VOLUME: { min: "0", max: "50000" },
        }),
    );
    expect(schemaProblems(g)).toEqual([]);
    const bad = copy((x) => (x.plausible = { LACTOSE: { min: "1", max: "2" }, MG: { min: "vingt", max: "60" } }));
    expect(schemaProblems(bad).map((p) => p.field)).toEqual(["plausible.LACTOSE", "plausible.MG.min"]);
  });

  test("a validity that ends before it starts is refused", () => {
    expect(() => loadGrid(copy((g) => (g.validTo = "2017-12")))).toThrow(
      'grille « sud-est-2018 » : validTo : attendu : un mois à partir de validFrom (2018-01), reçu "2017-12"',
    );
  });
});

describe("the grid catalogue: an id names that grid, a family the version valid for the month", () => {
  const version = (id: string, validFrom: string, validTo?: string): Grid =>
    loadGrid(copy((g) => Object.assign(g, { id, validFrom, ...(validTo ? { validTo } : {}) })));
  const c = new GridCatalogue([
    { grid: version("sud-est-2018", "2018-01"), origin: { kind: "built-in" } },
    { grid: version("sud-est-2026", "2026-01"), origin: { kind: "sheet", where: "Grille sud-est-2026" } },
    { grid: version("sud-est-essai", "2024-01", "2024-06"), origin: { kind: "file", where: "essai.json" } },
  ]);

  test("an id is that exact grid, whatever the month", () =>
    expect(c.resolve("sud-est-2018", "2026-05").id).toBe("sud-est-2018"));
  test("a family: the version that starts latest among those valid for the month", () => {
    expect(c.resolve("sud-est", "2018-01").id).toBe("sud-est-2018");
    expect(c.resolve("sud-est", "2024-03").id).toBe("sud-est-essai");
    expect(c.resolve("sud-est", "2024-07").id).toBe("sud-est-2018"); // the trial ended in 2024-06
    expect(c.resolve("sud-est", "2025-12").id).toBe("sud-est-2018");
    expect(c.resolve("sud-est", "2026-01").id).toBe("sud-est-2026");
  });
  test("without a month (formulas), a family names its latest version", () =>
    expect(c.resolve("sud-est").id).toBe("sud-est-2026"));
  test("a month outside every version is an error naming the versions", () => {
    expect(() => c.resolve("sud-est", "2017-12")).toThrow(NoGridVersionError);
    expect(() => c.resolve("sud-est", "2017-12")).toThrow(
      "aucune version de la grille « sud-est » n'est valable en 2017-12 ; versions : sud-est-2018 (de 2018-01), sud-est-essai (de 2024-01 à 2024-06), sud-est-2026 (de 2026-01)",
    );
  });
  test("an unknown name lists the ids (and the families for messages)", () => {
    expect(() => c.resolve("nord-2020", "2025-01")).toThrow(UnknownGridError);
    expect(c.availableText()).toBe("sud-est-2018, sud-est-2026, sud-est-essai (familles : sud-est)");
  });
});
