/**
 * The grid engine's texts (src/messages/gridProblems.*.ts) in the language in use when they are raised: a
 * broken grid file's problems (the JSON Schema's and the rules it cannot say), the plausible block, a value
 * outside the grid's plausible range with its hint, a family without a version for the month. French stays
 * the reference, word for word; the field paths and JSON names stay the grid file's in every language.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import {
  Decimal,
  GridCatalogue,
  getGrid,
  loadGrid,
  plausibilityProblem,
  rangeText,
  schemaProblems,
  type Grid,
} from "../../src/engine";
import { loadPlausible } from "../../src/engine/grid/plausible";
import sudEst from "../../src/engine/grids/sud-est-2018.json";
import { setLanguage, type Lang } from "../../src/messages";
import type { GridJson } from "../engine/builders";

/** A deep copy of the sud-est grid file, changed by `edit`. */
function variant(edit: (g: GridJson) => void): GridJson {
  const g = JSON.parse(JSON.stringify(sudEst));
  edit(g);
  return g;
}
const germTiers = (g: GridJson) => g.components.find((c: GridJson) => c.code === "GERMES").tiers;

/** What `run` returns, or the message of what it throws, in `lang`. */
function said(lang: Lang, run: () => unknown): unknown {
  setLanguage(lang);
  try {
    return run();
  } catch (e) {
    return (e as Error).message;
  } finally {
    setLanguage(null);
  }
}

/** Loading a grid file: the message of the GridError it raises. */
const loading = (edit: (g: GridJson) => void) => () => loadGrid(variant(edit));

afterEach(() => setLanguage(null));

describe("a broken grid file's problems, in the language in use", () => {
  const broken = variant((g) => {
    delete g.validFrom;
    g.currency = "euro";
    g.components[3].tiers[1].rate = 9;
    g.components[3].tiers[1].taux = "9";
    g.criteria.MG.method = "médiane";
    g.components[7].alert.perCalendarYear = 1.5;
  });

  test("the schema's problems: missing, pattern, enum, unknown field, type", () => {
    expect(said("en", () => schemaProblems(broken))).toEqual([
      { field: "validFrom", problem: "missing" },
      { field: "currency", problem: 'expected: an ISO currency code in 3 capitals (e.g. "EUR", "CHF"), got "euro"' },
      {
        field: "criteria.MG.method",
        problem: 'unknown value "médiane"; expected: arithmetic, geometric, weighted, worst',
      },
      { field: "components[3].tiers[1].taux", problem: "field unknown to the grid format (typing mistake?)" },
      { field: "components[7].alert.perCalendarYear", problem: "expected: a whole number, got 1.5" },
    ]);
    expect(said("de", () => schemaProblems(broken))).toEqual([
      { field: "validFrom", problem: "fehlt" },
      {
        field: "currency",
        problem: 'erwartet: ein ISO-Währungscode aus 3 Grossbuchstaben (z. B. "EUR", "CHF"), erhalten: "euro"',
      },
      {
        field: "criteria.MG.method",
        problem: 'unbekannter Wert "médiane"; erwartet: arithmetic, geometric, weighted, worst',
      },
      { field: "components[3].tiers[1].taux", problem: "Feld im Rasterformat unbekannt (Tippfehler?)" },
      { field: "components[7].alert.perCalendarYear", problem: "erwartet: eine ganze Zahl, erhalten: 1.5" },
    ]);
  });

  test("the error names the grid, the first problem and how many others", () => {
    const load = () => loadGrid(broken);
    expect(said("fr", load)).toBe("grille « sud-est-2018 » : validFrom : manquant (et 4 autres problèmes)");
    expect(said("en", load)).toBe("grid « sud-est-2018 »: validFrom: missing (and 4 other problems)");
    expect(said("de", load)).toBe("Raster «sud-est-2018»: validFrom: fehlt (und 4 weitere Probleme)");
    const oneOther = variant((g) => {
      delete g.validFrom;
      g.currency = "euro";
    });
    expect(said("en", () => loadGrid(oneOther))).toBe(
      "grid « sud-est-2018 »: validFrom: missing (and 1 other problem)",
    );
    expect(said("de", () => loadGrid(oneOther))).toBe(
      "Raster «sud-est-2018»: validFrom: fehlt (und 1 weiteres Problem)",
    );
  });

  test("a value of neither allowed type names both", () => {
    const load = loading((g) => (germTiers(g)[1].rate = true));
    expect(said("fr", load)).toBe(
      "grille « sud-est-2018 » : components[3].tiers[1].rate : attendu : un texte ou un nombre, reçu true",
    );
    expect(said("en", load)).toBe(
      "grid « sud-est-2018 »: components[3].tiers[1].rate: expected: a text or a number, got true",
    );
    expect(said("de", load)).toBe(
      "Raster «sud-est-2018»: components[3].tiers[1].rate: erwartet: ein Text oder eine Zahl, erhalten: true",
    );
  });

  test("a decimal written with a comma: the example of how to write it", () => {
    const load = loading((g) => (germTiers(g)[1].rate = "-9,00 €"));
    expect(said("en", load)).toBe(
      'grid « sud-est-2018 »: components[3].tiers[1].rate: expected: a number written with a decimal point, in quotes (e.g. "-9.00"), got "-9,00 €"',
    );
    expect(said("de", load)).toBe(
      'Raster «sud-est-2018»: components[3].tiers[1].rate: erwartet: eine Zahl mit Dezimalpunkt, in Anführungszeichen (z. B. "-9.00"), erhalten: "-9,00 €"',
    );
  });
});

