/** Small helpers to build output cells; strings are always text cells (never formulas). */
import type { Decimal, Severity, YearMonth } from "../engine";
import type { CellStyle, OutputCell } from "../workbook/port";

export function text(value: string | null | undefined, style: CellStyle = "text"): OutputCell {
  return { value: value === undefined || value === "" ? null : value, style };
}

/** Decimals read from the input are shared instances (see src/inputs/numbers.ts): convert each once. */
const numbers = new WeakMap<Decimal, number>();

export function num(value: Decimal | number | null | undefined, style: CellStyle): OutputCell {
  if (value === null || value === undefined) return { value: null, style };
  if (typeof value === "number") return { value, style };
  let n = numbers.get(value);
  if (n === undefined) {
    n = value.toNumber();
    numbers.set(value, n);
  }
  return { value: n, style };
}

export const EMPTY: OutputCell = { value: null };

/** A volume: whole numbers with thousands separators, else 2 decimals (kg may have decimals). */
export function volumeCell(value: Decimal): OutputCell {
  return num(value, value.isInteger() ? "count" : "decimal2");
}

const MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];

/** "2025-03" → "mars 2025". */
export function monthLabel(month: YearMonth): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: "Erreur",
  warning: "Avertissement",
  info: "Information",
};

/** Word-wraps text for print: lines of at most `width` characters (a longer word stays whole). */
export function wrap(value: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  if (value.length <= width) return [value];
  for (const word of value.split(" ")) {
    if (word === "") continue;
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}

/** "1 relevé", "2 relevés", "0 relevé" (French: 0 and 1 are singular). */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n > 1 ? "s" : ""}`;
}
