/**
 * The workbook's price commands: Sodiaal price A from the Indicateurs table (sheet and PrixDeBase row), the
 * grid comparison sheet, base prices by grid and month. The formulas they apply are the engine's, pure, in
 * `src/engine/priceFormulas/` (price A, PSL standardized price, rolling 12 months).
 */
export { runComparison, runPriceA, priceASheetName, type PriceAResult } from "./run";
export {
  compareGrids,
  compareTables,
  type Comparison,
  type GridColumn,
  type ProducerComparison,
  type ProducerUnderGrid,
} from "./comparison";
export { comparisonSheet, comparisonSheetName, comparisonJson } from "./comparisonSheet";
export {
  priceAForMonth,
  parseIndicators,
  readIndicators,
  priceAGrid,
  INDICATORS_SHEET,
  type PriceAComputation,
  type IndicatorTable,
} from "./indicators";
export { convertData } from "./convert";
