/**
 * End to end, in headless Chromium (Debian's /usr/bin/chromium; never downloaded): the built dist/ served
 * over http, the pane opened at 320 px.
 *  1. Standalone: no office.js is fetched; open the sample workbook, generate, download the result and check
 *     its totals against the statement run done here in Node.
 *  2. In "Excel": office.js replaced by a stub whose Excel.run is the in-memory fake; generate and check what
 *     the pane wrote in the workbook, then click an error and check the selection.
 * Screenshots of the pane go to out/screenshots/.
 */
import * as esbuild from "esbuild";
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { makeSample } from "../../scripts/sample";
import { generateSample } from "../../scripts/sample/generate";
import { runStatements, type RunResult } from "../../src/run";
import { OfficeWorkbook } from "../../src/workbook/office";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { FakeExcel, type FakeValue } from "../workbook/office/fakeExcel";
import { CHROMIUM, CHROMIUM_ARGS, DIST, ROOT, ensureBuilt } from "./build";
import { serve } from "./server";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const SHOTS = path.join(ROOT, "out", "screenshots");
const MONTH = "2025-03";
const required = process.env.CI === "true" || process.env.MILKPAY_E2E === "1";
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium && !required) {
  // eslint-disable-next-line no-console
  console.warn(`${CHROMIUM} not found: end-to-end tests skipped (apt-get install -y chromium; .ci/run installs it)`);
}
const describeE2E = haveChromium || required ? describe : describe.skip;

/** The summary sheet's figures: statements and total of its (single) totals row. */
function summaryFigures(rows: unknown[][]): { statements: number; total: number; producers: number } {
  const header = rows.findIndex((r) => r && r[0] === "Code" && r.includes("Total"));
  const totalCol = rows[header].indexOf("Total");
  const totalRow = rows.find((r) => r && r[0] === "Total")!;
  const producers = rows.slice(header + 1).filter((r) => r && typeof r[0] === "string" && r[0] !== "Total" && r[0] !== "").length;
  return { statements: parseInt(String(totalRow[1]), 10), total: Number(totalRow[totalCol]), producers };
}

function expectedFigures(result: RunResult): { statements: number; total: number; producers: number } {
  return { statements: result.summary.statements, total: result.summary.totals[0].total.toNumber(), producers: result.summary.producers };
}

