/**
 * Custom-function arguments as Excel hands them over: scalars, ranges (any[][]) with blank cells (null,
 * undefined or "" depending on the Excel version), and omitted optional arguments (null). Nothing here is
 * ever read as 0.
 *
 * A value is read by src/inputs, the one reading every front shares (the statement run, the importer, both
 * workbook ports): numbers, quantities, oui/non, positif/négatif. What is the functions' own: ranges as 2D
 * arrays (cells, shape, unwrapSingle), omitted arguments, Excel error values passed through, and the English
 * #VALUE! message that names the argument.
 */
import type { Decimal } from "../engine";
import { Bad, isAmbiguousThousands, parseDecimal, parseInhibitor, parseYesNo } from "../inputs";
import { bad, PassThroughError } from "./errors";

/**
 * A number from a number or a text number, as src/inputs reads it ("38,5", "100 000", "60'000", "–0,520");
 * null for a blank; #VALUE! naming `what` otherwise.
 */
export function readNumber(value: unknown, what: string): Decimal | null {
  if (value === undefined) return null;
  if (value !== null && typeof value === "object") throw bad(`${what}: expected a number, got ${describe(value)}`);
  const d = parseDecimal(value as string | number | boolean | null);
  if (!(d instanceof Bad)) return d;
  if (typeof value === "string")
    throw bad(`${what}: expected a number (e.g. 38,5 or 100 000), got ${quote(value.trim())}`);
  throw bad(`${what}: expected a number, got ${describe(value)}`);
}

/**
 * A volume, amount or count where a text "5.000" may mean five thousand (src/inputs, parseQuantity): such a
 * text is #VALUE!, asking to type it again; otherwise as readNumber.
 */
export function readQuantity(value: unknown, what: string): Decimal | null {
  if (typeof value === "string" && isAmbiguousThousands(value)) {
    const t = value.trim();
    throw bad(
      `${what}: ${quote(t)} is ambiguous (thousands or decimals?): type it without a thousands separator, or with a decimal comma and at most two decimals`,
    );
  }
  return readNumber(value, what);
}

/** A required number. */
export function requireNumber(value: unknown, what: string, example: string, read = readNumber): Decimal {
  const d = read(value, what);
  if (d === null) throw bad(`${what}: expected a number (e.g. ${example}), got nothing`);
  return d;
}

/** A whole count ≥ 0 such as prior contestations; blank or omitted = `fallback`. */
export function readCount(value: unknown, what: string, fallback = 0): number {
  const d = readNumber(unwrapSingle(value, what), what);
  if (d === null) return fallback;
  if (!d.isInteger() || d.isNegative() || d.gt(1000)) throw bad(`${what}: expected a whole number ≥ 0, got ${show(d)}`);
  return d.toNumber();
}

/** A cell value for src/inputs' word readers: a scalar Excel passes (objects are error values, caught before). */
function scalar(value: unknown): string | number | boolean | null {
  return value === undefined || value === null
    ? null
    : typeof value === "object"
      ? String(value)
      : (value as string | number | boolean);
}

/** A yes/no argument (TRUE/FALSE, VRAI/FAUX, oui/non, 1/0, x: as src/inputs reads Charte); null when omitted. */
export function readYesNo(value: unknown, what: string): boolean | null {
  value = unwrapSingle(value, what);
  const v = parseYesNo(scalar(value));
  if (v instanceof Bad) throw bad(`${what}: expected TRUE or FALSE (oui/non), got ${describe(value)}`);
  return v;
}

/** An inhibitor / antibiotic screening result (as src/inputs reads INHIBITEURS): positive (true) or negative (false). */
export function readPositive(value: unknown, what: string): boolean | null {
  const v = parseInhibitor(scalar(value));
  if (v instanceof Bad)
    throw bad(`${what}: expected positif or négatif (POS/NEG, 1/0, VRAI/FAUX), got ${describe(value)}`);
  return v === null ? null : v === 1;
}

/**
 * A custom function's keyword argument as its keyword tables spell them (contestations.ts: criteria, means.ts:
 * methods): upper case, no accents, trimmed: "négatif" → "NEGATIF". Unlike normalizeKey (src/inputs: names,
 * headers, French enumerations, lower case), the spaces inside are kept as typed: "POINT  DE CONGELATION" is not
 * a keyword.
 */
export function upperCaseKeyword(text: string): string {
  return text
    .trim()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase();
}

/** A cell of a range with its position (1-based, inside the range) for messages. */
export interface Cell<T> {
  value: T;
  row: number;
  column: number;
}

/**
 * The non-blank cells of a range argument, row by row, each read by `read` (which returns null for a
 * blank). A scalar stands for a one-cell range; an omitted range (null) is empty.
 */
export function cells<T>(range: unknown, what: string, read: (value: unknown, where: string) => T | null): Cell<T>[] {
  const out: Cell<T>[] = [];
  if (!Array.isArray(range)) {
    checkNotError(range);
    const v = read(range, what);
    if (v !== null) out.push({ value: v, row: 1, column: 1 });
    return out;
  }
  for (let r = 0; r < range.length; r++) {
    const row = range[r];
    if (!Array.isArray(row)) {
      // A one-dimensional array (not what Excel sends, but what a caller may): one value per row.
      checkNotError(row);
      const v = read(row, `${what}, cell ${r + 1}`);
      if (v !== null) out.push({ value: v, row: r + 1, column: 1 });
      continue;
    }
    for (let c = 0; c < row.length; c++) {
      const raw = row[c];
      if (raw === null || raw === undefined || raw === "") continue;
      checkNotError(raw);
      const v = read(
        raw,
        range.length === 1 || row.length === 1
          ? `${what}, cell ${range.length === 1 ? c + 1 : r + 1}`
          : `${what}, row ${r + 1} column ${c + 1}`,
      );
      if (v !== null) out.push({ value: v, row: r + 1, column: c + 1 });
    }
  }
  return out;
}

/** Shape of a range argument (rows × columns), a scalar counting as 1 × 1. */
export function shape(range: unknown): [number, number] {
  if (!Array.isArray(range)) return [1, 1];
  const cols = range.reduce((m: number, row: unknown) => Math.max(m, Array.isArray(row) ? row.length : 1), 0);
  return [range.length, cols];
}

/** A range argument reduced to a scalar when it is a single cell (Excel may pass [[x]]). */
export function unwrapSingle(value: unknown, what: string): unknown {
  if (!Array.isArray(value)) {
    checkNotError(value);
    return value;
  }
  if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) {
    checkNotError(value[0][0]);
    return value[0][0];
  }
  throw bad(`${what}: expected a single value, got a range of ${shape(value).join(" × ")} cells`);
}

/** A text argument (grid id, method, criterion). */
export function readText(value: unknown, what: string, expected: string): string {
  value = unwrapSingle(value, what);
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  throw bad(`${what}: expected ${expected}, got ${describe(value)}`);
}

/** Excel error values reach a function as objects (CustomFunctions.Error or an error cell value). */
function checkNotError(value: unknown): void {
  if (value !== null && typeof value === "object") throw new PassThroughError(value);
}

export function describe(value: unknown): string {
  if (value === null || value === undefined || value === "") return "nothing";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return quote(value.trim());
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return `a range of ${shape(value).join(" × ")} cells`;
  return typeof value;
}

function quote(text: string): string {
  return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}

/** A decimal as a person reads it in a message (plain, point decimal). */
export function show(value: Decimal): string {
  return value.toString();
}
