/**
 * Minimal ZIP container for .xlsx: the entries of an archive read from its central directory, each a view of
 * its compressed bytes (inflate.ts inflates one on demand, zipWrite.ts writes an archive). Browser-safe.
 */
import { t } from "../../../messages";

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
  const { count, offset } = centralDirectory(buf);
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    const { entry, next } = centralEntry(buf, p);
    entries.push(entry);
    p = next;
  }
  return entries;
}

/** Where the central directory starts and how many entries it holds, from the end of central directory. */
function centralDirectory(buf: Uint8Array): { count: number; offset: number } {
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
  const count = u16(buf, eocd + 10);
  const size = u32(buf, eocd + 12);
  const offset = u32(buf, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff || size === 0xffffffff) {
    // ZIP64 end of central directory locator just before the EOCD.
    const loc = eocd - 20;
    if (loc >= 0 && u32(buf, loc) === 0x07064b50) {
      const z64 = u64(buf, loc + 8);
      if (u32(buf, z64) !== 0x06064b50) throw new ZipError(t("zip.badDirectory"));
      return { count: u64(buf, z64 + 32), offset: u64(buf, z64 + 48) };
    }
  }
  return { count, offset };
}

/** The entry whose central directory header is at `p`, and where the next header starts. */
function centralEntry(buf: Uint8Array, p: number): { entry: ZipEntry; next: number } {
  if (p + 46 > buf.length || u32(buf, p) !== 0x02014b50) throw new ZipError(t("zip.badDirectory"));
  const flags = u16(buf, p + 8);
  const nameLen = u16(buf, p + 28);
  const extraLen = u16(buf, p + 30);
  const nameBytes = buf.subarray(p + 46, p + 46 + nameLen);
  const sizes = zip64Sizes(buf, p + 46 + nameLen, extraLen, {
    size: u32(buf, p + 24),
    compressedSize: u32(buf, p + 20),
    localOffset: u32(buf, p + 42),
  });
  const name = (flags & 0x800 ? utf8.decode(nameBytes) : cp437(nameBytes)).replace(/\\/g, "/");
  const local = sizes.localOffset;
  if (u32(buf, local) !== 0x04034b50) throw new ZipError(t("zip.badEntry", { part: name }));
  const dataStart = local + 30 + u16(buf, local + 26) + u16(buf, local + 28);
  if (dataStart + sizes.compressedSize > buf.length) throw new ZipError(t("zip.truncated", { part: name }));
  const entry: ZipEntry = {
    name,
    nameBytes,
    flags,
    method: u16(buf, p + 10),
    modTime: u16(buf, p + 12),
    modDate: u16(buf, p + 14),
    crc: u32(buf, p + 16),
    compressedSize: sizes.compressedSize,
    size: sizes.size,
    externalAttrs: u32(buf, p + 38),
    versionMadeBy: u16(buf, p + 4),
    data: buf.subarray(dataStart, dataStart + sizes.compressedSize),
  };
  return { entry, next: p + 46 + nameLen + extraLen + u16(buf, p + 32) };
}

interface EntrySizes {
  size: number;
  compressedSize: number;
  localOffset: number;
}

/** The sizes a ZIP64 extra field (in [e, e + extraLen)) gives for those saturated at 0xffffffff. */
function zip64Sizes(buf: Uint8Array, e: number, extraLen: number, sizes: EntrySizes): EntrySizes {
  const FULL = 0xffffffff;
  if (sizes.size !== FULL && sizes.compressedSize !== FULL && sizes.localOffset !== FULL) return sizes;
  const out = { ...sizes };
  for (const eEnd = e + extraLen; e + 4 <= eEnd; e += 4 + u16(buf, e + 2)) {
    if (u16(buf, e) !== 0x0001) continue;
    let q = e + 4;
    for (const key of ["size", "compressedSize", "localOffset"] as const) {
      if (sizes[key] !== FULL) continue;
      out[key] = u64(buf, q);
      q += 8;
    }
    break;
  }
  return out;
}
