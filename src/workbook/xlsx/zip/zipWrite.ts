/**
 * Writing the .xlsx archive: new entries deflated from their content, and the archive in which untouched
 * entries are copied as their original compressed bytes (their content is byte-identical, nothing is
 * recompressed). Browser-safe: deflate from fflate unless the caller gives another.
 */
import { deflateSync } from "fflate";
import { t } from "../../../messages";
import { crc32 } from "./crc32";
import { type ZipEntry, ZipError } from "./zip";

const utf8enc = new TextEncoder();

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
