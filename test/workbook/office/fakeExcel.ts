/**
 * An in-memory fake of the part of the Excel JavaScript API that the add-in uses, with Office.js's
 * load/sync semantics:
 *
 *  - every call on a proxy object is queued; nothing reaches the workbook before `context.sync()`;
 *  - a property can be read only after `load()` and a sync (else PropertyNotLoaded), `isNullObject` after a sync;
 *  - a sync runs the queued operations in order and stops at the first that fails (what ran stays done);
 *  - a request or a response over 5 MB fails like Excel on the web (…PayloadSizeLimitExceeded);
 *  - an API that needs a newer ExcelApi requirement set than the fake's fails with ApiNotFound;
 *  - writing a string into a cell that is not formatted as text behaves like typing it: "=1+1" becomes a
 *    formula, "38.5" a number, "2025-03" a date;
 *  - a table's rows.add(index, values) inserts rows into the table as Excel does by default (alwaysInsert
 *    true): the cells of the table's columns from there down move down, the new cells take the formats of
 *    the row above, then the values are written like any other values (typed, unless the cell is "@").
 *    Several rows at once need ExcelApi 1.4. Not modeled: alwaysInsert (1.15), table.resize (1.13), and the
 *    table's automatic expansion when values are written just below it.
 *
 * It counts syncs, request bytes (JSON of the queued operations with their object paths) and response bytes.
 * No Node API: the same file is bundled into the stubbed office.js of the end-to-end test.
 */

// ------------------------------------------------------------------------------------------------ errors

export class FakeExcelError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

// ---------------------------------------------------------------------------------------------- addresses

export function colNum(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function colName(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = (n - 1 - r) / 26;
  }
  return s;
}

export interface Box {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

const MAX_ROW = 1048576;
const MAX_COL = 16384;

/** "A1", "A1:H60", "A:C", "3:5", with $ signs, optionally prefixed by a sheet name (returned apart). */
export function parseAddress(address: string): { sheet: string | null; box: Box } {
  let a = address.trim();
  let sheet: string | null = null;
  const bang = a.lastIndexOf("!");
  if (bang >= 0) {
    sheet = a
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    a = a.slice(bang + 1);
  }
  a = a.replace(/\$/g, "").toUpperCase();
  const [p, q = p] = a.split(":");
  const one = (s: string): { r: number | null; c: number | null } => {
    const m = /^([A-Z]{0,3})(\d{0,7})$/.exec(s);
    if (!m || (!m[1] && !m[2])) throw new FakeExcelError("InvalidArgument", `bad address "${address}"`);
    return { c: m[1] ? colNum(m[1]) : null, r: m[2] ? Number(m[2]) : null };
  };
  const x = one(p);
  const y = one(q);
  const box: Box = {
    r1: x.r ?? 1,
    c1: x.c ?? 1,
    r2: y.r ?? MAX_ROW,
    c2: y.c ?? MAX_COL,
  };
  if (box.r1 > box.r2) [box.r1, box.r2] = [box.r2, box.r1];
  if (box.c1 > box.c2) [box.c1, box.c2] = [box.c2, box.c1];
  if (box.r1 < 1 || box.c1 < 1 || box.r2 > MAX_ROW || box.c2 > MAX_COL)
    throw new FakeExcelError("InvalidArgument", `bad address "${address}"`);
  return { sheet, box };
}

export function boxAddress(b: Box): string {
  const a = `${colName(b.c1)}${b.r1}`;
  return b.r1 === b.r2 && b.c1 === b.c2 ? a : `${a}:${colName(b.c2)}${b.r2}`;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

// ------------------------------------------------------------------------------------------------- model

export type FakeValue = string | number | boolean;

export interface Cell {
  value: FakeValue | "";
  formula?: string;
  numberFormat: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fill?: string;
  borders?: Record<string, string>;
  wrapText?: boolean;
  verticalAlignment?: string;
}

/** Which ExcelApi version each member needs (members not listed: 1.1). */
const REQUIRES: Record<string, string> = {
  getRanges: "1.9",
  pageLayout: "1.9",
  suspendScreenUpdatingUntilNextSync: "1.9",
  suspendApiCalculationUntilNextSync: "1.6",
  getUsedRangeOrNullObject: "1.4",
  getItemOrNullObject: "1.4",
  names: "1.4",
  dataValidation: "1.8",
  getRangeByIndexes: "1.7",
  freezePanes: "1.7",
  formula: "1.7",
  axisGroup: "1.8",
};

function versionNumber(v: string): number {
  const [a, b] = v.split(".").map(Number);
  return a * 1000 + (b ?? 0);
}

function excelSerial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** What Excel makes of a string typed into a General cell (a small subset of its rules, fr-FR style). */
export function typed(s: string): { value: FakeValue | ""; formula?: string } {
  if (s === "") return { value: "" };
  if (/^[=+\-@]/.test(s) && s.length > 1) {
    const num = /^[+-]?\d+([.,]\d+)?$/.test(s) ? Number(s.replace(",", ".")) : NaN;
    if (!Number.isNaN(num)) return { value: num };
    return { value: "#FORMULA", formula: s.startsWith("=") ? s : `=${s.replace(/^@/, "")}` };
  }
  if (/^-?\d+([.,]\d+)?$/.test(s.trim())) return { value: Number(s.trim().replace(",", ".")) };
  let m = /^(\d{4})-(\d{1,2})$/.exec(s.trim());
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return { value: excelSerial(Number(m[1]), Number(m[2]), 1) };
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s.trim());
  if (m) return { value: excelSerial(Number(m[3]), Number(m[2]), Number(m[1])) };
  if (/^(true|vrai)$/i.test(s)) return { value: true };
  if (/^(false|faux)$/i.test(s)) return { value: false };
  return { value: s };
}

export class FakeWorkbookModel {
  /** The ExcelApi version the fake implements (versionNumber form), for behaviors that vary by version. */
  api = versionNumber("1.12");
  worksheets: FakeWorksheetCollection;
  tables: FakeTableCollection;
  names: FakeNamedItemCollection;
  application = new FakeApplication();
  activeSheet: FakeWorksheet | null = null;
  selection: { sheet: string; address: string } | null = null;
  private tableCounter = 0;

