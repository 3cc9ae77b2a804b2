/**
 * The cells of a grid sheet « Grille <id> »: its columns found by header, each cell read with the one cell
 * reader (src/inputs/cell.ts: numbers as an accountant types them, "-9,00", "100 000"; months as text or
 * dates; oui/non) into a field of the grid file, and where each field came from, so that every problem names
 * the sheet, the row and the column. gridSheetRead.ts reads the rows' meaning with it.
 */
import { t } from "../messages/inputs";
import type { CellValue, TableData } from "../workbook/port";
import { Bad, bad, normalizeKey, parseMonth, parseText, parseYesNo } from "./cell";
import { columnLetter } from "./columns";
import { COL, COLUMN_KEYS, COLUMNS, type ColumnKey, type Param } from "./gridSheetLayout";
import type { Issue } from "./issues";
import { parseDecimal } from "./numbers";

export type Obj = Record<string, unknown>;

/** A word among `words` (French, or the JSON value itself), case and accents forgiven. */
export function wordKey(words: Record<string, string>, cell: CellValue): string | Bad | null {
  const text = parseText(cell);
  if (text === null || text instanceof Bad) return text;
  const n = normalizeKey(text);
  for (const [key, fr] of Object.entries(words)) if (normalizeKey(fr) === n || normalizeKey(key) === n) return key;
  return bad("inputs.grid.unknownWord", { text, words: Object.values(words).join(", ") });
}

/** A column of the layout that the header row lacks. */
function columnMissing(k: ColumnKey): string {
  return t("inputs.grid.columnMissing", { column: COLUMNS[k], columns: COLUMN_KEYS.map((c) => COLUMNS[c]).join(", ") });
}

function setPath(o: Obj, path: string, value: unknown): void {
  const keys = path.split(".");
  let at = o;
  for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Obj;
  at[keys[keys.length - 1]] = value;
}

/** Reads cells into fields of the grid file, and reports each problem at its cell. */
export class GridSheetCells {
  readonly issues: Issue[] = [];
  /** JSON field path → where it was read (row, column index 0-based in the layout). */
  readonly cells = new Map<string, { row: number; col: ColumnKey }>();
  private readonly index: Partial<Record<ColumnKey, number>> = {};

  constructor(readonly t: TableData) {
    const heads = t.headers.map((h) => normalizeKey(h ?? ""));
    for (const k of COLUMN_KEYS) {
      const i = heads.indexOf(normalizeKey(COLUMNS[k]));
      if (i >= 0) this.index[k] = i;
      else this.problem(t.headerRow, k, columnMissing(k));
    }
  }

  columnText(col: ColumnKey): string {
    const i = this.index[col] ?? COL[col];
    return `${COLUMNS[col]} (${columnLetter(this.t.firstColumn + i)})`;
  }

  problem(row: number | undefined, col: ColumnKey | undefined, message: string): void {
    this.issues.push({
      severity: "error",
      code: "GRID",
      sheet: this.t.sheet,
      row,
      column: col ? this.columnText(col) : undefined,
      message,
    });
  }

  /** A value read at `col`, or undefined after a problem was reported there. */
  read<T>(
    row: number,
    values: CellValue[],
    col: ColumnKey,
    parse: (c: CellValue) => T | Bad | null,
  ): T | null | undefined {
    const i = this.index[col];
    const cell = i === undefined ? null : (values[i] ?? null);
    const v = parse(cell);
    if (v instanceof Bad) {
      this.problem(row, col, v.message);
      return undefined;
    }
    return v;
  }

  value(row: number, values: CellValue[], col: ColumnKey, p: Pick<Param, "type" | "words">): unknown {
    switch (p.type) {
      case "text":
        return this.read(row, values, col, parseText);
      case "textOrEmpty": {
        const t = this.read(row, values, col, parseText);
        return t === null || t === "(aucune)" ? "" : t;
      }
      case "int": {
        const d = this.read(row, values, col, parseDecimal);
        if (d === null || d === undefined) return d;
        if (!d.isInteger()) {
          this.problem(row, col, t("inputs.grid.integerExpected", { value: d.toFixed() }));
          return undefined;
        }
        return d.toNumber();
      }
      case "decimal": {
        const d = this.read(row, values, col, parseDecimal);
        return d === null || d === undefined ? d : d.toFixed();
      }
      case "month":
        return this.read(row, values, col, parseMonth);
      case "yesNo":
        return this.read(row, values, col, parseYesNo);
      case "word":
        return this.read(row, values, col, (c) => wordKey(p.words!, c));
    }
  }

  /** Sets `path` (relative to `base`, recorded as `prefix.path`) from the cell, unless blank or unreadable. */
  put(
    base: Obj,
    prefix: string,
    path: string,
    row: number,
    values: CellValue[],
    col: ColumnKey,
    p: Pick<Param, "type" | "words">,
  ): void {
    const v = this.value(row, values, col, p);
    this.cells.set(prefix ? `${prefix}.${path}` : path, { row, col });
    if (v !== null && v !== undefined) setPath(base, path, v);
  }

  param(params: Param[], row: number, values: CellValue[], base: Obj, prefix: string): void {
    const label = this.read(row, values, "param", parseText);
    const expected = params.map((x) => x.label).join(", ");
    if (!label) return this.problem(row, "param", t("inputs.grid.paramMissing", { params: expected }));
    const p = params.find((x) => normalizeKey(x.label) === normalizeKey(label));
    if (!p) return this.problem(row, "param", t("inputs.grid.paramUnknown", { label, params: expected }));
    this.put(base, prefix, p.path, row, values, "value", p);
  }

  /** The cell a field path came from: the path itself, else its nearest recorded parent. */
  where(field: string): { row: number; col: ColumnKey } | undefined {
    let f = field;
    for (;;) {
      const at = this.cells.get(f);
      if (at) return at;
      const cut = Math.max(f.lastIndexOf("."), f.lastIndexOf("["));
      if (cut <= 0) return undefined;
      f = f.slice(0, cut);
    }
  }
}
