/**
 * Plans the writing of output sheets through Office.js: each sheet becomes a "create" piece (add the sheet,
 * its generated-sheet marker, column widths), row blocks (one values matrix and one number-format matrix
 * per block, and the styled cell runs), and a "finish" piece (merges, print setup). Pieces are then packed
 * into requests under a byte budget, so the number of context.sync() calls depends on the bytes written,
 * not on the number of sheets or producers.
 *
 * Pure functions: the Office.js calls are made by writeSheets.ts and sheetWriting.ts from these plans.
 */
import { t } from "../../messages";
import type { CellStyle, OutputSheet } from "../port";
import { colLetters, rangeAddress } from "./address";
import { lookOf, numberFormatOf, TEXT_FORMAT, widthPoints, type Look } from "./formats";
import { jsonBytes, OP_OVERHEAD, REQUEST_BUDGET } from "./host";

export type WriteValue = string | number | boolean | null;

export interface CellBlock {
  /** 1-based first and last rows. */
  row1: number;
  row2: number;
  /** The block's range, "A1:H60"; null when the block holds no cell (only empty rows). */
  address: string | null;
  values: WriteValue[][];
  /** Number formats ("@" for every text cell, written before the values); null when none is needed. */
  formats: (string | null)[][] | null;
  /** Cell runs ("A5:F5") of each look. */
  looks: Partial<Record<Look, string[]>>;
  bytes: number;
}

export interface SheetPlan {
  name: string;
  /** Column widths in points by runs of equal widths: "B:H" = 9.75. */
  widths: { columns: string; points: number }[];
  merges: string[];
  print?: OutputSheet["print"];
  blocks: CellBlock[];
}

export type Piece =
  | { kind: "create"; sheet: number; bytes: number }
  | { kind: "block"; sheet: number; block: CellBlock; bytes: number }
  | { kind: "finish"; sheet: number; bytes: number };

/** Excel's limit for the text of one cell. */
// Excel's limit, fixed by the file format; the catalogue's workbook.textTooLong writes it out (« 32 767 »).
export const MAX_CELL_TEXT = 32767;

/** A block is kept this small so that requests fill up evenly. */
export const BLOCK_BYTES = 256 * 1024;
const BLOCK_ROWS = 5000;

/**
 * Office.js operations (object paths and actions) a look takes on one range, for the byte estimate:
 * title = format, font, bold, size; header = format, font, bold, fill, color, borders, getItem, style,
 * verticalAlignment, wrapText; total = format, font, bold, borders, getItem, style; note = format, font, italic, size.
 */
const LOOK_OPS: Record<Look, number> = { title: 4, header: 10, total: 6, note: 4 };

/** Areas per RangeAreas call (getRanges), and the cap on the address text. */
export const AREAS_PER_CALL = 30;

export function planSheet(sheet: OutputSheet): SheetPlan {
  if (sheet.rows.length > 1048576) throw new Error(t("workbook.sheetTooManyRows", { sheet: sheet.name }));
  const blocks: CellBlock[] = [];
  let start = 0;
  while (start < sheet.rows.length) {
    const block = buildBlock(sheet, start);
    blocks.push(block);
    start = block.row2; // row2 is 1-based: the next block starts at index row2
  }
  return {
    name: sheet.name,
    widths: widthRuns(sheet.columnWidths ?? []),
    merges: (sheet.merges ?? []).filter((m) => m.includes(":")),
    print: sheet.print,
    blocks,
  };
}

/** Consecutive columns of the same width share one operation. */
function widthRuns(widths: readonly number[]): { columns: string; points: number }[] {
  const runs: { columns: string; points: number }[] = [];
  let i = 0;
  while (i < widths.length) {
    const w = widths[i];
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === w) j++;
    if (typeof w === "number" && w > 0)
      runs.push({ columns: `${colLetters(i + 1)}:${colLetters(j + 1)}`, points: widthPoints(w) });
    i = j + 1;
  }
  return runs;
}