  constructor() {
    this.worksheets = new FakeWorksheetCollection(this);
    this.tables = new FakeTableCollection(this, null);
    this.names = new FakeNamedItemCollection(this, null);
  }

  sheet(name: string): FakeWorksheet | undefined {
    return this.worksheets.items.find((s) => s.name.toUpperCase() === name.toUpperCase());
  }

  allTables(): FakeTable[] {
    return this.worksheets.items.flatMap((s) => s.tables.own);
  }

  nextTableName(): string {
    let name: string;
    do name = `Table${++this.tableCounter}`;
    while (this.allTables().some((t) => t.name.toUpperCase() === name.toUpperCase()));
    return name;
  }

  /** Test helper: a worksheet filled from rows (row 1 first). */
  addSheetWithRows(
    name: string,
    rows: (FakeValue | null)[][],
    at: { row: number; col: number } = { row: 1, col: 1 },
  ): FakeWorksheet {
    const ws = this.worksheets.add(name);
    rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (v !== null && v !== "") ws.cell(at.row + i, at.col + j, true)!.value = v;
      }),
    );
    return ws;
  }
}

export class FakeApplication {
  calcSuspended = false;
  screenSuspended = false;
  calculations = 0;
  suspendApiCalculationUntilNextSync(): void {
    this.calcSuspended = true;
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.screenSuspended = true;
  }
  calculate(): void {
    this.calculations++;
  }
}

export class FakeWorksheetCollection {
  items: FakeWorksheet[] = [];
  constructor(private wb: FakeWorkbookModel) {}
  add(name?: string): FakeWorksheet {
    const n = name ?? `Sheet${this.items.length + 1}`;
    if (n.length > 31 || /[[\]:*?/\\]/.test(n) || n === "")
      throw new FakeExcelError("InvalidArgument", `bad sheet name "${n}"`);
    if (this.wb.sheet(n)) throw new FakeExcelError("ItemAlreadyExists", `a sheet named "${n}" exists`);
    const ws = new FakeWorksheet(this.wb, n);
    this.items.push(ws);
    if (!this.wb.activeSheet) this.wb.activeSheet = ws;
    return ws;
  }
  getItem(name: string): FakeWorksheet {
    const ws = this.wb.sheet(name);
    if (!ws) throw new FakeExcelError("ItemNotFound", `no sheet "${name}"`);
    return ws;
  }
  getItemOrNullObject(name: string): FakeWorksheet | typeof NULL_OBJECT {
    return this.wb.sheet(name) ?? NULL_OBJECT;
  }
  getActiveWorksheet(): FakeWorksheet {
    if (!this.wb.activeSheet) throw new FakeExcelError("ItemNotFound", "no active sheet");
    return this.wb.activeSheet;
  }
  getCount(): number {
    return this.items.length;
  }
}

export const NULL_OBJECT = Object.freeze({ __null: true });

export class FakeWorksheet {
  /** Cells by row then column (1-based). */
  rows = new Map<number, Map<number, Cell>>();
  names: FakeNamedItemCollection;
  tables: FakeTableCollection;
  charts: FakeChartCollection;
  pageLayout = new FakePageLayout();
  columnWidths = new Map<number, number>();
  merges: string[] = [];
  validations: { address: string; rule: FakeValidationRule }[] = [];
  visibility = "Visible";
  deleted = false;
  frozenRows = 0;
  freezePanes = {
    freezeRows: (n: number) => {
      this.frozenRows = n;
    },
  };

  constructor(
    public wb: FakeWorkbookModel,
    private _name: string,
  ) {
    this.names = new FakeNamedItemCollection(wb, this);
    this.tables = new FakeTableCollection(wb, this);
    this.charts = new FakeChartCollection(this);
  }

  get name(): string {
    return this._name;
  }
  set name(n: string) {
    if (this.wb.sheet(n) && this.wb.sheet(n) !== this) throw new FakeExcelError("ItemAlreadyExists", n);
    this._name = n;
  }
  get position(): number {
    return this.wb.worksheets.items.indexOf(this);
  }
  get id(): string {
    return `{sheet-${this._name}}`;
  }

  cell(r: number, c: number, create = false): Cell | undefined {
    let row = this.rows.get(r);
    if (!row) {
      if (!create) return undefined;
      row = new Map();
      this.rows.set(r, row);
    }
    let cell = row.get(c);
    if (!cell && create) {
      cell = { value: "", numberFormat: "General" };
      row.set(c, cell);
    }
    return cell;
  }

  getRange(address?: string): FakeRange {
    if (address === undefined) return new FakeRange(this, { r1: 1, c1: 1, r2: MAX_ROW, c2: MAX_COL });
    const { sheet, box } = parseAddress(address);
    if (sheet !== null && sheet.toUpperCase() !== this.name.toUpperCase())
      throw new FakeExcelError("InvalidArgument", `address ${address} is on another sheet`);
    return new FakeRange(this, box);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this, { r1: row + 1, c1: col + 1, r2: row + rows, c2: col + cols });
  }
  getRanges(address: string): FakeRangeAreas {
    const parts = address
      .split(/[,;]/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (parts.length === 0) throw new FakeExcelError("InvalidArgument", "empty address");
    return new FakeRangeAreas(parts.map((p) => this.getRange(p)));
  }
  /** Bounds of the used cells (within `within` if given). */
  usedBox(valuesOnly: boolean, within?: Box): Box | null {
    let b: Box | null = null;
    for (const [r, row] of this.rows) {
      if (within && (r < within.r1 || r > within.r2)) continue;
      for (const [c, cell] of row) {
        if (within && (c < within.c1 || c > within.c2)) continue;
        const used = cell.value !== "" || (!valuesOnly && (cell.numberFormat !== "General" || cell.bold || cell.fill));
        if (!used) continue;
        if (!b) b = { r1: r, c1: c, r2: r, c2: c };
        else {
          b.r1 = Math.min(b.r1, r);
          b.r2 = Math.max(b.r2, r);
          b.c1 = Math.min(b.c1, c);
          b.c2 = Math.max(b.c2, c);
        }
      }
    }
    return b;
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this, this.usedBox(valuesOnly) ?? { r1: 1, c1: 1, r2: 1, c2: 1 });
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange | typeof NULL_OBJECT {
    const b = this.usedBox(valuesOnly);
    return b ? new FakeRange(this, b) : NULL_OBJECT;
  }
  activate(): void {
    this.wb.activeSheet = this;
  }
  delete(): void {
    const items = this.wb.worksheets.items;
    if (items.filter((s) => s.visibility === "Visible" && s !== this).length === 0)
      throw new FakeExcelError("InvalidOperation", "cannot delete the last visible sheet");
    items.splice(items.indexOf(this), 1);
    this.deleted = true;
    if (this.wb.activeSheet === this) this.wb.activeSheet = items[0] ?? null;
  }

  /** Test helper: the cell values of a box as a matrix ("" for empty). */
  valuesOf(address: string): (FakeValue | "")[][] {
    return this.getRange(address).values;
  }
}

