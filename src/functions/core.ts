/**
 * The custom functions' logic, as thin adapters over the engine (src/engine): the same grid data and the
 * same rules as a statement — monthly value by the grid's method and rounding (meanOf, roundTo), tiers
 * (findTier, tierRate), marginal fat/protein (marginalAdjustment), contestations (contestationsFor) — so
 * a formula and a statement agree.
 *
 * What a formula cannot know (no history): the "minimum two results" fallback and the joker germes of
 * sud-est-2018 are not applied; the range is the month's results as they count. Ladder grids take the
 * contestations of the window's earlier months as an argument.
 *
 * Every function returns a plain finite JS number, or throws an FnError (#VALUE! / #N/A) whose message
 * names the argument.
 */
import {
  Decimal,
  ZERO,
  findTier,
  getGrid,
  gridIds,
  listGrids,
  marginalAdjustment,
  meanOf,
  contestationsFor,
  conditionHolds,
  ladderRate,
  round2,
  roundTo,
  tierRate,
  arithmeticMean,
  geometricMean,
  weightedMean,
  UnknownGridError,
  isPlausible,
  plausibleRanges,
  plausibleUnit,
  sodiaalPriceA,
  rolling12Months,
  standardizedPrice,
} from "../engine";
import type {
  AntibioticComponent,
  BonusComponent,
  BonusCondition,
  Component,
  ContestationRule,
  Criterion,
  CriterionRule,
  Grid,
  LadderComponent,
  MarginalComponent,
  PlausibleKey,
  PlausibleRange,
  TieredComponent,
} from "../engine";
import { workbookGrid, workbookGridList } from "./workbookGrids";
import {
  bad,
  cells,
  na,
  upperCaseKeyword,
  readCount,
  readNumber,
  readPositive,
  readQuantity,
  readText,
  readYesNo,
  requireNumber,
  shape,
  unwrapSingle,
  type Cell,
} from "./parse";

// ---------------------------------------------------------------------------------------------------
// Grids

/** What the functions look up in a grid, computed once per grid. */
interface GridFacts {
  grid: Grid;
  marginal: Partial<Record<Criterion, MarginalComponent>>;
  /** The component that prices a quality criterion per unit (tiers or ladder). */
  quality: Partial<Record<Criterion, TieredComponent | LadderComponent>>;
  antibiotic?: AntibioticComponent;
  bonuses: BonusComponent[];
}

const facts = new Map<string, GridFacts>();

function factsOf(grid: Grid): GridFacts {
  let f = facts.get(grid.id);
  if (f && f.grid === grid) return f;
  f = { grid, marginal: {}, quality: {}, bonuses: [] };
  for (const c of grid.components as Component[]) {
    if (c.kind === "marginal") f.marginal[c.criterion] ??= c;
    else if (c.kind === "tiers" || c.kind === "ladder") f.quality[c.criterion] ??= c;
    else if (c.kind === "antibiotic") f.antibiotic ??= c;
    else if (c.kind === "bonus") f.bonuses.push(c);
  }
  facts.set(grid.id, f);
  return f;
}

/** Ids a formula may name: the built-in grids, then the workbook's (sheets « Grille <id> »). */
function availableIds(): string[] {
  const ids = gridIds();
  return [
    ...ids,
    ...workbookGridList()
      .map((g) => g.id)
      .filter((id) => !ids.includes(id)),
  ];
}

/** The grid named by the `grid` argument: a built-in grid, else a workbook grid; ids match case-insensitively. */
export function gridArg(value: unknown): GridFacts {
  if (typeof value === "string") {
    const id = value.trim();
    try {
      return factsOf(getGrid(id));
    } catch (e) {
      if (!(e instanceof UnknownGridError)) throw e;
      const match = gridIds().find((g) => g.toLowerCase() === id.toLowerCase());
      if (match) return factsOf(getGrid(match));
      const own = workbookGrid(id) ?? workbookGridList().find((g) => g.id.toLowerCase() === id.toLowerCase());
      if (own) return factsOf(own);
      throw bad(
        id === ""
          ? `grid: expected a grid id; available: ${availableIds().join(", ")}`
          : new UnknownGridError(id, availableIds()).message,
      );
    }
  }
  const text = readText(value, "grid", `a grid id (${availableIds().join(", ")})`);
  return gridArg(text);
}

