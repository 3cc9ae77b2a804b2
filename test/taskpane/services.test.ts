import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { makeSample } from "../../scripts/sample";
import { createExcelService, issueAddress } from "../../src/taskpane/services/excelService";
import {
  createStandaloneService,
  TEMPLATE_FILE,
  workbookFileName,
} from "../../src/taskpane/services/standaloneService";
import type { Step } from "../../src/taskpane/services/types";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { FakeExcel } from "../workbook/office/fakeExcel";
import { fillFromSample } from "../workbook/office/helpers";
import { smallOp, xlsxBytes } from "../cli/workbooks";
import { runStatements } from "../../src/run";
import { setLanguage } from "../../src/messages";
import { strToU8 } from "fflate";
import { compoundFile } from "../helpers/cfb";

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
    expect(summary.names.items[0].formula).toBe(`="${month}/Synthèse ${month}"`);
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
    await service.selectIssue!({
      severity: "error",
      code: "VALUE",
      sheet: "Analyses",
      row: 12,
      column: "Valeur (D)",
      message: "m",
    });
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
    expect(outcome.created).toEqual([
      "Producteurs",
      "Livraisons",
      "Analyses",
      "PrixDeBase",
      "Evenements",
      "Indicateurs",
      "OP",
      "Acheteurs",
      "Retenues",
      "TauxTVA",
    ]);
  });
});

