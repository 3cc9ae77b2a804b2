/**
 * The run speaks the language in use (issue 15): its issues and RunErrors come from the catalogue
 * (src/messages), French by default, English and Swiss German on demand; an issue keeps its severity, code,
 * sheet, row, column and producer whatever the language; the checks sheet stays a French document (title,
 * headers) listing the messages in the language of the run.
 */
import { parseDecimal, type Bad } from "../../src/inputs";
import { setLanguage, type Lang } from "../../src/messages";
import { RunError, runStatements } from "../../src/run";
import { values } from "./memoryPort";
import { deliveries, opWorkbook, results } from "./fixtures";

afterEach(() => setLanguage(null));

/** P1 clean; P2 with an unreadable volume and a Validé that is neither yes nor no; P3 on a grid without price. */
function workbook() {
  const month = (code: string) =>
    results(code, [
      ["03/03/2025", "MG", 40],
      ["03/03/2025", "MP", 33],
      ["03/03/2025", "GERMES", 20000],
      ["03/03/2025", "CELLULES", 150000],
      ["03/03/2025", "BUTYRIQUES", 500],
      ["03/03/2025", "PC", -0.52],
      ["03/03/2025", "INHIBITEURS", "négatif"],
    ]);
  const p2 = month("P2");
  p2[0][4] = "peut-être";
  return opWorkbook({
    producers: [
      ["P1", "Ferme P1", null, "oui", null],
      ["P2", "Ferme P2", null, "oui", null],
      ["P3", "Ferme P3", "mooh-2025", "oui", null],
    ],
    deliveries: [
      ...deliveries("P1", [["03/03/2025", 5000]]),
      ...deliveries("P2", [["03/03/2025", "abc"]]),
      ...deliveries("P3", [["03/03/2025", 5000]]),
      ...deliveries("X9", [
        ["04/03/2025", 100],
        ["05/03/2025", 100],
      ]),
    ],
    results: [...month("P1"), ...p2],
    prices: [["2025-03", "sud-est-2018", 450]],
  });
}

const expected: Record<Lang, { volume: string; validated: string; price: string; unknown: string; stop: string }> = {
  fr: {
    volume: "« abc » n'est pas un nombre : nombre attendu (ex. 38,5 ou 100 000)",
    validated: "« peut-être » : oui ou non attendu",
    price: "pas de prix de base pour 2025-03 et la grille mooh-2025 dans PrixDeBase",
    unknown: "code producteur « X9 » absent de Producteurs : 2 lignes ignorées (première ligne 5)",
    stop: "pas de prix de base pour 2025-04 dans la feuille PrixDeBase",
  },
  en: {
    volume: "« abc » is not a number: expected a number (e.g. 38,5 or 100 000)",
    validated: "« peut-être »: expected oui or non (yes or no)",
    price: "no base price for 2025-03 and grid mooh-2025 in PrixDeBase",
    unknown: "producer code « X9 » not in Producteurs: 2 rows ignored (first row 5)",
    stop: "no base price for 2025-04 in the sheet PrixDeBase",
  },
  de: {
    volume: "«abc» ist keine Zahl: Zahl erwartet (z. B. 38,5 oder 100 000)",
    validated: "«peut-être»: oui oder non (ja oder nein) erwartet",
    price: "kein Basispreis für 2025-03 und das Raster mooh-2025 in PrixDeBase",
    unknown: "Produzentencode «X9» fehlt in Producteurs: 2 Zeilen ignoriert (erste Zeile 5)",
    stop: "kein Basispreis für 2025-04 im Blatt PrixDeBase",
  },
};

describe.each(["fr", "en", "de"] as const)("a run in %s", (lang) => {
  it("words its issues in that language, each at the same cell, and the checks sheet stays French", async () => {
    setLanguage(lang);
    const port = workbook();
    const result = await runStatements(port, { month: "2025-03" });
    expect(result.statements.map((s) => s.producer)).toEqual(["P1"]);
    const errors = result.issues.filter((i) => i.severity === "error");
    expect(errors).toEqual([
      expect.objectContaining({
        code: "UNKNOWN_PRODUCER",
        sheet: "Livraisons",
        row: 5,
        message: expected[lang].unknown,
      }),
      expect.objectContaining({
        code: "VALUE",
        sheet: "Livraisons",
        row: 3,
        column: "Volume (C)",
        producer: "P2",
        message: expected[lang].volume,
      }),
      expect.objectContaining({
        code: "VALUE",
        sheet: "Analyses",
        row: 9,
        column: "Validé (E)",
        producer: "P2",
        message: expected[lang].validated,
      }),
      expect.objectContaining({ code: "PRICE", sheet: "PrixDeBase", producer: "P3", message: expected[lang].price }),
    ]);
    const checks = values(port.output("Contrôles 2025-03"));
    expect(checks[3]).toEqual(["Gravité", "Feuille", "Ligne", "Colonne", "Producteur", "Message"]);
    expect(checks).toContainEqual(["Erreur", "Livraisons", 3, "Volume (C)", "P2", expected[lang].volume]);
  });

  it("says why it stops in that language", async () => {
    setLanguage(lang);
    const run = runStatements(workbook(), { month: "2025-04", write: false });
    await expect(run).rejects.toThrow(RunError);
    await expect(run).rejects.toThrow(expected[lang].stop);
  });
});

it("a cell read once is worded in the language in use when its message is read (parsers memoise their Bads)", () => {
  const bad = parseDecimal("douze") as Bad;
  expect(bad.message).toBe("« douze » n'est pas un nombre : nombre attendu (ex. 38,5 ou 100 000)");
  setLanguage("en");
  expect((parseDecimal("douze") as Bad).message).toBe(
    "« douze » is not a number: expected a number (e.g. 38,5 or 100 000)",
  );
  setLanguage("de");
  expect(bad.message).toBe("«douze» ist keine Zahl: Zahl erwartet (z. B. 38,5 oder 100 000)");
});