/** Rows from index `start` until the block reaches BLOCK_BYTES (at least one row). */
function buildBlock(sheet: OutputSheet, start: number): CellBlock {
  const values: WriteValue[][] = [];
  const formats: (string | null)[][] = [];
  const looks: Partial<Record<Look, string[]>> = {};
  let anyFormat = false;
  let width = 0;
  let bytes = 0;
  let i = start;
  for (; i < sheet.rows.length && i - start < BLOCK_ROWS; i++) {
    const cells = sheet.rows[i] ?? [];
    const r = i + 1;
    const rowValues: WriteValue[] = [];
    const rowFormats: (string | null)[] = [];
    let runLook: Look | null = null;
    let runStart = 0;
    const closeRun = (end: number) => {
      if (runLook) (looks[runLook] ??= []).push(rangeAddress(r, runStart, r, end));
      runLook = null;
    };
    cells.forEach((cell, ci) => {
      const value = cell ? cell.value : null;
      let v: WriteValue = null;
      let f: string | null = null;
      if (typeof value === "string") {
        if (value.length > MAX_CELL_TEXT)
          throw new Error(
            t("workbook.textTooLong", { sheet: sheet.name, cell: `${colLetters(ci + 1)}${r}`, length: value.length }),
          );
        v = value;
        f = TEXT_FORMAT; // text stays text, whatever it starts with (=, +, -, @) or looks like (2025-03)
      } else if (typeof value === "number") {
        v = Number.isFinite(value) ? (Object.is(value, -0) ? 0 : value) : null;
        f = numberFormatOf(cell?.style);
      } else if (typeof value === "boolean") {
        v = value;
      } else {
        f = numberFormatOf(cell?.style);
      }
      rowValues.push(v);
      rowFormats.push(f);
      if (f !== null) anyFormat = true;
      const look = lookOf(cell?.style as CellStyle | undefined);
      if (look !== runLook) {
        closeRun(ci);
        if (look) {
          runLook = look;
          runStart = ci + 1;
        }
      }
    });
    closeRun(cells.length);
    width = Math.max(width, rowValues.length);
    values.push(rowValues);
    formats.push(rowFormats);
    bytes += jsonBytes(rowValues) + jsonBytes(rowFormats);
    if (bytes >= BLOCK_BYTES) {
      i++;
      break;
    }
  }
  if (width > 16384) throw new Error(t("workbook.sheetTooManyColumns", { sheet: sheet.name }));
  const row1 = start + 1;
  const row2 = i;
  // Rectangular matrices: pad with null (null leaves a cell as it is).
  for (const row of values) while (row.length < width) row.push(null);
  for (const row of formats) while (row.length < width) row.push(null);
  const block: CellBlock = {
    row1,
    row2,
    address: width > 0 ? rangeAddress(row1, 1, row2, width) : null,
    values,
    formats: anyFormat ? formats : null,
    looks,
    bytes: 0,
  };
  block.bytes = blockBytes(block);
  return block;
}

function blockBytes(b: CellBlock): number {
  if (!b.address) return 0;
  // worksheets, getItem(name), getRange(address), values
  let n = jsonBytes(b.values) + OP_OVERHEAD * 4 + 64;
  if (b.formats) n += jsonBytes(b.formats) + OP_OVERHEAD;
  for (const [look, areas] of Object.entries(b.looks) as [Look, string[]][]) {
    const calls = Math.ceil(areas.length / AREAS_PER_CALL);
    n += jsonBytes(areas) + calls * (LOOK_OPS[look] + 1) * OP_OVERHEAD;
  }
  return n;
}

/** worksheets, add(name), names, add(marker), visible; getRange, format, columnWidth per width. */
export function createBytes(plan: SheetPlan): number {
  return jsonBytes(plan.name) * 3 + 64 + 5 * OP_OVERHEAD + plan.widths.length * (3 * OP_OVERHEAD + 24);
}

/** worksheets, getItem(name); getRange, merge per merge; pageLayout, four settings, setPrintArea. */
export function finishBytes(plan: SheetPlan): number {
  return (
    jsonBytes(plan.name) +
    2 * OP_OVERHEAD +
    plan.merges.length * 2 * OP_OVERHEAD +
    jsonBytes(plan.merges) +
    (plan.print ? 8 * OP_OVERHEAD + 96 : 0)
  );
}

/** The pieces of all sheets, in writing order. */
export function piecesOf(plans: readonly SheetPlan[]): Piece[] {
  const pieces: Piece[] = [];
  plans.forEach((plan, sheet) => {
    pieces.push({ kind: "create", sheet, bytes: createBytes(plan) });
    for (const block of plan.blocks)
      if (block.address) pieces.push({ kind: "block", sheet, block, bytes: block.bytes });
    pieces.push({ kind: "finish", sheet, bytes: finishBytes(plan) });
  });
  return pieces;
}

/**
 * Packs pieces, in order, into requests of at most `budget` estimated bytes (a piece larger than the budget,
 * which planSheet's block size prevents, would get a request of its own). `firstRequestBytes` is taken by
 * what the first request carries besides the pieces (the deletions).
 */
export function packRequests(pieces: readonly Piece[], budget = REQUEST_BUDGET, firstRequestBytes = 0): Piece[][] {
  const requests: Piece[][] = [];
  let current: Piece[] = [];
  let size = firstRequestBytes;
  for (const p of pieces) {
    if (current.length > 0 && size + p.bytes > budget) {
      requests.push(current);
      current = [];
      size = 0;
    }
    current.push(p);
    size += p.bytes;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}