describe("the rules the schema cannot say, in the language in use", () => {
  const cases: [string, (g: GridJson) => void, string, string, string][] = [
    [
      "overlapping tiers",
      (g) => (germTiers(g)[1].from = "90000"),
      "grille « sud-est-2018 » : components[3].tiers[1] : tranches qui se chevauchent : commence à 90000 avant la fin de la précédente (100000)",
      "grid « sud-est-2018 »: components[3].tiers[1]: overlapping tiers: starts at 90000 before the end of the previous one (100000)",
      "Raster «sud-est-2018»: components[3].tiers[1]: Stufen überschneiden sich: beginnt bei 90000 vor dem Ende der vorherigen (100000)",
    ],
    [
      "a bound in two tiers",
      (g) => (germTiers(g)[0] = { upTo: "100000", rate: "0" }),
      "grille « sud-est-2018 » : components[3].tiers[1] : tranches qui se chevauchent : 100000 est dans deux tranches (upTo et from)",
      "grid « sud-est-2018 »: components[3].tiers[1]: overlapping tiers: 100000 is in two tiers (upTo and from)",
      "Raster «sud-est-2018»: components[3].tiers[1]: Stufen überschneiden sich: 100000 liegt in zwei Stufen (upTo und from)",
    ],
    [
      "a gap between tiers",
      (g) => (germTiers(g)[1].from = "110000"),
      "grille « sud-est-2018 » : components[3].tiers[1] : trou entre les tranches : de 100000 à 110000, aucune tranche",
      "grid « sud-est-2018 »: components[3].tiers[1]: gap between the tiers: from 100000 to 110000, no tier",
      "Raster «sud-est-2018»: components[3].tiers[1]: Lücke zwischen den Stufen: von 100000 bis 110000 keine Stufe",
    ],
    [
      "no base component",
      (g) => g.components.shift(),
      'grille « sud-est-2018 » : components : une grille a besoin d\'un composant de type "base" (le prix de base)',
      'grid « sud-est-2018 »: components: a grid needs a component of kind "base" (the base price)',
      'Raster «sud-est-2018»: components: ein Raster braucht eine Komponente vom Typ "base" (den Grundpreis)',
    ],
    [
      "marginal bands not contiguous",
      (g) => (g.components[1].bands[1].from = "37"),
      "grille « sud-est-2018 » : components[1].bands[1].from : attendu : le to de la tranche précédente (38)",
      "grid « sud-est-2018 »: components[1].bands[1].from: expected: the to of the previous band (38)",
      "Raster «sud-est-2018»: components[1].bands[1].from: erwartet: das to des vorherigen Bereichs (38)",
    ],
    [
      "a component on a criterion without rule",
      (g) => delete g.criteria.BUTYRIQUES,
      "grille « sud-est-2018 » : components[5].criterion : « BUTYRIQUES » n'a pas d'entrée dans criteria (comment obtenir sa valeur du mois)",
      "grid « sud-est-2018 »: components[5].criterion: « BUTYRIQUES » has no entry in criteria (how to get its value for the month)",
      "Raster «sud-est-2018»: components[5].criterion: «BUTYRIQUES» hat keinen Eintrag in criteria (wie sein Monatswert ermittelt wird)",
    ],
    [
      "a validity that ends before it starts",
      (g) => (g.validTo = "2017-12"),
      'grille « sud-est-2018 » : validTo : attendu : un mois à partir de validFrom (2018-01), reçu "2017-12"',
      'grid « sud-est-2018 »: validTo: expected: a month from validFrom (2018-01) on, got "2017-12"',
      'Raster «sud-est-2018»: validTo: erwartet: ein Monat ab validFrom (2018-01), erhalten: "2017-12"',
    ],
  ];
  test.each(cases)("%s", (_name, edit, fr, en, de) => {
    expect(said("fr", loading(edit))).toBe(fr);
    expect(said("en", loading(edit))).toBe(en);
    expect(said("de", loading(edit))).toBe(de);
  });
});

