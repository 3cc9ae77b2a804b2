/**
 * How an output cell is written in sheet XML, for new sheets and appended rows alike: text as an inline string
 * (never a formula, whatever it starts with: =, +, -, @), numbers as numbers, booleans, styles by cellXfs index.
 */
import { escapeOoxmlText } from "../xml";

// Excel's limit, fixed by the file format; the catalogue's workbook.textTooLong writes it out (« 32 767 »).
export const MAX_CELL_TEXT = 32767;

/**
 * The fixed pieces of a cell's XML in a sheet whose elements take the namespace prefix `p` ("" or "x:"),
 * joined once: building them for every cell made writing the statement run's 2 000 sheets 40 % slower.
 */
export class CellTags {
  readonly value: string;
  readonly valueEnd: string;
  readonly numberError: string;
  readonly boolean: string;
  readonly inline: string;
  readonly inlineEnd: string;

  constructor(p: string) {
    this.value = `><${p}v>`;
    this.valueEnd = `</${p}v></${p}c>`;
    this.numberError = ` t="e"><${p}v>#NUM!</${p}v></${p}c>`;
    this.boolean = ` t="b"><${p}v>`;
    this.inline = ` t="inlineStr"><${p}is><${p}t`;
    this.inlineEnd = `</${p}t></${p}is></${p}c>`;
  }
}

/** The tags of a sheet without a namespace prefix (the new sheets'). */
export const UNPREFIXED = new CellTags("");

/**
 * The cell's XML after `<c r="A1"`: `styleAttr` (` s="3"` or ""), its type and value, then `</c>`. Text
 * longer than MAX_CELL_TEXT is the caller's to refuse.
 */
export function cellAfterRef(value: string | number | boolean, styleAttr: string, tags: CellTags): string {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return styleAttr + tags.numberError;
    return styleAttr + tags.value + (Object.is(value, -0) ? "0" : String(value)) + tags.valueEnd;
  }
  if (typeof value === "boolean") return styleAttr + tags.boolean + (value ? "1" : "0") + tags.valueEnd;
  const text = String(value);
  const space = /^\s|\s$|[\n\t]/.test(text) ? ' xml:space="preserve">' : ">";
  return styleAttr + tags.inline + space + escapeOoxmlText(text) + tags.inlineEnd;
}
