/**
 * The pane's services speak the pane's language: the grid actions' problems, the comparison's lines and the
 * working workbook's messages come from the catalogue (French unchanged, English, German), while the sheets
 * they write stay French.
 */
import { setLanguage, type Lang } from "../../src/messages";
import { createStandaloneService } from "../../src/taskpane/services/standaloneService";
import { smallOp, xlsxBytes } from "../cli/workbooks";

async function opened() {
  const service = createStandaloneService();
  await service.openWorkbook!(new File([(await xlsxBytes(smallOp())) as BlobPart], "OP.xlsx"));
  return service;
}

/** What the grid actions answer, in `lang`: an id already taken, a file that is not a grid, an unknown grid. */
async function gridProblems(lang: Lang) {
  setLanguage(lang);
  try {
    const service = await opened();
    const taken = await service.grids!.copy("sud-est-2018", "mooh-2025", "2026-01");
    const notObject = await service.grids!.importFile("grille.json", "[1, 2]");
    const badJson = await service.grids!.importFile("grille.json", "{");
    const broken = await service.grids!.importFile("g.json", JSON.stringify({ id: "x", formatVersion: 1 }));
    const unknown = await service.grids!.copy("inconnue", "nouvelle", "2026-01");
    return [taken, notObject, badJson, broken, unknown].map((c) => c.issues.map((i) => i.message));
  } finally {
    setLanguage(null);
  }
}

describe("the pane's services in the pane's language", () => {
  it("words the grid actions' problems in French as before, and in English and German", async () => {
    const fr = await gridProblems("fr");
    expect(fr[0]).toEqual(["l'identifiant « mooh-2025 » est déjà pris (grille intégrée) : choisissez-en un autre"]);
    expect(fr[1]).toEqual(["grille.json : une grille (objet JSON { … }) est attendue"]);
    expect(fr[2][0]).toMatch(/^grille\.json : JSON illisible \(/);
    expect(fr[3][0]).toMatch(/^g\.json : grille « x » : /);
    expect(fr[4][0]).toMatch(/^grille « inconnue » inconnue ; grilles disponibles : /);

    const en = await gridProblems("en");
    expect(en[0]).toEqual(["the id « mooh-2025 » is already taken (built-in grid): choose another one"]);
    expect(en[1]).toEqual(["grille.json: a grid (JSON object { … }) is expected"]);
    expect(en[2][0]).toMatch(/^grille\.json: unreadable JSON \(/);
    expect(en[4][0]).toMatch(/^unknown grid « inconnue »; grids available: /);

    const de = await gridProblems("de");
    expect(de[0]).toEqual(["die ID «mooh-2025» ist bereits vergeben (eingebautes Raster): Wählen Sie eine andere ID"]);
    expect(de[1]).toEqual(["grille.json: Ein Raster (JSON-Objekt { … }) wird erwartet"]);
  }, 60_000);

  it("words the comparison's count in the pane's language; the comparison sheet keeps its French name", async () => {
    const lines: Record<Lang, string[]> = { fr: [], en: [], de: [] };
    for (const lang of ["fr", "en", "de"] as Lang[]) {
      setLanguage(lang);
      try {
        const service = await opened();
        const compared = await service.prices!.compareGrids("2025-03");
        expect(compared.sheet).toMatch(/^Comparaison 2025-03/);
        lines[lang] = compared.lines;
      } finally {
        setLanguage(null);
      }
    }
    expect(lines.fr.at(-1)).toMatch(/^\d+ producteurs comparés sous \d+ grilles$/);
    expect(lines.en.at(-1)).toMatch(/^\d+ producers compared under \d+ grids$/);
    expect(lines.de.at(-1)).toMatch(/^\d+ Produzenten verglichen unter \d+ Rastern$/);
    expect(lines.en[0]).toMatch(/^PSP sud-est-2018: /);
  }, 60_000);
});
