/**
 * The streaming worksheet scanner: walks a sheet's UTF-8 bytes chunk by chunk (a row cut by a chunk boundary
 * is scanned again with the next chunk), decodes only cell values, and hands over each row's cells.
 */
import { t } from "../../../messages";
import { NoValue, type CellValue } from "../../port";
import * as reading from "../../reading";
import * as cellBytes from "./cellBytes";
import * as richText from "./richText";
import type { RichText } from "./richText";
import * as xmlBytes from "./xmlBytes";
import { Attribute, Tag } from "./xmlBytes";

// Bound once: under tsx (the command line) every use of an imported name is a getter call, and the scanner
// makes several per cell (measured on the benchmark's 480 000 rows: a table read 60 % slower without this).
const { textCell } = reading;
const { decodeText, isoToSerial, parseNumber, referenceColumn } = cellBytes;
const { readRichText } = richText;
const { GT, LT, SLASH, find, localStart, nameEnd, nameIs, nextAttribute, nextTag, skipElement, startTagEnd, tagClose } =
  xmlBytes;

/** Receives the cells of one row: `n` cells, columns (A = 1) in `cols`, values in `vals` (arrays reused). */
export type RowHandler = (row: number, n: number, cols: Int32Array, vals: CellValue[]) => void;

export interface SheetScanOptions {
  sharedStrings: () => string[];
  /** When the workbook uses the 1904 date system: which style indices are dates (their serials get +1462). */
  dateStyles1904?: Uint8Array | null;
  /** The sheet's name, for the message when its XML is cut short. */
  sheet?: string;
}

// Where the scanner is: before <sheetData>, among its rows, past it.
const BEFORE = 0;
const ROWS = 1;
const DONE = 2;

/** A cell's type, from its t attribute (plain numbers: the scanner compares them for every cell). */
const NUMBER = 0;
const SHARED = 1;
const STRING = 2;
const INLINE = 3;
const BOOLEAN = 4;
const ERROR = 5;
const DATE = 6;

// Bytes of the names the scanner looks for.
const C = 99;
const F = 102;
const V = 118;
const R = 114;
const S = 115;
const T = 116;

/**
 * Streaming worksheet scanner. Push the inflated XML chunk by chunk; `onRow` is called for each row that has
 * at least one cell. Set `stopped` (or return from the handler after calling `stop()`) to end early.
 */
export class SheetScanner {
  private phase = BEFORE;
  private carry: Uint8Array | null = null;
  private lastRow = 0;
  private cols = new Int32Array(256);
  private vals: CellValue[] = [];
  private ss: string[] | null = null;
  private readonly tag = new Tag();
  private readonly attr = new Attribute();
  // The cell just read (scanCell): its column and value.
  private col = 0;
  private value: CellValue = null;
  private readonly inline: RichText = { text: "" };
  stopped = false;

  constructor(
    private readonly onRow: RowHandler,
    private readonly opts: SheetScanOptions,
  ) {}

  stop(): void {
    this.stopped = true;
  }

  get done(): boolean {
    return this.stopped || this.phase === DONE;
  }

  push(chunk: Uint8Array, final: boolean): void {
    if (this.done) return;
    let buf = chunk;
    if (this.carry && this.carry.length) {
      buf = new Uint8Array(this.carry.length + chunk.length);
      buf.set(this.carry, 0);
      buf.set(chunk, this.carry.length);
    }
    const stop = this.scan(buf, 0, buf.length);
    if (this.done) {
      this.carry = null;
      return;
    }
    this.carry = stop < buf.length ? buf.slice(stop) : null;
    if (final && this.carry && this.carry.length)
      throw new Error(t("workbook.sheetCut", { sheet: this.opts.sheet ?? "?" }));
  }

  /** Scans [pos, end); returns the offset from which the unfinished part starts. */
  private scan(buf: Uint8Array, pos: number, end: number): number {
    if (this.phase === BEFORE) {
      pos = this.sheetDataStart(buf, pos, end);
      if (!this.inRows()) return pos;
    }
    return this.scanRows(buf, pos, end);
  }

  private inRows(): boolean {
    return this.phase === ROWS;
  }