describeE2E("the pane in headless Chromium", () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let dir: string;

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
    ensureBuilt();
    server = await serve(DIST);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "milkpay-e2e-"));
    fs.mkdirSync(SHOTS, { recursive: true });
  }, 15 * 60 * 1000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A page at 320 px that can reach only our server (and, when given, the office.js stub). */
  async function newPage(officeStub?: string): Promise<{ page: Page; requested: string[]; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 320, height: 900 }, acceptDownloads: true, locale: "fr-FR" });
    const requested: string[] = [];
    const errors: string[] = [];
    await context.route("**/*", (route) => {
      const url = route.request().url();
      requested.push(url);
      if (url.startsWith(server.url)) return route.continue();
      if (officeStub && url === OFFICE_JS) return route.fulfill({ body: officeStub, contentType: "text/javascript" });
      return route.abort();
    });
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(String(e)));
    return { page, requested, errors };
  }

  it(
    "standalone: opens the sample workbook, generates, downloads the result with the right totals",
    async () => {
      const { file } = await makeSample({ grid: "sud-est-2018", out: path.join(dir, "sample-sud-est-2018.xlsx") });
      const expected = expectedFigures(await runStatements(XlsxWorkbook.open(fs.readFileSync(file)), { month: MONTH, write: false }));

      const { page, requested, errors } = await newPage();
      await page.goto(`${server.url}/taskpane.html`);
      await page.getByText("Hors Excel").waitFor();
      await page.screenshot({ path: path.join(SHOTS, "pane-320-standalone-start.png"), fullPage: true });
      expect(requested.some((u) => u.includes("appsforoffice"))).toBe(false);
      expect(await page.getByTestId("generate").isDisabled()).toBe(true);

      await page.getByTestId("file-input").setInputFiles(file);
      await page.getByTestId("file-name").getByText("sample-sud-est-2018.xlsx", { exact: false }).waitFor();
      await page.getByTestId("month").selectOption(MONTH);
      await page.getByTestId("generate").click();
      await page.getByTestId("result").waitFor({ timeout: 120_000 });
      expect(await page.getByTestId("statement-count").textContent()).toContain(`${expected.statements} relevés`);
      const shownTotal = (await page.getByTestId("total-amount").textContent())!.replace(/[\s\u202f\u00a0]/g, "").replace(",", ".").replace("€", "");
      expect(Number(shownTotal)).toBeCloseTo(expected.total, 2);
      await page.screenshot({ path: path.join(SHOTS, "pane-320-standalone-result.png"), fullPage: true });

      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
      expect(download.suggestedFilename()).toBe(`sample-sud-est-2018-${MONTH}.xlsx`);
      const saved = path.join(dir, "result.xlsx");
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
      expect(errors).toEqual([]);
      // Offline: nothing but our own server was asked for.
      expect(requested.filter((u) => !u.startsWith(server.url))).toEqual([]);
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
      const expectedRun = await runStatements(new OfficeWorkbook(local.host(), { tables: ["Producteurs", "Livraisons", "Analyses", "PrixDeBase", "Evenements"] }), { month: MONTH });
      const expected = expectedFigures(expectedRun);

      const stub = esbuild.buildSync({ entryPoints: [path.join(__dirname, "officeStub.ts")], bundle: true, write: false, format: "iife", platform: "browser", target: "es2020", logLevel: "silent" }).outputFiles[0].text;
      const { page, requested, errors } = await newPage(stub);
      await page.addInitScript((wb) => {
        const w = window as unknown as { __MILKPAY_WORKBOOK__: unknown; __MILKPAY_SYNC_DELAY__: number };
        w.__MILKPAY_WORKBOOK__ = wb;
        w.__MILKPAY_SYNC_DELAY__ = 150; // slow enough to see the progress bar
      }, workbook);
      await page.goto(`${server.url}/taskpane.html?_host_Info=Excel$Web$16.01$fr-FR$$$$0`);
      await page.getByTestId("generate").waitFor();
      expect(requested).toContain(OFFICE_JS);
      expect(await page.getByText("Hors Excel").count()).toBe(0);
      // functions.js registered the custom functions on the shared runtime.
      const registered = await page.evaluate(() => (window as unknown as { __registered: string[] }).__registered);
      expect(registered).toEqual(expect.arrayContaining(["MILK_FAT_ADJUST", "GERM_PENALTY", "MILK_GRIDS"]));
      await page.screenshot({ path: path.join(SHOTS, "pane-320-excel-start.png"), fullPage: true });

      await page.getByTestId("month").selectOption(MONTH);
      await page.getByTestId("generate").click();
      await page.getByTestId("step").filter({ hasText: /Étape \d\/5/ }).waitFor();
      await page.screenshot({ path: path.join(SHOTS, "pane-320-excel-progress.png") });
      await page.getByTestId("result").waitFor({ timeout: 120_000 });
      expect(await page.getByTestId("statement-count").textContent()).toContain(`${expected.statements} relevés`);
      await page.screenshot({ path: path.join(SHOTS, "pane-320-excel-result.png"), fullPage: true });

      // What was written in the workbook.
      const written = await page.evaluate((month) => {
        const fake = (window as unknown as { __fake: FakeExcel }).__fake;
        const sheets = fake.model.worksheets.items;
        const summary = fake.model.sheet(`Synthèse ${month}`)!;
        const generated = sheets.filter((s) => s.names.items.some((n) => n.name === "MilkPay_Generated" && n.formula === `="${month}"` && !n.visible));
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
        await page.waitForFunction((sheet) => (window as unknown as { __fake: FakeExcel }).__fake.model.selection?.sheet === sheet, firstError.sheet);
        const selection = await page.evaluate(() => (window as unknown as { __fake: FakeExcel }).__fake.model.selection);
        expect(selection!.sheet).toBe(firstError.sheet);
        expect(selection!.address).toMatch(new RegExp(`^[A-Z]*${firstError.row}(:|$)`));
      }
      expect(errors).toEqual([]);
    },
    5 * 60 * 1000,
  );

  it("speaks English when Office's display language is English", async () => {
    const stub = esbuild.buildSync({ entryPoints: [path.join(__dirname, "officeStub.ts")], bundle: true, write: false, format: "iife", platform: "browser", logLevel: "silent" }).outputFiles[0].text;
    const { page } = await newPage(stub);
    await page.addInitScript(() => {
      (window as unknown as { __MILKPAY_LANG__: string }).__MILKPAY_LANG__ = "en-US";
    });
    await page.goto(`${server.url}/taskpane.html?_host_Info=Excel$Win32$16.01$en-US$$$$0`);
    await page.getByRole("button", { name: "Generate statements" }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, "pane-320-excel-english.png"), fullPage: true });
  }, 60_000);
});
