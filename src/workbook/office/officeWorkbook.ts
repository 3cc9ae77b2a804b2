/**
 * The Office.js implementation of the workbook port (task pane in Excel on Windows, Mac and the web).
 *
 * Reading: the first call loads a snapshot in one Excel.run — sync 1: worksheet and table names; sync 2: the
 * generated-sheet markers of every sheet and the bounds of every input table; sync 3: the values of all
 * input tables together (split in row ranges only when a response would pass Excel on the web's 5 MB).
 * readTable, sheetNames and generatedSheets are then answered from it.
 *
 * Writing: the sheets are planned (plan.ts) and packed into requests under a byte budget; each request is
 * one context.sync() with calculation and screen updating suspended. The first request also deletes the
 * replaced sheets. Every sheet gets its marker (a hidden sheet-scoped name MilkPay_Generated = "key/sheet name", the
 * same as the .xlsx port) in the request that creates it, so a run stopped half-way is replaced by the next.
 * Text cells get the "@" format before their values, in the same request: text never becomes a formula.
 */
import { t } from "../../messages";
import type {
  AppendResult,
  CellValue,
  GeneratedSheet,
  OutputCell,
  OutputSheet,
  TableData,
  WorkbookPort,
} from "../port";
import { type AppendedRows, type RowBlock, rowBlock } from "../rows";
import { TableReader, appendRowAt, hostCell, lookupTable } from "../reading";
import {
  GENERATED_MARKER,
  checkNewSheetNames,
  markerFormula,
  normalizeName,
  parseMarkerFormula,
  parseMarkerValue,
  sheetNameKey,
  stillGenerated,
} from "../names";
import { rangeAddress } from "./address";
import { HEADER_FILL, TEXT_FORMAT, numberFormatOf, type Look } from "./formats";
import { isPayloadTooLarge, jsonBytes, OP_OVERHEAD, REQUEST_BUDGET, type ExcelHost } from "./host";
import { AREAS_PER_CALL, packRequests, piecesOf, planSheet, type CellBlock, type Piece, type SheetPlan } from "./plan";

export interface OfficeWorkbookOptions {
  /** Input tables loaded together with the first read (the run's five); others are loaded when asked. */
  tables?: readonly string[];
  /** Request budget in estimated bytes (default 4 MB, under Excel on the web's 5 MB). */
  requestBytes?: number;
  /** Cells read per request at most (halved and retried if Excel still finds the response too large). */
  readCells?: number;
}

interface Snapshot {
  sheets: string[];
  generated: GeneratedSheet[];
  /** normalized name → table (null: none in the workbook). */
  tables: Map<string, TableData | null>;
  tableNames: string[];
}

/** Where an input table's cells are. */
interface Target {
  key: string;
  sheet: string;
  kind: "sheet" | "table";
  /** 0-based bounds of the cells to read (null: empty sheet). */
  row0: number;
  col0: number;
  rows: number;
  cols: number;
  /** Tables: header row shown, totals row shown, column names. */
  showHeaders?: boolean;
  showTotals?: boolean;
  columns?: string[];
}

/** Cells per read request: about 3 MB of typical input values (numbers, dates, short codes). */
const DEFAULT_READ_CELLS = 400_000;

export class OfficeWorkbook implements WorkbookPort {
  private snapshot: Snapshot | null = null;
  private readonly wanted: string[];
  private readonly requestBytes: number;
  private readCells: number;
  /** Statistics of the last writeSheets: requests sent and their estimated sizes. */
  lastWrite: { requests: number; bytes: number[] } = { requests: 0, bytes: [] };

  constructor(
    private readonly host: ExcelHost,
    options: OfficeWorkbookOptions = {},
  ) {
    this.wanted = [...(options.tables ?? [])];
    this.requestBytes = options.requestBytes ?? REQUEST_BUDGET;
    this.readCells = options.readCells ?? DEFAULT_READ_CELLS;
  }

