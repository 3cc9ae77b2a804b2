/**
 * Fat and protein (MILK_FAT_ADJUST, MILK_PROTEIN_ADJUST): the grid's marginal adjustment for a monthly
 * content (engine: marginalAdjustment), the content rounded as the grid rounds it.
 */
import { Decimal, marginalAdjustment, plausibleRanges, roundTo } from "../engine";
import type { MarginalComponent } from "../engine";
import { requireNumber, unwrapSingle } from "./arguments";
import { bad, na, out } from "./errors";
import { CRITERION_WORDS, gridArg, ruleOf } from "./gridArgument";
import { plausibleText } from "./monthly";

/** An example content per unit, for messages. */
const CONTENT_EXAMPLE: Record<string, string> = { "g/l": "38,5", "%": "4,15" };

/**
 * Results by rounded content, per grid and criterion. The adjustment depends only on the content rounded
 * to 2 decimals, a small discrete domain (about a thousand values in practice), so each is computed once by
 * the engine and then looked up: MILK_FAT_ADJUST is called for every producer at every recalculation.
 */
const contentMemo = new Map<MarginalComponent, Map<number, number>>();
const CONTENT_MEMO_LIMIT = 20_000;

function contentAdjust(criterion: "MG" | "MP", value: unknown, gridValue: unknown, what: string): number {
  const f = gridArg(gridValue);
  const component = f.marginal[criterion];
  if (!component) throw na(`grid ${f.grid.id} has no ${CRITERION_WORDS[criterion]} adjustment`);
  const rule = ruleOf(f, criterion);
  const places = rule.round ?? 2; // grids.md: a monthly fat or protein content is rounded to 2 decimals
  // The grid's plausible contents (catches a % typed for a g/l grid, or 4.15 % stored as 0.0415).
  const plausible = plausibleRanges(f.grid)[criterion];
  const range = plausible
    ? { min: plausible.min.toNumber(), max: plausible.max.toNumber(), example: CONTENT_EXAMPLE[rule.unit] ?? "38,5" }
    : undefined;
  value = unwrapSingle(value, what);

  // The content rounded as the engine rounds it (roundTo, half away from zero), and its lookup key. A JS
  // number that already has no more decimals than that is its own rounded value (Decimal reads its
  // shortest string form), so the common case needs no decimal arithmetic at all.
  let rounded: Decimal | null = null;
  let key: number;
  let n: number;
  if (typeof value === "number" && Number.isFinite(value) && hasAtMostDecimals(value, places)) {
    key = n = value === 0 ? 0 : value;
  } else {
    const content = requireNumber(value, what, range?.example ?? "38,5");
    n = content.toNumber();
    rounded = roundTo(content, places);
    key = rounded.toNumber();
  }
  if (range && !(n >= range.min && n <= range.max)) {
    throw bad(
      `${what}: expected a monthly content ${plausibleText(f.grid, criterion, range.example)}, got ${String(n)}`,
    );
  }
  let memo = contentMemo.get(component);
  if (!memo) contentMemo.set(component, (memo = new Map()));
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const result = out(marginalAdjustment(component, rounded ?? new Decimal(key)));
  if (memo.size >= CONTENT_MEMO_LIMIT) memo.clear();
  memo.set(key, result);
  return result;
}

/** Whether the shortest decimal form of `x` (what Decimal reads) has at most `places` decimals. */
function hasAtMostDecimals(x: number, places: number): boolean {
  const s = String(x);
  if (s.includes("e")) return false;
  const dot = s.indexOf(".");
  return dot < 0 || s.length - dot - 1 <= places;
}

export function fatAdjust(fat: unknown, grid: unknown): number {
  return contentAdjust("MG", fat, grid, "fat");
}

export function proteinAdjust(protein: unknown, grid: unknown): number {
  return contentAdjust("MP", protein, grid, "protein");
}
