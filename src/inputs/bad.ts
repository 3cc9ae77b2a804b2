/**
 * A value that cannot be read, for every front (cell.ts, numbers.ts and the readers built on them): why, and
 * the message saying what the cell holds and what was expected (src/messages/inputs.*.ts).
 */
import type { Param, Params } from "../messages/core";
import { message, t, type InputsKey } from "../messages/inputs";
import { NoValue, type CellValue } from "../workbook/port";

/**
 * Why a value cannot be read: a front that speaks another language (the custom functions, in English) words
 * its own message from it.
 *  - "type": not the kind of value expected (text that is not a number, a boolean for a date…);
 *  - "negative": a negative number where only ≥ 0 makes sense;
 *  - "ambiguous": a volume, amount or count such as 5.000 (thousands or decimals?);
 *  - "range": a number or date outside what is possible (a date in 1900, a month 13, not finite);
 *  - "error": an Excel error value (#N/A…); "formula": a formula without a computed value.
 */
export type BadReason = "type" | "negative" | "ambiguous" | "range" | "error" | "formula";

/**
 * A value that cannot be read: `message` says what the cell holds and what was expected, for the checks
 * list. Made from the catalogue (`bad`, or a function wording it), it is worded each time it is read, in the
 * language in use then: parsers memoise their Bads across runs. (Text already worded is taken as it is.)
 */
export class Bad {
  declare readonly message: string;
  constructor(
    what: string | (() => string),
    readonly reason: BadReason = "type",
  ) {
    const words = typeof what === "string" ? () => what : what;
    Object.defineProperty(this, "message", { get: words, enumerable: true });
  }
}

/** The Bad of the input readers' message `key` (src/messages/inputs.*.ts). */
export function bad(key: InputsKey, params?: Params, reason?: BadReason): Bad {
  return new Bad(() => t(key, params), reason);
}

export type Parsed<T> = T | null | Bad;

export function isBad(value: unknown): value is Bad {
  return value instanceof Bad;
}

/** How a cell is quoted in a message (`{cell}`): « abc », or the number as written; worded in the message's language. */
export function showCell(cell: CellValue): Param {
  if (cell === null) return message("inputs.cell.blank");
  if (typeof cell === "boolean") return message(cell ? "inputs.cell.true" : "inputs.cell.false");
  if (typeof cell === "number") return String(cell);
  if (cell instanceof NoValue) return cell.kind === "error" ? cell.code : message("inputs.cell.formula");
  const text = cell.length > 40 ? `${cell.slice(0, 40)}…` : cell;
  return message("inputs.cell.quoted", { text });
}

/**
 * What a cell that holds no value says (never « la cellule est vide »): an Excel error to correct, or a
 * formula that Excel must compute and save.
 */
export function noValueBad(cell: NoValue): Bad {
  return cell.kind === "error"
    ? bad("inputs.excelError", { code: cell.code }, "error")
    : bad("inputs.formulaWithoutValue", {}, "formula");
}
