/**
 * The month's results of a criterion, from a range argument, and the monthly value the grid computes from them
 * — the same method and rounding as a statement (engine: meanOf, roundTo), so that a formula and a statement
 * agree. What a formula cannot know (no history): the "minimum two results" fallback and the joker germes of
 * sud-est-2018 are not applied; the range is the month's results as they count.
 */
import { Decimal, ZERO, isPlausible, meanOf, plausibleRanges, plausibleUnit, roundTo } from "../engine";
import type { Criterion, CriterionRule, Grid, PlausibleKey } from "../engine";
import { cells, readNumber, readPositive, readQuantity } from "./arguments";
import { bad, na } from "./errors";
import { CRITERION_WORDS, ruleOf, type GridFacts } from "./gridArgument";

/**
 * Plausible results per criterion, the grid's own (`plausible` in its JSON, the ranges the statement run and
 * the importer check): a value outside is a typing or unit mistake, never priced.
 */
function checkResult(grid: Grid, criterion: Criterion, value: Decimal, where: string): Decimal {
  if (criterion === "INHIBITEURS" || isPlausible(grid, criterion, value)) return value;
  throw bad(
    `${where}: expected a ${CRITERION_WORDS[criterion]} result ${plausibleText(grid, criterion)}, got ${value.toString()}`,
  );
}

/** "from 0 to 10000000 /ml (plausible values of grid sud-est-2018)", with an example when given. */
export function plausibleText(grid: Grid, key: PlausibleKey, example?: string): string {
  const r = plausibleRanges(grid)[key]!;
  const unit = plausibleUnit(grid, key);
  const show = (d: Decimal) => (key === "PC" ? d.toFixed(3) : d.toString());
  return `from ${show(r.min)} to ${show(r.max)}${unit ? ` ${unit}` : ""} (plausible values of grid ${grid.id}${example ? `, e.g. ${example}` : ""})`;
}

function resultReader(grid: Grid, criterion: Criterion) {
  // Counts are whole: "100.000" germs is ambiguous, as in the workbook (src/inputs, parseQuantity).
  const read =
    criterion === "GERMES" || criterion === "CELLULES" || criterion === "BUTYRIQUES" ? readQuantity : readNumber;
  return (value: unknown, where: string): Decimal | null => {
    const d = read(value, where);
    return d === null ? null : checkResult(grid, criterion, d, where);
  };
}

/** The month's results of a numeric criterion from a range argument, blanks ignored. */
export function results(range: unknown, what: string, criterion: Criterion, f: GridFacts): Decimal[] {
  return cells(range, what, resultReader(f.grid, criterion)).map((c) => c.value);
}

/** The monthly value as the grid computes it: its method, then its rounding (engine: meanOf, roundTo). */
export function monthlyValue(rule: CriterionRule, values: readonly Decimal[]): Decimal {
  // The formula has no sampling-day volumes: a volume-weighted grid criterion takes the values as given.
  const method = rule.method === "weighted" ? "arithmetic" : rule.method;
  const value = meanOf(method, values, undefined, rule.worst);
  return rule.round === undefined ? value : roundTo(value, rule.round);
}

/** A month's value of a numeric criterion and the number of results it was computed from. */
export interface Monthly {
  value: Decimal;
  count: number;
}

/** The monthly value of the results in a range argument (#N/A when the range holds none). */
export function monthlyOf(range: unknown, what: string, criterion: Criterion, f: GridFacts): Monthly {
  const rule = ruleOf(f, criterion);
  const values = results(range, what, criterion, f);
  requireResults(values, what, criterion);
  return { value: monthlyValue(rule, values), count: values.length };
}

export function requireResults(values: readonly unknown[], what: string, criterion: Criterion): void {
  if (values.length === 0)
    throw na(`${what}: no ${CRITERION_WORDS[criterion]} result (blank cells are ignored): no monthly value`);
}

/** Inhibitor results as 1 (positive) / 0 (negative), the engine's encoding. */
export function inhibitorResults(range: unknown, what: string): Decimal[] {
  return cells(range, what, readPositive).map((c) => (c.value ? new Decimal(1) : ZERO));
}
