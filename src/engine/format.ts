import { Decimal } from "./decimal";
import type { IsoDate } from "./month";

/** French number writing for explanations: no-break space thousands, decimal comma, true minus sign. */
const NBSP = "\u00a0";
const MINUS = "\u2212";

/** "−1\u00a0234,5": typeset for reading (statements, explanations, sheets' text); see frAsTyped for the other. */
export function frNumber(value: Decimal, places?: number): string {
  return frFixed(places === undefined ? value.toFixed() : value.toFixed(places));
}

/**
 * "-1234,5": the number as one types it in a French cell (decimal comma, ASCII hyphen-minus, no thousands
 * separator, decimal.js's exponent for a tiny or huge value), for messages that quote a value read from a cell
 * (the importer's conflicts, a positive freezing point). Not frNumber, which typesets (U+2212 minus, no-break
 * spaces): merging the two would change what these messages print.
 */
export function frAsTyped(value: Decimal): string {
  return value.toString().replace(".", ",");
}

/**
 * frNumber of `value` rounded half away from zero to `places` (whatever the rounding of the class that made
 * the value): the same text as frNumber(value.toDecimalPlaces(places, ROUND_HALF_UP), places), without the
 * rounded copy.
 */
export function frRounded(value: Decimal, places: number): string {
  return frFixed(value.toFixed(places, Decimal.ROUND_HALF_UP));
}

/** The French writing of a toFixed string. */
function frFixed(fixed: string): string {
  // By character positions rather than split and a regex: explanations format a few dozen numbers per
  // statement, and this is the engine's hottest string code.
  const start = fixed.charCodeAt(0) === 45 ? 1 : 0; // "-"
  const dot = fixed.indexOf(".", start);
  const intEnd = dot < 0 ? fixed.length : dot;
  let text: string;
  if (intEnd - start <= 3) {
    text = dot < 0 ? (start === 0 ? fixed : fixed.slice(start)) : `${fixed.slice(start, dot)},${fixed.slice(dot + 1)}`;
  } else {
    const int = fixed.slice(start, intEnd);
    let grouped = int.slice(0, int.length % 3 || 3);
    for (let i = grouped.length; i < int.length; i += 3) grouped += NBSP + int.slice(i, i + 3);
    text = dot < 0 ? grouped : `${grouped},${fixed.slice(dot + 1)}`;
  }
  // A negative number that shows as zero ("-0.00" for −0,001 to 2 places) is written without a sign.
  return start === 1 && !allZeros(fixed) ? MINUS + text : text;
}

/** Whether the digits of a toFixed string are all 0. */
function allZeros(fixed: string): boolean {
  for (let i = 0; i < fixed.length; i++) {
    const c = fixed.charCodeAt(i);
    if (c >= 49 && c <= 57) return false; // 1-9
  }
  return true;
}

/**
 * frNumber of a grid's constant (threshold, reference, bound, tier limit), formatted once per Decimal object:
 * decimal.js instances are immutable, so the text of an object never changes.
 */
export function frConstant(value: Decimal, places?: number): string {
  const cache = places === undefined ? CONSTANT_TEXT : places === 2 ? CONSTANT_TEXT_2 : undefined;
  if (!cache) return frNumber(value, places);
  let text = cache.get(value);
  if (text === undefined) cache.set(value, (text = frNumber(value, places)));
  return text;
}

const CONSTANT_TEXT = new WeakMap<Decimal, string>();
const CONSTANT_TEXT_2 = new WeakMap<Decimal, string>();

/** A signed per-unit rate or amount: "+6,00", "−9,00", "0,00". */
export function frSigned(value: Decimal): string {
  const text = frNumber(value, 2);
  return value.gt(0) ? `+${text}` : text;
}

export function frDate(date: IsoDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

export function frCount(n: number, one: string, many: string): string {
  return `${n} ${n <= 1 ? one : many}`;
}

export function plainNumber(value: Decimal | number): string {
  return frNumber(new Decimal(value));
}