const CRITERION_WORDS: Record<Criterion, string> = {
  MG: "fat (MG)",
  MP: "protein (MP)",
  GERMES: "germ (GERMES)",
  CELLULES: "somatic-cell (CELLULES)",
  BUTYRIQUES: "butyric-spore (BUTYRIQUES)",
  PC: "freezing-point (PC)",
  INHIBITEURS: "inhibitor (INHIBITEURS)",
};

function ruleOf(f: GridFacts, criterion: Criterion): CriterionRule {
  const rule = f.grid.criteria[criterion];
  if (!rule) throw na(`grid ${f.grid.id} has no ${CRITERION_WORDS[criterion]} criterion`);
  return rule;
}

// ---------------------------------------------------------------------------------------------------
// Results and monthly values

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
function plausibleText(grid: Grid, key: PlausibleKey, example?: string): string {
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
function results(range: unknown, what: string, criterion: Criterion, f: GridFacts): Decimal[] {
  return cells(range, what, resultReader(f.grid, criterion)).map((c) => c.value);
}

/** The monthly value as the grid computes it: its method, then its rounding (engine: meanOf, roundTo). */
function monthlyValue(rule: CriterionRule, values: readonly Decimal[]): Decimal {
  // The formula has no sampling-day volumes: a volume-weighted grid criterion takes the values as given.
  const method = rule.method === "weighted" ? "arithmetic" : rule.method;
  const value = meanOf(method, values, undefined, rule.worst);
  return rule.round === undefined ? value : roundTo(value, rule.round);
}

/** A month's value of a numeric criterion and the number of results it was computed from. */
interface Monthly {
  value: Decimal;
  count: number;
}

/** The monthly value of the results in a range argument (#N/A when the range holds none). */
function monthlyOf(range: unknown, what: string, criterion: Criterion, f: GridFacts): Monthly {
  const rule = ruleOf(f, criterion);
  const fast = integerMonthly(range, rule, plausibleRanges(f.grid)[criterion as PlausibleKey]);
  if (fast !== undefined) {
    if (fast.count === 0) requireResults([], what, criterion);
    return fast;
  }
  const values = results(range, what, criterion, f);
  requireResults(values, what, criterion);
  return { value: monthlyValue(rule, values), count: values.length };
}

/**
 * Fast path for the common case: counts (germs, cells, spores) that Excel hands over as whole numbers.
 * The arithmetic of meanOf done on exact JS integers — the integer sum is exact below 2^53, then one
 * decimal division; the geometric mean takes the very same logarithms of the very same numbers in the
 * same order — so the value is identical to the engine's (test/functions-agree.test.ts checks it).
 * undefined when it does not apply (any text, fraction, negative, other method): then the general path.
 */
function integerMonthly(
  range: unknown,
  rule: CriterionRule,
  plausible: PlausibleRange | undefined,
): Monthly | undefined {
  if (!Array.isArray(range) || (rule.method !== "arithmetic" && rule.method !== "geometric")) return undefined;
  // A value outside the plausible range takes the general path, which names its cell.
  const min = plausible ? plausible.min.toNumber() : 0;
  const max = plausible ? plausible.max.toNumber() : Infinity;
  let count = 0;
  let sum = 0;
  let logSum = 0;
  let zero = false;
  for (let r = 0; r < range.length; r++) {
    const row = range[r];
    if (!Array.isArray(row)) return undefined;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === null || v === undefined || v === "") continue;
      if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0 || v < min || v > max) return undefined;
      count++;
      sum += v;
      if (v === 0) zero = true;
      else logSum += Math.log(v);
    }
  }
  if (!Number.isSafeInteger(sum)) return undefined;
  if (count === 0) return { value: ZERO, count };
  let value: Decimal;
  if (rule.method === "arithmetic") value = new Decimal(sum).div(count);
  else value = zero ? ZERO : new Decimal(Math.exp(logSum / count)).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  return { value: rule.round === undefined ? value : roundTo(value, rule.round), count };
}

