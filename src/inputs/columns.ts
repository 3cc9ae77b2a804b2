/**
 * The columns of an input table: found by header (case- and accent-insensitively, a unit in parentheses
 * ignored: "Volume (L)", extra columns ignored), named in messages with their letter ("Valeur (D)"). A
 * missing required column stops the run.
 */
import { t } from "../messages/inputs";
import type { CellValue, TableData } from "../workbook/port";
import { normalizeKey } from "./cell";
import { RunError } from "./issues";

export interface ColumnSpec {
  header: string;
  required?: boolean;
  /** Other headers accepted for this column (already normalized). */
  aliases?: string[];
}

/** Excel column letters: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Header text → the key it is matched by: "Température (°C)" → "temperature". */
export function headerKey(header: string): string {
  return normalizeKey(header.replace(/\([^)]*\)|\[[^\]]*\]/g, " "))
    .replace(/[^a-z0-9 ]/g, "")
    .trim();
}

/** Where each wanted column sits in a table's rows, and how to name it in a message: "Valeur (D)". */
export class Columns<K extends string> {
  readonly index = {} as Record<K, number>;
  readonly ref = {} as Record<K, string>;

  constructor(table: TableData, specs: Record<K, ColumnSpec>) {
    const keys = table.headers.map((h) => (typeof h === "string" ? headerKey(h) : ""));
    const missing: string[] = [];
    for (const key of Object.keys(specs) as K[]) {
      const spec = specs[key];
      const wanted = [headerKey(spec.header), ...(spec.aliases ?? [])];
      const i = keys.findIndex((k) => wanted.includes(k));
      this.index[key] = i;
      this.ref[key] = i < 0 ? spec.header : `${table.headers[i].trim()} (${columnLetter(table.firstColumn + i)})`;
      if (i < 0 && spec.required) missing.push(t("inputs.cell.quoted", { text: spec.header }));
    }
    if (missing.length > 0) throw missingColumns(table, missing);
  }

  /** The cell of column `key` in a row, or null when the table has no such column. */
  cell(values: readonly CellValue[], key: K): CellValue {
    const i = this.index[key];
    if (i < 0) return null;
    const v = values[i];
    return v === undefined ? null : v;
  }
}

/** The required columns a table lacks, with the headers it has. */
function missingColumns(table: TableData, missing: readonly string[]): RunError {
  const found =
    table.headers
      .filter((h) => h && h.trim())
      .map((h) => h.trim())
      .join(", ") || t("inputs.noHeaders");
  return new RunError(
    t("inputs.missingColumns", {
      sheet: table.sheet,
      n: missing.length,
      columns: missing.join(", "),
      row: table.headerRow,
      found,
    }),
  );
}
