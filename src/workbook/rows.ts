/**
 * Rows appended below a table (WorkbookPort.appendRows): an array of rows for a few, or a RowBlock for many.
 *
 * A 100 000-row import held as 100 000 small arrays costs more than its checks: every array is allocated,
 * then copied by the garbage collector while the import is still running. ColumnRows holds the same rows
 * column by column (a few large arrays of shared, immutable cells) and adds a row without allocating.
 */
import type { OutputCell } from "./port";

export interface RowBlock {
  readonly length: number;
  /** Cells per row (a row may leave its last cells null). */
  readonly width: number;
  /** The cell of row `row` (0-based) in column `column` (0-based, from the table's first column), or null. */
  cell(row: number, column: number): OutputCell | null;
}

export type AppendedRows = readonly (readonly (OutputCell | null | undefined)[])[] | RowBlock;

/** Rows held column by column; a row is added with set() then commit(). */
export class ColumnRows implements RowBlock {
  length = 0;
  private readonly columns: (OutputCell | null)[][];
  private readonly current: (OutputCell | null)[];

  /** `capacity`: about how many rows will be added (the columns are sized once, not grown row by row). */
  constructor(
    readonly width: number,
    capacity = 0,
  ) {
    this.columns = Array.from({ length: width }, () => new Array<OutputCell | null>(capacity));
    this.current = new Array<OutputCell | null>(width).fill(null);
  }

  /** A cell of the row being added. */
  set(column: number, cell: OutputCell | null): void {
    this.current[column] = cell;
  }

  /** Adds the row being set (cells not set are null) and starts the next one. */
  commit(): void {
    const c = this.current;
    const n = this.length;
    for (let j = 0; j < c.length; j++) {
      this.columns[j][n] = c[j];
      c[j] = null;
    }
    this.length = n + 1;
  }

  cell(row: number, column: number): OutputCell | null {
    return row < this.length && column < this.width ? this.columns[column][row] : null;
  }
}

/** An array of rows seen as a RowBlock. */
class ArrayRows implements RowBlock {
  readonly length: number;
  readonly width: number;

  constructor(private readonly rows: readonly (readonly (OutputCell | null | undefined)[])[]) {
    this.length = rows.length;
    let w = 0;
    for (const r of rows) if (r.length > w) w = r.length;
    this.width = w;
  }

  cell(row: number, column: number): OutputCell | null {
    return this.rows[row][column] ?? null;
  }
}

export function rowBlock(rows: AppendedRows): RowBlock {
  return Array.isArray(rows)
    ? new ArrayRows(rows as readonly (readonly (OutputCell | null | undefined)[])[])
    : (rows as RowBlock);
}
