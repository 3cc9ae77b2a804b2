/**
 * Germs, cells, butyric spores, freezing point (GERM_PENALTY, CELL_PENALTY, BUTYRIC_ADJUST,
 * FREEZING_POINT_PENALTY): the per-unit rate of the month's results by the grid's tiers, or by its ladder of
 * contestations (the window's earlier months given as an argument).
 */
import { findTier, ladderRate, tierRate, type Criterion, type Decimal } from "../engine";
import { readCount, readNumber, unwrapSingle } from "./arguments";
import { currentContestations } from "./contestations";
import { bad, na, out } from "./errors";
import { CRITERION_WORDS, gridArg, ruleOf } from "./gridArgument";
import { monthlyOf } from "./monthly";

/** Per-unit rate of a quality criterion for the month's results, tiers or ladder. */
function qualityRate(
  criterion: Criterion,
  range: unknown,
  gridValue: unknown,
  extra: { prior?: unknown; basePrice?: unknown },
  what = "results",
): number {
  const f = gridArg(gridValue);
  const component = f.quality[criterion];
  ruleOf(f, criterion); // #N/A first when the grid has no such criterion at all
  if (!component) throw na(`grid ${f.grid.id} has no per-unit ${CRITERION_WORDS[criterion]} adjustment`);
  const prior = readCount(extra.prior, "prior_contestations");
  const monthly = monthlyOf(range, what, criterion, f);
  if (component.kind === "ladder") {
    return out(ladderRate(component, currentContestations(component, monthly), prior));
  }
  const tier = findTier(component.tiers, monthly.value);
  let basePrice: Decimal | null = null;
  if (tier.percentOfBase) {
    basePrice = readNumber(unwrapSingle(extra.basePrice, "base_price"), "base_price");
    if (basePrice === null) {
      throw bad(
        `base_price: required by grid ${f.grid.id}: for these results its ${CRITERION_WORDS[criterion]} deduction is ${tier.percentOfBase.abs().toString()} % of the base price`,
      );
    }
    if (basePrice.lte(0))
      throw bad(`base_price: expected a base price > 0 in ${f.grid.priceUnit}, got ${basePrice.toString()}`);
  }
  return out(tierRate(tier, basePrice));
}

export function germPenalty(range: unknown, grid: unknown, prior: unknown): number {
  return qualityRate("GERMES", range, grid, { prior });
}

export function cellPenalty(range: unknown, grid: unknown, prior: unknown): number {
  return qualityRate("CELLULES", range, grid, { prior });
}

export function butyricAdjust(range: unknown, grid: unknown): number {
  return qualityRate("BUTYRIQUES", range, grid, {});
}

export function freezingPointPenalty(range: unknown, grid: unknown, basePrice: unknown): number {
  return qualityRate("PC", range, grid, { basePrice });
}