export class FakeRange {
  constructor(
    public sheet: FakeWorksheet,
    public box: Box,
  ) {}

  private each(f: (cell: Cell, r: number, c: number) => void): void {
    const { r1, c1, r2, c2 } = this.box;
    if ((r2 - r1 + 1) * (c2 - c1 + 1) > 2_000_000)
      throw new FakeExcelError("InvalidArgument", "the fake applies formats to at most 2 million cells");
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) f(this.sheet.cell(r, c, true)!, r, c);
  }
  private matrix<T>(get: (cell: Cell | undefined) => T): T[][] {
    const out: T[][] = [];
    for (let r = this.box.r1; r <= this.box.r2; r++) {
      const row: T[] = [];
      for (let c = this.box.c1; c <= this.box.c2; c++) row.push(get(this.sheet.cell(r, c)));
      out.push(row);
    }
    return out;
  }
  private checkShape(m: unknown[][], what: string): void {
    if (
      !Array.isArray(m) ||
      m.length !== this.rowCount ||
      m.some((row) => !Array.isArray(row) || row.length !== this.columnCount)
    ) {
      throw new FakeExcelError(
        "InvalidArgument",
        `${what}: the array is not ${this.rowCount}×${this.columnCount} (range ${this.address})`,
      );
    }
  }

  get address(): string {
    return `${quoteSheet(this.sheet.name)}!${boxAddress(this.box)}`;
  }
  get rowIndex(): number {
    return this.box.r1 - 1;
  }
  get columnIndex(): number {
    return this.box.c1 - 1;
  }
  get rowCount(): number {
    return this.box.r2 - this.box.r1 + 1;
  }
  get columnCount(): number {
    return this.box.c2 - this.box.c1 + 1;
  }
  get cellCount(): number {
    return this.rowCount * this.columnCount;
  }
  get worksheet(): FakeWorksheet {
    return this.sheet;
  }

  get values(): (FakeValue | "")[][] {
    return this.matrix((c) => (c ? c.value : ""));
  }
  set values(m: (FakeValue | null)[][]) {
    this.checkShape(m, "values");
    const { r1, c1 } = this.box;
    m.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null || v === undefined) return; // null leaves the cell as it is
        const cell = this.sheet.cell(r1 + i, c1 + j, true)!;
        delete cell.formula;
        if (typeof v === "string" && cell.numberFormat !== "@") Object.assign(cell, typed(v));
        else cell.value = v;
      }),
    );
  }
  get formulas(): (FakeValue | "")[][] {
    return this.matrix((c) => (c ? (c.formula ?? c.value) : ""));
  }
  get numberFormat(): string[][] {
    return this.matrix((c) => (c ? c.numberFormat : "General"));
  }
  set numberFormat(m: (string | null)[][]) {
    this.checkShape(m, "numberFormat");
    const { r1, c1 } = this.box;
    m.forEach((row, i) =>
      row.forEach((f, j) => {
        if (f === null || f === undefined) return;
        this.sheet.cell(r1 + i, c1 + j, true)!.numberFormat = f === "" ? "General" : f;
      }),
    );
  }
  get text(): string[][] {
    return this.matrix((c) => (c ? String(c.value) : ""));
  }
  get format(): FakeRangeFormat {
    return new FakeRangeFormat([this]);
  }
  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation([this]);
  }
  merge(across = false): void {
    if (across) throw new FakeExcelError("InvalidArgument", "the fake merges whole ranges only");
    this.sheet.merges.push(boxAddress(this.box));
  }
  select(): void {
    if (this.sheet.deleted) throw new FakeExcelError("ItemNotFound", "sheet deleted");
    if (this.sheet.wb.activeSheet !== this.sheet)
      throw new FakeExcelError("InvalidSelection", "select() on a range of a sheet that is not active");
    this.sheet.wb.selection = { sheet: this.sheet.name, address: boxAddress(this.box) };
  }
  getCell(row: number, col: number): FakeRange {
    const r = this.box.r1 + row;
    const c = this.box.c1 + col;
    return new FakeRange(this.sheet, { r1: r, c1: c, r2: r, c2: c });
  }
  getResizedRange(dRows: number, dCols: number): FakeRange {
    return new FakeRange(this.sheet, { ...this.box, r2: this.box.r2 + dRows, c2: this.box.c2 + dCols });
  }
  getRow(i: number): FakeRange {
    return new FakeRange(this.sheet, { ...this.box, r1: this.box.r1 + i, r2: this.box.r1 + i });
  }
  getColumn(i: number): FakeRange {
    return new FakeRange(this.sheet, { ...this.box, c1: this.box.c1 + i, c2: this.box.c1 + i });
  }
  getEntireColumn(): FakeRange {
    return new FakeRange(this.sheet, { ...this.box, r1: 1, r2: MAX_ROW });
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange | typeof NULL_OBJECT {
    const b = this.sheet.usedBox(valuesOnly, this.box);
    return b ? new FakeRange(this.sheet, b) : NULL_OBJECT;
  }
  /** For the format objects. */
  cells(f: (cell: Cell) => void): void {
    this.each(f);
  }
}

export class FakeRangeAreas {
  constructor(public areas: FakeRange[]) {}
  get address(): string {
    return this.areas.map((a) => a.address).join(",");
  }
  get areaCount(): number {
    return this.areas.length;
  }
  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.areas);
  }
  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this.areas);
  }
}

