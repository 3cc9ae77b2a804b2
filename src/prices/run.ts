/**
 * The two price actions, shared by the command line and the task pane (same code on the same tables):
 * - `runPriceA`: Sodiaal price A of a month from the Indicateurs table; writes the "Prix A YYYY-MM" sheet
 *   (each term shown) and, when the port can append rows (WorkbookPort.appendRows), the price into PrixDeBase
 *   for that month and grid. An existing PrixDeBase row for the month and grid is never overwritten: same
 *   price → nothing to do; another price → an error naming the row.
 * - `runComparison`: the "Comparaison YYYY-MM" sheet (comparison.ts).
 * Generated sheets carry their own keys ("prix-a YYYY-MM", "comparaison YYYY-MM"), so that re-running replaces
 * exactly them and never the statement run's sheets of the month (key "YYYY-MM").
 */
import { frNumber, isYearMonth, type Decimal, type YearMonth } from "../engine";
import { replacements } from "../run/run";
import { RunError } from "../inputs/issues";
import { readPrices } from "../inputs/basePricesTable";
import { Columns, headerKey } from "../inputs/columns";
import { SHEETS } from "../inputs/tables";
import { readWorkbookGrids } from "../inputs/workbookGrids";
import { t } from "../messages";
import type { OutputCell, OutputSheet, WorkbookPort } from "../workbook/port";
import { EMPTY, monthLabel, num, text } from "../run/cells";
import { basePriceOf, basePricesByMonth } from "./basePrices";
import { compareGrids, type CompareOptions, type Comparison } from "./comparison";
import { comparisonKey, comparisonSheet } from "./comparisonSheet";
import { priceAForMonth, priceAGrid, readIndicators, type PriceAComputation } from "./indicators";

function checkMonth(month: string): void {
  if (!isYearMonth(month)) throw new RunError(t("run.badMonth", { month }));
}

export async function runComparison(
  port: WorkbookPort,
  options: CompareOptions & { write?: boolean },
): Promise<{ comparison: Comparison; sheet: string; replaced: string[] }> {
  checkMonth(options.month);
  const comparison = await compareGrids(port, options);
  const sheet = comparisonSheet(comparison);
  let replaced: string[] = [];
  if (options.write !== false) {
    const key = comparisonKey(options.month);
    replaced = await replacements(port, key, [sheet.name]);
    await port.writeSheets([sheet], key, replaced);
  }
  return { comparison, sheet: sheet.name, replaced };
}

export function priceASheetName(month: string): string {
  return `Prix A ${month}`;
}

export function priceAKey(month: string): string {
  return `prix-a ${month}`;
}

export function priceASheet(a: PriceAComputation, grid: string, written: string): OutputSheet {
  const rows: (OutputCell[] | null)[] = [];
  rows.push([text(`Prix A Sodiaal — ${monthLabel(a.month)}`, "title")]);
  rows.push([
    text(
      "Mix produits du mois + 50 % × (prix FranceAgriMer − prix A Sodiaal) à m − 3 + saisonnalité régionale du mois (€/1000 L).",
      "note",
    ),
  ]);
  rows.push(null);
  rows.push([
    text("Indicateur", "header"),
    text("Mois", "header"),
    text("Valeur", "header"),
    text("Poids", "header"),
    text("Ligne Indicateurs", "header"),
  ]);
  for (const i of a.mixIndicators)
    rows.push([
      text(i.indicator),
      text(a.month),
      num(i.value, "rate"),
      num(i.weight, "decimal2"),
      i.defaultWeight ? text("poids 2019 par défaut") : num(i.row, "count"),
    ]);
  rows.push([
    text("FAM (FranceAgriMer)"),
    text(a.environmentMonth),
    num(a.fam.value, "rate"),
    EMPTY,
    num(a.fam.row, "count"),
  ]);
  rows.push([
    text("SODIAAL_A (prix A moyen)"),
    text(a.environmentMonth),
    num(a.sodiaal.value, "rate"),
    EMPTY,
    a.sodiaal.row === null ? text("pris dans PrixDeBase") : num(a.sodiaal.row, "count"),
  ]);
  rows.push([text("SAISONNALITE"), text(a.month), num(a.seasonality, "rate"), EMPTY, num(a.seasonalityRow, "count")]);
  rows.push(null);
  rows.push([text("Terme", "header"), text("€/1000 L", "header")]);
  rows.push([text("Mix produits"), num(a.mix, "rate")]);
  rows.push([text("Effet environnement (50 % de l'écart à m − 3)"), num(a.environment, "rate")]);
  rows.push([text("Saisonnalité régionale"), num(a.seasonality, "rate")]);
  rows.push([text("Prix A", "header"), num(a.price, "total")]);
  rows.push(null);
  for (const t of a.terms) rows.push([text(t, "note")]);
  rows.push([text(`Grille : ${grid}. ${written}`, "note")]);
  return {
    name: priceASheetName(a.month),
    rows,
    columnWidths: [44, 12, 12, 10, 22],
    print: { orientation: "portrait", fitToOnePage: true, area: `A1:E${rows.length}` },
  };
}

