/**
 * The engine's one fast path on decimal.js internals, smallInteger (src/engine/decimal.ts), reads the
 * documented digits (d), exponent (e) and sign (s) instead of calling toNumber(). It must give what
 * decimal.js gives for any value: random digits and exponents, negative, zero and −0, huge and tiny, NaN and
 * ±∞, and values of another Decimal class.
 */
import DecimalBase from "decimal.js";
import fc from "fast-check";
import { Decimal } from "../../src/engine";
import { smallInteger } from "../../src/engine/decimal";

/** Another class: same prototype, other settings (decimal.js's default precision 20). */
const Other = DecimalBase.clone();

const digits = fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n });
/** Any finite decimal: up to 45 significant digits, exponents from tiny to huge. */
const finite = fc
  .tuple(digits, fc.integer({ min: -60, max: 60 }), fc.constantFrom(-9e15 + 100, -1e6, -30, 0, 30, 1e6, 9e15 - 100))
  .chain(([m, e, far]) => fc.constantFrom(`${m}e${e}`, `${m}e${far}`, `${m}`));
const special = fc.constantFrom("0", "-0", "NaN", "Infinity", "-Infinity", "1e-9000000000000000", "1e15", "-1e15");
/** Whole numbers near the 15-digit limit of smallInteger, and near 2^53. */
const whole = fc.oneof(
  fc.integer({ min: -1e15, max: 1e15 }).map(String),
  fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n }).map(String),
);
const text = fc.oneof(finite, special, whole);
const anyDecimal = fc.oneof(
  { weight: 4, arbitrary: text.map((t) => new Decimal(t)) },
  { weight: 1, arbitrary: text.map((t) => new Other(t) as Decimal) },
);

const runs = { numRuns: 2000 };

describe("the decimal.js fast path gives what decimal.js gives", () => {
  test("smallInteger(x) is x.toNumber() for a whole x of at most 15 digits, else undefined", () => {
    fc.assert(
      fc.property(anyDecimal, (x) => {
        const fits = x.isFinite() && x.isInteger() && x.abs().lt("1e15");
        return Object.is(smallInteger(x), fits ? x.toNumber() : undefined);
      }),
      runs,
    );
  });
});
