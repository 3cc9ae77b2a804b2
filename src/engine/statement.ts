import { Decimal, ZERO, isDecimal, round2 } from "./decimal";
import { InputError } from "./errors";
import { message } from "../messages/engine";
import { frNumber } from "./format";
import { CRITERIA, type Component, type Criterion, type Grid } from "./grid/schema";
import { isIsoDate, isYearMonth, type YearMonth } from "./month";
import { antibioticRule } from "./rules/antibiotic";
import { bonusRule } from "./rules/bonus";
import { baseRule, marginalRule } from "./rules/composition";
import type { MonthContext, RuleOutcome } from "./rules/context";
import { note } from "./notes";
import { coolingRule } from "./rules/cooling";
import { volumeOutliers } from "./rules/outliers";
import { ladderRule, tieredRule } from "./rules/quality";
import type { MonthlyValue, Note, ProducerMonthInput, Statement, StatementLine } from "./types";
import { CRITERION_LABEL, criterionName } from "./values/explanations";
import { ProducerHistory } from "./values/producerHistory";

function applyComponent(c: Component, ctx: MonthContext): RuleOutcome {
  switch (c.kind) {
    case "base":
      return baseRule(c, ctx);
    case "marginal":
      return marginalRule(c, ctx);
    case "tiers":
      return tieredRule(c, ctx);
    case "ladder":
      return ladderRule(c, ctx);
    case "antibiotic":
      return antibioticRule(c, ctx);
    case "bonus":
      return bonusRule(c, ctx);
    case "cooling":
      return coolingRule(c, ctx);
  }
}

/**
 * The engine's entry point: one producer's month, from its deliveries, results, events, history and base
 * price, to a statement of lines with explanations. Total = sum of the rounded lines.
 */
export function computeStatement(input: ProducerMonthInput): Statement {
  checkInput(input);
  const { grid, month, producer } = input;
  // grids.md, Base price: rounded to 2 decimals as it is read; every rule uses that rounded price.
  const basePrice = round2(input.basePrice);
  const history = new ProducerHistory(grid, input.deliveries, input.results, input.events ?? [], input.historyStart);
  const volume = history.monthVolume(month);
  const ctx: MonthContext = { grid, producer, month, basePrice, volume, history };

  const notes: Note[] = [];
  if (!basePrice.eq(input.basePrice)) {
    const price = frNumber(input.basePrice);
    const rounded = frNumber(basePrice, 2);
    notes.push(
      note("info", "BASE_PRICE", message("engine.basePrice.rounded", { price, rounded, unit: grid.priceUnit })),
    );
  }
  notes.push(...volumeOutliers(history, month, grid));
  if (volume.isZero()) notes.push(note("warning", "VOLUME", message("engine.volume.none", { month })));

  const monthlyValues = monthlyValuesOf(history, grid, month, notes);

  const lines: StatementLine[] = [];
  let suspension = false;
  for (const c of grid.components) {
    const outcome = applyComponent(c, ctx);
    lines.push(...outcome.lines);
    notes.push(...outcome.notes);
    suspension ||= outcome.suspension === true;
  }

  let total = ZERO;
  let effective = ZERO;
  for (const line of lines) {
    total = total.plus(line.amount);
    if (line.inEffectivePrice) effective = effective.plus(line.amount);
  }
  const perUnit = (amount: Decimal) => (volume.isZero() ? null : round2(amount.times(grid.amountDivisor).div(volume)));

  return {
    producer: producer.code,
    grid: grid.id,
    month,
    currency: grid.currency,
    priceUnit: grid.priceUnit,
    volumeUnit: grid.volumeUnit,
    volume,
    basePrice,
    lines,
    total,
    pricePerUnit: perUnit(total),
    effectivePrice: perUnit(effective),
    monthlyValues,
    notes,
    suspension,
  };
}

/**
 * How each monthly value was obtained (the statement's results section); adds the fallback and joker notes
 * to `notes`.
 */
function monthlyValuesOf(history: ProducerHistory, grid: Grid, month: YearMonth, notes: Note[]): MonthlyValue[] {
  const monthlyValues: MonthlyValue[] = [];
  for (const criterion of Object.keys(grid.criteria) as Criterion[]) {
    if (criterion === "INHIBITEURS") continue; // a test, not a mean: shown by its rule
    const rule = grid.criteria[criterion]!;
    if (rule.joker) {
      const joker = history.joker(criterion, month);
      if (joker.applicable) {
        notes.push(note("info", "JOKER", joker.reason!, { source: joker.setAside?.source }));
        if (joker.historyMonths < rule.joker.months) {
          const shortHistory = {
            criterion: criterionName(criterion),
            held: joker.historyMonths,
            months: rule.joker.months,
          };
          notes.push(note("warning", "HISTORY", message("engine.joker.shortHistory", shortHistory)));
        }
      }
    }
    const { value, notes: valueNotes } = history.monthly(criterion, month);
    const joker = rule.joker ? history.joker(criterion, month) : undefined;
    monthlyValues.push(joker?.granted ? { ...value, jokerResult: joker.setAside } : value);
    notes.push(...valueNotes);
  }
  return monthlyValues;
}

