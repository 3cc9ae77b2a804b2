/**
 * End to end, in headless Chromium (Debian's /usr/bin/chromium; never downloaded): the built dist/ served
 * over http, the pane opened at 320 px. The figures the pane shows and writes, against the statement run done
 * here in Node (the walk of the whole month, with its axe-core scans, is month.e2e.test.ts):
 *  1. Standalone: no office.js is fetched; open the sample workbook, generate, check the totals shown, then
 *     « Télécharger le classeur » and the summary sheet in it; the PDFs.
 *  2. Standalone invoices: each invoice as Factur-X in the PDFs.
 *  3. Standalone import: a lab's CSV written here (Windows-1252, « ; », decimal comma, dd/mm/yyyy), the summary
 *     the page shows against the file, the workbook downloaded with the rows and the rejects, then generate on
 *     the workbook with the imported rows.
 *  4. In "Excel": office.js replaced by a stub whose Excel.run is the in-memory fake; generate and check what
 *     the pane wrote in the workbook, then click an error and check the selection; an axe-core scan.
 *  5. Office's display language (English, German) and theme (dark).
 * Screenshots of the pane go to out/screenshots/.
 */
import * as crypto from "node:crypto";
import { unzipSync } from "fflate";
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import { makeSample } from "../../scripts/sample";
import { generateSample } from "../../scripts/sample/generate";
import { importRows, openSource, guessMapping, ProducerIndex, REJECTS_SHEET } from "../../src/intake";
import { runStatements, type RunResult } from "../../src/run";
import { isoToSerial } from "../../src/inputs";
import type { IsoDate } from "../../src/engine";
import { cp1252 } from "../intake/fixtures";
import { OfficeWorkbook } from "../../src/workbook/office";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { FakeExcel, type FakeValue } from "../workbook/office/fakeExcel";
import { checkpoint, describeE2E, OFFICE_JS, officeStubScript, SHOTS, useBrowser } from "./browser";
import { pdfAttachments, pdfText } from "../documents/poppler";

const MONTH = "2025-03";

/** The summary sheet's figures: statements and total of its (single) totals row. */
function summaryFigures(rows: unknown[][]): { statements: number; total: number; producers: number } {
  const header = rows.findIndex((r) => r && r[0] === "Code" && r.includes("Total"));
  const totalCol = rows[header].indexOf("Total");
  const totalRow = rows.find((r) => r && r[0] === "Total")!;
  const producers = rows
    .slice(header + 1)
    .filter((r) => r && typeof r[0] === "string" && r[0] !== "Total" && r[0] !== "").length;
  return { statements: parseInt(String(totalRow[1]), 10), total: Number(totalRow[totalCol]), producers };
}

function expectedFigures(result: RunResult): { statements: number; total: number; producers: number } {
  return {
    statements: result.summary.statements,
    total: result.summary.totals[0].total.toNumber(),
    producers: result.summary.producers,
  };
}

/** The total the pane shows, as a number ("4 339 781,47 €" → 4339781.47). */
function shownNumber(text: string | null): number {
  return Number(text!.replace(/[\s\u202f\u00a0€]/g, "").replace(",", "."));
}

