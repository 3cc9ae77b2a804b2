/**
 * The issues of one input row, each at its sheet, row and column; and a row of Livraisons, Analyses or
 * Evenements that could not be read, which carries them.
 */
import type { IsoDate } from "../engine";
import { message, t, type InputsKey } from "../messages/inputs";
import { Bad, type Parsed } from "./cell";
import type { Issue } from "./issues";

/** Collects the issues of one row; allocates nothing for a clean row. The invoicing inputs use it too. */
export class RowIssues {
  list: Issue[] | null = null;
  constructor(
    private readonly sheet: string,
    private readonly row: number,
  ) {}

  /** The value, or null after recording why it cannot be read. */
  take<T>(value: Parsed<T>, column: string): T | null {
    if (value instanceof Bad) {
      this.add(column, value.message);
      return null;
    }
    return value;
  }

  add(column: string | undefined, message: string, code = "VALUE"): void {
    (this.list ??= []).push({ severity: "error", code, sheet: this.sheet, row: this.row, column, message });
  }

  /** The issues as an array, empty for a clean row (the same array from then on). */
  get all(): Issue[] {
    return (this.list ??= []);
  }

  /** A code: null (and an issue) when it is blank or holds no value (an Excel error, an uncomputed formula). */
  code(parsed: Parsed<string>, column: string): string | null {
    if (parsed === null) this.missing(column, "inputs.missing.code");
    return this.take(parsed, column);
  }

  /** A required value left blank: `what` is the phrase, e.g. inputs.missing.date (« date manquante »). */
  missing(column: string, what: InputsKey): void {
    this.add(column, t("inputs.blankCell", { what: message(what) }), "MISSING_VALUE");
  }
}

/**
 * A row of Livraisons, Analyses or Evenements that could not be read: its producer and date when they could
 * be, and its issues.
 */
export class BadRow {
  constructor(
    readonly row: number,
    readonly code: string | null,
    /** Null when the date is blank or unreadable. */
    readonly date: IsoDate | null,
    readonly issues: Issue[],
  ) {}
}

/** A parsed data row: the item, or what is wrong with the row. */
export type DataRow<T> = T | BadRow;