describe("the standalone service", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "milkpay-standalone-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("opens an .xlsx, runs the statements into the working workbook, offered as « Télécharger le classeur »", async () => {
    const { file, month } = await makeSample({
      grid: "mooh-2025",
      producers: 20,
      months: 13,
      out: path.join(dir, "OP.xlsx"),
    });
    const service = createStandaloneService();
    const opened = await service.openWorkbook!(new File([fs.readFileSync(file)], "OP.xlsx"));
    expect(opened.sheets).toEqual(expect.arrayContaining(["Producteurs", "Livraisons", "Analyses", "PrixDeBase"]));
    const steps: Step[] = [];
    const outcome = await service.generate({ month }, (s) => steps.push({ ...s }));
    expect(steps[0].phase).toBe("open");
    expect(steps[steps.length - 1]).toEqual({ phase: "save", done: 1, total: 1 });
    expect(outcome.download).toBeUndefined(); // no download of its own: the working workbook has the sheets
    const download = service.downloadWorkbook!();
    expect(download.fileName).toBe("OP (paie du lait).xlsx");
    const wb = XlsxWorkbook.open(new Uint8Array(await download.blob.arrayBuffer()));
    expect(await wb.sheetNames()).toEqual(expect.arrayContaining([`Synthèse ${month}`, `Contrôles ${month}`]));
    expect((await wb.generatedSheets()).length).toBe(outcome.result.sheets.length);
    // Running again replaces the month's sheets, as in Excel: nothing doubled.
    const again = await service.generate({ month }, () => undefined);
    expect(again.result.replaced).toEqual(outcome.result.sheets);
    const twice = XlsxWorkbook.open(new Uint8Array(await service.downloadWorkbook!().blob.arrayBuffer()));
    expect((await twice.sheetNames()).length).toBe((await wb.sheetNames()).length);
    // The month's state follows: its statements are there.
    expect(await service.monthState!()).toMatchObject({ month, statements: true, producers: 20 });
  }, 60_000);

  it("builds the template with ExcelJS: the statement and invoicing tables the run can read", async () => {
    const outcome = await createStandaloneService().createTemplate();
    expect(outcome.download!.fileName).toBe("modele-paie-du-lait.xlsx");
    const wb = XlsxWorkbook.open(new Uint8Array(await outcome.download!.blob.arrayBuffer()));
    expect(await wb.sheetNames()).toEqual([
      "Producteurs",
      "Livraisons",
      "Analyses",
      "PrixDeBase",
      "Evenements",
      "Indicateurs",
      "OP",
      "Acheteurs",
      "Retenues",
      "TauxTVA",
    ]);
    expect(await wb.readTable("Livraisons")).toMatchObject({
      headers: ["Date", "Code", "Volume", "Heure", "Température", "Lieu"],
      rows: [],
    });
    expect(await wb.readTable("OP")).toMatchObject({
      headers: [
        "Raison sociale",
        "SIREN",
        "Adresse",
        "Code postal",
        "Ville",
        "N° TVA",
        "Mode",
        "Préfixe",
        "Échéance (jours)",
        "Pénalités de retard",
      ],
      rows: [],
    });
    expect(await wb.readTable("Retenues")).toMatchObject({
      headers: ["Code", "Libellé", "Base", "Taux", "Du", "Au", "Acheteur", "Grille", "Producteur"],
      rows: [],
    });
    expect(await wb.readTable("TauxTVA")).toMatchObject({
      headers: ["Du", "Taux"],
      rows: [{ row: 2, values: ["2014-01", 5.5] }],
    });
  });

  it("tells a protected workbook, an .xls, an .ods or a CSV from a damaged .xlsx, with what to do", async () => {
    const service = createStandaloneService();
    const open = (bytes: Uint8Array, name: string) => service.openWorkbook!(new File([bytes as BlobPart], name));
    await expect(open(compoundFile(["EncryptionInfo", "EncryptedPackage"]), "OP.xlsx")).rejects.toThrow(
      "OP.xlsx est un classeur protégé par mot de passe : ouvrez-le dans Excel, retirez le mot de passe",
    );
    await expect(open(compoundFile(["Workbook"]), "OP.xls")).rejects.toThrow(
      "OP.xls est à l'ancien format Excel 97-2003 (.xls)",
    );
    await expect(open(strToU8("Code;Date;Volume\nP1;03/03/2025;5000\n"), "livraisons.csv")).rejects.toThrow(
      "livraisons.csv est un fichier texte (CSV), pas un classeur : ouvrez le classeur de l'OP (.xlsx), puis ajoutez-y ce fichier dans « Import des données »",
    );
    setLanguage("en");
    try {
      await expect(open(compoundFile(["Workbook"]), "OP.xls")).rejects.toThrow(
        "OP.xls is in the old Excel 97-2003 format (.xls)",
      );
    } finally {
      setLanguage(null);
    }
  });

  it("lands a grid sheet, the statements and the comparison in the working workbook, each on top of the others", async () => {
    const service = createStandaloneService();
    await service.openWorkbook!(new File([(await xlsxBytes(smallOp())) as BlobPart], "OP.xlsx"));
    const copied = await service.grids!.copy("sud-est-2018", "sud-est-2026", "2026-01");
    expect(copied).toMatchObject({ sheet: "Grille sud-est-2026", issues: [] });
    expect(copied.download).toBeUndefined();
    await service.generate({ month: "2025-03" }, () => undefined);
    const compared = await service.prices!.compareGrids("2025-03");
    expect(compared.download).toBeUndefined();
    const wb = XlsxWorkbook.open(new Uint8Array(await service.downloadWorkbook!().blob.arrayBuffer()));
    expect(await wb.sheetNames()).toEqual(
      expect.arrayContaining(["Grille sud-est-2026", "Synthèse 2025-03", compared.sheet!]),
    );
    expect((await service.grids!.list()).grids.map((g) => g.id)).toContain("sud-est-2026");
  }, 60_000);

  it("names the working workbook's download after the file opened", () => {
    expect(workbookFileName({ name: "OP 2025.xlsx" })).toBe("OP 2025 (paie du lait).xlsx");
    expect(workbookFileName({ name: "classeur.XLSM" })).toBe("classeur (paie du lait).xlsx");
    expect(workbookFileName({ name: "OP 2025 (paie du lait).xlsx" })).toBe("OP 2025 (paie du lait).xlsx");
    expect(workbookFileName({ name: TEMPLATE_FILE, template: true })).toBe(TEMPLATE_FILE);
  });

  describe("imports into the opened workbook", () => {
    /** A lab's file for March: P1's results of the 24th (one line twice), P7 unknown. */
    const LAB = [
      "Code;Date;Critère;Valeur",
      "P1;24/03/2025;MG;44,5",
      "P1;24/03/2025;MP;34,1",
      "P1;24/03/2025;MP;34,1",
      "P7;24/03/2025;MG;40",
    ].join("\n");
    const file = (bytes: Uint8Array, name: string) => new File([bytes as BlobPart], name);
    const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

    it("adds the rows to the working workbook, which every later action starts from; the file opened is unchanged", async () => {
      const original = await xlsxBytes(smallOp());
      const copy = original.slice();
      const service = createStandaloneService();
      await service.openWorkbook!(file(original, "OP.xlsx"));
      const before = await runStatements(XlsxWorkbook.open(original), { month: "2025-03", write: false });

      const preview = await service.imports!.preview(file(new TextEncoder().encode(LAB), "labo.csv"), "analyses");
      const outcome = await service.imports!.run(preview, preview.mapping);
      expect(outcome.plan.summary).toMatchObject({
        lines: 4,
        read: 4,
        imported: 2,
        duplicates: 1,
        rejected: 1,
        noConsent: 0,
      });
      expect(outcome.download).toBeUndefined();
      expect(outcome.workbook).toEqual({
        fileName: "OP.xlsx",
        sheets: [...Object.keys(smallOp()), "Import rejets"],
        imports: 1,
      });

      // The working workbook holds the rows (after the file's 24 results) and the reject.
      const imported = XlsxWorkbook.open(await bytesOf(service.downloadWorkbook!().blob));
      const analyses = (await imported.readTable("Analyses"))!;
      expect(analyses.rows.map((r) => r.values)).toHaveLength(smallOp().Analyses.length - 1 + 2);
      expect(analyses.rows.slice(-2).map((r) => r.values)).toEqual([
        [45740, "P1", "MG", 44.5],
        [45740, "P1", "MP", 34.1],
      ]);
      const rejects = (await imported.readTable("Import rejets"))!;
      expect(rejects.rows.map((r) => [r.values[3], r.values[4]])).toEqual([[5, "P7;24/03/2025;MG;40"]]);

      // The statements are computed on the workbook with the imported results: the run on the copy, not on the file.
      const generated = await service.generate({ month: "2025-03" }, () => undefined);
      const expected = await runStatements(imported, {
        month: "2025-03",
        write: false,
      });
      expect(generated.result.summary.totals[0].total.toString()).toBe(expected.summary.totals[0].total.toString());
      expect(generated.result.summary.totals[0].total.toString()).not.toBe(before.summary.totals[0].total.toString()); // P1's fat mean moved
      // So are the prices; the comparison lands in the same workbook, beside the statements and the rows.
      const compared = await service.prices!.compareGrids("2025-03");
      expect(compared.download).toBeUndefined();
      const all = XlsxWorkbook.open(await bytesOf(service.downloadWorkbook!().blob));
      expect((await all.readTable("Analyses"))!.rows).toHaveLength(analyses.rows.length);
      expect(await all.sheetNames()).toEqual(
        expect.arrayContaining(["Import rejets", "Synthèse 2025-03", compared.sheet!]),
      );

      // The same file again: nothing added, the reject listed again; both imports are in the workbook.
      const again = await service.imports!.run(
        await service.imports!.preview(file(new TextEncoder().encode(LAB), "labo.csv"), "analyses"),
        preview.mapping,
      );
      expect(again.plan.summary).toMatchObject({ imported: 0, duplicates: 3, rejected: 1 });
      expect(again.workbook!.imports).toBe(2);
      expect(
        (await XlsxWorkbook.open(await bytesOf(service.downloadWorkbook!().blob)).readTable("Import rejets"))!.rows,
      ).toHaveLength(2);

      // The file as opened was never written.
      expect(original).toEqual(copy);

      // Opening a file starts again from that file.
      const reopened = await service.openWorkbook!(file(original, "OP.xlsx"));
      expect(reopened.imports).toBe(0);
      const fresh = await service.generate({ month: "2025-03" }, () => undefined);
      expect(fresh.result.summary.totals[0].total.toString()).toBe(before.summary.totals[0].total.toString());
    }, 60_000);

    it("a failed import leaves the workbook of the page as it was", async () => {
      const sheets = smallOp();
      sheets["Import rejets"] = [["Mes notes"]]; // a user's sheet of that name: the import stops before writing
      const service = createStandaloneService();
      await service.openWorkbook!(file(await xlsxBytes(sheets), "OP.xlsx"));
      const preview = await service.imports!.preview(file(new TextEncoder().encode(LAB), "labo.csv"), "analyses");
      await expect(service.imports!.run(preview, preview.mapping)).rejects.toThrow(
        /Import rejets.*n'a pas été créée par l'import/,
      );
      await service.generate({ month: "2025-03" }, () => undefined);
      const wb = XlsxWorkbook.open(await bytesOf(service.downloadWorkbook!().blob));
      expect((await wb.readTable("Analyses"))!.rows).toHaveLength(sheets.Analyses.length - 1);
    }, 60_000);
  });
});
