/**
 * The pricing engine: pure TypeScript, no Office import. Grids are declarative data validated on load;
 * `computeStatement` turns one producer's month into statement lines with explanations.
 */
export { Decimal, ZERO, round2, roundTo, toDecimal, isDecimal } from "./decimal";
export { GridError, InputError, UnknownGridError, type GridFieldProblem } from "./errors";
export { frAsTyped, frNumber, frDate } from "./format";
export type * from "./grid/schema";
export { CRITERIA, METHODS } from "./grid/schema";
export { loadGrid } from "./grid/load";
export { getGrid, gridIds, listGrids, builtInCatalogue } from "./grid/registry";
export { GridCatalogue, NoGridVersionError, versionText, type CatalogueEntry, type GridOrigin } from "./grid/catalogue";
export { schemaProblems, GRID_FORMAT_VERSION, type GridProblem } from "./grid/jsonSchema";
export {
  plausibleRanges,
  plausibilityProblem,
  isPlausible,
  rangeText,
  plausibleUnit,
  PLAUSIBLE_KEYS,
  type PlausibleKey,
  type PlausibleRange,
  type PlausibleRanges,
} from "./grid/plausible";
export * from "./month";
export type * from "./types";
export { computeStatement } from "./statement";
export { arithmeticMean, geometricMean, weightedMean, worstOf, meanOf, METHOD_LABEL } from "./values/means";
export { ProducerHistory } from "./values/producerHistory";
export { CRITERION_LABEL, show } from "./values/explanations";
export { marginalAdjustment } from "./rules/marginal";
export { findTier, tierRate, describeTier, contestationsFor } from "./rules/tiers";
export { inEffectivePrice, amountFor } from "./rules/lines";
export {
  sodiaalPriceA,
  productMix,
  signedTerm,
  SODIAAL_2019_WEIGHTS,
  type MixIndicator,
  type PriceA,
} from "./priceFormulas/priceA";
export {
  standardizedPrice,
  STANDARD_PRODUCER,
  DEFAULT_KG_PER_LITRE,
  type StandardPrice,
} from "./priceFormulas/standardPrice";
export { rolling12Months } from "./priceFormulas/rolling";
export { ladderRate, ladderStep, monthContestations } from "./rules/quality";
export { conditionHolds, type ConditionFacts } from "./rules/bonus";