export interface PriceAResult {
  priceA: PriceAComputation;
  grid: string;
  /** Where the price went in PrixDeBase: appended row, already there, or why not. */
  prixDeBase: { status: "appended" | "already" | "not-written"; row?: number; message: string };
  sheet: string | null;
}

/**
 * Price A of `month`. `write`: "sheet" writes the computation sheet only; "table" also appends the price to
 * PrixDeBase (when the port can); false computes only.
 */
export async function runPriceA(
  port: WorkbookPort,
  options: { month: YearMonth; grid?: string; write?: false | "sheet" | "table" },
): Promise<PriceAResult> {
  checkMonth(options.month);
  // The run's catalogue: built-in grids and the workbook's grid sheets; a family is its version for the month.
  const grids = await readWorkbookGrids(port);
  const grid = priceAGrid(options.grid, options.month, grids.catalogue, grids.broken);
  const indicators = await readIndicators(port);
  const pricesTable = await port.readTable(SHEETS.prices);
  if (!pricesTable) throw new RunError(t("prices.pricesTableNotFound", { sheet: SHEETS.prices }));
  const columns = new Columns(pricesTable, {
    month: { header: "Mois", required: true },
    grid: { header: "Grille", required: true },
    price: { header: "Prix", required: true },
  });
  const prices = { sheet: pricesTable.sheet, rows: readPrices(pricesTable, columns), columns };
  const priceA = priceAForMonth(indicators, options.month, basePricesByMonth(prices, grid), {
    sheet: prices.sheet,
    grid,
  });

  const write = options.write ?? "table";
  const existing = basePriceOf(prices, grid, options.month);
  const said = { sheet: prices.sheet, month: options.month, grid, price: frNumber(priceA.price, 2) };
  let prixDeBase: PriceAResult["prixDeBase"];
  if (existing.price !== null && existing.price.eq(priceA.price)) {
    const row = existing.row!;
    prixDeBase = { status: "already", row, message: t("prices.alreadyThere", { ...said, row }) };
  } else if (existing.row !== undefined) {
    // Someone's figure (or an unreadable or doubled row): never overwritten.
    const what =
      existing.price !== null
        ? t("prices.otherPrice", { price: frNumber(existing.price, 2) })
        : String(existing.problem);
    const row = existing.row;
    prixDeBase = { status: "not-written", row, message: t("prices.rowInTheWay", { ...said, row, what }) };
  } else if (write !== "table") {
    prixDeBase = { status: "not-written", message: t("prices.notWritten", said) };
  } else if (!port.appendRows) {
    prixDeBase = { status: "not-written", message: t("prices.cannotAppend", said) };
  } else {
    const row = appendRow(pricesTable.headers, options.month, grid, priceA.price);
    const at = await port.appendRows(SHEETS.prices, [row]);
    const message = t("prices.appended", { ...said, sheet: at.sheet, row: at.firstRow });
    prixDeBase = { status: "appended", row: at.firstRow, message };
  }

  let sheet: string | null = null;
  if (write !== false) {
    const out = priceASheet(priceA, grid, prixDeBase.message);
    const key = priceAKey(options.month);
    await port.writeSheets([out], key, await replacements(port, key, [out.name]));
    sheet = out.name;
  }
  return { priceA, grid, prixDeBase, sheet };
}

/** A PrixDeBase row in the order of the table's headers: Mois, Grille, Prix; other columns left blank. */
function appendRow(headers: readonly string[], month: string, grid: string, price: Decimal): OutputCell[] {
  return headers.map((h) => {
    const k = headerKey(h);
    if (k === "mois") return text(month);
    if (k === "grille") return text(grid);
    if (k === "prix") return num(price, "rate");
    return EMPTY;
  });
}
