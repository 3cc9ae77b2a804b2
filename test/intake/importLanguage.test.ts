/**
 * The importer's own sentences follow the language in use (setLanguage, MILKPAY_LANG): a file it cannot read,
 * a mapping that does not fit the file, the workbook it cannot use, why a row is rejected (the Motif column
 * of « Import rejets », worded in the session's language under French headers), the grid it cannot decide,
 * the counts at the end. Each case is a real import (CSV or .xlsx bytes, the intake tests' OP workbook) run in
 * French, English and German, and the sentence is asserted whole; the French ones are today's, unchanged.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runImportCli } from "../../src/cli/import";
import {
  FIELDS,
  fieldLabel,
  findMapping,
  guessMapping,
  importFile,
  importRows,
  openSource,
  separatorName,
  summaryLine,
  MAPPINGS_SHEET,
  REJECTS_SHEET,
  type ImportKind,
  type ImportPlan,
} from "../../src/intake";
import { setLanguage, type Lang } from "../../src/messages";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { xlsxBytes } from "../cli/workbooks";
import { enc, opSheets, opWorkbook, reopen } from "./fixtures";

const LANGS: Lang[] = ["fr", "en", "de"];

/** `fn` in `lang`, the language put back to MILKPAY_LANG's afterwards (even when it throws). */
async function inLanguage<T>(lang: Lang, fn: () => Promise<T> | T): Promise<T> {
  setLanguage(lang);
  try {
    return await fn();
  } finally {
    setLanguage(null);
  }
}

