/**
 * The parts of an .xlsx package, by path: read as bytes or text, replaced, added, deleted, written back as an
 * archive. A part not changed stays its original compressed bytes. Changes may be deferred: their parts are
 * built when a part is next read or the package saved (rows appended are kept as cells until then).
 */
import { t } from "../../messages";
import { type ZipEntry, readZip } from "./zip/zip";
import { inflateEntry } from "./zip/inflate";
import { type Crc32, type DeflateRaw, makeEntry, writeZip } from "./zip/zipWrite";

const utf8 = new TextDecoder("utf-8");
const utf8enc = new TextEncoder();

export class PackageParts {
  private readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  /** Changes whose parts are built when a part is next needed, in order. */
  private deferred: (() => void)[] = [];

  /** The package of an .xlsx file's bytes (copied: the caller's bytes are never kept nor modified). */
  constructor(
    bytes: Uint8Array,
    private readonly deflateRaw: DeflateRaw | undefined,
    private readonly crc32: Crc32 | undefined,
  ) {
    // new Uint8Array copies even a Node Buffer, whose slice() is a view.
    this.entries = readZip(new Uint8Array(bytes));
    for (const e of this.entries) this.byName.set(e.name.toLowerCase(), e);
    if (!this.byName.has("[content_types].xml")) throw new Error(t("workbook.noContentTypes"));
  }

  /** The zip entry of a part (any case, with or without a leading "/"). */
  entry(path: string): ZipEntry | undefined {
    if (this.deferred.length > 0) this.flush();
    return this.byName.get(path.replace(/^\//, "").toLowerCase());
  }

  has(path: string): boolean {
    return this.entry(path) !== undefined;
  }

  /** Every part's name, as stored. */
  names(): string[] {
    if (this.deferred.length > 0) this.flush();
    return this.entries.map((e) => e.name);
  }

  /** A part's text (UTF-8, or UTF-16 with its byte order mark), null when there is no such part. */
  text(path: string): string | null {
    const e = this.entry(path);
    if (!e) return null;
    const b = inflateEntry(e);
    if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) {
      return new TextDecoder(b[0] === 0xff ? "utf-16le" : "utf-16be").decode(b.subarray(2));
    }
    const s = utf8.decode(b);
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  }

  /** A new part's zip entry, compressed now (with the package's compressor), not yet added. */
  compress(path: string, content: Uint8Array): ZipEntry {
    return makeEntry(path, content, this.deflateRaw, this.crc32);
  }

  /** Replaces a part (keeping its zip name and attributes) or adds it. */
  set(path: string, content: Uint8Array | string): void {
    const bytes = typeof content === "string" ? utf8enc.encode(content) : content;
    const old = this.entry(path);
    const name = old ? old.name : path;
    const e = this.compress(name, bytes);
    if (old) {
      e.nameBytes = old.nameBytes;
      e.flags = old.flags;
      e.externalAttrs = old.externalAttrs;
      e.versionMadeBy = old.versionMadeBy;
      this.entries[this.entries.indexOf(old)] = e;
    } else this.entries.push(e);
    this.byName.set(name.toLowerCase(), e);
  }

  /** Adds a part compressed beforehand (compress). */
  add(e: ZipEntry): void {
    this.entries.push(e);
    this.byName.set(e.name.toLowerCase(), e);
  }

  delete(path: string): void {
    const e = this.entry(path);
    if (!e) return;
    this.entries.splice(this.entries.indexOf(e), 1);
    this.byName.delete(e.name.toLowerCase());
  }

  /** Builds this change's parts when a part is next needed. */
  defer(change: () => void): void {
    this.deferred.push(change);
  }

  /** The package as .xlsx bytes (a new array each time). */
  toBytes(): Uint8Array {
    this.flush();
    return writeZip(this.entries);
  }

  private flush(): void {
    const work = this.deferred;
    this.deferred = [];
    for (const w of work) w();
  }
}
