/**
 * The invoicing step through both of the pane's services: Office.js (fake Excel: the register created once,
 * then grown with appendRows, never rewritten) and the standalone page (its working workbook).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { makeSample } from "../../scripts/sample";
import { REGISTER_SHEET } from "../../src/invoicing/register";
import { setLanguage } from "../../src/messages";
import { createExcelService } from "../../src/taskpane/services/excelService";
import { createStandaloneService } from "../../src/taskpane/services/standaloneService";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { FakeExcel } from "../workbook/office/fakeExcel";
import { fillFromSample } from "../workbook/office/helpers";

describe("invoices through the Excel service", () => {
  it("previews without writing, issues into the workbook, issues again without a new number", async () => {
    const fake = new FakeExcel();
    const { month } = fillFromSample(fake, { grid: "sud-est-2018", producers: 30, months: 4 });
    const service = createExcelService(fake.host());
    const sheetsBefore = fake.model.worksheets.items.length;
    const preview = await service.invoices!.preview({ month, issueDate: "2025-04-02" });
    expect(preview.invoices).toBeGreaterThan(20);
    expect(preview.creditNotes).toBe(0);
    expect(preview.notInvoiced.map((n) => n.producer)).toEqual(expect.arrayContaining(["P026", "P027"]));
    expect(fake.model.worksheets.items.length).toBe(sheetsBefore); // nothing written

    const first = await service.invoices!.issue({ month, issueDate: "2025-04-02" });
    expect(first.invoices).toBe(preview.invoices);
    const register = fake.model.sheet(REGISTER_SHEET)!;
    expect(register.names.items[0].formula).toBe(`="registre/${REGISTER_SHEET}"`);
    const rows = register.valuesOf(`A1:B${first.invoices + 1}`);
    expect(rows[0]).toEqual(["N°", "Type"]);
    expect(rows[first.invoices]).toEqual([`F2025-${String(first.invoices).padStart(6, "0")}`, "facture"]);
    expect(fake.model.sheet("F2025-000001")).toBeDefined();
    expect(fake.model.activeSheet!.name).toBe(REGISTER_SHEET);

    const again = await service.invoices!.issue({ month, issueDate: "2025-04-03" });
    expect([again.invoices, again.creditNotes, again.unchanged]).toEqual([0, 0, first.invoices]);
    expect(fake.model.sheet(REGISTER_SHEET)!.valuesOf(`A${first.invoices + 2}:A${first.invoices + 2}`)).toEqual([[""]]);

    // P001's last delivery of the month corrected by 100 L: one credit note, one invoice, appended below.
    const livraisons = fake.model.sheet("Livraisons")!;
    const cells = livraisons.valuesOf("A1:C4000");
    const at = cells
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => r[1] === "P001" && typeof r[2] === "number")
      .pop()!;
    livraisons.cell(at.i + 1, 3, true)!.value = (at.r[2] as number) + 100;
    const before = fake.model.sheet(REGISTER_SHEET)!.valuesOf(`A1:N${first.invoices + 1}`);
    const third = await service.invoices!.issue({ month, issueDate: "2025-04-04" });
    expect([third.invoices, third.creditNotes]).toEqual([1, 1]);
    const n = first.invoices;
    expect(fake.model.sheet(REGISTER_SHEET)!.valuesOf(`A${n + 2}:B${n + 3}`)).toEqual([
      [`F2025-${String(n + 1).padStart(6, "0")}`, "avoir"],
      [`F2025-${String(n + 2).padStart(6, "0")}`, "facture"],
    ]);
    expect(fake.model.sheet(REGISTER_SHEET)!.valuesOf(`A1:N${n + 1}`)).toEqual(before); // the rows already there unchanged
  }, 60_000);
});

describe("invoices through the standalone service", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "milkpay-invoices-pane-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("issues into the working workbook, offered with everything else by « Télécharger le classeur »", async () => {
    const { file, month } = await makeSample({
      grid: "sud-est-2018",
      producers: 30,
      months: 4,
      out: path.join(dir, "OP.xlsx"),
    });
    const service = createStandaloneService();
    await service.openWorkbook!(new File([fs.readFileSync(file)], "OP.xlsx"));
    const out = await service.invoices!.issue({ month, issueDate: "2025-04-02" });
    expect(out.download).toBeUndefined();
    const wb = XlsxWorkbook.open(new Uint8Array(await service.downloadWorkbook!().blob.arrayBuffer()));
    const register = await wb.readTable(REGISTER_SHEET);
    expect(register!.rows).toHaveLength(out.invoices);
    expect(out.lines[0]).toMatch(/^F2025-000001 facture P001 TTC [\d\s\u202f]+,\d\d €, net [\d\s\u202f]+,\d\d €$/);
  }, 60_000);

  it("says each document in the pane's language; the register keeps its French words", async () => {
    const { file, month } = await makeSample({ grid: "sud-est-2018", producers: 6, out: path.join(dir, "en.xlsx") });
    setLanguage("en");
    try {
      const service = createStandaloneService();
      await service.openWorkbook!(new File([fs.readFileSync(file)], "OP.xlsx"));
      const out = await service.invoices!.issue({ month, issueDate: "2025-04-02" });
      expect(out.lines[0]).toMatch(
        /^F2025-000001 invoice P001 [\d\s\u202f]+,\d\d € incl\. VAT, net [\d\s\u202f]+,\d\d €$/,
      );
      const wb = XlsxWorkbook.open(new Uint8Array(await service.downloadWorkbook!().blob.arrayBuffer()));
      const register = await wb.readTable(REGISTER_SHEET);
      expect(JSON.stringify(register!.rows[0])).toContain("facture");
    } finally {
      setLanguage(null);
    }
  }, 60_000);
});
