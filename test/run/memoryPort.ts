/**
 * An in-memory WorkbookPort for tests: input sheets are arrays of rows (first non-empty row = headers),
 * written sheets are kept as OutputSheets with their generated-sheet key. Follows the port's contract:
 * tables found case- and accent-insensitively, blank rows skipped, only generated sheets may be replaced.
 */
import type { CellValue, GeneratedSheet, OutputSheet, TableData, WorkbookPort } from "../../src/workbook/port";
import { normalizeKey } from "../../src/inputs";
import { sheetNameKey, checkNewSheetNames } from "../../src/workbook/names";
import { TableReader } from "../../src/workbook/reading";

export interface MemorySheet {
  name: string;
  cells?: CellValue[][];
  output?: OutputSheet;
  generated?: string;
}

export class MemoryWorkbook implements WorkbookPort {
  sheets: MemorySheet[] = [];
  writes = 0;

  constructor(tables: Record<string, CellValue[][]> = {}) {
    for (const [name, cells] of Object.entries(tables)) this.sheets.push({ name, cells });
  }

  addSheet(name: string, cells: CellValue[][] = [["user"]]): this {
    this.sheets.push({ name, cells });
    return this;
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => sheetNameKey(s.name) === sheetNameKey(name));
  }

  output(name: string): OutputSheet {
    const s = this.sheet(name);
    if (!s?.output) throw new Error(`no output sheet ${name}`);
    return s.output;
  }

  async readTable(name: string): Promise<TableData | null> {
    const s = this.sheets.find((x) => x.cells && normalizeKey(x.name) === normalizeKey(name));
    if (!s?.cells) return null;
    // The ports' own reading rules (src/workbook/reading.ts), so that the run's tests read as the ports do.
    const reader = new TableReader(s.name, null);
    for (let i = 0; i < s.cells.length; i++) {
      const row = s.cells[i].map((v) => (v === undefined || v === "" ? null : v));
      reader.row(
        i + 1,
        row.length,
        Array.from(row, (_, j) => j + 1),
        row,
      );
    }
    if (reader.result.headerRow === 0) return { ...reader.result, headerRow: 1, firstColumn: 1 };
    return reader.result;
  }

  async sheetNames(): Promise<string[]> {
    return this.sheets.map((s) => s.name);
  }

  async generatedSheets(): Promise<GeneratedSheet[]> {
    return this.sheets.filter((s) => s.generated !== undefined).map((s) => ({ name: s.name, key: s.generated! }));
  }

  async writeSheets(
    sheets: OutputSheet[],
    key: string,
    replace: string[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<void> {
    for (const name of replace) {
      const s = this.sheet(name);
      if (!s || s.generated === undefined) throw new Error(`sheet ${name} was not generated`);
    }
    const keep = this.sheets.filter((s) => !replace.some((r) => sheetNameKey(r) === sheetNameKey(s.name)));
    checkNewSheetNames(
      sheets.map((s) => s.name),
      keep.map((s) => s.name),
    );
    this.sheets = keep;
    sheets.forEach((sheet, i) => {
      this.sheets.push({ name: sheet.name, output: sheet, generated: key });
      onProgress?.(i + 1, sheets.length);
    });
    this.writes++;
  }
}

/** The values of an output sheet as a grid (strings, numbers, booleans, null). */
export function values(sheet: OutputSheet): (string | number | boolean | null)[][] {
  return sheet.rows.map((r) => (r ? r.map((c) => c.value) : []));
}

/** The first row whose column A equals `label`. */
export function rowOf(sheet: OutputSheet, label: string): (string | number | boolean | null)[] | undefined {
  return values(sheet).find((r) => r[0] === label);
}