function requireResults(values: readonly unknown[], what: string, criterion: Criterion): void {
  if (values.length === 0)
    throw na(`${what}: no ${CRITERION_WORDS[criterion]} result (blank cells are ignored): no monthly value`);
}

// ---------------------------------------------------------------------------------------------------
// Fat and protein

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

// ---------------------------------------------------------------------------------------------------
// Germs, cells, butyric spores, freezing point, inhibitors

/** Contestations the month's values make (engine: contestationsFor; inhibitors: any positive). */
function currentContestations(c: LadderComponent, monthly: Monthly | readonly Decimal[]): number {
  if ("anyPositive" in c.contestation) {
    const values = monthly as readonly Decimal[];
    return values.some((v) => v.gt(0)) ? c.contestation.anyPositive : 0;
  }
  const m = monthly as Monthly;
  return contestationsFor(c.contestation, m.value, m.count);
}

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
  const rule = ruleOf(f, criterion);
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

/** Inhibitor results as 1 (positive) / 0 (negative), the engine's encoding. */
function inhibitorResults(range: unknown, what: string): Decimal[] {
  return cells(range, what, readPositive).map((c) => (c.value ? new Decimal(1) : ZERO));
}

export function inhibitorPenalty(range: unknown, grid: unknown, prior: unknown): number {
  const f = gridArg(grid);
  const component = f.quality.INHIBITEURS;
  if (!component || component.kind !== "ladder") {
    const hint = f.antibiotic ? " (its antibiotic residues are priced per delivery day: use ANTIBIOTIC_PENALTY)" : "";
    throw na(`grid ${f.grid.id} has no per-unit inhibitor deduction${hint}`);
  }
  const priorCount = readCount(prior, "prior_contestations");
  const values = inhibitorResults(range, "results");
  requireResults(values, "results", "INHIBITEURS");
  return out(ladderRate(component, currentContestations(component, values), priorCount));
}

// ---------------------------------------------------------------------------------------------------
// Antibiotic residues (sud-est)

export function antibioticPenalty(
  dayVolume: unknown,
  basePrice: unknown,
  grid: unknown,
  priorPositives: unknown,
): number {
  const f = gridArg(grid);
  const c = f.antibiotic;
  if (!c) {
    const hint = f.quality.INHIBITEURS ? " (its inhibitor deduction is per unit: use INHIBITOR_PENALTY)" : "";
    throw na(`grid ${f.grid.id} has no antibiotic-residue penalty${hint}`);
  }
  const volume = requireNumber(unwrapSingle(dayVolume, "day_volume"), "day_volume", "5 000", readQuantity);
  if (volume.lte(0))
    throw bad(
      `day_volume: expected the milk delivered that day (> 0, in ${f.grid.volumeUnit}), got ${volume.toString()}`,
    );
  if (!isPlausible(f.grid, "VOLUME", volume))
    throw bad(
      `day_volume: expected the milk delivered that day ${plausibleText(f.grid, "VOLUME")}, got ${volume.toString()}`,
    );
  const typed = requireNumber(unwrapSingle(basePrice, "base_price"), "base_price", "450");
  if (typed.lte(0)) throw bad(`base_price: expected a base price > 0 in ${f.grid.priceUnit}, got ${typed.toString()}`);
  const price = round2(typed); // grids.md, Base price: rounded to 2 decimals as it is read
  const prior = readCount(priorPositives, "prior_positives");
  // Engine (antibioticRule): day volume × base price ÷ unit × percent, a negative amount rounded to the cent.
  const percent = prior >= 1 ? c.penaltyPercent.repeat : c.penaltyPercent.first;
  return out(round2(volume.times(price).div(f.grid.amountDivisor).times(percent).div(100).negated()));
}

