import { unzipSync } from "fflate";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import {
  applyImport,
  findMapping,
  guessMapping,
  importFile,
  importRows,
  openSource,
  summaryLine,
  ImportError,
  REJECTS_SHEET,
  MAPPINGS_SHEET,
} from "../../src/intake";
import { readTables } from "../../src/inputs/tables";
import { xlsxBytes } from "../cli/workbooks";
import { cp1252, enc, opSheets, opWorkbook, reopen, withBom } from "./fixtures";

const NOW = new Date(2025, 3, 2, 10, 15);

/** A long Infolabo-like CSV: ; separator, decimal comma, dd/mm/yyyy, malformed rows. */
const LONG = [
  "N° producteur;Date de prélèvement;Paramètre;Résultat",
  "P1;03/03/2025;MG;40", // line 2: already in Analyses with the same value → duplicate
  "P1;17/03/2025;MG;41,5", // 3: imported
  "P1;17/03/2025;MP;33,2", // 4: imported
  "P2;03/03/2025;Germes;25 000", // 5: imported (thousands separator)
  "P2;03/03/2025;Cellules;180000", // 6: imported
  "P2;03/03/2025;Point de congélation;-0,515", // 7: imported
  "P2;03/03/2025;Inhibiteurs;NEG", // 8: imported as négatif
  "P2;31/02/2025;MG;40", // 9: bad date
  "P7;03/03/2025;MG;40", // 10: unknown producer
  "P2;04/03/2025;MG", // 11: short row
  "P2;04/03/2025;MG;400", // 12: out of range
  "P1;17/03/2025;MG;41,5", // 13: duplicate line within the file
  "P9;03/03/2025;MG;40", // 14: no consent
  "P1;03/03/2025;MG;39", // 15: conflict with Analyses (40)
  "P2;05/03/2025;Lactose;48", // 16: unknown criterion
  "01234568;06/03/2025;MG;38,8", // 17: EDE number of P2 → imported as P2
  "",
].join("\r\n");

async function longImport() {
  const wb = XlsxWorkbook.open(await opWorkbook());
  const src = openSource("infolabo-mars.csv", withBom(LONG));
  const mapping = guessMapping(src.headers, "analyses");
  const plan = await importFile(wb, src, mapping, "analyses", { saveAs: "Infolabo", now: NOW });
  return { wb, plan, mapping };
}