export class FakeRangeFormat {
  constructor(private ranges: FakeRange[]) {}
  private set(f: (c: Cell) => void): void {
    for (const r of this.ranges) r.cells(f);
  }
  get font() {
    const set = (f: (c: Cell) => void) => this.set(f);
    return {
      set bold(v: boolean) {
        set((c) => (c.bold = v));
      },
      set italic(v: boolean) {
        set((c) => (c.italic = v));
      },
      set size(v: number) {
        set((c) => (c.size = v));
      },
      set color(_v: string) {
        /* not recorded */
      },
    };
  }
  get fill() {
    const set = (f: (c: Cell) => void) => this.set(f);
    return {
      set color(v: string) {
        set((c) => (c.fill = v));
      },
    };
  }
  get borders() {
    const set = (f: (c: Cell) => void) => this.set(f);
    return {
      getItem(edge: string) {
        return {
          set style(v: string) {
            set((c) => ((c.borders ??= {})[edge] = v));
          },
          set weight(_v: string) {
            /* not recorded */
          },
          set color(_v: string) {
            /* not recorded */
          },
        };
      },
    };
  }
  set wrapText(v: boolean) {
    this.set((c) => (c.wrapText = v));
  }
  set verticalAlignment(v: string) {
    this.set((c) => (c.verticalAlignment = v));
  }
  set horizontalAlignment(_v: string) {
    /* not recorded */
  }
  set columnWidth(v: number) {
    for (const r of this.ranges) for (let c = r.box.c1; c <= r.box.c2; c++) r.sheet.columnWidths.set(c, v);
  }
  set rowHeight(_v: number) {
    /* not recorded */
  }
  autofitColumns(): void {
    for (const r of this.ranges)
      for (let c = r.box.c1; c <= Math.min(r.box.c2, 200); c++)
        if (!r.sheet.columnWidths.has(c)) r.sheet.columnWidths.set(c, -1);
  }
}

/** The part of Excel.DataValidationRule that the template sets: a drop-down list. */
export interface FakeValidationRule {
  list?: { inCellDropDown?: boolean; source: string };
}

export class FakeDataValidation {
  constructor(private ranges: FakeRange[]) {}
  set rule(rule: FakeValidationRule) {
    for (const r of this.ranges) r.sheet.validations.push({ address: boxAddress(r.box), rule });
  }
  set errorAlert(_v: unknown) {
    /* accepted */
  }
  set prompt(_v: unknown) {
    /* accepted */
  }
  set ignoreBlanks(_v: boolean) {
    /* accepted */
  }
  clear(): void {
    for (const r of this.ranges)
      r.sheet.validations = r.sheet.validations.filter((v) => v.address !== boxAddress(r.box));
  }
}

export class FakeNamedItem {
  visible = true;
  constructor(
    public name: string,
    public formula: string,
    public scope: "Workbook" | "Worksheet",
    private collection: FakeNamedItemCollection,
  ) {}
  get type(): string {
    if (/^="(?:[^"]|"")*"$/.test(this.formula)) return "String";
    if (/^=-?\d+(\.\d+)?$/.test(this.formula)) return "Double";
    if (/^=(TRUE|FALSE)$/i.test(this.formula)) return "Boolean";
    return "Range";
  }
  get value(): unknown {
    const m = /^="((?:[^"]|"")*)"$/.exec(this.formula);
    if (m) return m[1].replace(/""/g, '"');
    return this.formula.replace(/^=/, "");
  }
  delete(): void {
    this.collection.items.splice(this.collection.items.indexOf(this), 1);
  }
}

export class FakeNamedItemCollection {
  items: FakeNamedItem[] = [];
  constructor(
    private wb: FakeWorkbookModel,
    private sheet: FakeWorksheet | null,
  ) {}
  add(name: string, reference: string | FakeRange, _comment?: string): FakeNamedItem {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name)) throw new FakeExcelError("InvalidArgument", `bad name "${name}"`);
    if (this.items.some((n) => n.name.toUpperCase() === name.toUpperCase()))
      throw new FakeExcelError("ItemAlreadyExists", `name "${name}" exists in this scope`);
    const formula =
      typeof reference === "string"
        ? reference.startsWith("=")
          ? reference
          : `=${reference}`
        : `=${reference.address}`;
    const item = new FakeNamedItem(name, formula, this.sheet ? "Worksheet" : "Workbook", this);
    this.items.push(item);
    return item;
  }
  getItem(name: string): FakeNamedItem {
    const n = this.items.find((x) => x.name.toUpperCase() === name.toUpperCase());
    if (!n) throw new FakeExcelError("ItemNotFound", name);
    return n;
  }
  getItemOrNullObject(name: string): FakeNamedItem | typeof NULL_OBJECT {
    return this.items.find((x) => x.name.toUpperCase() === name.toUpperCase()) ?? NULL_OBJECT;
  }
  getCount(): number {
    return this.items.length;
  }
}

export class FakeTableColumn {
  constructor(
    private table: FakeTable,
    public index: number,
  ) {}
  get name(): string {
    return this.table.headerNames[this.index];
  }
  getDataBodyRange(): FakeRange {
    const b = this.table.box;
    const c = b.c1 + this.index;
    return new FakeRange(this.table.worksheet, {
      r1: b.r1 + (this.table.showHeaders ? 1 : 0),
      c1: c,
      r2: b.r2 - (this.table.showTotals ? 1 : 0),
      c2: c,
    });
  }
  getHeaderRowRange(): FakeRange {
    const c = this.table.box.c1 + this.index;
    return new FakeRange(this.table.worksheet, { r1: this.table.box.r1, c1: c, r2: this.table.box.r1, c2: c });
  }
}

