/**
 * The pane's services speak the pane's language: the grid actions' problems, the comparison's lines and the
 * working workbook's messages come from the catalogue (French unchanged, English, German), while the sheets
 * they write stay French.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { makeSample } from "../../scripts/sample";
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

describe("price A in the pane's language", () => {
  it("words the terms in French, English and German; the figures are the sheet's", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "price-a-lang-"));
    const sample = await makeSample({ grid: "sud-est-2018", producers: 4, out: path.join(dir, "op.xlsx") });
    const lines: Partial<Record<Lang, string[]>> = {};
    for (const lang of ["fr", "en", "de"] as Lang[]) {
      setLanguage(lang);
      try {
        const service = createStandaloneService();
        await service.openWorkbook!(new File([fs.readFileSync(sample.file) as BlobPart], "op.xlsx"));
        lines[lang] = (await service.prices!.priceA("2025-03")).lines;
      } finally {
        setLanguage(null);
      }
    }
    const [fr, en, de] = [lines.fr!, lines.en!, lines.de!];
    expect(fr[0]).toMatch(/^Prix A 2025-03 : \d+,\d\d €\/1000 L \(sud-est-2018\)$/);
    expect(fr[1]).toMatch(/^mix produits de 2025-03 : \d+,\d\d €\/1000 L$/);
    expect(fr[2]).toMatch(/^effet environnement : 50 % × \(prix FranceAgriMer .* − prix A Sodiaal .*, 2024-12\) = /);
    expect(en[1]).toMatch(/^product mix of 2025-03: \d+,\d\d €\/1000 L$/);
    expect(en[3]).toMatch(/^regional seasonality: [+−-]?\d+,\d\d €\/1000 L$/);
    expect(de[2]).toMatch(/^Umfeldeffekt: 50 % × \(FranceAgriMer-Preis /);
    // The same figures in every language: only the words differ.
    const figures = (l: string[]) => l.slice(0, 4).map((x) => x.match(/[+−-]?\d+,\d\d/g));
    expect(figures(en)).toEqual(figures(fr));
    expect(figures(de)).toEqual(figures(fr));
  }, 120_000);
});
