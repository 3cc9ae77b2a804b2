/**
 * A run's result read as the accountant checks a payroll (issue 15): who got no statement and what to fix,
 * the same warning of several producers on one line with each one's value, and per grid the total, the
 * volume, the average price in the grid's price unit and the month's base price. Pure: the task pane shows
 * it, in any language; the words are the pane's, the messages the run's.
 */
import { getGrid, type Decimal } from "../engine";
import { codeKey } from "../inputs";
import type { Issue } from "../inputs/issues";
import type { GridTotal, ProducerOutcome, RunResult } from "./types";

/** A producer withheld by errors, with the errors to fix (each points at its cell when it has one). */
export interface WithheldProducer {
  code: string;
  name: string | null;
  errors: Issue[];
}

/** A producer without consent: no statement on purpose; `issue` points at his Consentement cell. */
export interface UnconsentedProducer {
  code: string;
  name: string | null;
  issue?: Issue;
}

/**
 * One line of the checks: an issue alone, or the same message (same severity and code) raised for several
 * producers, in the order of the run's list. `issues[i].value` is each one's measured value when known.
 */
export interface IssueGroup {
  severity: Issue["severity"];
  code: string;
  message: string;
  issues: Issue[];
}

/** One grid's figures of the month (currencies and units are never added together): the run's totals, read. */
export interface GridReview extends Omit<GridTotal, "amountDivisor"> {
  /** The grid's name as the grid says it (`grid` is its id). */
  name: string;
  /** total × the grid's amount divisor ÷ volume, not rounded; null without volume or divisor. */
  averagePrice: Decimal | null;
  /** The month's base price(s) on the grid's statements, distinct, in order of appearance (one as a rule). */
  basePrices: Decimal[];
}

/**
 * `errors`: an error somewhere (a producer withheld, a row ignored); `empty`: nothing was computed;
 * `warnings`: statements to look at; `clean`: statements, no error, no warning.
 */
export type ReviewStatus = "errors" | "empty" | "warnings" | "clean";

export interface RunReview {
  status: ReviewStatus;
  withheld: WithheldProducer[];
  noConsent: UnconsentedProducer[];
  /** Errors not listed under a withheld producer (an unknown code's rows, a grid…), grouped. */
  errors: IssueGroup[];
  /** Warnings, grouped; the no-consent ones are in `noConsent`. */
  warnings: IssueGroup[];
  grids: GridReview[];
}

export function reviewRun(result: RunResult): RunReview {
  const withheld = withheldProducers(result.producers, result.issues);
  const underProducer = new Set(withheld.flatMap((p) => p.errors));
  const noConsent = unconsentedProducers(result.producers, result.issues);
  const consentIssues = new Set(noConsent.flatMap((p) => (p.issue ? [p.issue] : [])));
  const errors = result.issues.filter((i) => i.severity === "error");
  const warnings = result.issues.filter((i) => i.severity === "warning");
  return {
    status: statusOf(result.summary.statements, errors.length, warnings.length),
    withheld,
    noConsent,
    errors: groupIssues(errors.filter((i) => !underProducer.has(i))),
    warnings: groupIssues(warnings.filter((i) => !consentIssues.has(i))),
    grids: result.summary.totals.map((t) => gridReview(t, result.producers)),
  };
}

function statusOf(statements: number, errors: number, warnings: number): ReviewStatus {
  if (errors > 0) return "errors";
  if (statements === 0) return "empty";
  return warnings > 0 ? "warnings" : "clean";
}

/** The producers the run withheld for errors, in the Producteurs order, each with his errors. */
export function withheldProducers(producers: readonly ProducerOutcome[], issues: readonly Issue[]): WithheldProducer[] {
  const errorsOf = byProducer(issues.filter((i) => i.severity === "error"));
  return producers
    .filter((p) => p.status === "error")
    .map((p) => ({ code: p.code, name: p.name, errors: errorsOf.get(codeKey(p.code)) ?? [] }));
}

function unconsentedProducers(producers: readonly ProducerOutcome[], issues: readonly Issue[]): UnconsentedProducer[] {
  const consentOf = byProducer(issues.filter((i) => i.code === "CONSENT"));
  return producers
    .filter((p) => p.status === "no-consent")
    .map((p) => ({ code: p.code, name: p.name, issue: consentOf.get(codeKey(p.code))?.[0] }));
}

function byProducer(issues: readonly Issue[]): Map<string, Issue[]> {
  const map = new Map<string, Issue[]>();
  for (const i of issues) {
    if (i.producer === undefined) continue;
    const key = codeKey(i.producer);
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  }
  return map;
}

/**
 * The same message of the same severity and code on one line, at the place of its first occurrence: seven
 * « Point de congélation : … avertissement » of seven producers become one line naming the seven.
 */
export function groupIssues(issues: readonly Issue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const i of issues) {
    const key = `${i.severity}\u0000${i.code}\u0000${i.message}`;
    const group = groups.get(key);
    if (group) group.issues.push(i);
    else groups.set(key, { severity: i.severity, code: i.code, message: i.message, issues: [i] });
  }
  return [...groups.values()];
}

function gridReview(t: GridTotal, producers: readonly ProducerOutcome[]): GridReview {
  const mine = producers.filter((p) => p.statement?.grid === t.grid);
  const grid = mine.find((p) => p.input)?.input?.grid ?? builtIn(t.grid);
  const { amountDivisor, ...figures } = t;
  const divisor = amountDivisor ?? grid?.amountDivisor;
  return {
    ...figures,
    name: grid?.name ?? t.grid,
    averagePrice: divisor === undefined ? null : averagePrice(t.total, t.volume, divisor),
    basePrices: distinct(mine.map((p) => p.statement!.basePrice)),
  };
}

/**
 * Average price per unit of price: amount × divisor ÷ volume (1000 for €/1000 L from € and litres, 100 for
 * cts/kg from CHF and kg), as the summary sheet's totals row; null without volume. Not rounded.
 */
export function averagePrice(total: Decimal, volume: Decimal, divisor: Decimal): Decimal | null {
  return volume.isZero() ? null : total.times(divisor).div(volume);
}

function builtIn(id: string) {
  try {
    return getGrid(id);
  } catch {
    return undefined; // a workbook's own grid: its id is its name
  }
}

function distinct(values: readonly Decimal[]): Decimal[] {
  const out: Decimal[] = [];
  for (const v of values) if (!out.some((o) => o.equals(v))) out.push(v);
  return out;
}
