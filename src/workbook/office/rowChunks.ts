/** Appended rows in requests under the byte budget (append.ts), by the JSON size of what each row sends. */
import type { CellValue } from "../port";
import type { RowBlock } from "../rows";
import { jsonBytes, OP_OVERHEAD } from "./host";

export interface RowChunk {
  /** Index of the chunk's first row in the rows appended. */
  start: number;
  values: CellValue[][];
  formats: string[][];
}

/** What a request carries besides the rows: a dozen object paths and actions. */
const APPEND_REQUEST_OVERHEAD = 12 * OP_OVERHEAD;

/**
 * The rows in chunks whose values, formats (and blank rows for rows.add) stay under the request budget by
 * their JSON size; at least one row per chunk.
 */
export function* packRows(
  rows: RowBlock,
  values: (row: number) => CellValue[],
  formats: (row: number) => string[],
  budget: number,
  extraPerRow: number,
): Generator<RowChunk> {
  const formatBytes = new Map<string, number>();
  let chunk: RowChunk = { start: 0, values: [], formats: [] };
  let bytes = APPEND_REQUEST_OVERHEAD;
  for (let i = 0; i < rows.length; i++) {
    const v = values(i);
    const f = formats(i);
    let size = extraPerRow + 4;
    for (const x of v) size += cellBytes(x) + 1;
    for (const x of f) {
      let n = formatBytes.get(x);
      if (n === undefined) formatBytes.set(x, (n = jsonBytes(x)));
      size += n + 1;
    }
    if (chunk.values.length > 0 && bytes + size > budget) {
      yield chunk;
      chunk = { start: i, values: [], formats: [] };
      bytes = APPEND_REQUEST_OVERHEAD;
    }
    chunk.values.push(v);
    chunk.formats.push(f);
    bytes += size;
  }
  if (chunk.values.length > 0) yield chunk;
}

/** JSON size of a cell value. */
function cellBytes(v: CellValue): number {
  if (v === null || typeof v === "object") return 4;
  if (typeof v === "string") return jsonBytes(v);
  if (typeof v === "boolean") return v ? 4 : 5;
  return String(v).length;
}
