/** Workbooks for the price tests: clean months whose price per unit is the base price (neutral contents). */
import { addMonths } from "../../src/engine";
import type { CellValue } from "../../src/workbook/port";
import { opWorkbook, type Rows } from "../run/fixtures";

/** Two deliveries and two results of each criterion in `month`, sud-est neutral (38 g/l fat, 32 g/l protein). */
export function cleanMonthLitres(
  code: string,
  month: string,
  volume = 1000,
  fat: CellValue = 38,
  protein: CellValue = 32,
): { deliveries: Rows; results: Rows } {
  const deliveries: Rows = [
    [`${month}-10`, code, volume],
    [`${month}-20`, code, volume],
  ];
  const results: Rows = [];
  for (const day of ["10", "20"]) {
    const date = `${month}-${day}`;
    results.push(
      [date, code, "MG", fat],
      [date, code, "MP", protein],
      [date, code, "GERMES", 30000],
      [date, code, "CELLULES", 200000],
      [date, code, "BUTYRIQUES", 1000],
      [date, code, "PC", -0.52],
    );
  }
  return { deliveries, results };
}

/** `count` months ending with `last`, base price 400 + i €/1000 L for the i-th month (oldest = 400). */
export function monthsWorkbook(
  last: string,
  count: number,
  producers: Rows = [["P1", "Un", "sud-est-2018", "non", "oui"]],
) {
  const deliveries: Rows = [];
  const results: Rows = [];
  const prices: Rows = [];
  for (let i = 0; i < count; i++) {
    const m = addMonths(last, i - (count - 1));
    prices.push([m, "sud-est-2018", 400 + i]);
    for (const p of producers) {
      const c = cleanMonthLitres(String(p[0]), m);
      deliveries.push(...c.deliveries.map((r) => [...r, null, null, null]));
      results.push(...c.results.map((r) => [...r, null]));
    }
  }
  return opWorkbook({ producers, deliveries, results, prices });
}