  private api(version: string): boolean {
    return this.host.isSetSupported("ExcelApi", version);
  }

  // -------------------------------------------------------------------------------------------- reading

  async readTable(name: string): Promise<TableData | null> {
    const key = normalizeName(name);
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
        this.snapshot = await this.host.run((ctx) => this.loadIn(ctx));
        return this.snapshot;
      } catch (e) {
        // Excel on the web: a response over 5 MB. Read smaller row ranges.
        if (isPayloadTooLarge(e) && this.readCells > 1000) {
          this.readCells = Math.floor(this.readCells / 2);
          continue;
        }
        throw e;
      }
    }
  }

  private async loadIn(ctx: Excel.RequestContext): Promise<Snapshot> {
    const wb = ctx.workbook;
    // Sync 1: names of the worksheets and tables.
    const sheets = wb.worksheets.load("items/name");
    const tables = wb.tables.load("items/name");
    await ctx.sync();
    const sheetNames = sheets.items.map((s) => s.name);
    const tableNames = tables.items.map((t) => t.name);

    // Sync 2: markers, bounds of the wanted tables.
    const markerLists = this.api("1.4")
      ? sheets.items.map((s) => s.names.load("items/name,items/type,items/value"))
      : null;
    const keys = [...new Set(this.wanted.map(normalizeName))];
    const pending: { key: string; make: () => Target | null }[] = [];
    for (const key of keys) {
      const found = lookupTable(
        key,
        sheets.items,
        (s) => s.name,
        tables.items,
        (t) => [t.name],
      );
      if (found?.sheet) {
        const si = sheets.items.indexOf(found.sheet);
        const ws = found.sheet;
        const used = this.api("1.4") ? ws.getUsedRangeOrNullObject(true) : ws.getUsedRange(true);
        used.load("rowIndex,columnIndex,rowCount,columnCount");
        pending.push({
          key,
          make: () =>
            used.isNullObject
              ? { key, sheet: sheetNames[si], kind: "sheet", row0: 0, col0: 0, rows: 0, cols: 0 }
              : {
                  key,
                  sheet: sheetNames[si],
                  kind: "sheet",
                  row0: used.rowIndex,
                  col0: used.columnIndex,
                  rows: used.rowCount,
                  cols: used.columnCount,
                },
        });
        continue;
      }
      if (found?.table) {
        const t = found.table;
        t.load("showHeaders,showTotals");
        const ws = t.worksheet.load("name");
        const range = t.getRange().load("rowIndex,columnIndex,rowCount,columnCount");
        const columns = t.columns.load("items/name");
        pending.push({
          key,
          make: () => ({
            key,
            sheet: ws.name,
            kind: "table",
            row0: range.rowIndex,
            col0: range.columnIndex,
            rows: range.rowCount,
            cols: range.columnCount,
            showHeaders: t.showHeaders,
            showTotals: t.showTotals,
            columns: columns.items.map((c) => c.name),
          }),
        });
        continue;
      }
      pending.push({ key, make: () => null });
    }
    await ctx.sync();

    const generated: GeneratedSheet[] = [];
    if (markerLists) {
      markerLists.forEach((list, i) => {
        for (const item of list.items) {
          if (item.name.toLowerCase() !== GENERATED_MARKER.toLowerCase()) continue;
          const text = markerText(item.type, item.value);
          if (text === null) continue;
          const marker = parseMarkerValue(text);
          // Renamed by the user (« P001 archive mars »): the sheet is theirs now.
          if (stillGenerated(marker, sheetNames[i])) generated.push({ name: sheetNames[i], key: marker.key });
        }
      });
    }
    const result = new Map<string, TableData | null>();
    const targets: Target[] = [];
    for (const p of pending) {
      const t = p.make();
      if (t) targets.push(t);
      else result.set(p.key, null);
    }

    // Sync 3 (and more only for very large tables): the values.
    const values = await this.readValues(ctx, targets);
    targets.forEach((t, i) => result.set(t.key, toTable(t, values[i])));
    return { sheets: sheetNames, generated, tables: result, tableNames };
  }

  /** The values of each target, reading row ranges of at most readCells cells per request. */
  private async readValues(ctx: Excel.RequestContext, targets: Target[]): Promise<CellValue[][][]> {
    const out: CellValue[][][] = targets.map(() => []);
    type Part = { target: number; row0: number; rows: number };
    const parts: Part[] = [];
    targets.forEach((t, i) => {
      if (t.rows === 0 || t.cols === 0) return;
      const perPart = Math.max(1, Math.floor(this.readCells / t.cols));
      for (let r = 0; r < t.rows; r += perPart) parts.push({ target: i, row0: r, rows: Math.min(perPart, t.rows - r) });
    });
    let k = 0;
    while (k < parts.length) {
      const batch: { part: Part; range: Excel.Range }[] = [];
      let cells = 0;
      const first = k;
      while (
        k < parts.length &&
        (batch.length === 0 || cells + parts[k].rows * targets[parts[k].target].cols <= this.readCells)
      ) {
        const part = parts[k++];
        const t = targets[part.target];
        const ws = ctx.workbook.worksheets.getItem(t.sheet);
        const r1 = t.row0 + part.row0 + 1;
        const range = ws.getRange(rangeAddress(r1, t.col0 + 1, r1 + part.rows - 1, t.col0 + t.cols)).load("values");
        batch.push({ part, range });
        cells += part.rows * t.cols;
      }
      try {
        await ctx.sync();
      } catch (e) {
        // Excel on the web: the response would pass 5 MB. Split these parts in two and read them again.
        if (!isPayloadTooLarge(e) || batch.every((b) => b.part.rows === 1)) throw e;
        this.readCells = Math.max(1, Math.floor(cells / 2));
        const halves = batch.flatMap(({ part }) => {
          if (part.rows === 1) return [part];
          const h = Math.ceil(part.rows / 2);
          return [
            { target: part.target, row0: part.row0, rows: h },
            { target: part.target, row0: part.row0 + h, rows: part.rows - h },
          ];
        });
        parts.splice(first, k - first, ...halves);
        k = first;
        continue;
      }
      for (const { part, range } of batch) {
        const rows = out[part.target];
        for (const row of range.values) rows.push(row.map(hostCell));
      }
    }
    return out;
  }

  // ----------------------------------------------------------------------------------- appending rows

  /**
   * Appends rows below the input table `name` (data intake), from the row after its last non-blank row, in
   * requests under the byte budget (one sync each, after at most two syncs that find the Excel table).
   *
   * In every request the number formats are set before the values (text "@": a producer code "00123" or a
   * time "06:30" stays text; dates dd/mm/yyyy): Excel types a string written into a General cell as it
   * would a typed entry, and a cell's format set afterwards does not bring the text back.
   *
   * When the rows belong to an Excel table (the table `name`, or on the sheet `name` the table whose header
   * row is the sheet's header row and which reaches its last row), the table must grow to take them in.
   * Each request first adds the rows it needs with table.rows.add(null, blank rows) — ExcelApi 1.1, several
   * rows at once from 1.4 — then sets the formats, then the values, in that order within the request:
   *  - rows.add with the values themselves (what this did before) types them before any format is set;
   *  - formatting the cells below the table and then calling rows.add does not help either: alwaysInsert
   *    defaults to true, "the new rows will be inserted into the table", i.e. the cells below move down with
   *    the formats set on them, and alwaysInsert false ("added below the table") needs ExcelApi 1.15;
   *  - writing below the table and counting on its automatic expansion (the "Performance optimization"
   *    article: set values below the data body and "the table expands automatically") leaves the growth to
   *    a behavior whose conditions the reference does not give; table.resize needs ExcelApi 1.13.
   * Blank rows are typed into nothing, the inserted rows sit inside the table, and what lies below the table
   * in its columns moves down instead of being written over. A table with a totals row is refused, as the
   * .xlsx port does.
   */
  async appendRows(name: string, appended: AppendedRows): Promise<AppendResult> {
    const rows = rowBlock(appended);
    const table = await this.readTable(name);
    if (!table) throw new Error(t("workbook.noTable", { name }));
    const snap = await this.load();
    const isSheet = snap.sheets.some((n) => normalizeName(n) === normalizeName(name));
    // The append rule of both ports (reading.ts): right below the table's last data row.
    const firstRow = appendRowAt(table);
    const last = firstRow - 1;
    if (rows.length === 0) return { sheet: table.sheet, firstRow, lastRow: last };
    const width = Math.max(table.headers.length, rows.width);
    const col1 = table.firstColumn;
    const col2 = col1 + width - 1;
    // Excel takes values and formats row by row: each row's arrays are made as its request is packed.
    const values = (i: number) => Array.from({ length: width }, (_, j) => rows.cell(i, j)?.value ?? null);
    const formats = (i: number) =>
      Array.from({ length: width }, (_, j) => {
        const cell = rows.cell(i, j);
        return typeof cell?.value === "string" ? TEXT_FORMAT : (numberFormatOf(cell?.style ?? undefined) ?? "General");
      });
    const several = this.api("1.4");
    const calc = this.api("1.6");
    this.snapshot = null;
    await this.host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(table.sheet);
      const grow = await findGrowingTable(ctx, ws, table, isSheet ? null : name, col1, last);
      if (grow?.showTotals) throw new Error(t("workbook.totalsRow", { table: grow.name }));
      const blank = grow ? Array.from({ length: grow.cols }, () => "") : [];
      // Bytes of a blank row, twice: the rows.add call carries its arguments in its object path and its action.
      const blankBytes = grow ? 2 * (jsonBytes(blank) + 1) : 0;
      let end = grow ? grow.lastRow : 0;
      for (const chunk of packRows(rows, values, formats, this.requestBytes, blankBytes)) {
        if (calc) ctx.workbook.application.suspendApiCalculationUntilNextSync();
        const r1 = firstRow + chunk.start;
        const r2 = r1 + chunk.values.length - 1;
        if (grow && r2 > end) {
          const added = Array.from({ length: r2 - end }, () => blank);
          if (several) grow.table.rows.add(undefined, added);
          else for (const row of added) grow.table.rows.add(undefined, [row]);
          end = r2;
        }
        const range = ws.getRange(rangeAddress(r1, col1, r2, col2));
        range.numberFormat = chunk.formats;
        range.values = chunk.values as never;
        await ctx.sync();
      }
    });
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
    const snap = await this.load();
    const generated = new Set(snap.generated.map((g) => sheetNameKey(g.name)));
    const existing = new Map(snap.sheets.map((n) => [sheetNameKey(n), n]));
    const deleted = new Set<string>();
    const deletions: string[] = [];
    for (const name of replace) {
      const actual = existing.get(sheetNameKey(name));
      if (actual === undefined) throw new Error(t("workbook.noSuchSheet", { sheet: name }));
      if (!generated.has(sheetNameKey(actual))) {
        throw new Error(t("workbook.notGenerated", { sheet: actual, marker: GENERATED_MARKER }));
      }
      if (!deleted.has(sheetNameKey(actual))) deletions.push(actual);
      deleted.add(sheetNameKey(actual));
    }
    const remaining = snap.sheets.filter((n) => !deleted.has(sheetNameKey(n)));
    checkNewSheetNames(
      sheets.map((s) => s.name),
      remaining,
    );
    if (remaining.length === 0 && sheets.length === 0) throw new Error(t("workbook.lastSheet"));
    markerFormula(key); // checks the key before anything changes

    const plans = sheets.map(planSheet);
    const pieces = piecesOf(plans);
    const requests = packRequests(pieces, this.requestBytes, deletions.length * 200);
    if (requests.length === 0 && deletions.length > 0) requests.push([]);
    this.lastWrite = { requests: requests.length, bytes: requests.map((r) => r.reduce((n, p) => n + p.bytes, 0)) };

    const rangeAreas = this.api("1.9");
    const screen = this.api("1.9");
    const calc = this.api("1.6");
    const pageLayout = this.api("1.9");
    this.snapshot = null; // whatever happens, the workbook changes
    await this.host.run(async (ctx) => {
      const app = ctx.workbook.application;
      let done = 0;
      for (let i = 0; i < requests.length; i++) {
        if (calc) app.suspendApiCalculationUntilNextSync();
        if (screen) app.suspendScreenUpdatingUntilNextSync();
        // Sheets are added after the deletions, so a new sheet may take a replaced sheet's name.
        if (i === 0) for (const name of deletions) ctx.workbook.worksheets.getItem(name).delete();
        // Sheet objects of this request: the ones it adds, the others by name.
        const local = new Map<number, Excel.Worksheet>();
        const sheetOf = (index: number) => {
          let ws = local.get(index);
          if (!ws) {
            ws = ctx.workbook.worksheets.getItem(plans[index].name);
            local.set(index, ws);
          }
          return ws;
        };
        let finished = 0;
        for (const piece of requests[i]) {
          if (piece.kind === "create")
            local.set(
              piece.sheet,
              createSheet(ctx, plans[piece.sheet], "=" + markerFormula(key, plans[piece.sheet].name)),
            );
          else if (piece.kind === "block") writeBlock(sheetOf(piece.sheet), piece.block, rangeAreas);
          else {
            finishSheet(sheetOf(piece.sheet), plans[piece.sheet], pageLayout);
            finished++;
          }
        }
        await ctx.sync();
        done += finished;
        onProgress?.(done, sheets.length);
      }
    });
  }
}