export class FakeTable {
  showHeaders = true;
  showTotals = false;
  style = "TableStyleMedium2";
  headerNames: string[];
  constructor(
    public worksheet: FakeWorksheet,
    public box: Box,
    private _name: string,
    hasHeaders: boolean,
  ) {
    const width = box.c2 - box.c1 + 1;
    this.headerNames = Array.from({ length: width }, (_, i) => {
      const v = hasHeaders ? worksheet.cell(box.r1, box.c1 + i)?.value : "";
      return v === undefined || v === "" ? `Column${i + 1}` : String(v);
    });
    if (!hasHeaders) {
      this.box = { ...box, r1: box.r1 - 1 };
      if (this.box.r1 < 1) throw new FakeExcelError("InvalidArgument", "no room for the header row");
    }
    this.headerNames.forEach((h, i) => {
      const cell = worksheet.cell(this.box.r1, this.box.c1 + i, true)!;
      cell.value = h;
    });
  }
  get name(): string {
    return this._name;
  }
  set name(n: string) {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(n)) throw new FakeExcelError("InvalidArgument", `bad table name "${n}"`);
    if (this.worksheet.wb.allTables().some((t) => t !== this && t.name.toUpperCase() === n.toUpperCase()))
      throw new FakeExcelError("ItemAlreadyExists", n);
    if (
      this.worksheet.wb.worksheets.items.some((s) =>
        s.names.items.some((x) => x.name.toUpperCase() === n.toUpperCase()),
      )
    )
      throw new FakeExcelError("ItemAlreadyExists", n);
    this._name = n;
  }
  get columns() {
    const cols = this.headerNames.map((_, i) => new FakeTableColumn(this, i));
    return {
      items: cols,
      getItem: (key: string | number) => {
        const c = typeof key === "number" ? cols[key] : cols.find((x) => x.name.toUpperCase() === key.toUpperCase());
        if (!c) throw new FakeExcelError("ItemNotFound", `column ${key}`);
        return c;
      },
      getItemAt: (i: number) => cols[i],
    };
  }
  get rows(): FakeTableRowCollection {
    return new FakeTableRowCollection(this);
  }
  getRange(): FakeRange {
    return new FakeRange(this.worksheet, this.box);
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.worksheet, { ...this.box, r2: this.box.r1 });
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.worksheet, {
      ...this.box,
      r1: this.box.r1 + 1,
      r2: this.box.r2 - (this.showTotals ? 1 : 0),
    });
  }
  delete(): void {
    const own = this.worksheet.tables.own;
    own.splice(own.indexOf(this), 1);
  }
}

export class FakeTableRow {
  constructor(
    public table: FakeTable,
    public index: number,
  ) {}
}

/**
 * Table.rows. add() follows the documented behavior of TableRowCollection.add (ExcelApi 1.1; several rows
 * 1.4; alwaysInsert 1.15, default true: "the new rows will be inserted into the table"): rows are inserted
 * at `index` (null, undefined or -1: after the last data row, above a totals row), the cells of the table's
 * columns below move down (VBA's ListRows.Add: "the cells below the table will be shifted down"), the new
 * cells take the formats of the row above as an inserted row does, and `values` are then written like any
 * range values: a string in a cell that is not "@" is typed ("00123" becomes 123).
 */
export class FakeTableRowCollection {
  constructor(private table: FakeTable) {}
  private get dataStart(): number {
    return this.table.box.r1 + (this.table.showHeaders ? 1 : 0);
  }
  private get dataEnd(): number {
    return this.table.box.r2 - (this.table.showTotals ? 1 : 0);
  }
  get count(): number {
    return this.dataEnd - this.dataStart + 1;
  }
  getCount(): number {
    return this.count;
  }
  add(index?: number | null, values?: unknown, alwaysInsert?: boolean): FakeTableRow {
    const t = this.table;
    if (alwaysInsert !== undefined && alwaysInsert !== null) {
      if (t.worksheet.wb.api < versionNumber("1.15"))
        throw new FakeExcelError("ApiNotFound", "rows.add's alwaysInsert needs ExcelApi 1.15");
      throw new FakeExcelError("ApiNotFound", "the fake does not model rows.add's alwaysInsert");
    }
    const width = t.box.c2 - t.box.c1 + 1;
    let matrix: (FakeValue | null)[][];
    if (values === undefined || values === null) matrix = [Array.from({ length: width }, () => null)];
    else if (!Array.isArray(values)) matrix = [[values as FakeValue, ...Array.from({ length: width - 1 }, () => null)]];
    else matrix = values as (FakeValue | null)[][];
    if (matrix.length === 0 || matrix.some((row) => !Array.isArray(row) || row.length !== width)) {
      throw new FakeExcelError(
        "InvalidArgument",
        `rows.add: the values are not rows of ${width} cells (table ${t.name})`,
      );
    }
    if (matrix.length > 1 && t.worksheet.wb.api < versionNumber("1.4"))
      throw new FakeExcelError("InvalidArgument", "rows.add of several rows needs ExcelApi 1.4");
    const at = index === undefined || index === null || index === -1 ? this.count : index;
    if (!Number.isInteger(at) || at < 0 || at > this.count)
      throw new FakeExcelError("InvalidArgument", `rows.add: index ${index} out of the table's ${this.count} rows`);
    const ins = this.dataStart + at;
    const n = matrix.length;
    const ws = t.worksheet;
    const { c1, c2 } = t.box;
    // Other tables in the cells that move: moved with them when wholly inside the columns, else refused.
    const moved: FakeTable[] = [];
    for (const other of ws.tables.own) {
      if (other === t || other.box.r2 < ins || other.box.c2 < c1 || other.box.c1 > c2) continue;
      if (other.box.c1 >= c1 && other.box.c2 <= c2 && other.box.r1 >= ins) moved.push(other);
      else throw new FakeExcelError("InvalidOperation", `the insert would move part of table ${other.name}`);
    }
    const lastUsed = ws.usedBox(false, { r1: ins, c1, r2: MAX_ROW, c2 });
    if (lastUsed && lastUsed.r2 + n > MAX_ROW)
      throw new FakeExcelError("InvalidOperation", "the insert would push cells off the sheet");
    // Move the cells of the table's columns from `ins` down by n rows (bottom first).
    const rows = [...ws.rows.keys()].filter((r) => r >= ins).sort((a, b) => b - a);
    for (const r of rows) {
      const row = ws.rows.get(r)!;
      for (let c = c1; c <= c2; c++) {
        const cell = row.get(c);
        if (!cell) continue;
        row.delete(c);
        let dest = ws.rows.get(r + n);
        if (!dest) ws.rows.set(r + n, (dest = new Map()));
        dest.set(c, cell);
      }
    }
    for (const other of moved) other.box = { ...other.box, r1: other.box.r1 + n, r2: other.box.r2 + n };
    t.box = { ...t.box, r2: t.box.r2 + n };
    // The new cells: formats of the row above (of the first data row when inserting at the top).
    const model = ins > this.dataStart ? ins - 1 : ins + n;
    for (let i = 0; i < n; i++) {
      for (let c = c1; c <= c2; c++) {
        const from = ws.cell(model, c);
        const cell: Cell = { ...(from ?? { numberFormat: "General" }), value: "" };
        delete cell.formula;
        if (cell.borders) cell.borders = { ...cell.borders };
        ws.cell(ins + i, c, true);
        ws.rows.get(ins + i)!.set(c, cell);
      }
    }
    new FakeRange(ws, { r1: ins, c1, r2: ins + n - 1, c2 }).values = matrix;
    return new FakeTableRow(t, at);
  }
}

