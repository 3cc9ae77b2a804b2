/**
 * Reads the values of the input tables (sync 3 of the snapshot, snapshot.ts): all tables together, in row
 * ranges of at most `limit.cells` cells per request, so that a response stays under Excel on the web's 5 MB.
 * When Excel still finds a response too large, the parts of that request are halved and read again.
 */
import type { CellValue } from "../port";
import { hostCell } from "../reading";
import { rangeAddress } from "./address";
import { isPayloadTooLarge } from "./host";
import type { Target } from "./tableTargets";

/** Cells read per request at most; lowered when Excel finds a response too large, and kept for later reads. */
export interface ReadLimit {
  cells: number;
}

/** A row range of one target: 0-based first row inside the target, and row count. */
interface Part {
  target: number;
  row0: number;
  rows: number;
}

interface LoadedPart {
  part: Part;
  range: Excel.Range;
}

/** The values of each target, reading row ranges of at most limit.cells cells per request. */
export async function readValues(
  ctx: Excel.RequestContext,
  targets: readonly Target[],
  limit: ReadLimit,
): Promise<CellValue[][][]> {
  const out: CellValue[][][] = targets.map(() => []);
  const parts = rowParts(targets, limit.cells);
  let k = 0;
  while (k < parts.length) {
    const first = k;
    const { batch, cells } = loadBatch(ctx, targets, parts, first, limit.cells);
    k = first + batch.length;
    try {
      await ctx.sync();
    } catch (e) {
      // Excel on the web: the response would pass 5 MB. Split these parts in two and read them again.
      if (!isPayloadTooLarge(e) || batch.every((b) => b.part.rows === 1)) throw e;
      limit.cells = Math.max(1, Math.floor(cells / 2));
      parts.splice(first, k - first, ...halves(batch));
      k = first;
      continue;
    }
    for (const { part, range } of batch) {
      const rows = out[part.target];
      for (const row of range.values) rows.push(row.map(hostCell));
    }
  }
  return out;
}

/** Each non-empty target in row ranges of at most `cells` cells (at least one row each). */
function rowParts(targets: readonly Target[], cells: number): Part[] {
  const parts: Part[] = [];
  targets.forEach((t, i) => {
    if (t.rows === 0 || t.cols === 0) return;
    const perPart = Math.max(1, Math.floor(cells / t.cols));
    for (let r = 0; r < t.rows; r += perPart) parts.push({ target: i, row0: r, rows: Math.min(perPart, t.rows - r) });
  });
  return parts;
}

/** Queues the loads of the parts from `first` on, up to `limit` cells (at least one part). */
function loadBatch(
  ctx: Excel.RequestContext,
  targets: readonly Target[],
  parts: readonly Part[],
  first: number,
  limit: number,
): { batch: LoadedPart[]; cells: number } {
  const batch: LoadedPart[] = [];
  let cells = 0;
  let k = first;
  while (k < parts.length && (batch.length === 0 || cells + parts[k].rows * targets[parts[k].target].cols <= limit)) {
    const part = parts[k++];
    const t = targets[part.target];
    const ws = ctx.workbook.worksheets.getItem(t.sheet);
    const r1 = t.row0 + part.row0 + 1;
    const range = ws.getRange(rangeAddress(r1, t.col0 + 1, r1 + part.rows - 1, t.col0 + t.cols)).load("values");
    batch.push({ part, range });
    cells += part.rows * t.cols;
  }
  return { batch, cells };
}

/** The parts of a batch, each in two halves (a one-row part stays whole). */
function halves(batch: readonly LoadedPart[]): Part[] {
  return batch.flatMap(({ part }) => {
    if (part.rows === 1) return [part];
    const h = Math.ceil(part.rows / 2);
    return [
      { target: part.target, row0: part.row0, rows: h },
      { target: part.target, row0: part.row0 + h, rows: part.rows - h },
    ];
  });
}