/**
 * Refuses garbage with a message naming the field; nothing is ever read as 0. Runs on every row of every
 * call, so a field's name (`results[12].value`) is only spelled out when there is something to report.
 */
function checkInput(input: ProducerMonthInput): void {
  if (!input || typeof input !== "object") throw new InputError("expected a producer month");
  if (!input.producer || typeof input.producer.code !== "string" || input.producer.code.trim() === "") {
    throw new InputError("producer.code: expected a producer code");
  }
  if (!isYearMonth(input.month)) throw new InputError(`month: expected YYYY-MM, got ${JSON.stringify(input.month)}`);
  if (!input.grid || !Array.isArray(input.grid.components)) throw new InputError("grid: expected a loaded grid");
  if (!isFiniteDecimal(input.basePrice)) notFinite(input.basePrice, "basePrice");
  if (!Array.isArray(input.deliveries)) throw new InputError("deliveries: expected a list");
  if (!Array.isArray(input.results)) throw new InputError("results: expected a list");
  const deliveries = input.deliveries;
  for (let i = 0; i < deliveries.length; i++) {
    const d = deliveries[i];
    if (!isIsoDate(d?.date)) notADate(d?.date, `deliveries[${i}].date`);
    if (!isFiniteDecimal(d.volume)) notFinite(d.volume, `deliveries[${i}].volume`);
    if (d.volume.isNegative())
      throw new InputError(`deliveries[${i}].volume: expected a volume ≥ 0, got ${d.volume.toString()}`);
    if (d.temperature !== undefined && !isFiniteDecimal(d.temperature))
      notFinite(d.temperature, `deliveries[${i}].temperature`);
  }
  const results = input.results;
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    if (!isIsoDate(r?.date)) notADate(r?.date, `results[${i}].date`);
    if (!KNOWN_CRITERIA.has(r.criterion))
      throw new InputError(
        `results[${i}].criterion: unknown criterion ${JSON.stringify(r.criterion)}; expected one of ${CRITERIA.join(", ")}`,
      );
    if (!isFiniteDecimal(r.value)) notFinite(r.value, `results[${i}].value`);
    if (
      r.criterion === "INHIBITEURS"
        ? !(r.value.isZero() || r.value.eq(1))
        : r.criterion !== "PC" && r.value.isNegative()
    ) {
      throw new InputError(
        `results[${i}].value: ${r.value.toString()} is not a possible ${CRITERION_LABEL[r.criterion as Criterion]} result`,
      );
    }
  }
  (input.events ?? []).forEach((e, i) => {
    if (!isIsoDate(e?.date)) notADate(e?.date, `events[${i}].date`);
    if (!["ALERTE", "EPANDAGE", "DOMMAGES"].includes(e.type))
      throw new InputError(`events[${i}].type: unknown event ${JSON.stringify(e.type)}`);
    // An alert is valued on its volume, a spreading cost or damages on its amount: neither is ever taken as 0.
    if (e.type === "ALERTE" || e.volume !== undefined) {
      if (!isFiniteDecimal(e.volume)) notFinite(e.volume, `events[${i}].volume`);
      if (e.volume!.isNegative())
        throw new InputError(`events[${i}].volume: expected a volume ≥ 0, got ${frNumber(e.volume!)}`);
    }
    if (e.type !== "ALERTE" || e.amount !== undefined) {
      if (!isFiniteDecimal(e.amount)) notFinite(e.amount, `events[${i}].amount`);
      if (e.amount!.isNegative())
        throw new InputError(`events[${i}].amount: expected an amount ≥ 0, got ${frNumber(e.amount!)}`);
    }
  });
}

const KNOWN_CRITERIA: ReadonlySet<string> = new Set(CRITERIA);

function isFiniteDecimal(value: unknown): value is Decimal {
  return isDecimal(value) && value.isFinite();
}

function notFinite(value: unknown, what: string): never {
  throw new InputError(`${what}: expected a finite decimal number, got ${describeValue(value)}`);
}

function notADate(value: unknown, what: string): never {
  throw new InputError(`${what}: expected a date YYYY-MM-DD, got ${describeValue(value)}`);
}

function describeValue(value: unknown): string {
  if (isDecimal(value)) return value.toString();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return JSON.stringify(value);
  return value === null ? "null" : value === undefined ? "nothing" : typeof value;
}
