/**
 * Names of the generated sheets: "Synthèse 2025-03", "Contrôles 2025-03", one "2025-03 <code>" per producer,
 * within Excel's rules (31 characters, none of [ ] : * ? / \, no leading or trailing apostrophe) and unique
 * (Excel compares sheet names case-insensitively).
 */
import type { YearMonth } from "../engine";
import { sheetNameKey } from "../workbook/names";

export const MAX_SHEET_NAME = 31;

export function summarySheetName(month: YearMonth): string {
  return `Synthèse ${month}`;
}

export function checksSheetName(month: YearMonth): string {
  return `Contrôles ${month}`;
}

/** A name Excel accepts: forbidden characters → "_", control characters dropped, 31 characters at most. */
export function sanitizeSheetName(name: string): string {
  let s = name
    .replace(/[[\]:*?/\\]/g, "_")
    // eslint-disable-next-line no-control-regex -- dropping control characters is what this pattern is for
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim();
  s = s.replace(/^'+|'+$/g, "");
  if (s.toLowerCase() === "history") s = `${s}_`; // reserved by Excel
  s = [...s].slice(0, MAX_SHEET_NAME).join("").trim().replace(/'+$/, "");
  return s === "" ? "_" : s;
}

/** Excel compares sheet names case-insensitively (the ports share this key). */
export function sheetKey(name: string): string {
  return sheetNameKey(name);
}

/** Hands out unique sheet names: a taken name gets " (2)", " (3)"… within 31 characters. */
export class SheetNamer {
  private readonly taken = new Set<string>();

  constructor(reserved: readonly string[] = []) {
    for (const n of reserved) this.taken.add(sheetKey(n));
  }

  take(wanted: string): string {
    const base = sanitizeSheetName(wanted);
    let name = base;
    for (let i = 2; this.taken.has(sheetKey(name)); i++) {
      const suffix = ` (${i})`;
      name =
        [...base]
          .slice(0, MAX_SHEET_NAME - suffix.length)
          .join("")
          .trimEnd() + suffix;
    }
    this.taken.add(sheetKey(name));
    return name;
  }
}

export function statementSheetName(month: YearMonth, code: string): string {
  return `${month} ${code}`;
}
