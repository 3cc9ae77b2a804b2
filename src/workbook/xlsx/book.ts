/**
 * An open .xlsx workbook: its package's parts and what is read from them once and kept (the workbook part,
 * the shared strings, the 1904 date styles), with its worksheets and tables looked up by name.
 */
import { lookupTable } from "../reading";
import { inflateEntry } from "./zip/inflate";
import type { PackageParts } from "./parts";
import { parseSharedStrings } from "./read/richText";
import { dateStyleFlags } from "./read/dateStyles";
import { type TableInfo, readTables } from "./tables";
import { type SheetInfo, type WorkbookInfo, readWorkbookPart, workbookPath, workbookRelPart } from "./workbookPart";

export class Book {
  private info: WorkbookInfo | null = null;
  private path: string | null = null;
  private strings: string[] | null = null;
  private dateStyles: Uint8Array | null | undefined = undefined;

  constructor(readonly parts: PackageParts) {}

  workbook(): WorkbookInfo {
    return (this.info ??= readWorkbookPart(this.parts, (this.path ??= workbookPath(this.parts))));
  }

  /** The workbook part and the styles were rewritten: read them again when next needed. */
  workbookChanged(): void {
    this.info = null;
    this.dateStyles = undefined;
  }

  sharedStrings(): string[] {
    if (this.strings) return this.strings;
    const path = workbookRelPart(this.workbook(), "sharedStrings");
    const e = path !== null ? this.parts.entry(path) : undefined;
    this.strings = e ? parseSharedStrings(inflateEntry(e)) : [];
    return this.strings;
  }

  /** For 1904-based workbooks: which cell formats show dates (their serials are shifted to the 1900 system). */
  dateStyles1904(): Uint8Array | null {
    if (this.dateStyles !== undefined) return this.dateStyles;
    this.dateStyles = null;
    if (!this.workbook().date1904) return null;
    const path = workbookRelPart(this.workbook(), "styles");
    const xml = path !== null ? this.parts.text(path) : null;
    if (!xml) return null;
    this.dateStyles = dateStyleFlags(xml);
    return this.dateStyles;
  }

  worksheets(): SheetInfo[] {
    return this.workbook().sheets.filter((s) => s.kind === "worksheet");
  }

  tables(): TableInfo[] {
    return readTables(this.parts, this.workbook().sheets);
  }

  /** A worksheet of that name (case- and accent-insensitive), else the sheet of an Excel table of that name. */
  findTable(name: string): { sheet: SheetInfo; table: TableInfo | null } | null {
    const found = lookupTable(
      name,
      this.worksheets(),
      (s) => s.name,
      this.tables(),
      (t) => [t.displayName, t.name],
    );
    if (!found) return null;
    return found.table ? { sheet: found.table.sheet, table: found.table } : { sheet: found.sheet!, table: null };
  }
}
