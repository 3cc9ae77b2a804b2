/** Prices: Sodiaal price A from the Indicateurs table, PSL standardized prices and the grid comparison. */
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