describe("the grid's plausible block, in the language in use", () => {
  const withPlausible = (plausible: unknown) => () => loadGrid({ ...sudEst, plausible });

  test("min above max, a source missing, a key the format does not know", () => {
    const upsideDown = withPlausible({ MG: { min: "70", max: "20", source: "x" } });
    expect(said("fr", upsideDown)).toBe("grille « sud-est-2018 » : plausible.MG : min 70 est au-dessus de max 20");
    expect(said("en", upsideDown)).toBe("grid « sud-est-2018 »: plausible.MG: min 70 is above max 20");
    expect(said("de", upsideDown)).toBe("Raster «sud-est-2018»: plausible.MG: min 70 liegt über max 20");

    const noSource = withPlausible({ MG: { min: "20", max: "70" } });
    expect(said("en", noSource)).toBe(
      "grid « sud-est-2018 »: plausible.MG.source: expected: a text saying where the bounds come from (source)",
    );
    expect(said("de", noSource)).toBe(
      "Raster «sud-est-2018»: plausible.MG.source: erwartet: ein Text, der angibt, woher die Grenzen stammen (source)",
    );

    const inhibitors = withPlausible({ INHIBITEURS: { min: "0", max: "1", source: "x" } });
    expect(said("en", inhibitors)).toBe(
      "grid « sud-est-2018 »: plausible.INHIBITEURS: unknown name « INHIBITEURS »; expected: MG, MP, GERMES, CELLULES, BUTYRIQUES, PC, VOLUME",
    );
    expect(said("de", inhibitors)).toBe(
      "Raster «sud-est-2018»: plausible.INHIBITEURS: unbekannter Name «INHIBITEURS»; erwartet: MG, MP, GERMES, CELLULES, BUTYRIQUES, PC, VOLUME",
    );
  });

  test("read without the schema (built-in grids): a bound that is not a decimal, a criterion the grid lacks", () => {
    const criteria = { MG: {} };
    const notDecimal = () => loadPlausible({ MG: { min: 20, max: "70", source: "x" } }, "g", criteria);
    expect(said("fr", notDecimal)).toBe(
      'grille « g » : plausible.MG.min : attendu : un nombre écrit avec un point décimal, entre guillemets (ex. "20"), reçu 20',
    );
    expect(said("en", notDecimal)).toBe(
      'grid « g »: plausible.MG.min: expected: a number written with a decimal point, in quotes (e.g. "20"), got 20',
    );
    expect(said("de", notDecimal)).toBe(
      'Raster «g»: plausible.MG.min: erwartet: eine Zahl mit Dezimalpunkt, in Anführungszeichen (z. B. "20"), erhalten: 20',
    );
    const notCriterion = () => loadPlausible({ MP: { min: "20", max: "70", source: "x" } }, "g", criteria);
    expect(said("fr", notCriterion)).toBe(
      "grille « g » : plausible.MP : « MP » n'est pas un critère de la grille (criteria)",
    );
    expect(said("en", notCriterion)).toBe("grid « g »: plausible.MP: « MP » is not a criterion of the grid (criteria)");
    expect(said("de", notCriterion)).toBe("Raster «g»: plausible.MP: «MP» ist kein Kriterium des Rasters (criteria)");
  });
});

