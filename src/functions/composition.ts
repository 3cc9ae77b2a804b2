/**
 * Fat and protein (MILK_FAT_ADJUST, MILK_PROTEIN_ADJUST): the grid's marginal adjustment for a monthly
 * content (engine: marginalAdjustment), the content rounded as the grid rounds it.
 */
import { marginalAdjustment, plausibleRanges, roundTo, type Decimal } from "../engine";
import type { MarginalComponent } from "../engine";
import { requireNumber, unwrapSingle } from "./arguments";
import { bad, na, out } from "./errors";
import { CRITERION_WORDS, gridArg, ruleOf } from "./gridArgument";
import { plausibleText } from "./monthly";

/** An example content per unit, for messages. */
const CONTENT_EXAMPLE: Record<string, string> = { "g/l": "38,5", "%": "4,15" };

/**
 * The adjustment depends only on the content rounded to 2 decimals, a small discrete domain (about a thousand
 * values in practice), and MILK_FAT_ADJUST is called for every producer at every recalculation: each result
 * is computed once by the engine, per grid and criterion, then looked up. Measured (bench/functions.ts,
 * bundled): 450 000 to 600 000 calls/s with it, 210 000 to 240 000 without, against a target of 100 000 that
 * the bench runs under tsx, slower.
 */
const adjustments = new Map<MarginalComponent, Map<number, number>>();
const ADJUSTMENTS_LIMIT = 20_000;

function contentAdjust(criterion: "MG" | "MP", value: unknown, gridValue: unknown, what: string): number {
  const f = gridArg(gridValue);
  const component = f.marginal[criterion];
  if (!component) throw na(`grid ${f.grid.id} has no ${CRITERION_WORDS[criterion]} adjustment`);
  const rule = ruleOf(f, criterion);
  // The grid's plausible contents (catches a % typed for a g/l grid, or 4.15 % stored as 0.0415).
  const plausible = plausibleRanges(f.grid)[criterion];
  const example = plausible ? (CONTENT_EXAMPLE[rule.unit] ?? "38,5") : "38,5";
  const content = requireNumber(unwrapSingle(value, what), what, example);
  const n = content.toNumber();
  if (plausible && !(n >= plausible.min.toNumber() && n <= plausible.max.toNumber())) {
    throw bad(`${what}: expected a monthly content ${plausibleText(f.grid, criterion, example)}, got ${String(n)}`);
  }
  // grids.md: a monthly fat or protein content is rounded to 2 decimals (roundTo, half away from zero).
  return adjustment(component, roundTo(content, rule.round ?? 2));
}

/** The engine's adjustment for a rounded content, as a cell's number (memoised: see `adjustments`). */
function adjustment(component: MarginalComponent, rounded: Decimal): number {
  const key = rounded.toNumber();
  let byContent = adjustments.get(component);
  if (!byContent) adjustments.set(component, (byContent = new Map()));
  const known = byContent.get(key);
  if (known !== undefined) return known;
  const result = out(marginalAdjustment(component, rounded));
  if (byContent.size >= ADJUSTMENTS_LIMIT) byContent.clear();
  byContent.set(key, result);
  return result;
}

export function fatAdjust(fat: unknown, grid: unknown): number {
  return contentAdjust("MG", fat, grid, "fat");
}

export function proteinAdjust(protein: unknown, grid: unknown): number {
  return contentAdjust("MP", protein, grid, "protein");
}
