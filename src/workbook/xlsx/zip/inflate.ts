/**
 * Inflating a zip entry: whole, or as a stream of chunks (fflate, or the platform's native DecompressionStream
 * when there is one) so that a large sheet never has to be held whole. Browser-safe.
 */
import { Inflate, inflateSync } from "fflate";
import { t } from "../../../messages";
import { type ZipEntry, ZipError } from "./zip";

/** The uncompressed content of an entry. */
export function inflateEntry(e: ZipEntry): Uint8Array {
  if (e.method === 0) return e.data;
  if (e.method !== 8) throw new ZipError(t("zip.method", { part: e.name, method: e.method }));
  if (e.flags & 1) throw new ZipError(t("zip.encrypted", { part: e.name }));
  try {
    return inflateSync(e.data, { out: new Uint8Array(e.size) });
  } catch {
    // fflate's own words ("invalid block type") would tell the accountant nothing: the entry is damaged.
    throw new ZipError(t("zip.badEntry", { part: e.name }));
  }
}

/**
 * Inflates an entry as a stream: `onChunk` receives successive pieces of the content (each a fresh view that
 * the callback may keep), so a large sheet never has to be held whole.
 */
export function inflateEntryChunks(
  e: ZipEntry,
  onChunk: (chunk: Uint8Array, final: boolean) => boolean | void,
  step = 1 << 16,
): void {
  if (e.method === 0) {
    onChunk(e.data, true);
    return;
  }
  if (e.method !== 8) throw new ZipError(t("zip.method", { part: e.name, method: e.method }));
  if (e.flags & 1) throw new ZipError(t("zip.encrypted", { part: e.name }));
  let ended = false;
  let callbackError: unknown = undefined;
  const inf = new Inflate((chunk, final) => {
    if (ended) return;
    if (final) ended = true;
    try {
      if (onChunk(chunk, final) === true) ended = true;
    } catch (err) {
      callbackError = err;
      throw err;
    }
  });
  const d = e.data;
  if (d.length === 0) {
    onChunk(new Uint8Array(0), true);
    return;
  }
  for (let o = 0; o < d.length && !ended; o += step) {
    const end = Math.min(d.length, o + step);
    try {
      inf.push(d.subarray(o, end), end === d.length);
    } catch (err) {
      // The reader's own error (e.g. a sheet cut in a row) passes; fflate's means the entry is damaged.
      if (err === callbackError) throw err;
      throw new ZipError(t("zip.badEntry", { part: e.name }));
    }
  }
  if (!ended) onChunk(new Uint8Array(0), true);
}

interface DecompressionStreamLike {
  readonly readable: ReadableStream<Uint8Array>;
  readonly writable: WritableStream<Uint8Array>;
}

/** The platform's native raw-deflate decompressor (browsers, Node 18+), if any. */
function nativeInflater(): DecompressionStreamLike | null {
  const DS = (globalThis as { DecompressionStream?: new (format: string) => DecompressionStreamLike })
    .DecompressionStream;
  if (!DS) return null;
  try {
    return new DS("deflate-raw");
  } catch {
    return null;
  }
}

/**
 * Like inflateEntryChunks, but with the platform's native DecompressionStream when there is one (it inflates
 * off the main thread in Node, natively in browsers), else fflate. `onChunk` returning true stops early.
 */
export async function inflateEntryChunksAsync(
  e: ZipEntry,
  onChunk: (chunk: Uint8Array, final: boolean) => boolean | void,
): Promise<void> {
  const ds = e.method === 8 && !(e.flags & 1) && e.data.length > 0 ? nativeInflater() : null;
  if (!ds) {
    inflateEntryChunks(e, onChunk, 1 << 18);
    return;
  }
  const writer = ds.writable.getWriter();
  const reader = ds.readable.getReader();
  const data = e.data;
  const step = 1 << 20;
  let stopped = false;
  const feeding = (async () => {
    try {
      for (let o = 0; o < data.length && !stopped; o += step)
        await writer.write(data.subarray(o, Math.min(data.length, o + step)));
      if (!stopped) await writer.close();
    } catch {
      /* reported by the reader */
    }
  })();
  let callbackError: unknown = undefined;
  const callback = (chunk: Uint8Array, final: boolean): boolean | void => {
    try {
      return onChunk(chunk, final);
    } catch (err) {
      callbackError = err;
      throw err;
    }
  };
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        callback(new Uint8Array(0), true);
        break;
      }
      if (callback(value, false) === true) {
        stopped = true;
        await reader.cancel().catch(() => undefined);
        break;
      }
    }
  } catch (err) {
    // The reader's own error (e.g. a sheet cut in a row) passes; the inflater's means the entry is damaged.
    if (err === callbackError || err instanceof ZipError) throw err;
    throw new ZipError(t("zip.badEntry", { part: e.name }));
  } finally {
    stopped = true;
    await feeding;
  }
}