describe("import of a long CSV into Analyses (.xlsx port)", () => {
  test("counts, rows landed with their values, rejects with source line and reason", async () => {
    const { wb, plan } = await longImport();
    const s = plan.summary;
    expect(s).toMatchObject({
      encoding: "utf-8-bom",
      separator: ";",
      layout: "long",
      lines: 16,
      read: 16,
      imported: 7,
      duplicates: 2,
      rejected: 6,
      noConsent: 1,
    });
    expect(s.read).toBe(s.imported + s.duplicates + s.rejected + s.noConsent);
    expect(summaryLine(s)).toBe(
      "16 lignes lues (16 résultats) : 7 importés, 2 doublons, 6 rejetés, 1 sans consentement",
    );
    expect(s.appended).toEqual({ sheet: "Analyses", firstRow: 3, lastRow: 9 });

    const out = reopen(wb);
    const analyses = out.readTableSync("Analyses")!;
    expect(analyses.rows.map((r) => [r.row, ...r.values])).toEqual([
      [2, "03/03/2025", "P1", "MG", 40],
      [3, 45733, "P1", "MG", 41.5],
      [4, 45733, "P1", "MP", 33.2],
      [5, 45719, "P2", "GERMES", 25000],
      [6, 45719, "P2", "CELLULES", 180000],
      [7, 45719, "P2", "PC", -0.515],
      [8, 45719, "P2", "INHIBITEURS", "négatif"],
      [9, 45722, "P2", "MG", 38.8],
    ]);
    // The statement run reads them as results, without an issue.
    const tables = await readTables(out);
    const results = tables.results.rows;
    expect(results.filter((r) => "issues" in r)).toEqual([]);
    expect(results).toHaveLength(8);

    const rejets = out.readTableSync(REJECTS_SHEET)!;
    expect(rejets.headers).toEqual(["Date import", "Fichier", "Type", "Ligne", "Contenu", "Motif"]);
    const byLine = new Map(rejets.rows.map((r) => [r.values[3], r.values]));
    expect([...byLine.keys()]).toEqual([9, 10, 11, 12, 14, 15, 16]);
    expect(byLine.get(9)![0]).toBe("2025-04-02 10:15");
    expect(byLine.get(9)![1]).toBe("infolabo-mars.csv");
    expect(byLine.get(9)![4]).toBe("P2;31/02/2025;MG;40");
    expect(byLine.get(9)![5]).toMatch(/31\/02\/2025.*pas une date valide/);
    expect(byLine.get(10)![5]).toMatch(/producteur « P7 » inconnu/);
    expect(byLine.get(11)![5]).toMatch(/ligne incomplète : 3 champs au lieu de 4/);
    expect(byLine.get(12)![5]).toBe(
      "MG 400\u00a0g/l hors des valeurs plausibles (20 à 70\u00a0g/l pour sud-est-2018) : vérifiez la saisie (40 ?)",
    );
    expect(byLine.get(14)![4]).toMatch(/non repris/);
    expect(byLine.get(14)![5]).toMatch(/Consentement = non/);
    expect(byLine.get(15)![5]).toMatch(
      /déjà un résultat MG le 03\/03\/2025 \(Analyses, ligne 2\) avec la valeur 40 ; la nouvelle valeur 39/,
    );
    expect(byLine.get(16)![5]).toMatch(/Lactose.*critère attendu/);
  });

  test("importing the same file again adds nothing; rejects accumulate; the mapping is one click", async () => {
    const { wb } = await longImport();
    const second = XlsxWorkbook.open(wb.toBytes());
    const mapping = await findMapping(second, "infolabo", "analyses");
    const plan = await importFile(second, openSource("infolabo-mars.csv", withBom(LONG)), mapping, "analyses", {
      now: NOW,
    });
    expect(plan.summary).toMatchObject({ imported: 0, duplicates: 9, rejected: 6, noConsent: 1, appended: null });
    const out = reopen(second);
    expect(out.readTableSync("Analyses")!.rows).toHaveLength(8);
    expect(out.readTableSync(REJECTS_SHEET)!.rows).toHaveLength(14);
    expect(out.readTableSync(MAPPINGS_SHEET)!.rows.map((r) => r.values[0])).toEqual(["Infolabo"]);
    expect((await out.generatedSheets()).map((g) => [g.name, g.key]).sort()).toEqual([
      [MAPPINGS_SHEET, "import"],
      [REJECTS_SHEET, "import"],
    ]);
  });

  test("every other part of the workbook is kept byte for byte", async () => {
    const before = await opWorkbook();
    const wb = XlsxWorkbook.open(before);
    const src = openSource("lab.csv", enc("Date;Code;Critère;Valeur\n17/03/2025;P1;MG;41\n"));
    await importFile(wb, src, guessMapping(src.headers, "analyses"), "analyses");
    const a = unzipSync(before);
    const b = unzipSync(wb.toBytes());
    const changed = Object.keys(a).filter((k) => !b[k] || Buffer.compare(Buffer.from(a[k]), Buffer.from(b[k])) !== 0);
    // Analyses is sheet3 (Producteurs, Livraisons, Analyses…); styles.xml gains the date style.
    expect(changed.sort()).toEqual(["xl/styles.xml", "xl/worksheets/sheet3.xml"]);
  });

  test("the input bytes are never modified", async () => {
    const bytes = await opWorkbook();
    const copy = bytes.slice();
    const wb = XlsxWorkbook.open(bytes);
    const src = openSource("lab.csv", enc("Date;Code;Critère;Valeur\n17/03/2025;P1;MG;41\n"));
    await importFile(wb, src, guessMapping(src.headers, "analyses"), "analyses");
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(copy))).toBe(0);
  });
});

