/** Worksheet XML for an OutputSheet: inline strings (never formulas), numbers, styles, widths, merges, A4 setup. */
import { t } from "../../../messages";
import { columnLetters, columnNumber } from "../../columns";
import type { CellStyle, OutputCell, OutputSheet } from "../../port";
import { MAX_CELL_TEXT, UNPREFIXED, cellAfterRef } from "./cellXml";
import { parseRange } from "../ranges";

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

export function buildSheetXml(sheet: OutputSheet, xf: (style: CellStyle) => number): string {
  const { rows, maxRow, maxCol } = sheetRows(sheet, xf);
  if (sheet.rows.length > 1048576) throw new Error(t("workbook.sheetTooManyRows", { sheet: sheet.name }));
  if (maxCol > 16384) throw new Error(t("workbook.sheetTooManyColumns", { sheet: sheet.name }));
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
  ];
  const fit = sheet.print !== undefined && sheet.print.scale === undefined;
  if (fit) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  parts.push(`<dimension ref="${maxRow && maxCol ? `A1:${columnLetters(maxCol)}${maxRow}` : "A1"}"/>`);
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  parts.push(columnsXml(sheet.columnWidths ?? []));
  parts.push(rows.length ? `<sheetData>${rows.join("")}</sheetData>` : "<sheetData/>");
  parts.push(mergeCellsXml(sheet));
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  parts.push(pageSetupXml(sheet));
  parts.push("</worksheet>");
  return parts.join("");
}

/** The sheet's <row> elements, and the last row and column holding a cell. */
function sheetRows(
  sheet: OutputSheet,
  xf: (style: CellStyle) => number,
): { rows: string[]; maxRow: number; maxCol: number } {
  let maxCol = 0;
  let maxRow = 0;
  const rows: string[] = [];
  sheet.rows.forEach((cells, ri) => {
    if (!cells || cells.length === 0) return;
    const r = ri + 1;
    let rowXml = "";
    cells.forEach((cell, ci) => {
      if (!cell) return;
      const c = cellXml(sheet, cell, `${columnLetters(ci + 1)}${r}`, xf);
      if (c === null) return;
      rowXml += c;
      if (ci + 1 > maxCol) maxCol = ci + 1;
    });
    if (rowXml) {
      const ht = wrappedRowHeight(cells, sheet.columnWidths ?? []);
      rows.push(
        ht === null ? `<row r="${r}">${rowXml}</row>` : `<row r="${r}" ht="${ht}" customHeight="1">${rowXml}</row>`,
      );
      maxRow = r;
    }
  });
  return { rows, maxRow, maxCol };
}

/** A cell's element; null for a cell with neither value nor style. */
function cellXml(sheet: OutputSheet, cell: OutputCell, ref: string, xf: (style: CellStyle) => number): string | null {
  const s = cell.style ? ` s="${xf(cell.style)}"` : "";
  const v = cell.value;
  if (v === null || v === undefined) return s ? `<c r="${ref}"${s}/>` : null;
  if (typeof v === "string" && v.length > MAX_CELL_TEXT)
    throw new Error(t("workbook.textTooLong", { sheet: sheet.name, cell: ref, length: v.length }));
  return `<c r="${ref}"` + cellAfterRef(v, s, UNPREFIXED);
}

/** <cols>: the widths given, in characters of the default font. */
function columnsXml(widths: readonly (number | undefined | null)[]): string {
  if (!widths.some((w) => typeof w === "number" && w > 0)) return "";
  const cols: string[] = [];
  widths.forEach((w, i) => {
    if (typeof w !== "number" || !(w > 0)) return;
    // Excel stores the width in characters of the default font plus 5 px of padding (≈ 0.71 character).
    const width = Math.min(255, Math.round((w + 0.7109375) * 256) / 256);
    cols.push(`<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`);
  });
  return `<cols>${cols.join("")}</cols>`;
}

/** <mergeCells>: the merges of more than one cell; a reversed or overlapping merge is a programming error. */
function mergeCellsXml(sheet: OutputSheet): string {
  const boxes: { c1: number; r1: number; c2: number; r2: number; ref: string }[] = [];
  for (const m of sheet.merges ?? []) {
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
  if (!boxes.length) return "";
  return `<mergeCells count="${boxes.length}">${boxes.map((b) => `<mergeCell ref="${b.ref}"/>`).join("")}</mergeCells>`;
}

/** <pageSetup>: A4, the orientation, a fixed scale or fit to the page's width (and height when asked). */
function pageSetupXml(sheet: OutputSheet): string {
  if (!sheet.print) return "";
  const o = sheet.print.orientation === "landscape" ? "landscape" : "portrait";
  const scale = sheet.print.scale;
  if (scale === undefined)
    return `<pageSetup paperSize="9" orientation="${o}" fitToWidth="1" fitToHeight="${sheet.print.fitToOnePage ? 1 : 0}"/>`;
  // A programming error (the scale is set by a sheet builder): English, for developers.
  if (!Number.isInteger(scale) || scale < 10 || scale > 400)
    throw new Error(`print scale ${scale} of sheet "${sheet.name}": Excel takes 10 to 400`);
  return `<pageSetup paperSize="9" scale="${scale}" orientation="${o}"/>`;
}
