/**
 * How output cell styles look in Excel through Office.js. Number formats use Office.js's invariant
 * (en-US) notation, which Excel shows with the user's separators: the same codes as the .xlsx port
 * (both take them from ../formats.ts).
 */
import { NUMBER_FORMATS } from "../formats";
import type { CellStyle } from "../port";

export { NUMBER_FORMATS };

/** Text format: a string written into a cell of this format stays text ("=1+1" is not a formula). */
export const TEXT_FORMAT = "@";

/** The number format of a style for numbers (null: leave General). */
export function numberFormatOf(style: CellStyle | undefined): string | null {
  switch (style) {
    case "money":
    case "total":
      return NUMBER_FORMATS.money;
    case "rate":
      return NUMBER_FORMATS.rate;
    case "count":
      return NUMBER_FORMATS.count;
    case "decimal2":
      return NUMBER_FORMATS.decimal2;
    case "decimal3":
      return NUMBER_FORMATS.decimal3;
    case "date":
      return NUMBER_FORMATS.date;
    default:
      return null;
  }
}

/** Styles with a visual look beyond the number format (font, fill, borders). */
export type Look = "title" | "header" | "total" | "note";

export function lookOf(style: CellStyle | undefined): Look | null {
  return style === "title" || style === "header" || style === "total" || style === "note" ? style : null;
}

/** Header fill, the same as the .xlsx port (FFD9E1F2). */
export const HEADER_FILL = "#D9E1F2";

/** Excel column width: characters of the default font → points (7 px per character + 5 px padding, 96 dpi). */
export function widthPoints(characters: number): number {
  return Math.round((Math.max(0, characters) * 7 + 5) * 0.75 * 100) / 100;
}
