/**
 * Numbers as an accountant types them, for every front (see cell.ts): a number cell to Excel's 15
 * significant digits, or text with a decimal comma or point, thousands grouped by a space of any kind or an
 * apostrophe, a minus sign as -, −, – or a hyphen; and the quantities (volumes, amounts, counts) whose text
 * "5.000" is ambiguous.
 *
 * Hot path: the run parses ~500 000 rows, so the number parser is a hand-written scanner (no regex per
 * cell) and equal values share one Decimal.
 */
import { Decimal } from "../engine";
import { message, type InputsKey } from "../messages/inputs";
import type { CellValue } from "../workbook/port";
import { isBlankText, isSpace } from "../workbook/reading";
import { bad, noValueBad, showCell, type Bad, type Parsed } from "./cell";

/** Thousands separators: space, no-break space, narrow no-break space, thin / figure space, apostrophes. */
function isGroupSeparator(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007 || c === 39 || c === 0x2019;
}

/** Minus signs: hyphen-minus, true minus (U+2212), en dash (what Word and Excel's autocorrect make of a "-"), hyphens. */
function isMinus(c: number): boolean {
  return c === 45 || c === 0x2212 || c === 0x2013 || c === 0x2010 || c === 0x2011;
}

// ---------------------------------------------------------------------------------------------- numbers

/** Excel keeps 15 significant digits; a stored 0.30000000000000004 is the 0.3 the accountant typed. */
function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const s = String(n);
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 101 || c === 69) return String(Number(n.toPrecision(15))); // exponent form
    if (c >= 48 && c <= 57) digits++;
  }
  return digits > 15 ? String(Number(n.toPrecision(15))) : s;
}

/**
 * Text → plain decimal text ("-1234.5"), or null when it is not a number as an accountant types it.
 * Accepts a sign (-, −, +), thousands groups of 3 separated by spaces or apostrophes, and a decimal comma or point.
 */
export function normalizeNumberText(s: string): string | null {
  let i = 0;
  let end = s.length;
  while (i < end && isSpace(s.charCodeAt(i))) i++;
  while (end > i && isSpace(s.charCodeAt(end - 1))) end--;
  if (i === end) return null;
  let out = "";
  let c = s.charCodeAt(i);
  if (isMinus(c)) {
    out = "-";
    i++;
  } else if (c === 43) i++;
  let intDigits = 0; // digits of the integer part
  let group = 0; // digits in the current group
  let grouped = false; // a thousands separator was seen
  let intPart = "";
  for (; i < end; i++) {
    c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      intPart += s[i];
      intDigits++;
      group++;
      continue;
    }
    if (isGroupSeparator(c)) {
      // "1 234": the first group has 1–3 digits, the later ones exactly 3; a digit must follow.
      if (group === 0 || (grouped ? group !== 3 : group > 3)) return null;
      const next = i + 1 < end ? s.charCodeAt(i + 1) : 0;
      if (!(next >= 48 && next <= 57)) return null;
      grouped = true;
      group = 0;
      continue;
    }
    break;
  }
  if (grouped && group !== 3) return null;
  if (intDigits === 0 && (i >= end || (c !== 44 && c !== 46))) return null;
  out += intDigits === 0 ? "0" : intPart;
  if (i < end) {
    if (c !== 44 && c !== 46) return null; // decimal comma or point
    i++;
    let frac = "";
    for (; i < end; i++) {
      c = s.charCodeAt(i);
      if (c >= 48 && c <= 57) frac += s[i];
      else return null;
    }
    if (frac.length === 0) return null;
    out += "." + frac;
  }
  return out;
}

/**
 * Decimals are immutable, so equal values can share one instance: volumes, counts and contents repeat a lot
 * (germs in thousands, fat to 0.1 g/l), and sharing saves most of the allocations of a 500 000-row run.
 */
const CACHE_LIMIT = 100_000;
const numberCache = new Map<number, Decimal>();
const textCache = new Map<string, Decimal>();

function cachedNumber(n: number): Decimal {
  let d = numberCache.get(n);
  if (d === undefined) {
    d = new Decimal(numberText(n));
    if (numberCache.size >= CACHE_LIMIT) numberCache.clear();
    numberCache.set(n, d);
  }
  return d;
}