// ---------------------------------------------------------------------------------------------------
// Quality premium

const PREMIUM_ARGS: Partial<Record<Criterion, string>> = {
  GERMES: "germ_results",
  CELLULES: "cell_results",
  BUTYRIQUES: "butyric_results",
  INHIBITEURS: "inhibitor_results",
  PC: "freezing_results",
};

export function qualityPremium(
  grid: unknown,
  germ: unknown,
  cell: unknown,
  butyric: unknown,
  inhibitor: unknown,
  freezing: unknown,
  charter: unknown,
): number {
  const f = gridArg(grid);
  if (f.bonuses.length === 0) throw na(`grid ${f.grid.id} has no quality premium`);
  const given: Partial<Record<Criterion, unknown>> = {
    GERMES: germ,
    CELLULES: cell,
    BUTYRIQUES: butyric,
    INHIBITEURS: inhibitor,
    PC: freezing,
  };
  const valuesOf = new Map<Criterion, Decimal[] | null>();
  const resultsOf = (criterion: Criterion): Decimal[] | null => {
    if (valuesOf.has(criterion)) return valuesOf.get(criterion)!;
    const arg = PREMIUM_ARGS[criterion]!;
    const raw = given[criterion];
    let v: Decimal[] | null;
    if (raw === null || raw === undefined) v = null;
    else if (criterion === "INHIBITEURS") v = inhibitorResults(raw, arg);
    else v = results(raw, arg, criterion, f);
    valuesOf.set(criterion, v);
    return v;
  };
  const charterValue = readYesNo(charter, "charter");

  // Read every argument the grid's premium uses first, so a wrong one is reported even when another
  // condition already fails.
  const checks: (() => boolean)[] = [];
  for (const b of f.bonuses) {
    for (const cond of b.conditions) checks.push(condition(f, b, cond, resultsOf, charterValue));
  }
  let total = ZERO;
  let i = 0;
  for (const b of f.bonuses) {
    let ok = true;
    for (let k = 0; k < b.conditions.length; k++) ok = checks[i++]() && ok;
    if (ok) total = total.plus(round2(b.rate));
  }
  return out(total);
}

/** One premium condition, read eagerly and decided lazily (engine: checkCondition). */
function condition(
  f: GridFacts,
  b: BonusComponent,
  cond: BonusCondition,
  resultsOf: (c: Criterion) => Decimal[] | null,
  charter: boolean | null,
): () => boolean {
  if (cond.stat === "charter") {
    if (charter === null)
      throw bad(
        `charter: required by grid ${f.grid.id}'s ${b.label.toLowerCase()}: TRUE if the producer signed the Charte des bonnes pratiques, else FALSE`,
      );
    return () => charter;
  }
  const arg = PREMIUM_ARGS[cond.criterion] ?? cond.criterion;
  const values = resultsOf(cond.criterion);
  const needsArgument = cond.stat === "monthly" || cond.requireResult === true;
  if (values === null && needsArgument) {
    throw bad(
      `${arg}: required by grid ${f.grid.id}'s ${b.label.toLowerCase()} (${CRITERION_WORDS[cond.criterion]} results of the month)`,
    );
  }
  const list = values ?? [];
  // Decided by the engine's own rule, on the month's results as the formula received them.
  return () =>
    conditionHolds(cond, {
      monthly: (c) => (list.length === 0 ? null : monthlyValue(ruleOf(f, c), list)),
      results: () => list,
      charter: charter ?? false,
    });
}

// ---------------------------------------------------------------------------------------------------
// Contestations

const CONTESTATION_CRITERIA: Record<string, Criterion> = {
  GERMES: "GERMES",
  GERMS: "GERMES",
  CELLULES: "CELLULES",
  CELLS: "CELLULES",
  INHIBITEURS: "INHIBITEURS",
  INHIBITORS: "INHIBITEURS",
  PC: "PC",
  "POINT DE CONGELATION": "PC",
  "FREEZING POINT": "PC",
};