describe("wide files, other encodings and separators", () => {
  test("Windows-1252, tab-separated, one column per criterion, units checked against the producer's grid", async () => {
    const text = [
      "EDE\tDate prélèvement\tTB (g/l)\tTP (g/l)\tGermes\tCellules\tSpores\tPoint de congélation\tAntibiotiques",
      "01234567\t04/03/2025\t41,2\t33,1\t20 000\t150 000\t800\t-0,520\tnégatif", // P1 by EDE: 7 results imported
      "01234568\t04/03/2025\t3,9\t\t\t\t\t\t", // TB 3,9 with a g/l header → rejected
      "01234567\t05/03/2025\t\t\t\t\t\t\t", // nothing measured: not a result
    ].join("\r\n");
    const bytes = cp1252(text);
    const wb = XlsxWorkbook.open(await opWorkbook());
    const src = openSource("resultats.txt", bytes);
    expect(src.encoding).toBe("windows-1252");
    expect(src.separator).toBe("\t");
    const mapping = guessMapping(src.headers, "analyses");
    expect(mapping.layout).toBe("wide");
    const plan = await importFile(wb, src, mapping, "analyses", { now: NOW });
    expect(plan.summary).toMatchObject({ lines: 3, read: 8, imported: 7, duplicates: 0, rejected: 1 });
    expect(plan.rejects[0]).toMatchObject({ line: 3 });
    // P2's Grille is blank: the import's grid is the only one in PrixDeBase, sud-est-2018 (g/l).
    expect(plan.rejects[0].reason).toMatch(
      /^TB \(g\/l\) : MG 3,9\u00a0g\/l hors des valeurs plausibles \(20 à 70\u00a0g\/l pour sud-est-2018\) : valeur en % \?/,
    );
    const rows = reopen(wb)
      .readTableSync("Analyses")!
      .rows.slice(1)
      .map((r) => r.values.slice(1));
    expect(rows).toEqual([
      ["P1", "MG", 41.2],
      ["P1", "MP", 33.1],
      ["P1", "GERMES", 20000],
      ["P1", "CELLULES", 150000],
      ["P1", "BUTYRIQUES", 800],
      ["P1", "PC", -0.52],
      ["P1", "INHIBITEURS", "négatif"],
    ]);
  });

  test("a content in % for a producer whose grid pays g/l is rejected, not converted", async () => {
    const wb = XlsxWorkbook.open(await opWorkbook());
    const src = openSource(
      "lab.csv",
      enc('Code,Date,Critère,Valeur\nP1,10/03/2025,MG,"4,1"\nM1,10/03/2025,MG,"4,1"\nM1,10/03/2025,MP,"34,0"\n'),
    );
    expect(src.separator).toBe(",");
    const plan = await importRows(wb, src, guessMapping(src.headers, "analyses"), "analyses");
    expect(plan.summary).toMatchObject({ imported: 1, rejected: 2 });
    expect(plan.rejects.map((r) => [r.line, r.reason])).toEqual([
      [
        2,
        "MG 4,1\u00a0g/l hors des valeurs plausibles (20 à 70\u00a0g/l pour sud-est-2018) : valeur en % ? la grille sud-est-2018 paie des teneurs en g/l : valeur non convertie, vérifiez la saisie",
      ],
      [
        4,
        "MP 34\u00a0% hors des valeurs plausibles (2 à 5\u00a0% pour mooh-2025) : valeur en g/l ? la grille mooh-2025 paie des teneurs en % : valeur non convertie, vérifiez la saisie",
      ],
    ]);
  });

  test("a producer with a blank Grille is checked in the run's grid's unit: 4,1 (a % fat) is refused in a g/l workbook", async () => {
    // P2 has no Grille; PrixDeBase names only sud-est-2018 (g/l). Before, either unit's range was accepted.
    const wb = XlsxWorkbook.open(await opWorkbook());
    const src = openSource("lab.csv", enc("Code;Date;Critère;Valeur\nP2;10/03/2025;MG;4,1\nP2;10/03/2025;MG;41\n"));
    const plan = await importRows(wb, src, guessMapping(src.headers, "analyses"), "analyses");
    expect(plan.summary).toMatchObject({ imported: 1, rejected: 1 });
    expect(plan.rejects[0]).toMatchObject({
      line: 2,
      reason: expect.stringMatching(
        /^MG 4,1\u00a0g\/l hors des valeurs plausibles \(20 à 70\u00a0g\/l pour sud-est-2018\) : valeur en % \?/,
      ),
    });
  });

  test("--grid decides the blank Grille's unit; several grids in PrixDeBase and no --grid: rejected with the reason", async () => {
    const sheets = opSheets();
    sheets.PrixDeBase.push(["2025-03", "mooh-2025", 62.5]);
    const src = () =>
      openSource("lab.csv", enc("Code;Date;Critère;Valeur\nP2;10/03/2025;MG;4,1\nP1;10/03/2025;MG;41\n"));
    const undecided = await importRows(
      XlsxWorkbook.open(await opWorkbook(sheets)),
      src(),
      guessMapping(src().headers, "analyses"),
      "analyses",
    );
    expect(undecided.summary).toMatchObject({ imported: 1, rejected: 1 });
    expect(undecided.rejects[0].reason).toBe(
      "producteur P2 sans Grille et grille de l'import indécidable (plusieurs grilles dans PrixDeBase (sud-est-2018, mooh-2025)) : précisez la grille (Grille dans Producteurs, ou --grid)",
    );
    const mooh = await importRows(
      XlsxWorkbook.open(await opWorkbook(sheets)),
      src(),
      guessMapping(src().headers, "analyses"),
      "analyses",
      { grid: "mooh-2025" },
    );
    expect(mooh.summary).toMatchObject({ imported: 2, rejected: 0 }); // 4,1 % for P2 under mooh; P1 keeps his own grid (g/l)
    await expect(
      importRows(
        XlsxWorkbook.open(await opWorkbook(sheets)),
        src(),
        guessMapping(src().headers, "analyses"),
        "analyses",
        { grid: "sud-est-2019" },
      ),
    ).rejects.toThrow(/grille « sud-est-2019 » inconnue/);
  });

  test("a volume beyond the grid's bound per collection is refused with it (5 000 000 L for 15 000)", async () => {
    const wb = XlsxWorkbook.open(await opWorkbook());
    const src = openSource("collecte.csv", enc("Date;Code;Volume\n05/03/2025;P1;5 000 000\n06/03/2025;P1;15 000\n"));
    const plan = await importRows(wb, src, guessMapping(src.headers, "livraisons"), "livraisons");
    expect(plan.summary).toMatchObject({ imported: 1, rejected: 1 });
    expect(plan.rejects[0].reason).toMatch(
      /^volume 5\u00a0000\u00a0000\u00a0L hors des valeurs plausibles \(0 à 100\u00a0000\u00a0L pour sud-est-2018\)/,
    );
  });

  test("an .xlsx lab file (first sheet), dates as Excel dates", async () => {
    const lab = await xlsxBytes({
      Résultats: [
        ["Code producteur", "Date", "Critère", "Valeur"],
        ["P2", new Date(Date.UTC(2025, 2, 10)) as never, "Cellules", 210000],
      ],
    });
    const wb = XlsxWorkbook.open(await opWorkbook());
    const src = openSource("labo.xlsx", lab);
    expect(src).toMatchObject({ format: "xlsx", sheet: "Résultats" });
    const plan = await importFile(wb, src, guessMapping(src.headers, "analyses"), "analyses");
    expect(plan.summary).toMatchObject({ imported: 1, rejected: 0 });
    expect(reopen(wb).readTableSync("Analyses")!.rows[1].values).toEqual([45726, "P2", "CELLULES", 210000]);
  });
});

