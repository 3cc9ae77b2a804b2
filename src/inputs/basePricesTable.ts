/** The PrixDeBase table: the base price of each month and grid. */
import type { Decimal, YearMonth } from "../engine";
import type { TableData } from "../workbook/port";
import { gridKey, parseMonth, parseText } from "./cell";
import { Columns, type ColumnSpec } from "./columns";
import type { Issue } from "./issues";
import { parseNonNegative } from "./numbers";
import { RowIssues } from "./rowIssues";

export const PRICE_COLUMNS = {
  month: { header: "Mois", required: true },
  grid: { header: "Grille", required: true },
  price: { header: "Prix", required: true },
} satisfies Record<string, ColumnSpec>;

export type PriceColumns = Columns<keyof typeof PRICE_COLUMNS>;

export interface PriceRow {
  row: number;
  month: YearMonth | null;
  grid: string | null;
  price: Decimal | null;
  issues: Issue[] | null;
}

export function readPrices(t: TableData, c: PriceColumns): PriceRow[] {
  return t.rows.map(({ row, values }) => {
    const issues = new RowIssues(t.sheet, row);
    const month = issues.take(parseMonth(c.cell(values, "month")), c.ref.month);
    const gridText = issues.take(parseText(c.cell(values, "grid")), c.ref.grid);
    const priceParsed = parseNonNegative(c.cell(values, "price"));
    const price = issues.take(priceParsed, c.ref.price);
    if (priceParsed === null) issues.missing(c.ref.price, "inputs.missing.price");
    return { row, month, grid: gridText === null ? null : gridKey(gridText), price, issues: issues.list };
  });
}
