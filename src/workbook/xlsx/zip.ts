/**
 * Minimal ZIP container for .xlsx: reads the central directory, inflates single entries on demand (whole or as
 * a stream of chunks), and writes a new archive in which untouched entries are copied as their original
 * compressed bytes (so their content is byte-identical and nothing is recompressed). Browser-safe: Uint8Array
 * only, inflate/deflate from fflate.
 */
import { Inflate, deflateSync, inflateSync } from "fflate";
import { t } from "../../messages";

export interface ZipEntry {
  /** Entry name as stored (forward slashes, no leading slash). */
  name: string;
  /** Raw name bytes and the UTF-8 flag, kept so a copied entry keeps its exact name. */
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  modTime: number;
  modDate: number;
  crc: number;
  compressedSize: number;
  size: number;
  externalAttrs: number;
  versionMadeBy: number;
  /** The compressed payload (a view into the archive for read entries). */
  data: Uint8Array;
}

/**
 * A damaged or unsupported archive. Its message is the catalogue's (zip.*), in the user's language, saying
 * what to do: it reaches the accountant as is (« … n'est pas un classeur Excel lisible : {message} »).
 */
export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipError";
  }
}

const utf8 = new TextDecoder("utf-8");
const utf8enc = new TextEncoder();

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
}
function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