export class FakeTableCollection {
  own: FakeTable[] = [];
  constructor(
    private wb: FakeWorkbookModel,
    private sheet: FakeWorksheet | null,
  ) {}
  get items(): FakeTable[] {
    return this.sheet ? this.own : this.wb.allTables();
  }
  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    let ws: FakeWorksheet;
    let box: Box;
    if (typeof address === "string") {
      const p = parseAddress(address);
      const named = p.sheet !== null ? this.wb.sheet(p.sheet) : undefined;
      ws = named ?? this.sheet ?? this.wb.activeSheet!;
      if (!ws) throw new FakeExcelError("InvalidArgument", "no sheet for the table");
      box = p.box;
    } else {
      ws = address.sheet;
      box = address.box;
    }
    if (
      this.wb
        .allTables()
        .some(
          (t) =>
            t.worksheet === ws && t.box.r1 <= box.r2 && box.r1 <= t.box.r2 && t.box.c1 <= box.c2 && box.c1 <= t.box.c2,
        )
    ) {
      throw new FakeExcelError("InvalidOperation", "tables cannot overlap");
    }
    const t = new FakeTable(ws, box, this.wb.nextTableName(), hasHeaders);
    ws.tables.own.push(t);
    return t;
  }
  getItem(name: string): FakeTable {
    const t = this.items.find((x) => x.name.toUpperCase() === name.toUpperCase());
    if (!t) throw new FakeExcelError("ItemNotFound", `no table ${name}`);
    return t;
  }
  getItemOrNullObject(name: string): FakeTable | typeof NULL_OBJECT {
    return this.items.find((x) => x.name.toUpperCase() === name.toUpperCase()) ?? NULL_OBJECT;
  }
  getCount(): number {
    return this.items.length;
  }
}

export class FakePageLayout {
  orientation = "Portrait";
  paperSize = "Letter";
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } = { scale: 100 };
  printArea: string | null = null;
  printTitleRows: string | null = null;
  printTitleColumns: string | null = null;
  centerHorizontally = false;
  setPrintTitleRows(rows: string): void {
    this.printTitleRows = rows;
  }
  setPrintTitleColumns(columns: string): void {
    this.printTitleColumns = columns;
  }
  setPrintArea(area: string | FakeRange): void {
    this.printArea = typeof area === "string" ? area : boxAddress(area.box);
  }
}

export class FakeChart {
  title = { text: "", visible: true };
  legend = { position: "Right", visible: true };
  position: { start: string; end?: string } | null = null;
  series: {
    items: { axisGroup: string; name: string }[];
    getItemAt: (i: number) => { axisGroup: string; name: string };
  };
  axes = { valueAxis: { title: { text: "" } }, categoryAxis: { title: { text: "" } } };
  name: string;
  constructor(
    public chartType: string,
    public source: FakeRange,
    public seriesBy: string,
    index: number,
  ) {
    this.name = `Chart ${index}`;
    const n = seriesBy === "Rows" ? source.rowCount - 1 : source.columnCount - 1;
    const items = Array.from({ length: Math.max(0, n) }, (_, i) => ({ axisGroup: "Primary", name: `Series${i + 1}` }));
    this.series = { items, getItemAt: (i: number) => items[i] };
  }
  setPosition(start: string, end?: string): void {
    this.position = { start, end };
  }
}

export class FakeChartCollection {
  items: FakeChart[] = [];
  constructor(private sheet: FakeWorksheet) {}
  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChart {
    if (!(source instanceof FakeRange) || source.sheet !== this.sheet)
      throw new FakeExcelError("InvalidArgument", "chart source must be a range of this sheet");
    const c = new FakeChart(type, source, seriesBy, this.items.length + 1);
    this.items.push(c);
    return c;
  }
  getCount(): number {
    return this.items.length;
  }
}

// -------------------------------------------------------------------------------------- client (proxies)

/** Properties that navigate to another object (never loaded as a value). */
const NAVIGATION = new Set([
  "worksheets",
  "tables",
  "names",
  "application",
  "worksheet",
  "format",
  "font",
  "fill",
  "borders",
  "pageLayout",
  "dataValidation",
  "charts",
  "columns",
  "title",
  "legend",
  "axes",
  "valueAxis",
  "categoryAxis",
  "series",
  "workbook",
  "freezePanes",
  "rows",
]);
/** Methods that return an object. */
const OBJECT_METHODS = new Set([
  "getItem",
  "getItemOrNullObject",
  "getItemAt",
  "add",
  "getRange",
  "getRanges",
  "getRangeByIndexes",
  "getUsedRange",
  "getUsedRangeOrNullObject",
  "getActiveWorksheet",
  "getCell",
  "getResizedRange",
  "getRow",
  "getColumn",
  "getEntireColumn",
  "getDataBodyRange",
  "getHeaderRowRange",
]);
/** Methods that return a ClientResult. */
const RESULT_METHODS = new Set(["getCount"]);
/** Methods that return nothing. */
const VOID_METHODS = new Set([
  "delete",
  "activate",
  "select",
  "merge",
  "suspendApiCalculationUntilNextSync",
  "suspendScreenUpdatingUntilNextSync",
  "calculate",
  "setPrintArea",
  "setPrintTitleRows",
  "setPrintTitleColumns",
  "setPosition",
  "autofitColumns",
  "clear",
  "freezeRows",
]);

interface ClientState {
  path: string;
  /** This object's own part of the path (what Office.js sends once per request as an object path record). */
  segment: string;
  parent: ClientState | null;
  /** The model object, once the sync that creates it has run. */
  resolved: unknown;
  hasResolved: boolean;
  loaded: Map<string, unknown> | null;
  items: unknown[] | null;
}

