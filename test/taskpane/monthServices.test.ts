/**
 * The services of the month's routine (issue 15), in both places the pane runs: the month's state, the
 * missing tables added (and the template as the working workbook outside Excel), and price A on a workbook
 * made from the template and on the sample.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { makeSample } from "../../scripts/sample";
import { TEMPLATE_TABLE_NAMES } from "../../src/month/state";
import { createExcelService } from "../../src/taskpane/services/excelService";
import { createStandaloneService, TEMPLATE_FILE } from "../../src/taskpane/services/standaloneService";
import type { StatementService } from "../../src/taskpane/services/types";
import { OfficeWorkbook } from "../../src/workbook/office";
import type { OutputCell, WorkbookPort } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { smallOp, xlsxBytes } from "../cli/workbooks";
import { FakeExcel } from "../workbook/office/fakeExcel";
import { fillFromSample } from "../workbook/office/helpers";

const file = (bytes: Uint8Array, name: string) => new File([bytes as BlobPart], name);
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
const text = (value: string): OutputCell => ({ value, style: "text" });
const num = (value: number): OutputCell => ({ value, style: "decimal2" });

/** What an accountant types into Indicateurs to get March 2025's price A (FAM and SODIAAL_A of December). */
async function typeIndicators(port: WorkbookPort): Promise<void> {
  await port.appendRows!("Indicateurs", [
    [text("2024-12"), text("FAM"), num(452.5), null],
    [text("2024-12"), text("SODIAAL_A"), num(446.1), null],
    [text("2025-03"), text("PGC_FRANCE"), num(455.3), null],
    [text("2025-03"), text("B2B"), num(441.8), null],
    [text("2025-03"), text("BEURRE_POUDRE"), num(430.2), null],
    [text("2025-03"), text("SAISONNALITE"), num(-4), null],
  ]);
}
// Mix 0,4 × 455,3 + 0,4 × 441,8 + 0,2 × 430,2 = 444,88; + 50 % × (452,5 − 446,1) = 3,20; − 4 → 444,08.
const PRICE_A = "Prix A 2025-03 : 444,08 €/1000 L (sud-est-2018)";

describe("the standalone page's missing tables", () => {
  it("with no workbook open: the template becomes the working workbook, nothing downloaded", async () => {
    const service = createStandaloneService();
    await expect(service.monthState!()).rejects.toThrow();
    const outcome = await service.addMissingTables!();
    expect(outcome).toMatchObject({ created: [...TEMPLATE_TABLE_NAMES], existing: [] });
    expect(outcome.download).toBeUndefined();
    expect(outcome.workbook).toEqual({ fileName: TEMPLATE_FILE, sheets: [...TEMPLATE_TABLE_NAMES], imports: 0 });
    expect(service.downloadWorkbook!().fileName).toBe(TEMPLATE_FILE);
    expect(await service.monthState!("2025-03")).toMatchObject({ missingTables: [], producers: 0, indicators: false });
  });

  it("with a workbook open: adds only what it lacks, the tables there untouched", async () => {
    const service = createStandaloneService();
    const original = await xlsxBytes(smallOp());
    await service.openWorkbook!(file(original, "OP.xlsx"));
    expect((await service.monthState!()).missingTables).toEqual([
      "Indicateurs",
      "OP",
      "Acheteurs",
      "Retenues",
      "TauxTVA",
    ]);
    const outcome = await service.addMissingTables!();
    expect(outcome).toMatchObject({
      created: ["Indicateurs", "OP", "Acheteurs", "Retenues", "TauxTVA"],
      existing: ["Producteurs", "Livraisons", "Analyses", "PrixDeBase", "Evenements"],
    });
    expect(outcome.workbook!.sheets).toEqual([...Object.keys(smallOp()), ...outcome.created]);
    const before = XlsxWorkbook.open(original);
    const after = XlsxWorkbook.open(await bytesOf(service.downloadWorkbook!().blob));
    for (const name of outcome.existing) expect(await after.readTable(name)).toEqual(await before.readTable(name));
    expect(await after.readTable("Indicateurs")).toMatchObject({
      headers: ["Mois", "Indicateur", "Valeur", "Poids"],
      rows: [],
    });
    expect(await after.readTable("TauxTVA")).toMatchObject({ rows: [{ row: 2, values: ["2014-01", 5.5] }] });
    expect((await service.monthState!()).missingTables).toEqual([]);
    // Nothing left to add: nothing changes.
    const bytes = service.downloadWorkbook!().blob;
    expect((await service.addMissingTables!()).created).toEqual([]);
    expect(await bytesOf(service.downloadWorkbook!().blob)).toEqual(await bytesOf(bytes));
  });
});