  /** Scans the rows of <sheetData> in [pos, end); returns the offset from which the unfinished part starts. */
  private scanRows(buf: Uint8Array, pos: number, end: number): number {
    const tag = this.tag;
    for (;;) {
      if (this.stopped) return end;
      if (!nextTag(buf, pos, end, tag)) return tag.lt < 0 ? end : tag.lt;
      const lt = tag.lt;
      if (tag.closing) {
        if (tag.is(buf, "sheetData")) {
          this.phase = DONE;
          return end;
        }
        pos = tag.after;
        continue;
      }
      // A comment, processing instruction or unknown element at row level is skipped.
      const next = tag.is(buf, "row") ? this.scanRow(buf, tag.nameEnd, end) : skipElement(buf, lt, tag.nameEnd, end);
      if (next < 0) return lt;
      pos = next;
    }
  }

  /** Before <sheetData>: the offset after its start tag (then ROWS), `end` when it has no rows (then DONE). */
  private sheetDataStart(buf: Uint8Array, pos: number, end: number): number {
    for (;;) {
      const lt = find(buf, LT, pos, end);
      if (lt < 0) return end;
      const ne = nameEnd(buf, lt + 1, end);
      if (ne >= end) return lt;
      const gt = tagClose(buf, ne, end);
      if (gt < 0) return lt;
      if (buf[lt + 1] !== SLASH && nameIs(buf, localStart(buf, lt + 1, ne), ne, "sheetData")) {
        this.phase = buf[gt - 2] === SLASH ? DONE : ROWS;
        return this.phase === DONE ? end : gt;
      }
      pos = gt;
    }
  }

  /** Scans one <row> whose name ends at `ne`; returns the offset after it, or -1 if the buffer ends inside it. */
  private scanRow(buf: Uint8Array, ne: number, end: number): number {
    const attr = this.attr;
    let row = 0;
    let p = ne;
    for (;;) {
      p = nextAttribute(buf, p, end, attr);
      if (p < 0) return -1;
      if (attr.name === attr.nameEnd) break;
      if (attr.letter(buf) === R) row = parseNumber(buf, attr.value, attr.valueEnd) | 0;
    }
    const selfClosing = buf[p] === SLASH;
    p = startTagEnd(buf, p, end);
    if (p < 0) return -1;
    if (!row) row = this.lastRow + 1;
    if (selfClosing) {
      this.lastRow = row;
      return p;
    }
    const tag = this.tag;
    let n = 0;
    this.col = 0;
    for (;;) {
      if (!nextTag(buf, p, end, tag)) return -1;
      if (tag.closing) {
        p = tag.after; // </row>
        break;
      }
      if (tag.letter(buf) !== C) {
        p = skipElement(buf, tag.lt, tag.nameEnd, end);
        if (p < 0) return -1;
        continue;
      }
      p = this.scanCell(buf, tag.nameEnd, end);
      if (p < 0) return -1;
      if (this.value !== null) this.add(n++, this.value);
    }
    this.lastRow = row;
    if (n > 0) this.onRow(row, n, this.cols, this.vals);
    return p;
  }

  /** The n-th value of the row, in the column of the cell just read. */
  private add(n: number, value: CellValue): void {
    if (n === this.cols.length) {
      const bigger = new Int32Array(n * 2);
      bigger.set(this.cols);
      this.cols = bigger;
    }
    this.cols[n] = this.col;
    this.vals[n] = value;
  }