describe("a value outside the grid's plausible range, in the language in use (numbers written as in the workbook)", () => {
  const sud = getGrid("sud-est-2018");
  const problem = (key: "MG" | "VOLUME" | "GERMES", value: string | number) => () =>
    plausibilityProblem(sud, key, new Decimal(value));

  test("a misplaced decimal separator: the likely value", () => {
    expect(said("fr", problem("MG", 400))).toBe(
      "MG 400\u00a0g/l hors des valeurs plausibles (20 à 70\u00a0g/l pour sud-est-2018) : vérifiez la saisie (40 ?)",
    );
    expect(said("en", problem("MG", 400))).toBe(
      "MG 400\u00a0g/l outside the plausible values (20 to 70\u00a0g/l for sud-est-2018): check the entry (40?)",
    );
    expect(said("de", problem("MG", 400))).toBe(
      "MG 400\u00a0g/l ausserhalb der plausiblen Werte (20 bis 70\u00a0g/l für sud-est-2018): Eingabe prüfen (40?)",
    );
  });

  test("a content in the other unit: the unit slip", () => {
    expect(said("en", problem("MG", "4.1"))).toBe(
      "MG 4,1\u00a0g/l outside the plausible values (20 to 70\u00a0g/l for sud-est-2018): a value in %? grid sud-est-2018 pays contents in g/l: value not converted, check the entry",
    );
    expect(said("de", problem("MG", "4.1"))).toBe(
      "MG 4,1\u00a0g/l ausserhalb der plausiblen Werte (20 bis 70\u00a0g/l für sud-est-2018): Wert in %? Das Raster sud-est-2018 bezahlt Gehalte in g/l: Wert nicht umgerechnet, Eingabe prüfen",
    );
  });

  test("a volume: no guess, just check", () => {
    expect(said("fr", problem("VOLUME", 5000000))).toBe(
      "volume 5\u00a0000\u00a0000\u00a0L hors des valeurs plausibles (0 à 100\u00a0000\u00a0L pour sud-est-2018) : vérifiez la saisie",
    );
    expect(said("en", problem("VOLUME", 5000000))).toBe(
      "volume 5\u00a0000\u00a0000\u00a0L outside the plausible values (0 to 100\u00a0000\u00a0L for sud-est-2018): check the entry",
    );
    expect(said("de", problem("VOLUME", 5000000))).toBe(
      "Menge 5\u00a0000\u00a0000\u00a0L ausserhalb der plausiblen Werte (0 bis 100\u00a0000\u00a0L für sud-est-2018): Eingabe prüfen",
    );
  });

  test("the range alone", () => {
    expect(said("en", () => rangeText(sud, "PC"))).toBe("−0,600 to −0,400\u00a0°C");
    expect(said("de", () => rangeText(sud, "PC"))).toBe("−0,600 bis −0,400\u00a0°C");
  });
});

describe("a grid looked up by family and month, in the language in use", () => {
  const version = (id: string, validFrom: string, validTo?: string): Grid =>
    loadGrid(variant((g) => Object.assign(g, { id, validFrom, ...(validTo ? { validTo } : {}) })));
  const c = new GridCatalogue([
    { grid: version("sud-est-2018", "2018-01"), origin: { kind: "built-in" } },
    { grid: version("sud-est-essai", "2024-01", "2024-06"), origin: { kind: "file", where: "essai.json" } },
  ]);

  test("no version valid in the month names the versions", () => {
    const resolve = () => c.resolve("sud-est", "2017-12");
    expect(said("fr", resolve)).toBe(
      "aucune version de la grille « sud-est » n'est valable en 2017-12 ; versions : sud-est-2018 (de 2018-01), sud-est-essai (de 2024-01 à 2024-06)",
    );
    expect(said("en", resolve)).toBe(
      "no version of grid « sud-est » is valid in 2017-12; versions: sud-est-2018 (from 2018-01), sud-est-essai (from 2024-01 to 2024-06)",
    );
    expect(said("de", resolve)).toBe(
      "keine Version des Rasters «sud-est» gilt im Monat 2017-12; Versionen: sud-est-2018 (ab 2018-01), sud-est-essai (von 2024-01 bis 2024-06)",
    );
  });

  test("the grids available, with their families", () => {
    expect(said("fr", () => c.availableText())).toBe("sud-est-2018, sud-est-essai (familles : sud-est)");
    expect(said("en", () => c.availableText())).toBe("sud-est-2018, sud-est-essai (families: sud-est)");
    expect(said("de", () => c.availableText())).toBe("sud-est-2018, sud-est-essai (Familien: sud-est)");
  });
});

describe("the grid code words with its own parts only", () => {
  // The grid code is bundled into the custom functions (functions.js, size budgeted): the whole catalogue
  // (src/messages/index.ts, every front's messages) must not come with it, nor the schema check's words
  // (only jsonSchema.ts, which ajv keeps out of functions.js, uses them).
  test("src/engine/grid imports gridProblems (gridSchema for the schema check), never the whole catalogue", () => {
    const dir = path.join(__dirname, "../../src/engine/grid");
    const imported: Record<string, string[]> = {};
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const source = fs.readFileSync(path.join(dir, file), "utf8");
      const fromMessages = [...source.matchAll(/from "[./]*\/messages(\/[^"]*)?"/g)].map((m) => m[1] ?? "");
      if (fromMessages.length) imported[file] = fromMessages;
    }
    expect(imported).toEqual({
      "catalogue.ts": ["/gridProblems"],
      "fields.ts": ["/gridProblems"],
      "jsonSchema.ts": ["/gridSchema", "/core"],
      "plausible.ts": ["/gridProblems", "/core"],
      "validate.ts": ["/gridProblems"],
      "validateComponents.ts": ["/gridProblems"],
    });
  });
});