type Op =
  | { kind: "nav"; state: ClientState; parent: ClientState; prop: string }
  | {
      kind: "call";
      state: ClientState | null;
      parent: ClientState;
      method: string;
      args: unknown[];
      result?: { value: unknown; ready: boolean };
    }
  | { kind: "set"; parent: ClientState; prop: string; value: unknown }
  | { kind: "load"; parent: ClientState; props: string[] };

export interface SyncRecord {
  ops: number;
  requestBytes: number;
  responseBytes: number;
  calcSuspended: boolean;
  screenSuspended: boolean;
}

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set the fake implements (default 1.12). */
  api?: string;
  /** Payload limit of requests and responses (default 5 MB, as Excel on the web). */
  payloadLimit?: number;
  /** Time each sync takes, in ms (default 0), to watch progress in the end-to-end test. */
  syncDelayMs?: number;
}

const STATE = Symbol("state");

/** What the fake's proxies are to the fake itself: the client state behind an Office.js object. */
interface ClientProxy {
  readonly [STATE]: ClientState;
}

/** The client state of an argument or value that is a proxy (an Office.js object passed along), else undefined. */
function stateOf(a: unknown): ClientState | undefined {
  return a && typeof a === "object" ? (a as Partial<ClientProxy>)[STATE] : undefined;
}

/** What the model receives for an argument or value: the model object behind a proxy, else the value itself. */
function resolvedOf(a: unknown): unknown {
  const state = stateOf(a);
  return state ? state.resolved : a;
}

/** A model object (FakeWorksheet, FakeRange…) as the sync reaches it: by the names of its members. */
type ModelObject = Record<string, unknown>;

/** Approximate size of Office.js's object-path and action records ({"Id":12,"ObjectPathType":3,…}). */
const PATH_RECORD = 110;
const ACTION_RECORD = 80;

export class FakeExcel {
  model = new FakeWorkbookModel();
  syncs: SyncRecord[] = [];
  runs = 0;
  private readonly api: number;
  readonly payloadLimit: number;
  readonly syncDelayMs: number;

  constructor(options: FakeExcelOptions = {}) {
    this.syncDelayMs = options.syncDelayMs ?? 0;
    this.api = versionNumber(options.api ?? "1.12");
    this.model.api = this.api;
    this.payloadLimit = options.payloadLimit ?? 5 * 1024 * 1024;
  }

  isSetSupported = (set: string, version: string): boolean => set === "ExcelApi" && versionNumber(version) <= this.api;

  /** Excel.run: a new request context; pending operations are sent when the batch ends. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs++;
    const ctx = new FakeContext(this);
    // The fake context answers the part of Excel.RequestContext that the add-in uses, by proxies.
    const result = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.queue.length > 0) await ctx.sync();
    return result;
  };

  /** The ExcelHost of src/workbook/office. */
  host() {
    return { run: this.run, isSetSupported: this.isSetSupported };
  }

  resetCounts(): void {
    this.syncs = [];
    this.runs = 0;
  }

  get maxRequestBytes(): number {
    return this.syncs.reduce((m, s) => Math.max(m, s.requestBytes), 0);
  }
  get maxResponseBytes(): number {
    return this.syncs.reduce((m, s) => Math.max(m, s.responseBytes), 0);
  }

  checkApi(member: string): void {
    const v = REQUIRES[member];
    if (v && versionNumber(v) > this.api) throw new FakeExcelError("ApiNotFound", `${member} needs ExcelApi ${v}`);
  }
}

function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) n += c > 0x7ff ? 2 : 1;
  }
  return n;
}

function argJson(a: unknown): unknown {
  const state = stateOf(a);
  if (state) return { path: state.path };
  return a;
}

export class FakeContext {
  queue: Op[] = [];
  workbook: Excel.Workbook;
  application: Excel.Application;
  constructor(private excel: FakeExcel) {
    const root: ClientState = {
      path: "workbook",
      segment: "workbook",
      parent: null,
      resolved: excel.model,
      hasResolved: true,
      loaded: null,
      items: null,
    };
    this.workbook = this.proxy(root) as unknown as Excel.Workbook;
    this.application = this.workbook.application;
  }

  private proxy(state: ClientState): ClientProxy {
    const target = {};
    return new Proxy(target as ClientProxy, {
      get: (_t, prop) => {
        if (prop === STATE) return state;
        if (typeof prop === "symbol") return undefined;
        if (prop === "then") return undefined;
        if (prop === "context") return this;
        if (prop === "load") {
          return (props?: string | string[] | Record<string, unknown>) => {
            let list: string[] = [];
            if (typeof props === "string")
              list = props
                .split(",")
                .map((s) => s.trim())
                .filter(Boolean);
            else if (Array.isArray(props)) list = props;
            else if (props && typeof props === "object") list = Object.keys(props);
            this.queue.push({ kind: "load", parent: state, props: list });
            return this.proxy(state);
          };
        }
        if (prop === "set") {
          return (values: Record<string, unknown>) => {
            for (const [k, v] of Object.entries(values))
              this.queue.push({ kind: "set", parent: state, prop: k, value: v });
          };
        }
        if (prop === "toJSON") return () => Object.fromEntries(state.loaded ?? []);
        if (prop === "isNullObject") {
          if (!state.hasResolved)
            throw new FakeExcelError(
              "PropertyNotLoaded",
              `isNullObject of ${state.path} is known only after context.sync()`,
            );
          return state.resolved === NULL_OBJECT;
        }
        if (prop === "items") {
          if (!state.items)
            throw new FakeExcelError(
              "PropertyNotLoaded",
              `${state.path}.items: call load("items/...") and context.sync() first`,
            );
          return state.items;
        }
        if (NAVIGATION.has(prop)) {
          const child: ClientState = {
            path: `${state.path}.${prop}`,
            segment: prop,
            parent: state,
            resolved: undefined,
            hasResolved: false,
            loaded: null,
            items: null,
          };
          this.queue.push({ kind: "nav", state: child, parent: state, prop });
          return this.proxy(child);
        }
        if (OBJECT_METHODS.has(prop) || RESULT_METHODS.has(prop) || VOID_METHODS.has(prop)) {
          return (...args: unknown[]) => {
            const segment = `${prop}(${args.map((a) => JSON.stringify(argJson(a))).join(",")})`;
            const path = `${state.path}.${segment}`;
            if (OBJECT_METHODS.has(prop)) {
              const child: ClientState = {
                path,
                segment,
                parent: state,
                resolved: undefined,
                hasResolved: false,
                loaded: null,
                items: null,
              };
              this.queue.push({ kind: "call", state: child, parent: state, method: prop, args });
              return this.proxy(child);
            }
            const op: Op = {
              kind: "call",
              state: null,
              parent: state,
              method: prop,
              args,
              result: { value: undefined, ready: false },
            };
            this.queue.push(op);
            if (RESULT_METHODS.has(prop)) {
              return {
                get value() {
                  if (!op.result!.ready)
                    throw new FakeExcelError("PropertyNotLoaded", `${path}: value is known only after context.sync()`);
                  return op.result!.value;
                },
              };
            }
            return undefined;
          };
        }
        // A scalar property: only once loaded and synced.
        if (state.loaded && state.loaded.has(prop)) return state.loaded.get(prop);
        throw new FakeExcelError(
          "PropertyNotLoaded",
          `${state.path}.${prop} was read before load("${prop}") and context.sync()`,
        );
      },
      set: (_t, prop, value) => {
        if (typeof prop === "symbol") return false;
        this.queue.push({ kind: "set", parent: state, prop, value });
        return true;
      },
    });
  }