export function contestations(range: unknown, grid: unknown, criterionValue: unknown): number {
  const f = gridArg(grid);
  const text = readText(criterionValue, "criterion", `"GERMES", "CELLULES", "INHIBITEURS" or "PC"`);
  const criterion = CONTESTATION_CRITERIA[upperCaseKeyword(text).replace(/[_.]/g, " ")];
  if (!criterion) throw bad(`criterion: expected "GERMES", "CELLULES", "INHIBITEURS" or "PC", got "${text}"`);
  const component = f.quality[criterion];
  let rule: ContestationRule | { anyPositive: number } | undefined;
  if (component?.kind === "ladder") rule = component.contestation;
  else if (component?.kind === "tiers") rule = component.contestation;
  if (!rule) throw na(`grid ${f.grid.id} has no contestations for ${criterion}`);
  if ("anyPositive" in rule) {
    const values = inhibitorResults(range, "results");
    requireResults(values, "results", criterion);
    return values.some((v) => v.gt(0)) ? rule.anyPositive : 0;
  }
  const monthly = monthlyOf(range, "results", criterion, f);
  return contestationsFor(rule, monthly.value, monthly.count);
}

// ---------------------------------------------------------------------------------------------------
// Means

const METHOD_WORDS: Record<string, "arithmetic" | "geometric" | "weighted"> = {
  ARITHMETIC: "arithmetic",
  ARITHMETIQUE: "arithmetic",
  GEOMETRIC: "geometric",
  GEOMETRIQUE: "geometric",
  WEIGHTED: "weighted",
  PONDEREE: "weighted",
  PONDERE: "weighted",
};

export function mean(valuesArg: unknown, methodArg: unknown, weightsArg: unknown): number {
  const text = readText(methodArg, "method", `"arithmetic", "geometric" or "weighted"`);
  const method = METHOD_WORDS[upperCaseKeyword(text)];
  if (!method) throw bad(`method: expected "arithmetic", "geometric" or "weighted", got "${text}"`);
  const cellsOf = cells(valuesArg, "values", readNumber);
  const hasWeights = weightsArg !== null && weightsArg !== undefined;
  if (method !== "weighted") {
    if (hasWeights) throw bad(`weights: only used by the "weighted" method, not "${text}"`);
    if (cellsOf.length === 0) throw na("values: no value (blank cells are ignored)");
    const values = cellsOf.map((c) => c.value);
    if (method === "geometric") {
      const negative = cellsOf.find((c) => c.value.isNegative());
      if (negative) throw bad(`values: a geometric mean needs values ≥ 0, got ${negative.value.toString()}`);
      return out(geometricMean(values));
    }
    return out(arithmeticMean(values));
  }
  if (!hasWeights) throw bad(`weights: required by the "weighted" method (the volume of each value)`);
  const weights = pairedWeights(cellsOf, valuesArg, weightsArg, "values", "weights");
  if (cellsOf.length === 0) throw na("values: no value (blank cells are ignored)");
  return out(
    weightedMean(
      cellsOf.map((c) => c.value),
      weights,
    ),
  );
}

/** Weights aligned with the non-blank values: same shape, a weight ≥ 0 for every value. */
function pairedWeights(
  values: readonly Cell<Decimal>[],
  valuesArg: unknown,
  weightsArg: unknown,
  valuesName: string,
  weightsName: string,
  read = readNumber,
): Decimal[] {
  const vs = shape(valuesArg);
  const ws = shape(weightsArg);
  if (vs[0] !== ws[0] || vs[1] !== ws[1]) {
    throw bad(`${weightsName}: expected a range the size of ${valuesName} (${vs.join(" × ")}), got ${ws.join(" × ")}`);
  }
  const grid = Array.isArray(weightsArg) ? weightsArg : [[weightsArg]];
  let total = ZERO;
  const weights = values.map((c) => {
    const row = grid[c.row - 1];
    const raw = Array.isArray(row) ? row[c.column - 1] : row;
    const where = `${weightsName}, row ${c.row} column ${c.column}`;
    const w = read(raw, where);
    if (w === null) throw bad(`${where}: blank, but ${valuesName} holds ${c.value.toString()} there`);
    if (w.isNegative()) throw bad(`${where}: expected a weight ≥ 0, got ${w.toString()}`);
    total = total.plus(w);
    return w;
  });
  if (values.length > 0 && total.isZero()) throw bad(`${weightsName}: all weights are 0`);
  return weights;
}

