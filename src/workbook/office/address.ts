/** A1 addresses for the Office.js code (no sheet names: ranges are always taken from a worksheet object). */
import { columnLetters as colLetters, columnNumber as colNumber } from "../columns";

export { colLetters, colNumber };

/** "B3:D7" from 1-based bounds (a single cell gives "B3"). */
export function rangeAddress(row1: number, col1: number, row2: number, col2: number): string {
  const a = `${colLetters(col1)}${row1}`;
  return row1 === row2 && col1 === col2 ? a : `${a}:${colLetters(col2)}${row2}`;
}

/** The column letter of an issue's column text, e.g. "Valeur (D)" → "D", "D" → "D", else null. */
export function columnOf(column: string | undefined): string | null {
  if (!column) return null;
  const m = /\(([A-Z]{1,3})\)\s*$/.exec(column) ?? /^([A-Z]{1,3})$/.exec(column.trim());
  return m ? m[1] : null;
}
