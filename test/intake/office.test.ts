import { addTemplateTables, OfficeWorkbook } from "../../src/workbook/office";
import { guessMapping, importFile, openSource, REJECTS_SHEET, findMapping } from "../../src/intake";
import { FakeExcel, type FakeTable } from "../workbook/office/fakeExcel";
import { enc, opSheets } from "./fixtures";

function fakeOp(): FakeExcel {
  const fake = new FakeExcel();
  for (const [name, rows] of Object.entries(opSheets())) fake.model.addSheetWithRows(name, rows as never);
  return fake;
}

const LAB =
  "N° producteur;Date;Paramètre;Résultat\nP1;17/03/2025;MG;41,5\n=P1;17/03/2025;MG;41\nP2;17/03/2025;Inhibiteurs;positif\nP2;17/03/2025;Germes;12 000\n";

describe("import through the Office.js port (fake Excel)", () => {
  test("rows land below Analyses with text, date and number formats; rejects and mapping sheets written; twice adds nothing", async () => {
    const fake = fakeOp();
    const port = new OfficeWorkbook(fake.host());
    const src = openSource("lab.csv", enc(LAB));
    const plan = await importFile(port, src, guessMapping(src.headers, "analyses"), "analyses", { saveAs: "Labo" });
    expect(plan.summary).toMatchObject({
      imported: 3,
      rejected: 1,
      appended: { sheet: "Analyses", firstRow: 3, lastRow: 5 },
    });
    const ws = fake.model.sheet("Analyses")!;
    expect(ws.valuesOf("A3:D5")).toEqual([
      [45733, "P1", "MG", 41.5],
      [45733, "P2", "INHIBITEURS", "positif"],
      [45733, "P2", "GERMES", 12000],
    ]);
    expect(ws.getRange("A3:D3").numberFormat).toEqual([["dd/mm/yyyy", "@", "@", "General"]]);
    expect(plan.rejects[0]).toMatchObject({ line: 3, raw: "=P1;17/03/2025;MG;41" });
    const rejets = fake.model.sheet(REJECTS_SHEET)!;
    expect(rejets.valuesOf("A2:F2")[0].slice(3)).toEqual([
      3,
      "=P1;17/03/2025;MG;41",
      "producteur « =P1 » inconnu dans Producteurs",
    ]);

    const again = new OfficeWorkbook(fake.host());
    const mapping = await findMapping(again, "labo");
    const second = await importFile(again, openSource("lab.csv", enc(LAB)), mapping, "analyses");
    expect(second.summary).toMatchObject({ imported: 0, duplicates: 3, rejected: 1, appended: null });
    expect(ws.valuesOf("A6:D6")).toEqual([["", "", "", ""]]);
    expect(fake.model.sheet(REJECTS_SHEET)!.valuesOf("D2:D3")).toEqual([[3], [3]]);
  });

  test("a large import is sent in several requests under the budget", async () => {
    const fake = fakeOp();
    // Reads carry no rows but grow with the tables read (Producteurs, Analyses, PrixDeBase for the import's
    // grid, the import's sheets): about 3,3 kB in the fake for the fourth; the rows need 112 × 90 bytes.
    const budget = 4_000;
    const port = new OfficeWorkbook(fake.host(), { requestBytes: budget });
    const lines = ["Date;Code;Critère;Valeur"];
    for (let d = 1; d <= 28; d++)
      for (const c of ["MG", "MP", "GERMES", "CELLULES"])
        lines.push(`${String(d).padStart(2, "0")}/02/2025;P2;${c};${c === "MG" ? "40" : c === "MP" ? "33" : "100000"}`);
    const src = openSource("fev.csv", enc(lines.join("\n")));
    fake.resetCounts();
    const plan = await importFile(port, src, guessMapping(src.headers, "analyses"), "analyses");
    expect(plan.summary.imported).toBe(112);
    expect(fake.model.sheet("Analyses")!.valuesOf("B114:C114")).toEqual([["P2", "CELLULES"]]);
    // 112 rows of ~90 bytes of JSON each: several write requests, each under the budget (reads carry no rows).
    const writes = fake.syncs.filter((s) => s.requestBytes > 1_000);
    expect(writes.length).toBeGreaterThanOrEqual(Math.ceil((112 * 90) / budget));
    expect(fake.maxRequestBytes).toBeLessThanOrEqual(budget);
  });
});