/** A decimal number: a number cell, or text such as "38,5", "100 000", "60'000", "−0,520". */
export function parseDecimal(cell: CellValue): Parsed<Decimal> {
  if (cell === null) return null;
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return bad("inputs.notFinite", { cell: showCell(cell) }, "range");
    return cachedNumber(cell);
  }
  if (typeof cell === "boolean") return bad("inputs.numberExpected", { cell: showCell(cell) });
  if (typeof cell !== "string") return noValueBad(cell);
  let d = textCache.get(cell);
  if (d !== undefined) return d;
  const text = normalizeNumberText(cell);
  if (text === null) return isBlankText(cell) ? null : bad("inputs.notNumber", { cell: showCell(cell) });
  d = new Decimal(text);
  if (textCache.size >= CACHE_LIMIT) textCache.clear();
  textCache.set(cell, d);
  return d;
}

/** A decimal that must be ≥ 0 (volumes, counts, contents, amounts). */
export function parseNonNegative(cell: CellValue): Parsed<Decimal> {
  const value = parseDecimal(cell);
  if (value instanceof Decimal && value.isNegative() && !value.isZero()) {
    return bad("inputs.negative", { cell: showCell(cell) }, "negative");
  }
  return value;
}

/**
 * Text such as "5.000", "5,000" or "12,500": one separator, after 1–3 digits (not a lone 0) and before exactly
 * three digits. Typed in Switzerland or Germany it is five thousand; in France, five. A number cell is never
 * ambiguous (Excel already read it); "1 234,500" is not either (spaces group the thousands, so the comma is
 * the decimal one), nor "0,500" or "1234,500" (not a thousands group).
 */
export function isAmbiguousThousands(s: string): boolean {
  let i = 0;
  let end = s.length;
  while (i < end && isSpace(s.charCodeAt(i))) i++;
  while (end > i && isSpace(s.charCodeAt(end - 1))) end--;
  if (i < end && (isMinus(s.charCodeAt(i)) || s.charCodeAt(i) === 43)) i++;
  const start = i;
  while (i < end && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  const intDigits = i - start;
  if (intDigits < 1 || intDigits > 3 || s.charCodeAt(start) === 48) return false;
  const sep = s.charCodeAt(i);
  if (sep !== 44 && sep !== 46) return false;
  if (end - i - 1 !== 3) return false;
  for (let k = i + 1; k < end; k++) if (s.charCodeAt(k) < 48 || s.charCodeAt(k) > 57) return false;
  return true;
}

/**
 * What a quantity is, as the message for an ambiguous one names it (« retapez le volume… »): the French phrase
 * names it, its words come from the catalogue.
 */
const QUANTITY_WORDS = {
  "la valeur": "inputs.quantity.value",
  "le volume": "inputs.quantity.volume",
  "le montant": "inputs.quantity.amount",
  "le comptage": "inputs.quantity.count",
} as const satisfies Record<string, InputsKey>;

export type Quantity = keyof typeof QUANTITY_WORDS;

/** The message for an ambiguous quantity: what to type instead, both ways. */
function ambiguousBad(text: string, what: Quantity): Bad {
  const t = text.trim();
  const sep = t.search(/[.,]/);
  const thousands = t.slice(0, sep).replace(/^[+\-\u2212\u2013\u2010\u2011]/, "") + t.slice(sep + 1);
  const decimals = `${t.slice(0, sep).replace(/^[+\-\u2212\u2013\u2010\u2011]/, "")},${t.slice(sep + 1, sep + 3)}`;
  return bad("inputs.ambiguous", { text: t, what: message(QUANTITY_WORDS[what]), thousands, decimals }, "ambiguous");
}

/**
 * A quantity that is ≥ 0 and where 5.000 may mean five thousand: volumes (Livraisons, Evenements, imports,
 * ANTIBIOTIC_PENALTY's day_volume), amounts (Evenements.Montant) and counts (germs, cells, butyric spores).
 * An ambiguous text is a Bad asking to retype it; a number cell is read as it is. Contents (38,500 g/l is a
 * decimal: 38 500 g/l is no milk), freezing points (−0,520) and prices (rounded to the cent as read, and an
 * implausible price is caught by its range) keep the plain reading.
 */
export function parseQuantity(cell: CellValue, what: Quantity = "la valeur"): Parsed<Decimal> {
  if (typeof cell === "string" && isAmbiguousThousands(cell)) return ambiguousBad(cell, what);
  return parseNonNegative(cell);
}

/** A volume (l or kg): see parseQuantity. */
export function parseVolume(cell: CellValue): Parsed<Decimal> {
  return parseQuantity(cell, "le volume");
}