/** The Excel table that appended rows go into, with its bounds (1-based rows). */
interface GrowingTable {
  table: Excel.Table;
  name: string;
  showTotals: boolean;
  /** Last row of the table's range (its totals row when it has one). */
  lastRow: number;
  cols: number;
}

/**
 * The table that rows appended below `data` belong to: the table `tableName`, or (a sheet) the table of that
 * sheet whose top row is the data's header row, which holds its first column and reaches its last row.
 * One sync for the sheet's tables, one for their bounds (none when the sheet has no table).
 */
async function findGrowingTable(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  data: TableData,
  tableName: string | null,
  col1: number,
  last: number,
): Promise<GrowingTable | null> {
  const list = ws.tables.load("items/name,items/showTotals");
  await ctx.sync();
  if (list.items.length === 0) {
    if (tableName !== null) throw new Error(t("workbook.noTable", { name: tableName }));
    return null;
  }
  const bounds = list.items.map((t) => t.getRange().load("rowIndex,columnIndex,rowCount,columnCount"));
  await ctx.sync();
  for (let i = 0; i < list.items.length; i++) {
    const t = list.items[i];
    const b = bounds[i];
    const top = b.rowIndex + 1;
    const bottom = b.rowIndex + b.rowCount;
    const grows = {
      table: t,
      name: t.name,
      showTotals: t.showTotals,
      lastRow: bottom,
      cols: b.columnCount,
    };
    if (tableName !== null) {
      if (normalizeName(t.name) === normalizeName(tableName)) return grows;
      continue;
    }
    if (top === data.headerRow && b.columnIndex + 1 <= col1 && col1 <= b.columnIndex + b.columnCount && bottom >= last)
      return grows;
  }
  if (tableName !== null) throw new Error(t("workbook.noTable", { name: tableName }));
  return null;
}