/** The OP, with a producer whose code has leading zeros, and Analyses and Livraisons as Excel tables. */
function fakeOpWithTables(options: { totals?: boolean } = {}): {
  fake: FakeExcel;
  analyses: FakeTable;
  livraisons: FakeTable;
} {
  const sheets = opSheets();
  sheets.Producteurs.push(["00123", "Zéros", "sud-est-2018", "oui", ""]);
  const fake = new FakeExcel();
  for (const [name, rows] of Object.entries(sheets)) {
    // Livraisons on a sheet of another name: found by its table name.
    fake.model.addSheetWithRows(name === "Livraisons" ? "Saisie" : name, rows as never);
  }
  const analyses = fake.model.sheet("Analyses")!.tables.add("A1:D2", true);
  analyses.name = "tAnalyses";
  if (options.totals) {
    fake.model.sheet("Analyses")!.cell(3, 1, true)!.value = "Total";
    analyses.box = { ...analyses.box, r2: 3 };
    analyses.showTotals = true;
  }
  const livraisons = fake.model.sheet("Saisie")!.tables.add("A1:D2", true);
  livraisons.name = "Livraisons";
  return { fake, analyses, livraisons };
}

const boxOf = (t: FakeTable) => `${t.box.r1}:${t.box.r2}`;