function cp437(bytes: Uint8Array): string {
  // Names are ASCII in practice when the UTF-8 flag is off; decode bytes 1:1 otherwise.
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

/** Parses the central directory. Entries keep views into `buf` (no copy). */
export function readZip(buf: Uint8Array): ZipEntry[] {
  // End of central directory: scan back from the end (comment up to 64 KiB).
  let eocd = -1;
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf[i] === 0x50 && buf[i + 1] === 0x4b && buf[i + 2] === 0x05 && buf[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError(t("zip.notZip"));
  let count = u16(buf, eocd + 10);
  let cdSize = u32(buf, eocd + 12);
  let cdOffset = u32(buf, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    // ZIP64 end of central directory locator just before the EOCD.
    const loc = eocd - 20;
    if (loc >= 0 && u32(buf, loc) === 0x07064b50) {
      const z64 = u64(buf, loc + 8);
      if (u32(buf, z64) !== 0x06064b50) throw new ZipError(t("zip.badDirectory"));
      count = u64(buf, z64 + 32);
      cdSize = u64(buf, z64 + 40);
      cdOffset = u64(buf, z64 + 48);
    }
  }
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || u32(buf, p) !== 0x02014b50) throw new ZipError(t("zip.badDirectory"));
    const versionMadeBy = u16(buf, p + 4);
    const flags = u16(buf, p + 8);
    const method = u16(buf, p + 10);
    const modTime = u16(buf, p + 12);
    const modDate = u16(buf, p + 14);
    const crc = u32(buf, p + 16);
    let compressedSize = u32(buf, p + 20);
    let size = u32(buf, p + 24);
    const nameLen = u16(buf, p + 28);
    const extraLen = u16(buf, p + 30);
    const commentLen = u16(buf, p + 32);
    const externalAttrs = u32(buf, p + 38);
    let localOffset = u32(buf, p + 42);
    const nameBytes = buf.subarray(p + 46, p + 46 + nameLen);
    // ZIP64 extended information in the extra field.
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      let e = p + 46 + nameLen;
      const eEnd = e + extraLen;
      while (e + 4 <= eEnd) {
        const id = u16(buf, e);
        const len = u16(buf, e + 2);
        if (id === 0x0001) {
          let q = e + 4;
          if (size === 0xffffffff) ((size = u64(buf, q)), (q += 8));
          if (compressedSize === 0xffffffff) ((compressedSize = u64(buf, q)), (q += 8));
          if (localOffset === 0xffffffff) localOffset = u64(buf, q);
          break;
        }
        e += 4 + len;
      }
    }
    const name = (flags & 0x800 ? utf8.decode(nameBytes) : cp437(nameBytes)).replace(/\\/g, "/");
    if (u32(buf, localOffset) !== 0x04034b50) throw new ZipError(t("zip.badEntry", { part: name }));
    const dataStart = localOffset + 30 + u16(buf, localOffset + 26) + u16(buf, localOffset + 28);
    if (dataStart + compressedSize > buf.length) throw new ZipError(t("zip.truncated", { part: name }));
    entries.push({
      name,
      nameBytes,
      flags,
      method,
      modTime,
      modDate,
      crc,
      compressedSize,
      size,
      externalAttrs,
      versionMadeBy,
      data: buf.subarray(dataStart, dataStart + compressedSize),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

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

/** Slice-by-8 tables: tables[k * 256 + b] is the CRC of byte b followed by k zero bytes. */
let crcTables: Int32Array | null = null;

function makeCrcTables(): Int32Array {
  const t = new Int32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    let c = t[n];
    for (let k = 1; k < 8; k++) {
      c = t[c & 0xff] ^ (c >>> 8);
      t[k * 256 + n] = c;
    }
  }
  return t;
}

/**
 * CRC-32 (zip's checksum) in plain JS, eight bytes per step (slice-by-8: about four times faster than a byte
 * at a time on an import's 20 MB sheet; Node passes zlib.crc32 instead, see XlsxOptions).
 */
export function crc32(data: Uint8Array): number {
  const t = (crcTables ??= makeCrcTables());
  let c = -1;
  let i = 0;
  const n8 = data.length - (data.length & 7);
  for (; i < n8; i += 8) {
    const lo = c ^ (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24));
    const hi = data[i + 4] | (data[i + 5] << 8) | (data[i + 6] << 16) | (data[i + 7] << 24);
    c =
      t[1792 + (lo & 0xff)] ^
      t[1536 + ((lo >>> 8) & 0xff)] ^
      t[1280 + ((lo >>> 16) & 0xff)] ^
      t[1024 + (lo >>> 24)] ^
      t[768 + (hi & 0xff)] ^
      t[512 + ((hi >>> 8) & 0xff)] ^
      t[256 + ((hi >>> 16) & 0xff)] ^
      t[hi >>> 24];
  }
  for (; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** Raw DEFLATE compressor (no zlib header). */
export type DeflateRaw = (data: Uint8Array) => Uint8Array;

export const fflateDeflateRaw: DeflateRaw = (data) => deflateSync(data, { level: 6 });

/** CRC-32 of a part (the zip's checksum). */
export type Crc32 = (data: Uint8Array) => number;

/** A new entry from uncompressed content (deflated here, by fflate unless another compressor is given). */
export function makeEntry(
  name: string,
  content: Uint8Array,
  deflateRaw: DeflateRaw = fflateDeflateRaw,
  crc: Crc32 = crc32,
): ZipEntry {
  const { time, date } = dosDateTime(new Date());
  const compressed = content.length === 0 ? content : deflateRaw(content);
  const stored = compressed.length >= content.length;
  const nameBytes = utf8enc.encode(name);
  return {
    name,
    nameBytes,
    flags: /[^\x20-\x7e]/.test(name) ? 0x800 : 0,
    method: stored ? 0 : 8,
    modTime: time,
    modDate: date,
    crc: crc(content) >>> 0,
    compressedSize: stored ? content.length : compressed.length,
    size: content.length,
    externalAttrs: 0,
    versionMadeBy: 20,
    data: stored ? content : compressed,
  };
}

/** Writes an archive. Entries are written in the given order with their compressed data as is. */
export function writeZip(entries: ZipEntry[]): Uint8Array {
  let total = 22;
  for (const e of entries) total += 30 + e.nameBytes.length + e.data.length + 46 + e.nameBytes.length;
  if (total > 0xfffffff0 || entries.length > 0xfffe) throw new ZipError(t("zip.tooLarge"));
  const out = new Uint8Array(total);
  const dv = new DataView(out.buffer);
  let p = 0;
  const offsets: number[] = [];
  for (const e of entries) {
    offsets.push(p);
    // Bit 3 (data descriptor) is dropped: sizes and CRC are known and written in the local header.
    const flags = e.flags & 0x0800;
    dv.setUint32(p, 0x04034b50, true);
    dv.setUint16(p + 4, e.method === 8 ? 20 : 10, true);
    dv.setUint16(p + 6, flags, true);
    dv.setUint16(p + 8, e.method, true);
    dv.setUint16(p + 10, e.modTime, true);
    dv.setUint16(p + 12, e.modDate, true);
    dv.setUint32(p + 14, e.crc, true);
    dv.setUint32(p + 18, e.compressedSize, true);
    dv.setUint32(p + 22, e.size, true);
    dv.setUint16(p + 26, e.nameBytes.length, true);
    dv.setUint16(p + 28, 0, true);
    out.set(e.nameBytes, p + 30);
    p += 30 + e.nameBytes.length;
    out.set(e.data, p);
    p += e.data.length;
  }
  const cdStart = p;
  entries.forEach((e, i) => {
    dv.setUint32(p, 0x02014b50, true);
    dv.setUint16(p + 4, e.versionMadeBy, true);
    dv.setUint16(p + 6, e.method === 8 ? 20 : 10, true);
    dv.setUint16(p + 8, e.flags & 0x0800, true);
    dv.setUint16(p + 10, e.method, true);
    dv.setUint16(p + 12, e.modTime, true);
    dv.setUint16(p + 14, e.modDate, true);
    dv.setUint32(p + 16, e.crc, true);
    dv.setUint32(p + 20, e.compressedSize, true);
    dv.setUint32(p + 24, e.size, true);
    dv.setUint16(p + 28, e.nameBytes.length, true);
    dv.setUint16(p + 30, 0, true);
    dv.setUint16(p + 32, 0, true);
    dv.setUint16(p + 34, 0, true);
    dv.setUint16(p + 36, 0, true);
    dv.setUint32(p + 38, e.externalAttrs, true);
    dv.setUint32(p + 42, offsets[i], true);
    out.set(e.nameBytes, p + 46);
    p += 46 + e.nameBytes.length;
  });
  const cdSize = p - cdStart;
  dv.setUint32(p, 0x06054b50, true);
  dv.setUint16(p + 4, 0, true);
  dv.setUint16(p + 6, 0, true);
  dv.setUint16(p + 8, entries.length, true);
  dv.setUint16(p + 10, entries.length, true);
  dv.setUint32(p + 12, cdSize, true);
  dv.setUint32(p + 16, cdStart, true);
  dv.setUint16(p + 20, 0, true);
  return out;
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
