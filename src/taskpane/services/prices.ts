/**
 * The pane's price actions (same code as `npm run compare` / `npm run price-a`: src/prices), on any workbook
 * port: the Office.js port in Excel, the .xlsx port in the standalone page. What the pane shows is a few
 * lines of text; the figures are on the generated sheet.
 */
import { frNumber, signedTerm } from "../../engine";
import { t } from "../../messages";
import { runComparison, runPriceA, type Comparison, type PriceAResult } from "../../prices";
import type { WorkbookPort } from "../../workbook/port";
import type { Download } from "./types";

export interface PricesOutcome {
  /** The generated sheet ("Comparaison YYYY-MM", "Prix A YYYY-MM"). */
  sheet: string | null;
  lines: string[];
  /** @deprecated Never set since the working workbook (issue 15): downloadWorkbook() gives every action's result. */
  download?: Download;
}

export interface PricesActions {
  /** "Comparer les grilles": the month's comparison sheet. */
  compareGrids(month: string, grid?: string): Promise<PricesOutcome>;
  /** Price A of the month, written into PrixDeBase when the workbook allows it. */
  priceA(month: string): Promise<PricesOutcome>;
}

export function comparisonLines(c: Comparison): string[] {
  const lines = c.grids.map((g) =>
    g.psp.length
      ? t("pane.comparePsp", {
          grid: g.grid,
          price: frNumber(g.psp[0].price, 2),
          unit: g.priceUnit,
          perKg: frNumber(g.psp[0].pricePerKg, 2),
          perKgUnit: g.psp[0].pricePerKgUnit,
        })
      : t("pane.comparePspProblem", { grid: g.grid, problem: g.problem ?? "" }),
  );
  const outside = c.issues.length ? t("pane.compareOutside", { n: c.issues.length }) : "";
  lines.push(t("pane.compareCount", { n: c.producers.length, grids: c.grids.length, outside }));
  return lines;
}

export function priceALines(r: PriceAResult): string[] {
  const a = r.priceA;
  return [
    t("pane.priceATitle", { month: a.month, price: frNumber(a.price, 2), grid: r.grid }),
    // The terms in the pane's words (the sheet « Prix A … » keeps its French terms, indicator by indicator).
    t("pane.priceAMix", { month: a.month, value: frNumber(a.mix, 2) }),
    t("pane.priceAEnvironment", {
      fam: frNumber(a.fam.value, 2),
      sodiaal: frNumber(a.sodiaal.value, 2),
      m3: a.environmentMonth,
      value: signedTerm(a.environment),
    }),
    t("pane.priceASeasonality", { value: signedTerm(a.seasonality) }),
    r.prixDeBase.message,
  ];
}

export async function compareOn(port: WorkbookPort, month: string, grid?: string): Promise<PricesOutcome> {
  const r = await runComparison(port, { month, grid });
  return { sheet: r.sheet, lines: comparisonLines(r.comparison) };
}

export async function priceAOn(port: WorkbookPort, month: string): Promise<PricesOutcome> {
  const r = await runPriceA(port, { month, write: "table" });
  return { sheet: r.sheet, lines: priceALines(r) };
}
