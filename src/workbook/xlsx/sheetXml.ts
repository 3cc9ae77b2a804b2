/** Worksheet XML for an OutputSheet: inline strings (never formulas), numbers, styles, widths, merges, A4 setup. */
import { t } from "../../messages";
import type { CellStyle, OutputSheet } from "../port";
import { escapeOoxmlText } from "./xml";

const LETTERS: string[] = [];

export function columnLetters(col: number): string {
  if (col < 256) return (LETTERS[col] ??= lettersOf(col));
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let s = "";
  while (col > 0) {
    const r = (col - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    col = (col - 1 - r) / 26;
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const RANGE = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})(?::\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6}))?$/;

/** Parses "A1:F20" (or "A1", "$A$1:$F$20") into absolute bounds, or throws. */
export function parseRange(ref: string, what: string): { c1: string; r1: number; c2: string; r2: number } {
  const m = RANGE.exec(ref.trim());
  if (!m) throw new Error(t("workbook.badRange", { what, ref }));
  return { c1: m[1].toUpperCase(), r1: +m[2], c2: (m[3] ?? m[1]).toUpperCase(), r2: m[4] ? +m[4] : +m[2] };
}

/** `'Sheet name'!$A$1:$F$20`, for a defined name. */
/** `'Sheet'!$A:$B,'Sheet'!$4:$4`: the print titles' defined name (columns first, as Excel writes it). */
export function printTitlesRef(sheet: string, rows: string | undefined, columns: string | undefined): string | null {
  const quoted = `'${sheet.replace(/'/g, "''")}'!`;
  const parts: string[] = [];
  const cols = columns ? /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/.exec(columns) : null;
  // Print titles, merges and the print scale are set by this product's sheet builders, never read from a file:
  // a bad one is a programming error, and its message stays English (developers only).
  if (columns && !cols) throw new Error(`print title columns "${columns}" of sheet "${sheet}": expected e.g. A:B`);
  if (cols) parts.push(`${quoted}$${cols[1]}:$${cols[2]}`);
  const rws = rows ? /^\$?(\d+):\$?(\d+)$/.exec(rows) : null;
  if (rows && !rws) throw new Error(`print title rows "${rows}" of sheet "${sheet}": expected e.g. 4:4`);
  if (rws) parts.push(`${quoted}$${rws[1]}:$${rws[2]}`);
  return parts.length ? parts.join(",") : null;
}

/**
 * Height in points of a row whose wrapped cells (header style) need several lines: Excel computes it when it
 * edits a row, but not when it opens a file, and neither does LibreOffice — without it the wrapped headers
 * overlap the rows below. Lines estimated by word wrap in the column's width (characters of the default font),
 * 15 pt a line (Calibri 11).
 */
function wrappedRowHeight(
  row: readonly ({ value: unknown; style?: CellStyle } | undefined)[],
  widths: readonly number[],
): number | null {
  let lines = 1;
  row.forEach((cell, i) => {
    if (cell?.style !== "header" || typeof cell.value !== "string") return;
    const width = Math.max(1, (widths[i] ?? 8.43) - 1);
    let n = 1;
    let used = 0;
    for (const word of cell.value.split(/\s+/)) {
      if (word === "") continue;
      const w = word.length * 1.1;
      if (used > 0 && used + 1 + w > width) {
        n++;
        used = w;
      } else used += (used > 0 ? 1 : 0) + w;
    }
    if (n > lines) lines = n;
  });
  return lines > 1 ? lines * 15 : null;
}

export function absoluteRef(sheet: string, ref: string): string {
  const r = parseRange(ref, t("workbook.printAreaLabel", { sheet }));
  return `'${sheet.replace(/'/g, "''")}'!$${r.c1}$${r.r1}:$${r.c2}$${r.r2}`;
}

// Excel's limit, fixed by the file format; the catalogue's workbook.textTooLong writes it out (« 32 767 »).
const MAX_TEXT = 32767;

