/**
 * The Office.js implementation of the workbook port (task pane in Excel on Windows, Mac and the web). Every
 * Office call of the port is in this folder; this class keeps what was read and which host features to use:
 *  - reading (snapshot.ts): one Excel.run of three syncs loads the input tables, sheet names and markers;
 *  - appending rows below an input table (append.ts), in requests under the byte budget;
 *  - writing output sheets (writeSheets.ts), planned (plan.ts) and packed into requests under the budget,
 *    so that the number of syncs follows the bytes written, not the number of producers.
 */
import { t } from "../../messages";
import type { AppendResult, GeneratedSheet, OutputSheet, TableData, WorkbookPort } from "../port";
import { type AppendedRows, rowBlock } from "../rows";
import { appendRowAt } from "../reading";
import { normalizeKey } from "../../inputs";
import { appendIn } from "./append";
import { isPayloadTooLarge, OP_OVERHEAD, REQUEST_BUDGET, type ExcelHost } from "./host";
import { packRequests, piecesOf, planSheet } from "./plan";
import type { ReadLimit } from "./readValues";
import { loadSnapshot, type Snapshot } from "./snapshot";
import { sendRequests, sheetsToDelete } from "./writeSheets";

export interface OfficeWorkbookOptions {
  /** Input tables loaded together with the first read (the run's five); others are loaded when asked. */
  tables?: readonly string[];
  /** Request budget in estimated bytes (default 4 MB, under Excel on the web's 5 MB). */
  requestBytes?: number;
  /** Cells read per request at most (halved and retried if Excel still finds the response too large). */
  readCells?: number;
}

/** Cells per read request: about 3 MB of typical input values (numbers, dates, short codes). */
const DEFAULT_READ_CELLS = 400_000;

export class OfficeWorkbook implements WorkbookPort {
  private snapshot: Snapshot | null = null;
  private readonly wanted: string[];
  private readonly requestBytes: number;
  private readonly readLimit: ReadLimit;
  /** Statistics of the last writeSheets: requests sent and their estimated sizes. */
  lastWrite: { requests: number; bytes: number[] } = { requests: 0, bytes: [] };

  constructor(
    private readonly host: ExcelHost,
    options: OfficeWorkbookOptions = {},
  ) {
    this.wanted = [...(options.tables ?? [])];
    this.requestBytes = options.requestBytes ?? REQUEST_BUDGET;
    this.readLimit = { cells: options.readCells ?? DEFAULT_READ_CELLS };
  }

  private api(version: string): boolean {
    return this.host.isSetSupported("ExcelApi", version);
  }

  // -------------------------------------------------------------------------------------------- reading

  async readTable(name: string): Promise<TableData | null> {
    const key = normalizeKey(name);
    let snap = await this.load();
    if (!snap.tables.has(key)) {
      this.wanted.push(name);
      this.snapshot = null;
      snap = await this.load();
    }
    return snap.tables.get(key) ?? null;
  }

  async sheetNames(): Promise<string[]> {
    return [...(await this.load()).sheets];
  }

  async generatedSheets(): Promise<GeneratedSheet[]> {
    return [...(await this.load()).generated];
  }

  /** Forgets what was read (the next call reads the workbook again). */
  invalidate(): void {
    this.snapshot = null;
  }

  private async load(): Promise<Snapshot> {
    if (this.snapshot) return this.snapshot;
    for (;;) {
      try {
        this.snapshot = await this.host.run((ctx) => loadSnapshot(ctx, this.wanted, this.api("1.4"), this.readLimit));
        return this.snapshot;
      } catch (e) {
        // Excel on the web: a response over 5 MB. Read smaller row ranges.
        if (isPayloadTooLarge(e) && this.readLimit.cells > 1000) {
          this.readLimit.cells = Math.floor(this.readLimit.cells / 2);
          continue;
        }
        throw e;
      }
    }
  }

  // ----------------------------------------------------------------------------------- appending rows

  /** Appends rows below the input table `name` (data intake): append.ts says how, and in which order. */
  async appendRows(name: string, appended: AppendedRows): Promise<AppendResult> {
    const rows = rowBlock(appended);
    const table = await this.readTable(name);
    if (!table) throw new Error(t("workbook.noTable", { name }));
    const snap = await this.load();
    const isSheet = snap.sheets.some((n) => normalizeKey(n) === normalizeKey(name));
    // The append rule of both ports (reading.ts): right below the table's last data row.
    const firstRow = appendRowAt(table);
    if (rows.length === 0) return { sheet: table.sheet, firstRow, lastRow: firstRow - 1 };
    const severalRows = this.api("1.4");
    const suspendCalculation = this.api("1.6");
    this.snapshot = null;
    await this.host.run((ctx) =>
      appendIn(ctx, {
        table,
        tableName: isSheet ? null : name,
        rows,
        firstRow,
        requestBytes: this.requestBytes,
        severalRows,
        suspendCalculation,
      }),
    );
    return { sheet: table.sheet, firstRow, lastRow: firstRow + rows.length - 1 };
  }

  // -------------------------------------------------------------------------------------------- writing

  async writeSheets(
    sheets: OutputSheet[],
    key: string,
    replace: string[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<void> {
    // The generated-sheet marker is a sheet-scoped name (ExcelApi 1.4): without it a re-run could not find
    // what it wrote, so nothing is written.
    if (!this.api("1.4")) throw new Error(t("workbook.excelTooOld"));
    const deletions = sheetsToDelete(await this.load(), sheets, replace, key);
    const plans = sheets.map(planSheet);
    // Each deletion is one operation of the first request.
    const requests = packRequests(piecesOf(plans), this.requestBytes, deletions.length * OP_OVERHEAD);
    if (requests.length === 0 && deletions.length > 0) requests.push([]);
    this.lastWrite = { requests: requests.length, bytes: requests.map((r) => r.reduce((n, p) => n + p.bytes, 0)) };
    const features = {
      rangeAreas: this.api("1.9"),
      screen: this.api("1.9"),
      calc: this.api("1.6"),
      pageLayout: this.api("1.9"),
    };
    this.snapshot = null; // whatever happens, the workbook changes
    await this.host.run((ctx) => sendRequests(ctx, { plans, requests, deletions, key, features }, onProgress));
  }
}
