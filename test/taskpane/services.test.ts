import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { makeSample } from "../../scripts/sample";
import { createExcelService, issueAddress } from "../../src/taskpane/services/excelService";
import { createStandaloneService, outputName } from "../../src/taskpane/services/standaloneService";
import type { Step } from "../../src/taskpane/services/types";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { FakeExcel } from "../workbook/office/fakeExcel";
import { fillFromSample } from "../workbook/office/helpers";

describe("the Excel service", () => {
  it("runs the statements through the Office.js port, adds the 12-month charts and shows the summary", async () => {
    const fake = new FakeExcel();
    const { month } = fillFromSample(fake, { grid: "sud-est-2018", producers: 25, months: 13 });
    const service = createExcelService(fake.host());
    const steps: Step[] = [];
    const { result, charts } = await service.generate({ month, charts: true }, (s) => steps.push({ ...s }));
    expect(result.summary.statements).toBeGreaterThan(15);
    expect(charts).toBe(result.summary.statements);
    expect(new Set(steps.map((s) => s.phase))).toEqual(new Set(["read", "compute", "write", "history", "charts"]));
    // The outputs are in the workbook, marked, the summary shown.
    const summary = fake.model.sheet(`Synthèse ${month}`)!;
    expect(summary.names.items[0].formula).toBe(`="${month}"`);
    expect(fake.model.activeSheet!.name).toBe(`Synthèse ${month}`);
    // One chart per statement, with 12 months of data; the statement's month is the last point.
    const first = result.producers.find((p) => p.statement)!;
    const ws = fake.model.sheet(first.sheet!)!;
    expect(ws.charts.items).toHaveLength(1);
    const data = ws.valuesOf("J22:K33");
    expect(data.map((r) => r[0])[11]).toBe(month);
    expect(data[11][1]).toBe(first.statement!.pricePerUnit!.toNumber());
    expect(data.filter((r) => typeof r[1] === "number").length).toBeGreaterThan(6);
    // The input tables were read once.
    expect(fake.syncs.filter((s) => s.responseBytes > 10_000)).toHaveLength(1);
  }, 60_000);

  it("selects the cell of an issue", async () => {
    const fake = new FakeExcel();
    fake.model.addSheetWithRows("Analyses", [["Date"]]);
    fake.model.addSheetWithRows("Autre", [["x"]]);
    const service = createExcelService(fake.host());
    await service.selectIssue!({ severity: "error", code: "VALUE", sheet: "Analyses", row: 12, column: "Valeur (D)", message: "m" });
    expect(fake.model.selection).toEqual({ sheet: "Analyses", address: "D12" });
    await service.selectIssue!({ severity: "warning", code: "X", sheet: "Analyses", row: 7, message: "m" });
    expect(fake.model.selection).toEqual({ sheet: "Analyses", address: "A7:XFD7" }); // the whole row 7
  });

  it("addresses an issue: its cell, else its row, else its sheet", () => {
    expect(issueAddress({ row: 12, column: "Valeur (D)" })).toBe("D12");
    expect(issueAddress({ row: 12 })).toBe("12:12");
    expect(issueAddress({})).toBeNull();
  });

  it("creates the template tables", async () => {
    const fake = new FakeExcel();
    fake.model.addSheetWithRows("Feuil1", [[null]]);
    const outcome = await createExcelService(fake.host()).createTemplate();
    expect(outcome.created).toEqual(["Producteurs", "Livraisons", "Analyses", "PrixDeBase", "Evenements"]);
  });
});

describe("the standalone service", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "milkpay-standalone-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("opens an .xlsx, runs the statements with the .xlsx port and gives the workbook to download", async () => {
    const { file, month } = await makeSample({ grid: "mooh-2025", producers: 20, months: 13, out: path.join(dir, "OP.xlsx") });
    const service = createStandaloneService();
    const opened = await service.openWorkbook!(new File([fs.readFileSync(file)], "OP.xlsx"));
    expect(opened.sheets).toEqual(expect.arrayContaining(["Producteurs", "Livraisons", "Analyses", "PrixDeBase"]));
    const steps: Step[] = [];
    const outcome = await service.generate({ month }, (s) => steps.push({ ...s }));
    expect(steps[0].phase).toBe("open");
    expect(steps[steps.length - 1]).toEqual({ phase: "save", done: 1, total: 1 });
    expect(outcome.download!.fileName).toBe(`OP-${month}.xlsx`);
    const bytes = new Uint8Array(await outcome.download!.blob.arrayBuffer());
    const wb = XlsxWorkbook.open(bytes);
    expect(await wb.sheetNames()).toEqual(expect.arrayContaining([`Synthèse ${month}`, `Contrôles ${month}`]));
    expect((await wb.generatedSheets()).length).toBe(outcome.result.sheets.length);
    // Running again starts from the file as opened: same sheets, nothing doubled.
    const again = await service.generate({ month }, () => undefined);
    expect(again.result.replaced).toEqual([]);
  }, 60_000);

  it("builds the template with ExcelJS: five empty tables the run can read", async () => {
    const outcome = await createStandaloneService().createTemplate();
    expect(outcome.download!.fileName).toBe("modele-paie-du-lait.xlsx");
    const wb = XlsxWorkbook.open(new Uint8Array(await outcome.download!.blob.arrayBuffer()));
    expect(await wb.sheetNames()).toEqual(["Producteurs", "Livraisons", "Analyses", "PrixDeBase", "Evenements"]);
    expect(await wb.readTable("Livraisons")).toMatchObject({ headers: ["Date", "Code", "Volume", "Heure", "Température", "Lieu"], rows: [] });
  });

  it("names the output like the command line", () => {
    expect(outputName("OP 2025.xlsx", "2025-03")).toBe("OP 2025-2025-03.xlsx");
    expect(outputName("classeur.XLSM", "2025-03")).toBe("classeur-2025-03.xlsx");
  });
});
