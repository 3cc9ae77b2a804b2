/**
 * The whole month, end to end, in headless Chromium at 320 px, in each of the pane's languages (issue 15):
 * open the sample workbook on the standalone page, add the missing tables if any, import a lab's CSV,
 * compute price A, generate the statements, read the checks, issue the invoices, download the PDFs and the
 * workbook. At each step an axe-core scan (the test fails on any violation) and a screenshot,
 * out/screenshots/<lang>-<nn>-<step>.png, for review. Then the same pane in the dark theme, and at 160 px
 * (a 320 px pane at 200 % zoom) where nothing may scroll sideways.
 */
import { unzipSync } from "fflate";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Page } from "playwright-core";
import { makeSample } from "../../scripts/sample";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { checkpoint, describeE2E, expectNoSidewaysScroll, SHOTS, useBrowser } from "./browser";
import { labFile } from "./labFile";

/** The sample's last month with deliveries: the month the pane opens on. */
const MONTH = "2025-03";

const LANGS = [
  { lang: "fr", locale: "fr-FR", done: "fait", month: "mars 2025" },
  { lang: "en", locale: "en-GB", done: "done", month: "March 2025" },
  { lang: "de", locale: "de-CH", done: "erledigt", month: "März 2025" },
] as const;

/** Waits until the step's badge says it is done. */
async function stepDone(page: Page, step: string, done: string): Promise<void> {
  await page.getByTestId(`step-${step}-status`).filter({ hasText: done }).waitFor({ timeout: 60_000 });
}

/** Saves the download a click starts; its suggested name and where it was saved. */
async function downloadOf(page: Page, testId: string, file: string, timeout = 60_000) {
  const [download] = await Promise.all([page.waitForEvent("download", { timeout }), page.getByTestId(testId).click()]);
  await download.saveAs(file);
  return { name: download.suggestedFilename(), file };
}

/**
 * Words of the importer's, the run's and the engine's French sentences (never of a grid's labels, a producer's
 * name or a sheet's name, which stay as written): none may show in an English or German pane.
 */
const FRENCH_SENTENCE =
  /\b(aucun|aucune|résultat|résultats|livraison|moyenne|reprise|ligne|producteur|inconnu|vérifiez|saisie|facture|annule)\b/i;

/** The text of a test id's element, checked to hold no French sentence when the pane is not French. */
async function speaks(page: Page, testId: string, lang: string): Promise<string> {
  const text = await page.getByTestId(testId).innerText();
  if (lang !== "fr") expect(text).not.toMatch(FRENCH_SENTENCE);
  return text;
}