describe("import through the Office.js port into Excel tables", () => {
  const LAB0 = "Date;Code;Critère;Valeur\n17/03/2025;00123;MG;41,5\n17/03/2025;00123;MP;33\n18/03/2025;P1;MG;40\n";
  const DELIVERIES = "Date;Code;Volume;Heure\n17/03/2025;00123;4500;06:30\n18/03/2025;P2;3000;07:15\n";

  test("Analyses and Livraisons grow to take the rows in; codes with leading zeros stay text; dates dd/mm/yyyy", async () => {
    const { fake, analyses, livraisons } = fakeOpWithTables();
    const port = new OfficeWorkbook(fake.host());
    const lab = openSource("lab.csv", enc(LAB0));
    const plan = await importFile(port, lab, guessMapping(lab.headers, "analyses"), "analyses");
    expect(plan.summary).toMatchObject({
      imported: 3,
      rejected: 0,
      appended: { sheet: "Analyses", firstRow: 3, lastRow: 5 },
    });
    expect(boxOf(analyses)).toBe("1:5");
    const ws = fake.model.sheet("Analyses")!;
    expect(ws.valuesOf("A3:D5")).toEqual([
      [45733, "00123", "MG", 41.5],
      [45733, "00123", "MP", 33],
      [45734, "P1", "MG", 40],
    ]);
    expect(ws.getRange("A3:C5").numberFormat).toEqual(Array.from({ length: 3 }, () => ["dd/mm/yyyy", "@", "@"]));

    const src = openSource("livraisons.csv", enc(DELIVERIES));
    const plan2 = await importFile(
      new OfficeWorkbook(fake.host()),
      src,
      guessMapping(src.headers, "livraisons"),
      "livraisons",
    );
    expect(plan2.summary).toMatchObject({
      imported: 2,
      rejected: 0,
      appended: { sheet: "Saisie", firstRow: 3, lastRow: 4 },
    });
    expect(boxOf(livraisons)).toBe("1:4");
    const saisie = fake.model.sheet("Saisie")!;
    expect(saisie.valuesOf("A3:D4")).toEqual([
      [45733, "00123", 4500, "06:30"],
      [45734, "P2", 3000, "07:15"],
    ]);
    expect(saisie.getRange("A3:B3").numberFormat).toEqual([["dd/mm/yyyy", "@"]]);

    // Imported again: everything is found in the tables (duplicates), nothing is added.
    const again = await importFile(
      new OfficeWorkbook(fake.host()),
      openSource("lab.csv", enc(LAB0)),
      guessMapping(lab.headers, "analyses"),
      "analyses",
    );
    expect(again.summary).toMatchObject({ imported: 0, duplicates: 3, appended: null });
    expect(boxOf(analyses)).toBe("1:5");
  });

  test("into the tables « Créer le modèle » adds: the empty row filled first, then the table grows", async () => {
    const fake = new FakeExcel();
    fake.model.addSheetWithRows("Feuil1", [[null]]);
    await addTemplateTables(fake.host(), ["sud-est-2018"]);
    const producers = fake.model.sheet("Producteurs")!;
    producers.cell(2, 1)!.value = "00123";
    producers.cell(2, 2, true)!.value = "Zéros";
    // His Grille from the template's list: the unit his results are checked in (PrixDeBase is still empty).
    producers.cell(2, 3, true)!.value = "sud-est-2018";
    const port = new OfficeWorkbook(fake.host());
    const lab = openSource("lab.csv", enc(LAB0.replace("18/03/2025;P1;MG;40\n", "")));
    const plan = await importFile(port, lab, guessMapping(lab.headers, "analyses"), "analyses");
    expect(plan.summary).toMatchObject({ imported: 2, appended: { sheet: "Analyses", firstRow: 2, lastRow: 3 } });
    const ws = fake.model.sheet("Analyses")!;
    expect(boxOf(ws.tables.own[0])).toBe("1:3");
    expect(ws.valuesOf("A2:D3")).toEqual([
      [45733, "00123", "MG", 41.5],
      [45733, "00123", "MP", 33],
    ]);
    expect(ws.getRange("A3:B3").numberFormat).toEqual([["dd/mm/yyyy", "@"]]);
  });

  test("a table with a totals row is refused with a clear message, and nothing is written", async () => {
    const { fake, analyses } = fakeOpWithTables({ totals: true });
    const port = new OfficeWorkbook(fake.host());
    const lab = openSource("lab.csv", enc(LAB0 + "19/03/2025;P404;MG;40\n"));
    await expect(
      importFile(port, lab, guessMapping(lab.headers, "analyses"), "analyses", { saveAs: "Labo" }),
    ).rejects.toThrow(
      "le tableau « tAnalyses » a une ligne de total : décochez-la (Création de tableau > Ligne des totaux) avant d'y ajouter des lignes",
    );
    expect(boxOf(analyses)).toBe("1:3");
    expect(fake.model.sheet("Analyses")!.valuesOf("A3:A4")).toEqual([["Total"], [""]]);
    expect(fake.model.worksheets.items.map((s) => s.name)).toEqual(["Producteurs", "Saisie", "Analyses", "PrixDeBase"]);
  });

  test("a large import into a table is sent in several requests, each under the byte budget", async () => {
    const { fake, analyses } = fakeOpWithTables();
    const budget = 6_000;
    const port = new OfficeWorkbook(fake.host(), { requestBytes: budget });
    const lines = ["Date;Code;Critère;Valeur"];
    for (let d = 1; d <= 28; d++)
      for (const c of ["MG", "MP", "GERMES", "CELLULES"])
        lines.push(
          `${String(d).padStart(2, "0")}/02/2025;00123;${c};${c === "MG" ? "40" : c === "MP" ? "33" : "100000"}`,
        );
    const src = openSource("fev.csv", enc(lines.join("\n")));
    fake.resetCounts();
    const plan = await importFile(port, src, guessMapping(src.headers, "analyses"), "analyses");
    expect(plan.summary.imported).toBe(112);
    expect(boxOf(analyses)).toBe("1:114");
    const ws = fake.model.sheet("Analyses")!;
    expect(ws.valuesOf("B114:C114")).toEqual([["00123", "CELLULES"]]);
    expect(new Set(ws.getRange("B3:B114").numberFormat.flat())).toEqual(new Set(["@"]));
    const writes = fake.syncs.filter((s) => s.calcSuspended);
    expect(writes.length).toBeGreaterThan(2);
    for (const s of fake.syncs) expect(s.requestBytes).toBeLessThanOrEqual(budget);
  });
});