  private itemProxy(parent: ClientState, item: unknown, i: number): ClientProxy {
    const state: ClientState = {
      path: `${parent.path}.items[${i}]`,
      segment: `items[${i}]`,
      parent,
      resolved: item,
      hasResolved: true,
      loaded: new Map(),
      items: null,
    };
    return this.proxy(state);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const app = this.excel.model.application;
    app.calcSuspended = false;
    app.screenSuspended = false;
    // The request, as Office.js builds it: one object-path record per object used (sent once per request),
    // one action record per operation (instantiations included), with its data.
    let requestBytes = 0;
    const paths = new Set<ClientState>();
    const countPath = (st: ClientState | null) => {
      for (let s = st; s && !paths.has(s); s = s.parent) {
        paths.add(s);
        requestBytes += PATH_RECORD + utf8Length(s.segment);
      }
    };
    for (const op of ops) {
      countPath(op.parent);
      const data =
        op.kind === "nav"
          ? { n: op.prop }
          : op.kind === "set"
            ? { s: op.prop, v: argJson(op.value) }
            : op.kind === "call"
              ? { m: op.method, a: op.args.map(argJson) }
              : { l: op.props };
      requestBytes += ACTION_RECORD + utf8Length(JSON.stringify(data));
    }
    const record: SyncRecord = {
      ops: ops.length,
      requestBytes,
      responseBytes: 0,
      calcSuspended: false,
      screenSuspended: false,
    };
    this.excel.syncs.push(record);
    if (this.excel.syncDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.excel.syncDelayMs));
    else await Promise.resolve();
    if (requestBytes > this.excel.payloadLimit) {
      throw new FakeExcelError(
        "RequestPayloadSizeLimitExceeded",
        `request of ${requestBytes} bytes (limit ${this.excel.payloadLimit})`,
      );
    }
    const loads: { state: ClientState; props: string[] }[] = [];
    for (const op of ops) {
      const parent = op.parent;
      if (!parent.hasResolved) throw new FakeExcelError("GeneralException", `${parent.path} was not resolved`);
      const obj = parent.resolved as ModelObject;
      const isNull = obj === NULL_OBJECT;
      if (op.kind === "nav") {
        this.excel.checkApi(op.prop);
        op.state.resolved = isNull ? NULL_OBJECT : obj[op.prop];
        if (op.state.resolved === undefined)
          throw new FakeExcelError("ApiNotFound", `the fake has no ${parent.path}.${op.prop}`);
        op.state.hasResolved = true;
      } else if (op.kind === "call") {
        this.excel.checkApi(op.method);
        if (isNull) throw new FakeExcelError("InvalidObjectPath", `${parent.path} is a null object`);
        const method = obj[op.method];
        if (typeof method !== "function")
          throw new FakeExcelError("ApiNotFound", `the fake has no ${parent.path}.${op.method}()`);
        const args = op.args.map(resolvedOf);
        const value: unknown = method.apply(obj, args);
        if (op.state) {
          op.state.resolved = value;
          op.state.hasResolved = true;
        }
        if (op.result) {
          op.result.value = value;
          op.result.ready = true;
        }
      } else if (op.kind === "set") {
        this.excel.checkApi(op.prop);
        if (isNull) throw new FakeExcelError("InvalidObjectPath", `${parent.path} is a null object`);
        const value = resolvedOf(op.value);
        obj[op.prop] = value;
      } else {
        loads.push({ state: parent, props: op.props });
      }
    }
    // Loads read the state after the whole request, like Excel's response.
    let responseBytes = 0;
    for (const { state, props } of loads) {
      const obj = state.resolved as ModelObject;
      if (obj === NULL_OBJECT) continue;
      const itemProps = props.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
      const own = props.filter((p) => !p.startsWith("items/"));
      if (itemProps.length > 0 || (Array.isArray(obj.items) && own.length === 0)) {
        const list = obj.items as unknown[];
        state.items = list.map((item, i) => {
          const p = this.itemProxy(state, item, i);
          const st = p[STATE];
          for (const name of itemProps) {
            this.excel.checkApi(name);
            const v = (item as ModelObject)[name];
            st.loaded!.set(name, v);
            responseBytes += utf8Length(JSON.stringify(v ?? null)) + name.length;
          }
          return p;
        });
      }
      state.loaded ??= new Map();
      for (const name of own) {
        this.excel.checkApi(name);
        const v = obj[name];
        if (v === undefined) throw new FakeExcelError("PropertyNotFound", `the fake has no ${state.path}.${name}`);
        state.loaded.set(name, v);
        responseBytes += utf8Length(JSON.stringify(v ?? null)) + name.length;
      }
    }
    record.responseBytes = responseBytes;
    record.calcSuspended = app.calcSuspended;
    record.screenSuspended = app.screenSuspended;
    if (responseBytes > this.excel.payloadLimit) {
      throw new FakeExcelError(
        "ResponsePayloadSizeLimitExceeded",
        `response of ${responseBytes} bytes (limit ${this.excel.payloadLimit})`,
      );
    }
  }
}
