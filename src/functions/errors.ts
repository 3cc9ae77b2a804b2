/**
 * How a custom function ends: a finite number (out), or an FnError that functions.ts turns into #VALUE! or
 * #N/A with its message (English, naming the argument), or an Excel error value found in an argument and
 * passed through as it is (PassThroughError).
 */
import type { Decimal } from "../engine";

/** An error that becomes #VALUE! ("value") or #N/A ("na") in the cell, with its message. */
export class FnError extends Error {
  constructor(
    readonly kind: "value" | "na",
    message: string,
  ) {
    super(message);
    this.name = "FnError";
  }
}

/** A wrong argument: #VALUE! with a message that names it and says what was expected. */
export function bad(message: string): FnError {
  return new FnError("value", message);
}

/** Not available: a criterion the grid does not have, or no result to compute from. #N/A. */
export function na(message: string): FnError {
  return new FnError("na", message);
}

/**
 * An error value found in an argument (a cell holding #N/A, #DIV/0!…) when Excel passes it through:
 * propagated as it is, as Excel's own functions do.
 */
export class PassThroughError extends Error {
  constructor(readonly original: unknown) {
    super("error value in an argument");
  }
}

/** A Decimal result as a finite JS number (never NaN, Infinity or −0). */
export function out(value: Decimal): number {
  const n = value.toNumber();
  // Not the value itself: beyond a double it may be ±Infinity, which a message must never show.
  if (!Number.isFinite(n)) throw bad("result is too large for Excel (beyond ±1.8E+308)");
  return n === 0 ? 0 : n;
}