describe("volumes into Livraisons", () => {
  test("rows land with time; duplicates (same date, producer, volume, time) are not added", async () => {
    const text = [
      "Date de collecte;Code adhérent;Quantité (L);Heure",
      "03/03/2025;P1;5 000;06:30", // already there
      "05/03/2025;P1;4 800;06:45",
      "05/03/2025;P2;3 100,5;7h10",
      "05/03/2025;P2;-30;07:10", // negative
      "05/03/2025;P2;3 100,5;7h10", // duplicate in the file
    ].join("\n");
    const wb = XlsxWorkbook.open(await opWorkbook());
    const src = openSource("collecte.csv", enc(text));
    const plan = await importFile(wb, src, guessMapping(src.headers, "livraisons"), "livraisons");
    expect(plan.summary).toMatchObject({ read: 5, imported: 2, duplicates: 2, rejected: 1 });
    expect(plan.rejects[0]).toMatchObject({ line: 5, raw: "05/03/2025;P2;-30;07:10" });
    const rows = reopen(wb)
      .readTableSync("Livraisons")!
      .rows.map((r) => r.values);
    expect(rows.slice(1)).toEqual([
      [45721, "P1", 4800, "06:45"],
      [45721, "P2", 3100.5, "07:10"],
    ]);
  });

  test("a value whose column Livraisons lacks is rejected rather than lost", async () => {
    const wb = XlsxWorkbook.open(await opWorkbook());
    const src = openSource(
      "collecte.csv",
      enc("Date;Code;Volume;Température\n05/03/2025;P1;4800;3,8\n06/03/2025;P1;4700;\n"),
    );
    const plan = await importRows(wb, src, guessMapping(src.headers, "livraisons"), "livraisons");
    expect(plan.summary).toMatchObject({ imported: 1, rejected: 1 });
    expect(plan.rejects[0].reason).toMatch(/pas de colonne « Température »/);
  });
});