export function buildSheetXml(sheet: OutputSheet, xf: (style: CellStyle) => number): string {
  const parts: string[] = [];
  let maxCol = 0;
  let maxRow = 0;
  const rowsXml: string[] = [];
  sheet.rows.forEach((cells, ri) => {
    if (!cells || cells.length === 0) return;
    const r = ri + 1;
    let rowXml = "";
    cells.forEach((cell, ci) => {
      if (!cell) return;
      const ref = columnLetters(ci + 1) + r;
      const s = cell.style ? ` s="${xf(cell.style)}"` : "";
      const v = cell.value;
      let c: string;
      if (v === null || v === undefined) {
        if (!s) return;
        c = `<c r="${ref}"${s}/>`;
      } else if (typeof v === "number") {
        if (Number.isFinite(v)) c = `<c r="${ref}"${s}><v>${Object.is(v, -0) ? "0" : String(v)}</v></c>`;
        else c = `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
      } else if (typeof v === "boolean") {
        c = `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
      } else {
        const text = String(v);
        if (text.length > MAX_TEXT)
          throw new Error(t("workbook.textTooLong", { sheet: sheet.name, cell: ref, length: text.length }));
        const space = /^\s|\s$|[\n\t]/.test(text) ? ' xml:space="preserve"' : "";
        // Inline string: a text cell, never parsed as a formula whatever it starts with (=, +, -, @).
        c = `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeOoxmlText(text)}</t></is></c>`;
      }
      rowXml += c;
      if (ci + 1 > maxCol) maxCol = ci + 1;
    });
    if (rowXml) {
      const ht = wrappedRowHeight(cells, sheet.columnWidths ?? []);
      rowsXml.push(
        ht === null ? `<row r="${r}">${rowXml}</row>` : `<row r="${r}" ht="${ht}" customHeight="1">${rowXml}</row>`,
      );
      maxRow = r;
    }
  });
  if (sheet.rows.length > 1048576) throw new Error(t("workbook.sheetTooManyRows", { sheet: sheet.name }));
  if (maxCol > 16384) throw new Error(t("workbook.sheetTooManyColumns", { sheet: sheet.name }));
  const fit = sheet.print !== undefined && sheet.print.scale === undefined;
  parts.push(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
  );
  if (fit) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  parts.push(`<dimension ref="${maxRow && maxCol ? `A1:${columnLetters(maxCol)}${maxRow}` : "A1"}"/>`);
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  const widths = sheet.columnWidths ?? [];
  if (widths.some((w) => typeof w === "number" && w > 0)) {
    parts.push("<cols>");
    widths.forEach((w, i) => {
      if (typeof w !== "number" || !(w > 0)) return;
      // Excel stores the width in characters of the default font plus 5 px of padding (≈ 0.71 character).
      const width = Math.min(255, Math.round((w + 0.7109375) * 256) / 256);
      parts.push(`<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`);
    });
    parts.push("</cols>");
  }
  parts.push(rowsXml.length ? `<sheetData>${rowsXml.join("")}</sheetData>` : "<sheetData/>");
  const merges = sheet.merges ?? [];
  if (merges.length) {
    const boxes: { c1: number; r1: number; c2: number; r2: number; ref: string }[] = [];
    for (const m of merges) {
      const r = parseRange(m, t("workbook.mergeLabel", { sheet: sheet.name }));
      const b = {
        c1: columnNumber(r.c1),
        r1: r.r1,
        c2: columnNumber(r.c2),
        r2: r.r2,
        ref: `${r.c1}${r.r1}:${r.c2}${r.r2}`,
      };
      // Programming errors (merges come from the sheet builders): English, for developers.
      if (b.c2 < b.c1 || b.r2 < b.r1) throw new Error(`merge "${m}" in sheet "${sheet.name}" is reversed`);
      if (b.c1 === b.c2 && b.r1 === b.r2) continue; // a one-cell merge is no merge
      const clash = boxes.find((o) => o.c1 <= b.c2 && b.c1 <= o.c2 && o.r1 <= b.r2 && b.r1 <= o.r2);
      if (clash) throw new Error(`merges ${clash.ref} and ${b.ref} overlap in sheet "${sheet.name}"`);
      boxes.push(b);
    }
    const refs = boxes.map((b) => b.ref);
    if (refs.length)
      parts.push(
        `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join("")}</mergeCells>`,
      );
  }
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (sheet.print) {
    const o = sheet.print.orientation === "landscape" ? "landscape" : "portrait";
    const scale = sheet.print.scale;
    if (scale !== undefined) {
      // A programming error (the scale is set by a sheet builder): English, for developers.
      if (!Number.isInteger(scale) || scale < 10 || scale > 400)
        throw new Error(`print scale ${scale} of sheet "${sheet.name}": Excel takes 10 to 400`);
      parts.push(`<pageSetup paperSize="9" scale="${scale}" orientation="${o}"/>`);
    } else
      parts.push(
        `<pageSetup paperSize="9" orientation="${o}" fitToWidth="1" fitToHeight="${sheet.print.fitToOnePage ? 1 : 0}"/>`,
      );
  }
  parts.push("</worksheet>");
  return parts.join("");
}
