import { OfficeWorkbook } from "../../src/workbook/office";
import { guessMapping, importFile, openSource, REJECTS_SHEET, findMapping } from "../../src/intake";
import { FakeExcel } from "../workbook/office/fakeExcel";
import { enc, opSheets } from "./fixtures";

function fakeOp(): FakeExcel {
  const fake = new FakeExcel();
  for (const [name, rows] of Object.entries(opSheets())) fake.model.addSheetWithRows(name, rows as never);
  return fake;
}

const LAB = "N° producteur;Date;Paramètre;Résultat\nP1;17/03/2025;MG;41,5\n=P1;17/03/2025;MG;41\nP2;17/03/2025;Inhibiteurs;positif\nP2;17/03/2025;Germes;12 000\n";

describe("import through the Office.js port (fake Excel)", () => {
  test("rows land below Analyses with text, date and number formats; rejects and mapping sheets written; twice adds nothing", async () => {
    const fake = fakeOp();
    const port = new OfficeWorkbook(fake.host());
    const src = openSource("lab.csv", enc(LAB));
    const plan = await importFile(port, src, guessMapping(src.headers, "analyses"), "analyses", { saveAs: "Labo" });
    expect(plan.summary).toMatchObject({ imported: 3, rejected: 1, appended: { sheet: "Analyses", firstRow: 3, lastRow: 5 } });
    const ws = fake.model.sheet("Analyses")!;
    expect(ws.valuesOf("A3:D5")).toEqual([
      [45733, "P1", "MG", 41.5],
      [45733, "P2", "INHIBITEURS", "positif"],
      [45733, "P2", "GERMES", 12000],
    ]);
    expect(ws.getRange("A3:D3").numberFormat).toEqual([["dd/mm/yyyy", "@", "@", "General"]]);
    expect(plan.rejects[0]).toMatchObject({ line: 3, raw: "=P1;17/03/2025;MG;41" });
    const rejets = fake.model.sheet(REJECTS_SHEET)!;
    expect(rejets.valuesOf("A2:F2")[0].slice(3)).toEqual([3, "=P1;17/03/2025;MG;41", "producteur « =P1 » inconnu dans Producteurs"]);

    const again = new OfficeWorkbook(fake.host());
    const mapping = await findMapping(again, "labo");
    const second = await importFile(again, openSource("lab.csv", enc(LAB)), mapping, "analyses");
    expect(second.summary).toMatchObject({ imported: 0, duplicates: 3, rejected: 1, appended: null });
    expect(ws.valuesOf("A6:D6")).toEqual([["", "", "", ""]]);
    expect(fake.model.sheet(REJECTS_SHEET)!.valuesOf("D2:D3")).toEqual([[3], [3]]);
  });

  test("a large import is sent in several requests under the budget", async () => {
    const fake = fakeOp();
    const port = new OfficeWorkbook(fake.host(), { requestBytes: 20_000 });
    const lines = ["Date;Code;Critère;Valeur"];
    for (let d = 1; d <= 28; d++) for (const c of ["MG", "MP", "GERMES", "CELLULES"]) lines.push(`${String(d).padStart(2, "0")}/02/2025;P2;${c};${c === "MG" ? "40" : c === "MP" ? "33" : "100000"}`);
    const src = openSource("fev.csv", enc(lines.join("\n")));
    fake.resetCounts();
    const plan = await importFile(port, src, guessMapping(src.headers, "analyses"), "analyses");
    expect(plan.summary.imported).toBe(112);
    expect(fake.model.sheet("Analyses")!.valuesOf("B114:C114")).toEqual([["P2", "CELLULES"]]);
    expect(fake.syncs.length).toBeGreaterThan(2);
    expect(fake.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
  });
});