  /**
   * Reads one <c> whose name ends at `ne` into `col` and `value` (null: a blank cell). Returns the offset after
   * it, or -1 if the buffer ends inside it.
   */
  private scanCell(buf: Uint8Array, ne: number, end: number): number {
    const attr = this.attr;
    const date1904 = this.opts.dateStyles1904;
    let col = 0;
    let type = NUMBER;
    let style = -1;
    let p = ne;
    for (;;) {
      p = nextAttribute(buf, p, end, attr);
      if (p < 0) return -1;
      if (attr.name === attr.nameEnd) break;
      const name = attr.letter(buf);
      if (name === R) col = referenceColumn(buf, attr.value, attr.valueEnd);
      else if (name === T) type = cellType(buf, attr.value, attr.valueEnd);
      else if (name === S && date1904) style = parseNumber(buf, attr.value, attr.valueEnd) | 0;
    }
    this.col = col || this.col + 1;
    this.value = null;
    const selfClosing = buf[p] === SLASH;
    p = startTagEnd(buf, p, end);
    if (p < 0 || selfClosing) return p; // an empty cell
    // Children: <f>, <v>, <is>, <extLst>; up to </c>.
    const tag = this.tag;
    let vs = -1;
    let ve = -1;
    let inline: string | null = null;
    let formula = false;
    for (;;) {
      if (!nextTag(buf, p, end, tag)) return -1;
      if (tag.closing) break;
      const name = tag.letter(buf);
      if (name === V) {
        p = tagClose(buf, tag.nameEnd, end);
        if (p < 0) return -1;
        if (buf[p - 2] === SLASH) continue; // <v/>
        vs = p;
        ve = find(buf, LT, p, end);
        if (ve < 0) return -1;
        p = find(buf, GT, ve, end) + 1;
        if (p === 0) return -1;
      } else if (name === 0 && tag.is(buf, "is")) {
        p = readRichText(buf, tag.lt, end, this.inline);
        if (p < 0) return -1;
        inline = this.inline.text;
      } else {
        if (name === F) formula = true;
        p = skipElement(buf, tag.lt, tag.nameEnd, end);
        if (p < 0) return -1;
      }
    }
    if (vs >= 0 || inline !== null) this.value = this.typedValue(buf, type, style, vs, ve, inline);
    // A formula saved without its computed value (no <v>) is not a blank cell (reading.ts).
    else if (formula) this.value = NoValue.formula;
    if (this.value === "") this.value = null;
    return tag.after; // after </c>
  }

  /** The cell's value by its type, from its <v> in [vs, ve) (vs -1: none) or its inline string. */
  private typedValue(
    buf: Uint8Array,
    type: number,
    style: number,
    vs: number,
    ve: number,
    inline: string | null,
  ): CellValue {
    switch (type) {
      case NUMBER:
        return vs >= 0 ? this.numberValue(buf, vs, ve, style) : null;
      case SHARED: {
        if (vs < 0) return null;
        const s = (this.ss ??= this.opts.sharedStrings())[parseNumber(buf, vs, ve)];
        return s === undefined ? null : textCell(s);
      }
      case STRING:
        return vs >= 0 ? textCell(decodeText(buf, vs, ve)) : textCell(inline!);
      case INLINE:
        return inline !== null ? textCell(inline) : textCell(decodeText(buf, vs, ve));
      case BOOLEAN: {
        if (vs < 0) return null;
        const v = parseNumber(buf, vs, ve);
        return v !== v ? decodeText(buf, vs, ve).trim().toLowerCase() === "true" : v !== 0;
      }
      case ERROR:
        return vs >= 0 ? NoValue.error(decodeText(buf, vs, ve).trim()) : null;
      case DATE: {
        if (vs < 0) return null;
        const s = decodeText(buf, vs, ve);
        const serial = isoToSerial(s);
        return serial === null ? s : serial;
      }
      default:
        return null;
    }
  }

  /** A number cell's value: a date style's serial shifted from 1904 to 1900; a text that is no number as text. */
  private numberValue(buf: Uint8Array, vs: number, ve: number, style: number): CellValue {
    const v = parseNumber(buf, vs, ve);
    if (v !== v) return textCell(decodeText(buf, vs, ve));
    const date1904 = this.opts.dateStyles1904;
    return date1904 && style >= 0 && style < date1904.length && date1904[style] ? v + 1462 : v;
  }
}

/** The type a cell's t attribute in [s, e) names ("s", "str", "inlineStr", "b", "e", "d"; else a number). */
function cellType(buf: Uint8Array, s: number, e: number): number {
  switch (buf[s]) {
    case S:
      return e - s === 1 ? SHARED : STRING;
    case 105 /* i */:
      return INLINE;
    case 98 /* b */:
      return BOOLEAN;
    case 101 /* e */:
      return ERROR;
    case 100 /* d */:
      return DATE;
    default:
      return NUMBER;
  }
}
