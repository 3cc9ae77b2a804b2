/**
 * Reading a legal person (OP, dairy, producer) from a row: name, SIREN, address, VAT number. A SIREN is
 * 9 digits with a valid Luhn key (INSEE): a typo in one digit is caught, not printed on a legal invoice.
 * A French VAT number is FR + 2-character key + the SIREN; when the key is numeric it must be
 * (12 + 3 × (SIREN mod 97)) mod 97, and the SIREN inside must be the party's own.
 */
import { Bad, noValueBad, parseText, showCell, type Parsed } from "../inputs";
import { t, type MessageKey, type Params } from "../messages";
import { NoValue, type CellValue } from "../workbook/port";

/**
 * Text of an identifier cell without spaces (a number cell is its digits); an Excel error or a formula
 * without its value is a Bad (never a blank identifier).
 */
function compact(cell: CellValue): string | null | Bad {
  if (cell === null) return null;
  if (cell instanceof NoValue) return noValueBad(cell);
  if (typeof cell === "number") return Number.isInteger(cell) && cell >= 0 ? String(cell) : `${cell}`;
  if (typeof cell === "boolean") return String(cell);
  const s = cell.replace(/[\s\u00a0\u202f.-]/g, "");
  return s === "" ? null : s;
}

/** The cell cannot be a party's identifier: `key` says why (invoicing.*), quoting the cell. */
function invalid(key: MessageKey, cell: CellValue, params: Params = {}): Bad {
  return new Bad(() => t(key, { cell: showCell(cell), ...params }));
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function parseSiren(cell: CellValue): Parsed<string> {
  const s = compact(cell);
  if (s === null || s instanceof Bad) return s;
  if (!/^\d{9}$/.test(s)) return invalid("invoicing.notSiren", cell);
  if (!luhnValid(s)) return invalid("invoicing.badSirenKey", cell);
  return s;
}

/** The numeric key of a French VAT number for a SIREN. */
export function vatKey(siren: string): string {
  return String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, "0");
}

export function parseVatNumber(cell: CellValue, siren: string | null): Parsed<string> {
  const raw = compact(cell);
  if (raw === null || raw instanceof Bad) return raw;
  const s = raw.toUpperCase();
  if (!/^FR[0-9A-HJ-NP-Z]{2}\d{9}$/.test(s)) return invalid("invoicing.notVatNumber", cell);
  if (siren !== null && s.slice(4) !== siren) return invalid("invoicing.vatNumberOtherSiren", cell, { siren });
  if (/^\d\d$/.test(s.slice(2, 4)) && s.slice(2, 4) !== vatKey(s.slice(4)))
    return invalid("invoicing.badVatKey", cell, { key: vatKey(s.slice(4)) });
  return s;
}

export function parsePostalCode(cell: CellValue): Parsed<string> {
  const s = compact(cell);
  if (s === null || s instanceof Bad) return s;
  const padded = typeof cell === "number" && /^\d{4}$/.test(s) ? `0${s}` : s; // 01000 typed as a number loses its 0
  if (!/^\d{5}$/.test(padded)) return invalid("invoicing.notPostalCode", cell);
  return padded;
}

export { parseText };
