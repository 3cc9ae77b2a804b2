/**
 * The text of an output cell as the PDF prints it: the same figures as the sheet, written with the engine's
 * French number writing (no-break space thousands, decimal comma, true minus sign) in the format each style has
 * in Excel (src/workbook/formats.ts): money 2 decimals, rate 2 decimals signed, count whole, dates dd/mm/yyyy.
 *
 * Output cells hold JS numbers (already rounded to the cent by the run); Decimal(n) takes their shortest
 * decimal writing, so 14187.6 prints "14 187,60", never a binary artefact.
 */
import { Decimal, frDate } from "../../engine";
import { frRounded, frSigned } from "../../engine/format";
import { serialToIso } from "../../inputs";
import type { OutputCell } from "../../workbook/port";

export function cellText(cell: OutputCell | undefined): string {
  const v = cell?.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "oui" : "non";
  const d = new Decimal(v);
  switch (cell!.style) {
    case "money":
    case "total":
      return frRounded(d, 2);
    case "rate":
      return frSigned(d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
    case "count":
      return frRounded(d, 0);
    case "decimal2":
      return frRounded(d, 2);
    case "decimal3":
      return frRounded(d, 3);
    case "date":
      return frDate(serialToIso(v));
    default:
      return frNumber(d);
  }
}

function frNumber(d: Decimal): string {
  return frRounded(d, Math.min(Math.max(d.decimalPlaces(), 0), 6));
}

/** Whether a cell prints right-aligned (numbers, as in Excel). */
export function isNumeric(cell: OutputCell | undefined): boolean {
  return typeof cell?.value === "number";
}