describeE2E("the month's routine in the browser", () => {
  const browser = useBrowser();
  let sample: string;

  beforeAll(async () => {
    // The sample OP (every special case), fewer producers: three languages walk it.
    sample = (
      await makeSample({ grid: "sud-est-2018", producers: 24, out: path.join(browser.dir(), "sample-op.xlsx") })
    ).file;
  }, 120_000);

  for (const { lang, locale, done, month } of LANGS) {
    it(
      `walks the whole month on the sample at 320 px in ${lang}, no axe-core violation`,
      async () => {
        const shot = (nn: string, step: string) => checkpoint(page, `${lang}-${nn}-${step}`);
        const { page, errors } = await browser.newPage({ locale });
        await page.goto(`${browser.url()}/taskpane.html`);
        await page.getByTestId("open-file").waitFor();
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
        await shot("01", "start");

        // 1. Classeur: the sample; the month follows it, its readiness line says what it holds.
        await page.getByTestId("file-input").setInputFiles(sample);
        await page.getByTestId("readiness").waitFor({ timeout: 60_000 });
        expect(await page.getByTestId("month").inputValue()).toBe(MONTH);
        expect(await page.getByTestId("month").locator("option:checked").textContent()).toBe(month);
        // A focused select shows a clear outline (Fluent's own is a thin underline).
        await page.getByTestId("month").focus();
        expect(await page.getByTestId("month").evaluate((el) => getComputedStyle(el.parentElement!).outlineStyle)).toBe(
          "solid",
        );
        await shot("02", "opened");
        if (await page.getByTestId("missing-tables").count()) {
          await page.getByTestId("add-tables").click();
          await page.getByTestId("tables-message").waitFor({ timeout: 60_000 });
        }
        await stepDone(page, "workbook", done);
        await shot("03", "tables");

        // 2. Import: a lab's CSV.
        const lab = await labFile(fs.readFileSync(sample), MONTH);
        const [chooser] = await Promise.all([
          page.waitForEvent("filechooser"),
          page.getByTestId("import-results").click(),
        ]);
        await chooser.setFiles({ name: lab.name, mimeType: "text/csv", buffer: Buffer.from(lab.bytes) });
        await page.getByTestId("import-preview").waitFor();
        await shot("04", "import-preview");
        await page.getByTestId("import-run").click();
        const summary = page.getByTestId("import-summary");
        await summary.waitFor({ timeout: 60_000 });
        expect(await summary.getAttribute("data-intent")).toBe("warning"); // one line rejected, the rest in
        expect(await page.getByTestId("import-rejects").getByRole("listitem").count()).toBe(lab.rejected);
        await speaks(page, "import-summary", lang); // the rejected lines' reasons are the importer's (issue 15)
        await stepDone(page, "import", done);
        await shot("05", "import");

        // 3. Prix A, from the sample's Indicateurs.
        await page.getByTestId("price-a").click();
        await page.getByTestId("prices-result").waitFor({ timeout: 60_000 });
        await speaks(page, "prices-result", lang);
        await stepDone(page, "price-a", done);
        await shot("06", "price-a");

        // 4. Relevés, then 5. Contrôles: the focus on the checks' heading, one short line announced.
        await page.getByTestId("generate").click();
        await page.getByTestId("result").waitFor({ timeout: 180_000 });
        expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
          "step-checks-heading",
        );
        expect(await page.getByTestId("announcer").textContent()).toContain(month);
        // The withheld producers' errors and the warnings: the run's, the readers' and the engine's notes.
        expect(await speaks(page, "result", lang)).not.toBe("");
        await stepDone(page, "statements", done);
        await shot("07", "checks");

        // 6. Factures.
        await page.getByTestId("invoices-prepare").click();
        await page.getByTestId("invoices-confirm").waitFor({ timeout: 60_000 });
        await shot("08", "invoices-preview");
        await page.getByTestId("invoices-confirm").click();
        await page.getByTestId("invoices-result").waitFor({ timeout: 120_000 });
        const numbers = (await speaks(page, "invoices-result", lang)).match(/F\d{4}-\d{6}/g) ?? [];
        expect(numbers.length).toBeGreaterThan(0);
        await stepDone(page, "invoices", done);
        await shot("09", "invoices");

        // 7. PDF: the statements and each invoice as Factur-X, in one zip.
        const zip = await downloadOf(page, "pdf-download", path.join(browser.dir(), `${lang}-pdf.zip`), 300_000);
        const pdfs = Object.keys(unzipSync(new Uint8Array(fs.readFileSync(zip.file))));
        expect(pdfs.filter((n) => / F\d{4}-\d{6}\.pdf$/.test(n))).toHaveLength(numbers.length);
        await stepDone(page, "pdf", done);
        await shot("10", "pdf");

        // The one « Télécharger le classeur »: every step's work in one workbook.
        const saved = await downloadOf(page, "download-workbook", path.join(browser.dir(), `${lang}-op.xlsx`));
        expect(saved.name).toMatch(/\.xlsx$/);
        expect(saved.name).not.toBe(path.basename(sample));
        const out = XlsxWorkbook.open(fs.readFileSync(saved.file));
        const sheets = await out.sheetNames();
        expect(sheets).toEqual(
          expect.arrayContaining([
            `Synthèse ${MONTH}`,
            `Contrôles ${MONTH}`,
            `Prix A ${MONTH}`,
            "Registre des factures",
          ]),
        );
        const before = (await XlsxWorkbook.open(fs.readFileSync(sample)).readTable("Analyses"))!.rows.length;
        expect((await out.readTable("Analyses"))!.rows).toHaveLength(before + lab.imported);
        await shot("11", "downloaded");
        expect(errors).toEqual([]);
      },
      15 * 60 * 1000,
    );
  }

  it(
    "follows the system's dark theme, still without an axe-core violation",
    async () => {
      const { page, errors } = await browser.newPage({ colorScheme: "dark" });
      await page.goto(`${browser.url()}/taskpane.html`);
      await page.getByTestId("file-input").setInputFiles(sample);
      await page.getByTestId("readiness").waitFor({ timeout: 60_000 });
      const background = await page.evaluate(
        () => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor,
      );
      expect(background).not.toBe("rgb(255, 255, 255)");
      await page.getByTestId("generate").click();
      await page.getByTestId("result").waitFor({ timeout: 180_000 });
      await checkpoint(page, "dark-01-checks");
      expect(errors).toEqual([]);
    },
    10 * 60 * 1000,
  );

  it(
    "at 160 px (320 px at 200 % zoom) nothing scrolls sideways",
    async () => {
      const { page } = await browser.newPage({ width: 160, height: 900 });
      await page.goto(`${browser.url()}/taskpane.html`);
      await page.getByTestId("open-file").waitFor();
      await expectNoSidewaysScroll(page);
      await page.getByTestId("file-input").setInputFiles(sample);
      await page.getByTestId("readiness").waitFor({ timeout: 60_000 });
      await expectNoSidewaysScroll(page);
      const lab = await labFile(fs.readFileSync(sample), MONTH);
      const [chooser] = await Promise.all([
        page.waitForEvent("filechooser"),
        page.getByTestId("import-results").click(),
      ]);
      await chooser.setFiles({ name: lab.name, mimeType: "text/csv", buffer: Buffer.from(lab.bytes) });
      await page.getByTestId("import-preview").waitFor();
      await expectNoSidewaysScroll(page);
      await page.screenshot({ path: path.join(SHOTS, "zoom200-01-import-preview.png"), fullPage: true });
      await page.getByTestId("import-cancel").click();
      await page.getByTestId("generate").click();
      await page.getByTestId("result").waitFor({ timeout: 180_000 });
      await expectNoSidewaysScroll(page);
      await page.screenshot({ path: path.join(SHOTS, "zoom200-02-checks.png"), fullPage: true });
    },
    10 * 60 * 1000,
  );
});
