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
  const negative = fixed.startsWith("-");
  const [int, frac] = (negative ? fixed.slice(1) : fixed).split(".");
  let grouped = int;
  if (int.length > 3) {
    grouped = int.slice(0, int.length % 3 || 3);
    for (let i = grouped.length; i < int.length; i += 3) grouped += NBSP + int.slice(i, i + 3);
  }
  const text = frac ? `${grouped},${frac}` : grouped;
  // A negative number that shows as zero ("-0.00" for −0,001 to 2 places) is written without a sign.
  return negative && !/^[0,\u00a0]+$/.test(text) ? MINUS + text : text;
}

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
