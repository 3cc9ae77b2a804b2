import DecimalBase from "decimal.js";

/**
 * The one Decimal class of the product. grids.md: "round half away from zero everywhere", which is
 * decimal.js ROUND_HALF_UP. A private clone so that no other library's configuration can change ours.
 */
export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = DecimalBase;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);

/** Round half away from zero to `places` decimals (grids.md, "Rounding"). */
export function roundTo(value: Decimal, places: number): Decimal {
  return value.toDecimalPlaces(places, DecimalBase.ROUND_HALF_UP);
}

/** Money and per-unit price components are rounded to 2 decimals. */
export function round2(value: Decimal): Decimal {
  return roundTo(value, 2);
}

export function sum(values: readonly Decimal[]): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/**
 * The value of a whole Decimal of at most 15 digits as a JS number (exact), read from its documented
 * base-10^7 digits (d) and exponent (e); undefined for anything else (fractions, bigger numbers, NaN, ±∞).
 * Faster than toNumber(), which goes through the string form: the outlier median needs it (rules/outliers.ts,
 * the gain measured there). test/engine/decimalFastPaths.test.ts pins it against decimal.js.
 */
export function smallInteger(x: Decimal): number | undefined {
  const d = x.d;
  const e = x.e;
  if (!d || e < 0 || e > 14) return undefined;
  const words = e < 7 ? 1 : e < 14 ? 2 : 3; // words before the decimal point
  if (d.length > words) return undefined; // digits after the point
  let n = d[0];
  for (let i = 1; i < words; i++) n = n * 1e7 + (i < d.length ? d[i] : 0);
  return x.s < 0 ? -n : n;
}

export function isDecimal(value: unknown): value is Decimal {
  return DecimalBase.isDecimal(value);
}

/**
 * Decimal from data written in a grid or given by a caller. Accepts numbers (finite) and plain decimal
 * strings; never reads anything else as 0.
 */
export function toDecimal(value: unknown, what: string): Decimal {
  if (isDecimal(value)) {
    if (!value.isFinite()) throw new TypeError(`${what}: expected a finite number, got ${value.toString()}`);
    return new Decimal(value);
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`${what}: expected a finite number, got ${value}`);
    // Through the shortest string form, so 0.725 stays 0.725 and not its binary neighbour.
    return new Decimal(String(value));
  }
  if (typeof value === "string" && /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(value.trim())) {
    return new Decimal(value.trim());
  }
  throw new TypeError(`${what}: expected a number, got ${describe(value)}`);
}

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (typeof value === "string") return `"${value}"`;
  if (typeof value === "number") return String(value);
  if (isDecimal(value)) return value.toString();
  return typeof value;
}
