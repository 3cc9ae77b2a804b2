/**
 * How an output cell is written in sheet XML, for new sheets and appended rows alike: text as an inline string
 * (never a formula, whatever it starts with: =, +, -, @), numbers as numbers, booleans, styles by cellXfs index.
 */
import { escapeOoxmlText } from "../xml";

// Excel's limit, fixed by the file format; the catalogue's workbook.textTooLong writes it out (« 32 767 »).
export const MAX_CELL_TEXT = 32767;

/**
 * The cell's XML after `<c r="A1"`: `styleAttr` (` s="3"` or ""), its type and value, then `</c>`, with the
 * namespace prefix `p` of the sheet ("" or "x:"). Text longer than MAX_CELL_TEXT is the caller's to refuse.
 */
export function cellAfterRef(value: string | number | boolean, styleAttr: string, p: string): string {
  const s = styleAttr;
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? `${s}><${p}v>${Object.is(value, -0) ? "0" : String(value)}</${p}v></${p}c>`
      : `${s} t="e"><${p}v>#NUM!</${p}v></${p}c>`;
  }
  if (typeof value === "boolean") return `${s} t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  const text = String(value);
  const space = /^\s|\s$|[\n\t]/.test(text) ? ' xml:space="preserve"' : "";
  return `${s} t="inlineStr"><${p}is><${p}t${space}>${escapeOoxmlText(text)}</${p}t></${p}is></${p}c>`;
}