describeE2E("the pane in headless Chromium", () => {
  const browser = useBrowser();
  const newPage = (officeStub?: string) => browser.newPage({ officeStub });

  it(
    "standalone: opens the sample workbook, generates, downloads the result with the right totals",
    async () => {
      const { file } = await makeSample({
        grid: "sud-est-2018",
        out: path.join(browser.dir(), "sample-sud-est-2018.xlsx"),
      });
      const expected = expectedFigures(
        await runStatements(XlsxWorkbook.open(fs.readFileSync(file)), { month: MONTH, write: false }),
      );

      const { page, requested, errors } = await newPage();
      await page.goto(`${browser.url()}/taskpane.html`);
      await page.getByText("Hors Excel").waitFor();
      await page.screenshot({ path: path.join(SHOTS, "pane-320-standalone-start.png"), fullPage: true });
      expect(requested.some((u) => u.includes("appsforoffice"))).toBe(false);
      expect(await page.getByTestId("generate").isDisabled()).toBe(true);

      await page.getByTestId("file-input").setInputFiles(file);
      await page.getByTestId("file-name").getByText("sample-sud-est-2018.xlsx", { exact: false }).waitFor();
      // The month follows the workbook: its last month with deliveries.
      await page.getByTestId("readiness").waitFor({ timeout: 60_000 });
      expect(await page.getByTestId("month").inputValue()).toBe(MONTH);
      await page.getByTestId("generate").click();
      await page.getByTestId("result").waitFor({ timeout: 120_000 });
      expect(await page.getByTestId("statement-count").textContent()).toContain(`${expected.statements} relevés`);
      expect(shownNumber(await page.getByTestId("total-amount").textContent())).toBeCloseTo(expected.total, 2);
      await page.screenshot({ path: path.join(SHOTS, "pane-320-standalone-result.png"), fullPage: true });

      // One « Télécharger le classeur »: the working workbook, never named as the file opened.
      expect(await page.getByTestId("download").count()).toBe(0);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("download-workbook").click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^sample-sud-est-2018.*\.xlsx$/);
      expect(download.suggestedFilename()).not.toBe("sample-sud-est-2018.xlsx");
      const saved = path.join(browser.dir(), "result.xlsx");
      await download.saveAs(saved);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(saved);
      const summary = wb.getWorksheet(`Synthèse ${MONTH}`)!;
      const rows = (summary.getSheetValues() as unknown[][]).map((r) => (r ? r.slice(1) : []));
      expect(summaryFigures(rows)).toEqual(expected);
      expect(wb.getWorksheet(`Contrôles ${MONTH}`)).toBeDefined();
      // The input sheets are still there, untouched in name and order.
      const inputs = await XlsxWorkbook.open(fs.readFileSync(file)).sheetNames();
      expect(wb.worksheets.slice(0, inputs.length).map((w) => w.name)).toEqual(inputs);

      // « Télécharger les PDF »: one PDF per statement, the summary and the combined PDF, made in the page
      // (pdfkit and the fonts loaded on demand from our server).
      const [pdfZip] = await Promise.all([
        page.waitForEvent("download", { timeout: 180_000 }),
        page.getByTestId("pdf-download").click(),
      ]);
      expect(pdfZip.suggestedFilename()).toBe(`${MONTH} PDF.zip`);
      const zipFile = path.join(browser.dir(), "pdf.zip");
      await pdfZip.saveAs(zipFile);
      const pdfs = unzipSync(new Uint8Array(fs.readFileSync(zipFile)));
      const names = Object.keys(pdfs);
      expect(names.filter((n) => n.endsWith(" releve.pdf"))).toHaveLength(expected.statements);
      expect(names).toEqual(expect.arrayContaining([`${MONTH} synthese.pdf`, `${MONTH} impression.pdf`]));
      expect(names).toHaveLength(expected.statements + 2);
      for (const n of names) expect(Buffer.from(pdfs[n].subarray(0, 5)).toString("latin1")).toBe("%PDF-");
      await page.getByTestId("pdf-link").waitFor();
      expect(requested.some((u) => u.endsWith("/fonts/DejaVuSansCondensed.ttf"))).toBe(true);
      await page.screenshot({ path: path.join(SHOTS, "pane-320-standalone-pdf.png"), fullPage: true });

      expect(errors).toEqual([]);
      // Offline: nothing but our own server was asked for.
      expect(requested.filter((u) => !u.startsWith(browser.url()))).toEqual([]);
    },
    5 * 60 * 1000,
  );

  it(
    "standalone: after « Émettre les factures », « Télécharger les PDF » has each invoice as Factur-X, made in the page",
    async () => {
      const { file } = await makeSample({
        grid: "sud-est-2018",
        producers: 6,
        months: 3,
        out: path.join(browser.dir(), "sample-invoices.xlsx"),
      });
      const { page, requested, errors } = await newPage();
      await page.goto(`${browser.url()}/taskpane.html`);
      await page.getByText("Hors Excel").waitFor();
      await page.getByTestId("file-input").setInputFiles(file);
      await page.getByTestId("file-name").getByText("sample-invoices.xlsx", { exact: false }).waitFor();
      await page.getByTestId("readiness").waitFor({ timeout: 60_000 });
      expect(await page.getByTestId("month").inputValue()).toBe(MONTH);
      await page.getByTestId("invoices-prepare").click();
      await page.getByTestId("invoices-confirm").click();
      await page.getByTestId("invoices-result").waitFor({ timeout: 120_000 });
      const numbers = ((await page.getByTestId("invoices-result").textContent()) ?? "").match(/F\d{4}-\d{6}/g) ?? [];
      expect(numbers).toHaveLength(6);
      const [pdfZip] = await Promise.all([
        page.waitForEvent("download", { timeout: 180_000 }),
        page.getByTestId("pdf-download").click(),
      ]);
      const zipFile = path.join(browser.dir(), "pdf-invoices.zip");
      await pdfZip.saveAs(zipFile);
      const pdfs = unzipSync(new Uint8Array(fs.readFileSync(zipFile)));
      const invoices = Object.keys(pdfs).filter((n) => / F\d{4}-\d{6}\.pdf$/.test(n));
      expect(invoices.map((n) => n.match(/F\d{4}-\d{6}/)![0]).sort()).toEqual([...numbers].sort());
      // 6 statements + 6 invoices + the summary + the combined PDF.
      expect(Object.keys(pdfs)).toHaveLength(14);
      for (const n of invoices) {
        const attached = pdfAttachments(pdfs[n]);
        expect([...attached.keys()]).toEqual(["factur-x.xml"]);
        const xml = new TextDecoder().decode(attached.get("factur-x.xml"));
        expect(xml).toContain("urn:cen.eu:en16931:2017");
        expect(xml).toContain(`<ram:ID>${n.match(/F\d{4}-\d{6}/)![0]}</ram:ID>`);
        expect(pdfText(pdfs[n])).toContain("OP Lait des Alpes"); // the OP letterhead
      }
      expect(errors).toEqual([]);
      expect(requested.filter((u) => !u.startsWith(browser.url()))).toEqual([]);
    },
    5 * 60 * 1000,
  );

  it(
    "standalone import: a lab's Windows-1252 CSV into the opened sample, summary as the file says, rows and rejects in the download, statements on the imported rows",
    async () => {
      const { file } = await makeSample({ grid: "sud-est-2018", out: path.join(browser.dir(), "sample-import.xlsx") });
      const sampleBytes = fs.readFileSync(file);
      const sampleHash = crypto.createHash("sha256").update(sampleBytes).digest("hex");
      const sample = XlsxWorkbook.open(sampleBytes);
      const producers = (await sample.readTable("Producteurs"))!;
      const index = new ProducerIndex(producers);
      const codes = producers.rows.map((r) => String(r.values[0]));
      const consenting = codes.filter((c) => index.find(c)!.consent);
      const refusing = codes.find((c) => !index.find(c)!.consent);
      expect(refusing).toBeDefined(); // the sample has a producer without consent
      const unknown = "P999";
      expect(index.find(unknown)).toBeUndefined();
      const analysesBefore = (await sample.readTable("Analyses"))!;
      // For three producers, a day of the month without any result of theirs: new results, not conflicts.
      const taken = new Set(analysesBefore.rows.map((r) => `${r.values[0]}|${r.values[1]}`));
      const days = Array.from({ length: 31 }, (_, i) => `${MONTH}-${String(i + 1).padStart(2, "0")}` as IsoDate);
      const picks = consenting
        .slice(0, 3)
        .map((code) => ({ code, day: [...days].reverse().find((d) => !taken.has(`${isoToSerial(d)}|${code}`))! }));
      for (const p of picks) expect(p.day).toBeDefined();
      const ddmmyyyy = (d: IsoDate) => d.split("-").reverse().join("/");
      const results = [
        { ...picks[0], criterion: "MG", value: "45,3" },
        { ...picks[0], criterion: "MP", value: "34,8" },
        { ...picks[1], criterion: "MG", value: "36,9" },
        { ...picks[2], criterion: "MG", value: "43,15" },
      ];
      const line = (r: { code: string; day: IsoDate; criterion: string; value: string }) =>
        `${r.code};${ddmmyyyy(r.day)};${r.criterion};${r.value}`;
      const csvLines = [
        "N° producteur;Date de prélèvement;Critère;Résultat",
        ...results.map(line),
        line(results[0]), // the same result twice: a duplicate
        line({ code: unknown, day: picks[0].day, criterion: "MG", value: "40,1" }),
        line({ code: refusing!, day: picks[0].day, criterion: "MG", value: "39,7" }),
      ];
      const csv = cp1252(csvLines.join("\r\n") + "\r\n");
      expect(csv.includes(0xb0) && csv.includes(0xe9)).toBe(true); // « ° » and « é » as single Windows-1252 bytes
      // What the file holds, line by line: 4 new results, 1 duplicate, 1 unknown producer, 1 without consent.
      const expected = {
        lines: csvLines.length - 1,
        imported: results.length,
        duplicates: 1,
        rejected: 1,
        noConsent: 1,
      };
      // The importer run here in Node on the same workbook agrees.
      const source = openSource("infolabo-mars.csv", csv);
      const nodePlan = await importRows(
        XlsxWorkbook.open(sampleBytes),
        source,
        guessMapping(source.headers, "analyses"),
        "analyses",
      );
      expect(nodePlan.summary).toMatchObject({
        ...expected,
        read: expected.lines,
        encoding: "windows-1252",
        separator: ";",
      });

      const { page, errors } = await newPage();
      await page.goto(`${browser.url()}/taskpane.html`);
      await page.getByText("Hors Excel").waitFor();
      expect(await page.getByTestId("import-panel").count()).toBe(0); // no workbook yet
      await page.getByTestId("file-input").setInputFiles(file);
      await page.getByTestId("file-name").getByText("sample-import.xlsx", { exact: false }).waitFor();

      // « Importer des résultats » opens the file picker.
      const [chooser] = await Promise.all([
        page.waitForEvent("filechooser"),
        page.getByTestId("import-results").click(),
      ]);
      await chooser.setFiles({ name: "infolabo-mars.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
      const preview = page.getByTestId("import-preview");
      await preview.waitFor();
      expect(await preview.textContent()).toContain(
        `infolabo-mars.csv — ${expected.lines} lignes, windows-1252, séparateur « ; » → Analyses`,
      );
      expect(await page.getByTestId("map-0").inputValue()).toBe("field:code");
      expect(await page.getByTestId("map-1").inputValue()).toBe("field:date");
      expect(await page.getByTestId("map-2").inputValue()).toBe("field:criterion");
      expect(await page.getByTestId("map-3").inputValue()).toBe("field:value");
      expect(await page.getByTestId("example-0").textContent()).toBe(
        csvLines
          .slice(1, 4)
          .map((l) => l.split(";")[0])
          .join(" · "),
      );
      // Usable at 320 px: nothing wider than the page, every column's choice fully on screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      for (let i = 0; i < 4; i++) {
        const box = (await page.getByTestId(`map-${i}`).boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(320);
        expect(box.width).toBeGreaterThanOrEqual(100);
      }
      await preview.screenshot({ path: path.join(SHOTS, "pane-320-standalone-import-preview.png") });
      await page.screenshot({ path: path.join(SHOTS, "pane-320-standalone-import-preview-page.png"), fullPage: true });

      await page.getByTestId("import-run").click();
      const summary = page.getByTestId("import-summary");
      await summary.waitFor({ timeout: 60_000 });
      // The title (the file, the time of the import) is a line of its own, above what the import did.
      expect(await summary.textContent()).toMatch(/^infolabo-mars\.csv, import de \d\d:\d\d/);
      const text = (await page.getByTestId("import-summary-text").textContent())!.replace(/[\u202f\u00a0]/g, " ");
      const m =
        /(\d+) lignes? lues? \((\d+) résultats?\) : (\d+) importés?, (\d+) doublons?, (\d+) rejetés?, (\d+) sans consentement/.exec(
          text,
        );
      expect(m).not.toBeNull();
      const [lines, read, imported, duplicates, rejected, noConsent] = m!.slice(1).map(Number);
      expect({ lines, read, imported, duplicates, rejected, noConsent }).toEqual({ ...expected, read: expected.lines });
      const firstRow = analysesBefore.rows[analysesBefore.rows.length - 1].row + 1;
      expect(text).toContain(`lignes ${firstRow} à ${firstRow + expected.imported - 1} de Analyses`);
      expect(text).toContain(`« ${REJECTS_SHEET} »`);
      // The rejected lines are listed with their reason, as in « Import rejets ».
      expect(await page.getByTestId("import-rejects").getByRole("listitem").allTextContents()).toEqual(
        nodePlan.rejects.map((r) => `ligne ${r.line} : ${r.reason}`),
      );
      expect(await page.getByTestId("file-name").textContent()).toContain("1 import ajouté sur cette page");
      await page.screenshot({ path: path.join(SHOTS, "pane-320-standalone-import-summary.png"), fullPage: true });

      expect(await summary.getAttribute("data-intent")).toBe("warning"); // some lines in, some refused
      expect(await page.getByTestId("import-download").count()).toBe(0); // one download, the workbook's
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("download-workbook").click(),
      ]);
      const saved = path.join(browser.dir(), "imported.xlsx");
      await download.saveAs(saved);
      const out = XlsxWorkbook.open(fs.readFileSync(saved));
      const analyses = (await out.readTable("Analyses"))!;
      expect(analyses.rows).toHaveLength(analysesBefore.rows.length + expected.imported);
      expect(analyses.rows.slice(0, analysesBefore.rows.length)).toEqual(analysesBefore.rows);
      expect(
        analyses.rows.slice(analysesBefore.rows.length).map((r) => ({ row: r.row, values: r.values.slice(0, 4) })),
      ).toEqual(
        results.map((r, i) => ({
          row: firstRow + i,
          values: [isoToSerial(r.day), r.code, r.criterion, Number(r.value.replace(",", "."))],
        })),
      );
      const rejects = (await out.readTable(REJECTS_SHEET))!;
      expect(rejects.headers).toEqual(["Date import", "Fichier", "Type", "Ligne", "Contenu", "Motif"]);
      const unknownLine = csvLines.findIndex((l) => l.startsWith(`${unknown};`)) + 1;
      const refusingLine = csvLines.findIndex((l) => l.startsWith(`${refusing};`)) + 1;
      expect(rejects.rows.map((r) => r.values.slice(1, 5))).toEqual([
        ["infolabo-mars.csv", "analyses", unknownLine, csvLines[unknownLine - 1]],
        ["infolabo-mars.csv", "analyses", refusingLine, "(contenu non repris : producteur sans consentement)"],
      ]);
      expect(String(rejects.rows[0].values[5])).toContain(`« ${unknown} » inconnu`);
      // The other sheets are the sample's, in the same order.
      expect((await out.sheetNames()).slice(0, (await sample.sheetNames()).length)).toEqual(await sample.sheetNames());

      // « Générer les relevés » now works on the workbook with the imported results.
      const before = expectedFigures(
        await runStatements(XlsxWorkbook.open(sampleBytes), { month: MONTH, write: false }),
      );
      const after = expectedFigures(
        await runStatements(XlsxWorkbook.open(fs.readFileSync(saved)), { month: MONTH, write: false }),
      );
      expect(after.total).not.toBeCloseTo(before.total, 2); // the imported fat contents move the month's pay
      expect(await page.getByTestId("month").inputValue()).toBe(MONTH);
      await page.getByTestId("generate").click();
      await page.getByTestId("result").waitFor({ timeout: 120_000 });
      expect(shownNumber(await page.getByTestId("total-amount").textContent())).toBeCloseTo(after.total, 2);
      const [statements] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("download-workbook").click(),
      ]);
      const statementsFile = path.join(browser.dir(), "statements-after-import.xlsx");
      await statements.saveAs(statementsFile);
      expect((await XlsxWorkbook.open(fs.readFileSync(statementsFile)).readTable("Analyses"))!.rows).toHaveLength(
        analyses.rows.length,
      );

      // The file the person opened is as it was.
      expect(crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex")).toBe(sampleHash);
      expect(errors).toEqual([]);
    },
    5 * 60 * 1000,
  );

  it(
    "in Excel (stubbed office.js): generates, writes the summary, statements and checks, selects an issue's cell",
    async () => {
      const options = { grid: "sud-est-2018" as const, producers: 30, months: 13 };
      const sample = generateSample(options);
      const workbook: Record<string, (FakeValue | null)[][]> = {};
      for (const s of sample.sheets) workbook[s.name] = [s.headers, ...s.rows] as (FakeValue | null)[][];
      // The expected figures: the same run, here, on the same fake.
      const local = new FakeExcel();
      for (const [name, rows] of Object.entries(workbook)) local.model.addSheetWithRows(name, rows);
      const expectedRun = await runStatements(
        new OfficeWorkbook(local.host(), {
          tables: ["Producteurs", "Livraisons", "Analyses", "PrixDeBase", "Evenements"],
        }),
        { month: MONTH },
      );
      const expected = expectedFigures(expectedRun);

      const stub = officeStubScript();
      const { page, requested, errors } = await newPage(stub);
      await page.addInitScript((wb) => {
        const w = window as unknown as { __MILKPAY_WORKBOOK__: unknown; __MILKPAY_SYNC_DELAY__: number };
        w.__MILKPAY_WORKBOOK__ = wb;
        w.__MILKPAY_SYNC_DELAY__ = 150; // slow enough to see the progress bar
      }, workbook);
      await page.goto(`${browser.url()}/taskpane.html?_host_Info=Excel$Web$16.01$fr-FR$$$$0`);
      await page.getByTestId("generate").waitFor();
      expect(requested).toContain(OFFICE_JS);
      expect(await page.getByText("Hors Excel").count()).toBe(0);
      // functions.js registered the custom functions on the shared runtime.
      const registered = await page.evaluate(() => (window as unknown as { __registered: string[] }).__registered);
      expect(registered).toEqual(expect.arrayContaining(["MILK_FAT_ADJUST", "GERM_PENALTY", "MILK_GRIDS"]));
      await page.screenshot({ path: path.join(SHOTS, "pane-320-excel-start.png"), fullPage: true });

      // The month follows the workbook: its last month with deliveries.
      await page.getByTestId("readiness").waitFor({ timeout: 60_000 });
      expect(await page.getByTestId("month").inputValue()).toBe(MONTH);
      await page.getByTestId("generate").click();
      await page
        .getByTestId("step")
        .filter({ hasText: /Étape \d\/5/ })
        .waitFor();
      await page.screenshot({ path: path.join(SHOTS, "pane-320-excel-progress.png") });
      await page.getByTestId("result").waitFor({ timeout: 120_000 });
      expect(await page.getByTestId("statement-count").textContent()).toContain(`${expected.statements} relevés`);
      await checkpoint(page, "excel-01-checks"); // the screenshot, and no axe-core violation

      // What was written in the workbook.
      const written = await page.evaluate((month) => {
        const fake = (window as unknown as { __fake: FakeExcel }).__fake;
        const sheets = fake.model.worksheets.items;
        const summary = fake.model.sheet(`Synthèse ${month}`)!;
        const generated = sheets.filter((s) =>
          s.names.items.some(
            (n) => n.name === "MilkPay_Generated" && n.formula === `="${month}/${s.name}"` && !n.visible,
          ),
        );
        const statement = sheets.find((s) => /^2025-03 /.test(s.name))!;
        return {
          names: sheets.map((s) => s.name),
          generated: generated.map((s) => s.name),
          summary: summary.getUsedRange(true).values,
          charts: sheets.reduce((n, s) => n + s.charts.items.length, 0),
          statementCode: statement.cell(2, 2)!.value,
          statementCodeFormat: statement.cell(2, 2)!.numberFormat,
          active: fake.model.activeSheet!.name,
          selection: fake.model.selection,
          maxRequest: fake.maxRequestBytes,
          writeSyncs: fake.syncs.filter((s) => s.calcSuspended).length,
        };
      }, MONTH);
      expect(written.names.slice(0, sample.sheets.length)).toEqual(sample.sheets.map((s) => s.name));
      expect(written.generated).toEqual(expectedRun.sheets);
      expect(summaryFigures(written.summary as unknown[][])).toEqual(expected);
      expect(written.charts).toBe(expected.statements);
      expect(written.statementCodeFormat).toBe("@");
      expect(written.active).toBe(`Synthèse ${MONTH}`);
      expect(written.maxRequest).toBeLessThan(5 * 1024 * 1024);

      // Clicking an error selects its cell.
      const firstError = expectedRun.issues.find((i) => i.severity === "error" && i.sheet && i.row);
      if (firstError) {
        await page.getByRole("button", { name: firstError.message }).first().click();
        expect(written.selection).toEqual({ sheet: `Synthèse ${MONTH}`, address: "A1" }); // the summary, shown after the run
        await page.waitForFunction(
          (sheet) => (window as unknown as { __fake: FakeExcel }).__fake.model.selection?.sheet === sheet,
          firstError.sheet,
        );
        const selection = await page.evaluate(
          () => (window as unknown as { __fake: FakeExcel }).__fake.model.selection,
        );
        expect(selection!.sheet).toBe(firstError.sheet);
        expect(selection!.address).toMatch(new RegExp(`^[A-Z]*${firstError.row}(:|$)`));
      }
      expect(errors).toEqual([]);
    },
    5 * 60 * 1000,
  );

  it.each([
    ["en-US", "Generate statements", "excel-en-01-start"],
    ["de-CH", "Abrechnungen erstellen", "excel-de-01-start"],
  ])(
    "speaks Office's display language %s",
    async (officeLang, generate, shot) => {
      const { page } = await newPage(officeStubScript());
      await page.addInitScript((l) => {
        (window as unknown as { __MILKPAY_LANG__: string }).__MILKPAY_LANG__ = l;
      }, officeLang);
      await page.goto(`${browser.url()}/taskpane.html?_host_Info=Excel$Win32$16.01$${officeLang}$$$$0`);
      await page.getByRole("button", { name: generate }).waitFor();
      await page.screenshot({ path: path.join(SHOTS, `${shot}.png`), fullPage: true });
    },
    60_000,
  );

  it("follows Office's dark theme", async () => {
    const { page, errors } = await newPage(officeStubScript());
    await page.addInitScript(() => {
      (window as unknown as { __MILKPAY_THEME_BODY__: string }).__MILKPAY_THEME_BODY__ = "#262626";
    });
    await page.goto(`${browser.url()}/taskpane.html?_host_Info=Excel$Web$16.01$fr-FR$$$$0`);
    await page.getByTestId("generate").waitFor();
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor,
    );
    expect(background).not.toBe("rgb(255, 255, 255)");
    await checkpoint(page, "excel-dark-01-start");
    expect(errors).toEqual([]);
  }, 120_000);
});
