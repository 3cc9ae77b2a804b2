/**
 * A workbook port that remembers the tables it has read: the 12-month history reads the same input tables
 * as the run, without asking Excel again; the month's state (src/month) reads each table once.
 */
import type { TableData, WorkbookPort } from "./port";
import { normalizeKey } from "../inputs";

export class CachingPort implements WorkbookPort {
  private readonly tables = new Map<string, Promise<TableData | null>>();
  constructor(private readonly inner: WorkbookPort) {}
  readTable(name: string): Promise<TableData | null> {
    const key = normalizeKey(name);
    let t = this.tables.get(key);
    if (!t) {
      t = this.inner.readTable(name);
      this.tables.set(key, t);
    }
    return t;
  }
  sheetNames(): Promise<string[]> {
    return this.inner.sheetNames();
  }
  generatedSheets() {
    return this.inner.generatedSheets();
  }
  writeSheets(...args: Parameters<WorkbookPort["writeSheets"]>): Promise<void> {
    return this.inner.writeSheets(...args);
  }
}