describe("what stops an import before anything is written", () => {
  test("a user sheet named « Import rejets » is left alone", async () => {
    const sheets = { ...opSheets(), "Import rejets": [["mes notes"]] };
    const bytes = await xlsxBytes(sheets);
    const wb = XlsxWorkbook.open(bytes);
    const src = openSource("lab.csv", enc("Date;Code;Critère;Valeur\n17/03/2025;P7;MG;41\n17/03/2025;P1;MG;41\n"));
    await expect(importFile(wb, src, guessMapping(src.headers, "analyses"), "analyses")).rejects.toThrow(
      /Import rejets.*n'a pas été créée par l'import/,
    );
    expect(reopen(wb).readTableSync("Analyses")!.rows).toHaveLength(1);
  });

  test("a workbook without Analyses, a mapping for the other kind, an unknown saved mapping", async () => {
    const { Analyses: _a, ...rest } = opSheets();
    const wb = XlsxWorkbook.open(await xlsxBytes(rest));
    const src = openSource("lab.csv", enc("Date;Code;Critère;Valeur\n17/03/2025;P1;MG;41\n"));
    await expect(importRows(wb, src, guessMapping(src.headers, "analyses"), "analyses")).rejects.toThrow(
      /« Analyses » introuvable/,
    );
    await expect(importRows(wb, src, guessMapping(src.headers, "analyses"), "livraisons")).rejects.toThrow(ImportError);
    await expect(findMapping(wb, "Infolabo")).rejects.toThrow(/« Infolabo » introuvable/);
  });
});

describe("applyImport with nothing to add", () => {
  test("writes nothing at all", async () => {
    const bytes = await opWorkbook();
    const wb = XlsxWorkbook.open(bytes);
    const src = openSource("lab.csv", enc("Date;Code;Critère;Valeur\n03/03/2025;P1;MG;40\n"));
    const plan = await importRows(wb, src, guessMapping(src.headers, "analyses"), "analyses");
    await applyImport(wb, plan);
    expect(plan.summary).toMatchObject({ duplicates: 1, imported: 0 });
    const a = unzipSync(bytes);
    const b = unzipSync(wb.toBytes());
    expect(Object.keys(a).filter((k) => Buffer.compare(Buffer.from(a[k]), Buffer.from(b[k])) !== 0)).toEqual([]);
  });
});
