/**
 * The custom functions' logic, as thin adapters over the engine (src/engine): the same grid data and the
 * same rules as a statement — monthly value by the grid's method and rounding (meanOf, roundTo), tiers
 * (findTier, tierRate), marginal fat/protein (marginalAdjustment), contestations (contestationsFor) — so
 * a formula and a statement agree. functions.ts wraps each of these for Excel.
 *
 * By family: composition.ts (fat, protein), quality.ts (germs, cells, butyric spores, freezing point),
 * inhibitors.ts (inhibitors, antibiotic residues), premium.ts, contestations.ts, means.ts, prices.ts; the
 * grid argument and MILK_GRIDS in gridArgument.ts, the month's results in monthly.ts, the other arguments
 * in arguments.ts.
 *
 * What a formula cannot know (no history): the "minimum two results" fallback and the joker germes of
 * sud-est-2018 are not applied; the range is the month's results as they count. Ladder grids take the
 * contestations of the window's earlier months as an argument.
 *
 * Every function returns a plain finite JS number, or throws an FnError (#VALUE! / #N/A, errors.ts) whose
 * message names the argument.
 */
export { fatAdjust, proteinAdjust } from "./composition";
export { butyricAdjust, cellPenalty, freezingPointPenalty, germPenalty } from "./quality";
export { antibioticPenalty, inhibitorPenalty } from "./inhibitors";
export { qualityPremium } from "./premium";
export { contestations } from "./contestations";
export { mean } from "./means";
export { priceA, rolling12m, standardPrice } from "./prices";
export { gridArg, grids } from "./gridArgument";
export { out } from "./errors";