describe("price A on a workbook made from the template, once Indicateurs is typed", () => {
  it("standalone: from the template, the price computed and added to PrixDeBase", async () => {
    const start = createStandaloneService();
    await start.addMissingTables!();
    const typed = XlsxWorkbook.open(await bytesOf(start.downloadWorkbook!().blob));
    await typeIndicators(typed);
    const service = createStandaloneService();
    await service.openWorkbook!(file(typed.toBytes(), TEMPLATE_FILE));
    const out = await service.prices!.priceA("2025-03");
    expect(out.lines[0]).toBe(PRICE_A);
    expect(out.lines[out.lines.length - 1]).toMatch(
      /prix A 444,08 ajouté à PrixDeBase ligne \d+ \(2025-03, sud-est-2018\)/,
    );
    expect((await service.monthState!("2025-03")).indicators).toBe(true);
  });

  it("in Excel: the template's tables, then the price", async () => {
    const fake = new FakeExcel();
    fake.model.addSheetWithRows("Feuil1", [[null]]);
    const service = createExcelService(fake.host());
    expect((await service.addMissingTables!()).created).toEqual([...TEMPLATE_TABLE_NAMES]);
    await typeIndicators(new OfficeWorkbook(fake.host()));
    const out = await service.prices!.priceA("2025-03");
    expect(out.lines[0]).toBe(PRICE_A);
    expect((await service.addMissingTables!()).created).toEqual([]);
  });
});

describe("the sample workbook through the services", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "milkpay-month-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const expectMarch = async (service: StatementService) => {
    const state = await service.monthState!();
    expect(state).toMatchObject({
      month: "2025-03",
      missingTables: [],
      producers: 30,
      indicators: true,
      statements: false,
      invoices: 0,
    });
    expect(state.monthsWithDeliveries).toEqual(["2024-12", "2025-01", "2025-02", "2025-03"]);
    expect(state.basePrices).toEqual([
      expect.objectContaining({ grid: "sud-est-2018", price: "458,95", unit: "€/1000 L" }),
    ]);
    expect(state.collections).toBeGreaterThan(400);
  };

  it("standalone: the month's state, price A (already the base price), then invoices counted", async () => {
    const { file: sample } = await makeSample({
      grid: "sud-est-2018",
      producers: 30,
      months: 4,
      out: path.join(dir, "OP.xlsx"),
    });
    const service = createStandaloneService();
    await service.openWorkbook!(file(fs.readFileSync(sample), "OP.xlsx"));
    await expectMarch(service);
    const priceA = await service.prices!.priceA("2025-03");
    expect(priceA.lines[0]).toBe("Prix A 2025-03 : 458,95 €/1000 L (sud-est-2018)");
    expect(priceA.lines[priceA.lines.length - 1]).toMatch(/contient déjà 458,95 pour 2025-03 et sud-est-2018/);
    const issued = await service.invoices!.issue({ month: "2025-03", issueDate: "2025-04-02" });
    expect(await service.monthState!()).toMatchObject({
      statements: true, // the issue runs the month's statements first
      invoices: issued.invoices + issued.creditNotes,
    });
  }, 60_000);

  it("in Excel: the month's state in one read of the tables", async () => {
    const fake = new FakeExcel();
    fillFromSample(fake, { grid: "sud-est-2018", producers: 30, months: 4 });
    const service = createExcelService(fake.host());
    fake.syncs = [];
    await expectMarch(service);
    expect(fake.runs).toBe(2); // the sheet names, then every table at once
    expect(fake.syncs.filter((s) => s.responseBytes > 10_000)).toHaveLength(1);
    await service.generate({ month: "2025-03" }, () => undefined);
    expect((await service.monthState!()).statements).toBe(true);
  }, 60_000);
});