/** The message of what `fn` throws (the test fails when it throws nothing). */
async function thrown(fn: () => unknown): Promise<string> {
  try {
    await fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("nothing thrown");
}

async function planOf(text: string, kind: ImportKind, sheets = opSheets()): Promise<ImportPlan> {
  const src = openSource(kind === "analyses" ? "lab.csv" : "collecte.csv", enc(text));
  return importRows(XlsxWorkbook.open(await opWorkbook(sheets)), src, guessMapping(src.headers, kind), kind);
}

/** One result per line, each line rejected for its own reason but line 2 (imported) and 3 (duplicate). */
const LAB = [
  "N° producteur;Date de prélèvement;Paramètre;Résultat",
  "P1;17/03/2025;MG;41,5", // 2: imported
  "P1;03/03/2025;MG;40", // 3: duplicate of Analyses' row 2
  "P7;03/03/2025;MG;40", // 4: unknown producer
  "P2;04/03/2025;MG", // 5: short row
  "P2;04/03/2025;MG;abc", // 6: not a number
  "P9;03/03/2025;MG;40", // 7: no consent
  "P1;03/03/2025;MG;39", // 8: conflict with Analyses (40)
  "P2;05/03/2025;MG;", // 9: no value
  "P2;06/03/2025;MG;41;x", // 10: long row
  "",
].join("\r\n");

/** What each language says, case by case: French first (today's sentence), then English and German. */
const SAID: Record<string, Record<Lang, string>> = {
  unknownProducer: {
    fr: "producteur « P7 » inconnu dans Producteurs",
    en: "producer « P7 » not found in Producteurs",
    de: "Produzent «P7» in Producteurs unbekannt",
  },
  shortRow: {
    fr: "ligne incomplète : 3 champs au lieu de 4",
    en: "incomplete row: 3 fields instead of 4",
    de: "unvollständige Zeile: 3 Felder statt 4",
  },
  badValue: {
    fr: "MG : « abc » n'est pas un nombre : nombre attendu (ex. 38,5 ou 100 000)",
    en: "MG: « abc » is not a number: expected a number (e.g. 38,5 or 100 000)",
    de: "MG: «abc» ist keine Zahl: Zahl erwartet (z. B. 38,5 oder 100 000)",
  },
  noConsent: {
    fr: "producteur P9 : Consentement = non, résultats non importés",
    en: "producer P9: Consentement = non, data not imported",
    de: "Produzent P9: Consentement = non, Daten nicht importiert",
  },
  noConsentContent: {
    fr: "(contenu non repris : producteur sans consentement)",
    en: "(content not copied: producer without consent)",
    de: "(Inhalt nicht übernommen: Produzent ohne Einwilligung)",
  },
  conflict: {
    fr: "MG : P1 a déjà un résultat MG le 03/03/2025 (Analyses, ligne 2) avec la valeur 40 ; la nouvelle valeur 39 n'est pas importée : vérifiez auprès du laboratoire",
    en: "MG: P1 already has a result for MG on 03/03/2025 (Analyses, row 2) with the value 40; the new value 39 is not imported: check with the laboratory",
    de: "MG: P1 hat bereits ein Resultat für MG vom 03/03/2025 (Analyses, Zeile 2) mit dem Wert 40; der neue Wert 39 wird nicht importiert: Klären Sie dies mit dem Labor ab",
  },
  noValue: { fr: "MG : valeur manquante", en: "MG: missing value", de: "MG: Wert fehlt" },
  longRow: {
    fr: "ligne trop longue : 5 champs au lieu de 4 (séparateur dans une valeur sans guillemets ?)",
    en: "row too long: 5 fields instead of 4 (a separator inside an unquoted value?)",
    de: "Zeile zu lang: 5 Felder statt 4 (Trennzeichen in einem Wert ohne Anführungszeichen?)",
  },
  summary: {
    fr: "9 lignes lues (9 résultats) : 1 importé, 1 doublon, 6 rejetés, 1 sans consentement",
    en: "9 lines read (9 results): 1 imported, 1 duplicate, 6 rejected, 1 without consent",
    de: "9 Zeilen gelesen (9 Resultate): 1 importiert, 1 doppelt, 6 abgewiesen, 1 ohne Einwilligung",
  },
  mappingType: { fr: "résultats (Analyses)", en: "results (Analyses)", de: "Resultate (Analyses)" },
};

describe.each(LANGS)("the importer in %s", (lang) => {
  test("each rejected row's reason, the counts, and « Import rejets » under its French headers", async () => {
    const wb = XlsxWorkbook.open(await opWorkbook());
    const plan = await inLanguage(lang, () => {
      const src = openSource("infolabo.csv", enc(LAB));
      return importFile(wb, src, guessMapping(src.headers, "analyses"), "analyses", { saveAs: "Labo" });
    });
    const said = (key: string) => SAID[key][lang];
    expect(plan.rejects.map((r) => [r.line, r.reason])).toEqual([
      [4, said("unknownProducer")],
      [5, said("shortRow")],
      [6, said("badValue")],
      [7, said("noConsent")],
      [8, said("conflict")],
      [9, said("noValue")],
      [10, said("longRow")],
    ]);
    expect(plan.rejects[3].raw).toBe(said("noConsentContent"));
    expect(await inLanguage(lang, () => summaryLine(plan.summary))).toBe(said("summary"));

    const out = reopen(wb);
    const rejets = out.readTableSync(REJECTS_SHEET)!;
    expect(rejets.headers).toEqual(["Date import", "Fichier", "Type", "Ligne", "Contenu", "Motif"]);
    expect(rejets.rows.map((r) => r.values[5])).toEqual(plan.rejects.map((r) => r.reason));
    expect(rejets.rows[3].values[4]).toBe(said("noConsentContent"));
    const mappings = out.readTableSync(MAPPINGS_SHEET)!;
    expect(mappings.headers).toEqual(["Nom", "Type", "Correspondance"]);
    expect(mappings.rows.map((r) => r.values.slice(0, 2))).toEqual([["Labo", said("mappingType")]]);
  });

  test("a value in the wrong unit, a column Livraisons lacks, a missing volume", async () => {
    const percent = await inLanguage(lang, () =>
      planOf("Code;Date;Critère;Valeur (%)\nP1;10/03/2025;MG;4,1\n", "analyses"),
    );
    expect(percent.rejects.map((r) => r.reason)).toEqual([
      {
        fr: "MG : l'en-tête du fichier indique des %, la grille sud-est-2018 paie des teneurs en g/l : valeur non convertie, à vérifier",
        en: "MG: the file's header gives %, grid sud-est-2018 pays on contents in g/l: value not converted, to be checked",
        de: "MG: Die Überschrift der Datei gibt % an, das Raster sud-est-2018 bezahlt Gehalte in g/l: Wert nicht umgerechnet, bitte prüfen",
      }[lang],
    ]);
    const volumes = await inLanguage(lang, () =>
      planOf("Date;Code;Volume;Température\n05/03/2025;P1;4800;3,8\n06/03/2025;P1;;\n", "livraisons"),
    );
    expect(volumes.rejects.map((r) => r.reason)).toEqual(
      {
        fr: [
          "la feuille Livraisons n'a pas de colonne « Température » : la valeur serait perdue (ajoutez la colonne puis importez à nouveau)",
          "volume manquant",
        ],
        en: [
          "the sheet Livraisons has no « Température » column: the value would be lost (add the column, then import again)",
          "missing volume",
        ],
        de: [
          "das Blatt Livraisons hat keine Spalte «Température»: Der Wert ginge verloren (fügen Sie die Spalte hinzu und importieren Sie erneut)",
          "Menge fehlt",
        ],
      }[lang],
    );
    expect(await inLanguage(lang, () => summaryLine(volumes.summary))).toBe(
      {
        fr: "2 lignes lues (2 livraisons) : 0 importé, 0 doublon, 2 rejetés, 0 sans consentement",
        en: "2 lines read (2 collections): 0 imported, 0 duplicates, 2 rejected, 0 without consent",
        de: "2 Zeilen gelesen (2 Lieferungen): 0 importiert, 0 doppelt, 2 abgewiesen, 0 ohne Einwilligung",
      }[lang],
    );
  });

  test("a blank Grille when the import's grid cannot be decided (several grids, none)", async () => {
    const lab = "Code;Date;Critère;Valeur\nP2;10/03/2025;MG;4,1\n";
    const several = opSheets();
    several.PrixDeBase.push(["2025-03", "mooh-2025", 62.5]);
    const none = { ...opSheets(), PrixDeBase: [["Mois", "Grille", "Prix"]] };
    const reasons = await inLanguage(lang, async () => [
      (await planOf(lab, "analyses", several)).rejects[0].reason,
      (await planOf(lab, "analyses", none)).rejects[0].reason,
    ]);
    expect(reasons).toEqual(
      {
        fr: [
          "producteur P2 sans Grille et grille de l'import indécidable (plusieurs grilles dans PrixDeBase (sud-est-2018, mooh-2025)) : précisez la grille (Grille dans Producteurs, ou --grid)",
          "producteur P2 sans Grille et grille de l'import indécidable (aucune grille connue dans PrixDeBase) : précisez la grille (Grille dans Producteurs, ou --grid)",
        ],
        en: [
          "producer P2 has no Grille and the import's grid cannot be decided (several grids in PrixDeBase (sud-est-2018, mooh-2025)): specify the grid (Grille in Producteurs, or --grid)",
          "producer P2 has no Grille and the import's grid cannot be decided (no known grid in PrixDeBase): specify the grid (Grille in Producteurs, or --grid)",
        ],
        de: [
          "Produzent P2 ohne Grille, und das Raster des Imports lässt sich nicht bestimmen (mehrere Preisraster in PrixDeBase (sud-est-2018, mooh-2025)): Geben Sie das Raster an (Grille in Producteurs oder --grid)",
          "Produzent P2 ohne Grille, und das Raster des Imports lässt sich nicht bestimmen (kein bekanntes Preisraster in PrixDeBase): Geben Sie das Raster an (Grille in Producteurs oder --grid)",
        ],
      }[lang],
    );
  });

  test("a file that cannot be read: not an .xlsx, .xls, empty, a sheet not there; a boolean as Excel shows it", async () => {
    const lab = await xlsxBytes({
      Résultats: [
        ["Code", "Date", "Critère", "Valeur"],
        ["P2", true as never, "MG", 41],
      ],
    });
    const said = await inLanguage(lang, async () => [
      await thrown(() => openSource("lab.xlsx", enc("pas un zip"))),
      await thrown(() => openSource("ancien.xls", enc("whatever"))),
      await thrown(() => openSource("vide.csv", enc(""))),
      await thrown(() => openSource("labo.xlsx", lab, { sheet: "Feuil9" })),
    ]);
    expect(said).toEqual(
      {
        fr: [
          "lab.xlsx n'est pas un classeur Excel lisible (pas un fichier .xlsx)",
          "ancien.xls : les classeurs .xls (Excel 97-2003) ne sont pas lus ; enregistrez-le en .xlsx ou en CSV",
          "vide.csv : le fichier est vide (aucune ligne à importer)",
          "labo.xlsx : feuille « Feuil9 » introuvable (feuilles : Résultats)",
        ],
        en: [
          "lab.xlsx is not a readable Excel workbook (not an .xlsx file)",
          "ancien.xls: .xls workbooks (Excel 97-2003) are not read; save it as .xlsx or as CSV",
          "vide.csv: the file is empty (no rows to import)",
          "labo.xlsx: sheet « Feuil9 » not found (sheets: Résultats)",
        ],
        de: [
          "lab.xlsx ist keine lesbare Excel-Arbeitsmappe (keine .xlsx-Datei)",
          "ancien.xls: .xls-Arbeitsmappen (Excel 97-2003) werden nicht gelesen; speichern Sie die Datei als .xlsx oder als CSV",
          "vide.csv: Die Datei ist leer (keine Zeilen zu importieren)",
          "labo.xlsx: Blatt «Feuil9» nicht gefunden (Blätter: Résultats)",
        ],
      }[lang],
    );
    const damaged = await inLanguage(lang, () =>
      thrown(() => openSource("lab.xlsx", new Uint8Array([0x50, 0x4b, 3, 4]))),
    );
    expect(damaged).toMatch(
      {
        fr: /^lab\.xlsx n'est pas un classeur Excel lisible : \S/,
        en: /^lab\.xlsx is not a readable Excel workbook: \S/,
        de: /^lab\.xlsx ist keine lesbare Excel-Arbeitsmappe: \S/,
      }[lang],
    );
    // The rejects' Contenu of an .xlsx row shows a boolean as Excel does in the language in use.
    const rejected = await inLanguage(lang, async () => {
      const src = openSource("labo.xlsx", lab);
      return importRows(XlsxWorkbook.open(await opWorkbook()), src, guessMapping(src.headers, "analyses"), "analyses");
    });
    expect(rejected.rejects[0].raw).toBe({ fr: "P2;VRAI;MG;41", en: "P2;TRUE;MG;41", de: "P2;WAHR;MG;41" }[lang]);
  });

  test("a mapping that does not fit the file, or the other kind; a sheet or a saved mapping not there", async () => {
    const noCode = openSource("lab.csv", enc("Date;Critère;Valeur\n17/03/2025;MG;41\n"));
    const infolabo = guessMapping(openSource("lab.csv", enc(LAB)).headers, "analyses");
    const said = await inLanguage(lang, async () => [
      await thrown(async () =>
        importRows(XlsxWorkbook.open(await opWorkbook()), noCode, guessMapping(noCode.headers, "analyses"), "analyses"),
      ),
      await thrown(async () => importRows(XlsxWorkbook.open(await opWorkbook()), noCode, infolabo, "analyses")),
      await thrown(async () => importRows(XlsxWorkbook.open(await opWorkbook()), noCode, infolabo, "livraisons")),
      await thrown(async () => findMapping(XlsxWorkbook.open(await opWorkbook()), "Infolabo")),
    ]);
    expect(said).toEqual(
      {
        fr: [
          "correspondance des colonnes incomplète : aucune colonne pour « Code producteur » (en-têtes du fichier : Date, Critère, Valeur)",
          "correspondance des colonnes incomplète : colonne « Date de prélèvement » (Date) absente du fichier ; colonne « N° producteur » (Code producteur) absente du fichier ; colonne « Paramètre » (Critère) absente du fichier ; colonne « Résultat » (Valeur) absente du fichier (en-têtes du fichier : Date, Critère, Valeur)",
          "la correspondance est pour des résultats, pas pour des volumes",
          "correspondance « Infolabo » introuvable dans la feuille « Import mappings » (enregistrées : aucune)",
        ],
        en: [
          "incomplete column mapping: no column for « Producer code » (headers of the file: Date, Critère, Valeur)",
          "incomplete column mapping: column « Date de prélèvement » (Date) not in the file; column « N° producteur » (Producer code) not in the file; column « Paramètre » (Criterion) not in the file; column « Résultat » (Value) not in the file (headers of the file: Date, Critère, Valeur)",
          "the mapping is for results, not for volumes",
          "mapping « Infolabo » not found in the sheet « Import mappings » (saved: none)",
        ],
        de: [
          "Spaltenzuordnung unvollständig: keine Spalte für «Produzentennummer» (Überschriften der Datei: Date, Critère, Valeur)",
          "Spaltenzuordnung unvollständig: Spalte «Date de prélèvement» (Datum) fehlt in der Datei; Spalte «N° producteur» (Produzentennummer) fehlt in der Datei; Spalte «Paramètre» (Kriterium) fehlt in der Datei; Spalte «Résultat» (Wert) fehlt in der Datei (Überschriften der Datei: Date, Critère, Valeur)",
          "die Zuordnung gilt für Resultate, nicht für Milchmengen",
          "Zuordnung «Infolabo» im Blatt «Import mappings» nicht gefunden (gespeichert: keine)",
        ],
      }[lang],
    );
  });

  test("a workbook without the target table, and a user's sheet named « Import rejets »", async () => {
    const lab = openSource("lab.csv", enc("Date;Code;Critère;Valeur\n17/03/2025;P7;MG;41\n"));
    const mapping = guessMapping(lab.headers, "analyses");
    const { Analyses: _analyses, ...withoutAnalyses } = opSheets();
    const userSheet = { ...opSheets(), "Import rejets": [["mes notes"]] };
    const said = await inLanguage(lang, async () => [
      await thrown(async () =>
        importRows(XlsxWorkbook.open(await xlsxBytes(withoutAnalyses)), lab, mapping, "analyses"),
      ),
      await thrown(async () => importFile(XlsxWorkbook.open(await xlsxBytes(userSheet)), lab, mapping, "analyses")),
    ]);
    expect(said).toEqual(
      {
        fr: [
          "feuille ou tableau « Analyses » introuvable dans le classeur (feuilles : Producteurs, Livraisons, PrixDeBase)",
          "la feuille « Import rejets » existe mais n'a pas été créée par l'import : renommez-la ou supprimez-la (elle n'est pas modifiée)",
        ],
        en: [
          "sheet or table « Analyses » not found in the workbook (sheets: Producteurs, Livraisons, PrixDeBase)",
          "the sheet « Import rejets » exists but was not created by the import: rename or delete it (it is left unchanged)",
        ],
        de: [
          "Blatt oder Tabelle «Analyses» in der Arbeitsmappe nicht gefunden (Blätter: Producteurs, Livraisons, PrixDeBase)",
          "das Blatt «Import rejets» existiert, wurde aber nicht vom Import erstellt: Benennen Sie es um oder löschen Sie es (es wird nicht verändert)",
        ],
      }[lang],
    );
  });

  test("the fields' names and the separators' names (the column list of the command line and the pane)", async () => {
    const [labels, code, separators] = await inLanguage(lang, () => [
      FIELDS.livraisons.map((f) => f.label).join(", "),
      fieldLabel("code"),
      ([";", ",", "\t", "|"] as const).map(separatorName).join(", "),
    ]);
    expect([labels, code, separators]).toEqual(
      {
        fr: [
          "Date, Code producteur, Volume, Heure, Température, Lieu",
          "Code producteur",
          "point-virgule, virgule, tabulation, barre verticale",
        ],
        en: [
          "Date, Producer code, Volume, Time, Temperature, Place",
          "Producer code",
          "semicolon, comma, tab, vertical bar",
        ],
        de: [
          "Datum, Produzentennummer, Milchmenge, Uhrzeit, Temperatur, Ort",
          "Produzentennummer",
          "Semikolon, Komma, Tabulator, senkrechter Strich",
        ],
      }[lang],
    );
  });
});

describe("npm run import in the language of MILKPAY_LANG", () => {
  let dir: string;
  const saved = process.env.MILKPAY_LANG;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-language-"));
    fs.writeFileSync(path.join(dir, "op.xlsx"), await opWorkbook());
    fs.writeFileSync(path.join(dir, "lab.csv"), enc(LAB));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (saved === undefined) delete process.env.MILKPAY_LANG;
    else process.env.MILKPAY_LANG = saved;
  });

  test.each([
    [
      "en",
      "CSV utf-8, separator semicolon",
      "  columns: Date ← « Date de prélèvement », Producer code ← « N° producteur », Criterion ← « Paramètre », Value ← « Résultat »",
    ],
    [
      "de",
      "CSV utf-8, Trennzeichen Semikolon",
      "  Spalten: Datum ← «Date de prélèvement», Produzentennummer ← «N° producteur», Kriterium ← «Paramètre», Wert ← «Résultat»",
    ],
  ])("%s: the separator, the columns and the counts", async (lang, how, columns) => {
    process.env.MILKPAY_LANG = lang;
    const out: string[] = [];
    const io = { stdout: (s: string) => void out.push(s), stderr: () => undefined, isTTY: false };
    const run = await runImportCli([path.join(dir, "op.xlsx"), path.join(dir, "lab.csv")], io);
    expect(run.code).toBe(0);
    const lines = out.join("").split("\n");
    expect(lines[0]).toContain(how);
    // (The quotes are the command line's own, src/cli/import.ts: « » in every language.)
    expect(lines[1]).toBe(columns);
    expect(lines[2]).toBe(`  ${SAID.summary[lang as Lang]}`);
  });
});