// ---------------------------------------------------------------------------------------------------
// Prices

/** Sodiaal price A (engine: sodiaalPriceA): mix + 50 % × (FAM − Sodiaal), both of m − 3, + seasonality. */
export function priceA(mix: unknown, sodiaal: unknown, fam: unknown, seasonality: unknown): number {
  const m = requireNumber(unwrapSingle(mix, "mix"), "mix", "420,50");
  const s = requireNumber(unwrapSingle(sodiaal, "sodiaal_price_m3"), "sodiaal_price_m3", "400");
  const fa = requireNumber(unwrapSingle(fam, "fam_price_m3"), "fam_price_m3", "410");
  const season = readNumber(unwrapSingle(seasonality, "seasonality"), "seasonality");
  return out(sodiaalPriceA({ mix: m, sodiaalPriceM3: s, famPriceM3: fa, seasonality: season }).price);
}

const ROLLING_MONTHS = 12;

/**
 * PSL rolling 12 months (engine: rolling12Months): the mean of the last 12 non-blank prices, weighted by
 * the volumes of those months when volumes are given; with fewer prices, the mean of those there are.
 */
export function rolling12m(pricesArg: unknown, volumesArg: unknown): number {
  const all = cells(pricesArg, "prices", readNumber);
  if (all.length === 0) throw na("prices: no price (blank cells are ignored)");
  const last = all.slice(Math.max(0, all.length - ROLLING_MONTHS));
  const prices = last.map((c) => c.value);
  if (volumesArg === null || volumesArg === undefined) return out(rolling12Months(prices).mean);
  return out(
    rolling12Months(prices, pairedWeights(last, pricesArg, volumesArg, "prices", "volumes", readQuantity)).mean,
  );
}

/** PSL standardized producer price (engine: standardizedPrice), in the grid's price unit. */
export function standardPrice(gridValue: unknown, basePrice: unknown, supplements: unknown, annualKg: unknown): number {
  const f = gridArg(gridValue);
  const base = requireNumber(
    unwrapSingle(basePrice, "base_price"),
    "base_price",
    f.grid.currency === "EUR" ? "450" : "68,50",
  );
  if (base.lte(0)) throw bad(`base_price: expected a base price > 0 in ${f.grid.priceUnit}, got ${base.toString()}`);
  const extra = readNumber(unwrapSingle(supplements, "supplements"), "supplements");
  const kg = readQuantity(unwrapSingle(annualKg, "annual_kg"), "annual_kg");
  if (kg !== null && !kg.gt(0))
    throw bad(
      `annual_kg: expected the standard producer's kilograms a year (> 0, e.g. 180 000 or 350 000), got ${kg.toString()}`,
    );
  return out(standardizedPrice({ grid: f.grid, basePrice: base, supplements: extra, annualKg: kg }).price);
}

// ---------------------------------------------------------------------------------------------------
// Grids list

export function grids(): string[][] {
  const builtIn = listGrids();
  const own = workbookGridList().filter((g) => !builtIn.some((b) => b.id === g.id));
  return [...builtIn, ...own].map((g) => [g.id, g.name, g.currency, g.priceUnit]);
}

// ---------------------------------------------------------------------------------------------------

/** A Decimal result as a finite JS number (never NaN, Infinity or −0). */
export function out(value: Decimal): number {
  const n = value.toNumber();
  if (!Number.isFinite(n)) throw bad(`result is not a finite number (${value.toString()})`);
  return n === 0 ? 0 : n;
}