interface RowChunk {
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
function* packRows(
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

/** The text of a marker name's value ("2025-03/P001 2025-03" or ="…"), null when it is not a string constant. */
function markerText(type: string, value: unknown): string | null {
  if (typeof value !== "string") return null;
  if (type !== "String" && !/^\s*=?\s*"/.test(value)) return null;
  return parseMarkerFormula(value) ?? (type === "String" ? value : null);
}

/** The reading rules of both ports (reading.ts): header row, blank rows, Excel tables' header and totals rows. */
function toTable(t: Target, values: CellValue[][]): TableData {
  const reader = new TableReader(
    t.sheet,
    t.kind === "table"
      ? {
          r1: t.row0 + 1,
          r2: t.row0 + t.rows,
          c1: t.col0 + 1,
          c2: t.col0 + t.cols,
          headerRows: t.showHeaders === false ? 0 : 1,
          totalsRows: t.showTotals ? 1 : 0,
          columns: t.columns ?? [],
        }
      : null,
  );
  const cols = Array.from({ length: t.cols }, (_, j) => t.col0 + 1 + j);
  for (let i = 0; i < values.length && !reader.done; i++) reader.row(t.row0 + i + 1, values[i].length, cols, values[i]);
  return reader.result;
}

function createSheet(ctx: Excel.RequestContext, plan: SheetPlan, marker: string): Excel.Worksheet {
  const ws = ctx.workbook.worksheets.add(plan.name);
  // The marker first: a run stopped half-way leaves sheets that the next run recognizes and replaces.
  const item = ws.names.add(GENERATED_MARKER, marker);
  item.visible = false;
  for (const w of plan.widths) ws.getRange(w.columns).format.columnWidth = w.points;
  return ws;
}

function writeBlock(ws: Excel.Worksheet, block: CellBlock, rangeAreas: boolean): void {
  if (!block.address) return;
  const range = ws.getRange(block.address);
  // Formats first: a string written into an "@" cell stays text.
  if (block.formats) range.numberFormat = block.formats;
  range.values = block.values;
  for (const [look, areas] of Object.entries(block.looks) as [Look, string[]][]) {
    if (rangeAreas) {
      for (let i = 0; i < areas.length; i += AREAS_PER_CALL)
        applyLook(ws.getRanges(areas.slice(i, i + AREAS_PER_CALL).join(",")).format, look);
    } else {
      for (const a of areas) applyLook(ws.getRange(a).format, look);
    }
  }
}

function applyLook(format: Excel.RangeFormat, look: Look): void {
  switch (look) {
    case "title":
      format.font.bold = true;
      format.font.size = 14;
      break;
    case "header":
      format.font.bold = true;
      format.fill.color = HEADER_FILL;
      format.borders.getItem("EdgeBottom").style = "Continuous";
      format.verticalAlignment = "Center";
      format.wrapText = true;
      break;
    case "total":
      format.font.bold = true;
      format.borders.getItem("EdgeTop").style = "Continuous";
      break;
    case "note":
      format.font.italic = true;
      format.font.size = 9;
      break;
  }
}

function finishSheet(ws: Excel.Worksheet, plan: SheetPlan, pageLayout: boolean): void {
  for (const m of plan.merges) ws.getRange(m).merge(false);
  if (plan.print && pageLayout) {
    const layout = ws.pageLayout;
    layout.orientation = plan.print.orientation === "landscape" ? "Landscape" : "Portrait";
    layout.paperSize = "A4";
    // One page wide; one page tall only for statements (the checks run over several pages); the summary at a
    // fixed scale over several pages wide, so that its text stays readable.
    if (plan.print.scale !== undefined) layout.zoom = { scale: plan.print.scale };
    else
      layout.zoom = plan.print.fitToOnePage
        ? { horizontalFitToPages: 1, verticalFitToPages: 1 }
        : { horizontalFitToPages: 1 };
    if (plan.print.area) layout.setPrintArea(plan.print.area);
    if (plan.print.titleRows) layout.setPrintTitleRows(`$${plan.print.titleRows.replace(":", ":$")}`);
    if (plan.print.titleColumns) layout.setPrintTitleColumns(`$${plan.print.titleColumns.replace(":", ":$")}`);
  }
}

export type { Piece };
