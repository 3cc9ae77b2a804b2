/**
 * The five input tables (workbook.md), read through the workbook port into typed rows that keep their
 * source (sheet, row, column). Headers match case- and accent-insensitively, a unit in parentheses is
 * ignored ("Volume (L)"), extra columns are ignored. A missing table or required column stops the run.
 *
 * Every value of a row is parsed here; what cannot be read becomes an issue on that row (never a 0). Which
 * issues count (the producer's rows of the months used) is decided by gather.ts.
 */
import {
  Decimal,
  type Criterion,
  type Delivery,
  type EventType,
  type IsoDate,
  type LabResult,
  type ProducerEvent,
  type SourceRef,
  type YearMonth,
} from "../engine";
import type { CellValue, TableData, WorkbookPort } from "../workbook/port";
import { columnLetter, RunError, type Issue } from "./issues";
import {
  Bad,
  normalizeKey,
  gridKey,
  isBlankCell,
  parseCode,
  parseCriterion,
  parseDate,
  parseDecimal,
  parseEventType,
  parseInhibitor,
  parseMonth,
  parseNonNegative,
  parsePlace,
  parseQuantity,
  parseVolume,
  parseText,
  parseTime,
  parseYesNo,
  type Parsed,
} from "../inputs";

export const SHEETS = {
  producers: "Producteurs",
  deliveries: "Livraisons",
  results: "Analyses",
  prices: "PrixDeBase",
  events: "Evenements",
} as const;

interface ColumnSpec {
  header: string;
  required?: boolean;
  /** Other headers accepted for this column (already normalized). */
  aliases?: string[];
}

export const PRODUCER_COLUMNS = {
  code: { header: "Code", required: true },
  name: { header: "Nom", aliases: ["nom du producteur", "raison sociale"] },
  grid: { header: "Grille" },
  charter: { header: "Charte" },
  consent: { header: "Consentement" },
} satisfies Record<string, ColumnSpec>;

export const DELIVERY_COLUMNS = {
  date: { header: "Date", required: true },
  code: { header: "Code", required: true },
  volume: { header: "Volume", required: true },
  time: { header: "Heure" },
  temperature: { header: "Température" },
  place: { header: "Lieu" },
} satisfies Record<string, ColumnSpec>;

export const RESULT_COLUMNS = {
  date: { header: "Date", required: true },
  code: { header: "Code", required: true },
  criterion: { header: "Critère", required: true },
  value: { header: "Valeur", required: true },
  validated: { header: "Validé" },
} satisfies Record<string, ColumnSpec>;

export const PRICE_COLUMNS = {
  month: { header: "Mois", required: true },
  grid: { header: "Grille", required: true },
  price: { header: "Prix", required: true },
} satisfies Record<string, ColumnSpec>;

const EVENT_COLUMNS = {
  date: { header: "Date", required: true },
  code: { header: "Code", required: true },
  type: { header: "Type", required: true },
  volume: { header: "Volume" },
  amount: { header: "Montant" },
} satisfies Record<string, ColumnSpec>;

/** Header text → the key it is matched by: "Température (°C)" → "temperature". */
export function headerKey(header: string): string {
  return normalizeKey(header.replace(/\([^)]*\)|\[[^\]]*\]/g, " "))
    .replace(/[^a-z0-9 ]/g, "")
    .trim();
}

/** Where each wanted column sits in a table's rows, and how to name it in a message: "Valeur (D)". */
export class Columns<K extends string> {
  readonly index = {} as Record<K, number>;
  readonly ref = {} as Record<K, string>;

  constructor(table: TableData, specs: Record<K, ColumnSpec>) {
    const keys = table.headers.map((h) => (typeof h === "string" ? headerKey(h) : ""));
    const missing: string[] = [];
    for (const key of Object.keys(specs) as K[]) {
      const spec = specs[key];
      const wanted = [headerKey(spec.header), ...(spec.aliases ?? [])];
      const i = keys.findIndex((k) => wanted.includes(k));
      this.index[key] = i;
      this.ref[key] = i < 0 ? spec.header : `${table.headers[i].trim()} (${columnLetter(table.firstColumn + i)})`;
      if (i < 0 && spec.required) missing.push(`« ${spec.header} »`);
    }
    if (missing.length > 0) {
      const found =
        table.headers
          .filter((h) => h && h.trim())
          .map((h) => h.trim())
          .join(", ") || "aucun";
      throw new RunError(
        `feuille ${table.sheet} : colonne${missing.length > 1 ? "s" : ""} obligatoire${missing.length > 1 ? "s" : ""} ${missing.join(", ")} absente${missing.length > 1 ? "s" : ""} (en-têtes trouvés ligne ${table.headerRow} : ${found})`,
      );
    }
  }

  /** The cell of column `key` in a row, or null when the table has no such column. */
  cell(values: readonly CellValue[], key: K): CellValue {
    const i = this.index[key];
    if (i < 0) return null;
    const v = values[i];
    return v === undefined ? null : v;
  }
}

export interface ProducerRow {
  row: number;
  code: string | null;
  name: string | null;
  /** Grille as written (normalized to lower case), null when blank. */
  grid: string | null;
  charter: boolean;
  consent: boolean;
  issues: Issue[];
}

/**
 * A row of Livraisons, Analyses or Evenements that could not be read: its producer and date when they could
 * be, and its issues.
 */
export class BadRow {
  constructor(
    readonly row: number,
    readonly code: string | null,
    /** Null when the date is blank or unreadable. */
    readonly date: IsoDate | null,
    readonly issues: Issue[],
  ) {}
}

/**
 * Rows that could be read are the engine's own items, carrying their producer code and worksheet row: one
 * object per row (the source for messages is made on demand), which matters at 500 000 rows.
 */
export class DeliveryRow implements Delivery {
  time?: string;
  temperature?: Decimal;
  place?: "ferme" | "centre";
  constructor(
    readonly sheet: string,
    readonly row: number,
    readonly code: string,
    readonly date: IsoDate,
    readonly volume: Decimal,
    /** The Volume column as named in messages, "Volume (C)". */
    readonly column: string,
  ) {}
  get source(): SourceRef {
    return { sheet: this.sheet, row: this.row, column: this.column };
  }
}

export class ResultRow implements LabResult {
  constructor(
    readonly sheet: string,
    readonly row: number,
    readonly code: string,
    readonly date: IsoDate,
    readonly criterion: Criterion,
    readonly value: Decimal,
    readonly validated: boolean,
    readonly column: string,
  ) {}
  get source(): SourceRef {
    return { sheet: this.sheet, row: this.row, column: this.column };
  }
}

export class EventRow implements ProducerEvent {
  volume?: Decimal;
  /** The Volume column as named in messages, when the row has a volume. */
  volumeColumn?: string;
  amount?: Decimal;
  constructor(
    readonly sheet: string,
    readonly row: number,
    readonly code: string,
    readonly date: IsoDate,
    readonly type: EventType,
  ) {}
  get source(): SourceRef {
    return { sheet: this.sheet, row: this.row };
  }
}

/** A parsed data row: the item, or what is wrong with the row. */
export type DataRow<T> = T | BadRow;

export interface PriceRow {
  row: number;
  month: YearMonth | null;
  grid: string | null;
  price: Decimal | null;
  issues: Issue[] | null;
}

/** The parsed tables; the raw cells are not kept (so that they can be freed while the run goes on). */
export interface InputTables {
  producers: { sheet: string; rows: ProducerRow[]; columns: Columns<keyof typeof PRODUCER_COLUMNS> };
  deliveries: { sheet: string; rows: DataRow<DeliveryRow>[] };
  /** Blank results (not a result) are left out. */
  results: { sheet: string; rows: DataRow<ResultRow>[] };
  prices: { sheet: string; rows: PriceRow[]; columns: Columns<keyof typeof PRICE_COLUMNS> };
  /** Null when the workbook has no Evenements sheet (no events: the checks list says so). */
  events: { sheet: string; rows: DataRow<EventRow>[] } | null;
}

/** Collects the issues of one row; allocates nothing for a clean row. The invoicing inputs use it too. */
export class RowIssues {
  list: Issue[] | null = null;
  constructor(
    private readonly sheet: string,
    private readonly row: number,
  ) {}

  /** The value, or null after recording why it cannot be read. */
  take<T>(value: Parsed<T>, column: string): T | null {
    if (value instanceof Bad) {
      this.add(column, value.message);
      return null;
    }
    return value;
  }

  add(column: string | undefined, message: string, code = "VALUE"): void {
    (this.list ??= []).push({ severity: "error", code, sheet: this.sheet, row: this.row, column, message });
  }

  /** The issues as an array, empty for a clean row (the same array from then on). */
  get all(): Issue[] {
    return (this.list ??= []);
  }

  /** A code: null (and an issue) when it is blank or holds no value (an Excel error, an uncomputed formula). */
  code(parsed: Parsed<string>, column: string): string | null {
    if (parsed === null) this.missing(column, "code producteur manquant");
    return this.take(parsed, column);
  }

  /** A required value left blank: `what` is the phrase, e.g. "date manquante". */
  missing(column: string, what: string): void {
    this.add(column, `${what} : la cellule est vide`, "MISSING_VALUE");
  }
}

async function table(port: WorkbookPort, name: string, required: boolean): Promise<TableData | null> {
  const t = await port.readTable(name);
  if (!t && required) {
    const names = await port.sheetNames();
    throw new RunError(
      `feuille ou tableau « ${name} » introuvable (feuilles du classeur : ${names.join(", ") || "aucune"})`,
    );
  }
  return t;
}

/**
 * Reads and parses the five input tables, one at a time: each table's raw cells can be freed once parsed
 * (the two big ones hold ~500 000 rows). Throws RunError when one cannot be used at all.
 */
export async function readTables(port: WorkbookPort): Promise<InputTables> {
  const producers = (await table(port, SHEETS.producers, true))!;
  const pc = new Columns(producers, PRODUCER_COLUMNS);
  const prices = (await table(port, SHEETS.prices, true))!;
  const prc = new Columns(prices, PRICE_COLUMNS);
  const events = await table(port, SHEETS.events, false);
  const ec = events ? new Columns(events, EVENT_COLUMNS) : null;
  const deliveries = await bigTable(port, SHEETS.deliveries, DELIVERY_COLUMNS, readDeliveries);
  const results = await bigTable(port, SHEETS.results, RESULT_COLUMNS, readResults);
  return {
    producers: { sheet: producers.sheet, rows: readProducers(producers, pc), columns: pc },
    deliveries,
    results,
    prices: { sheet: prices.sheet, rows: readPrices(prices, prc), columns: prc },
    events: events && ec ? { sheet: events.sheet, rows: readEvents(events, ec) } : null,
  };
}

/** Reads, checks and parses a big table; only the parsed rows outlive this call. */
async function bigTable<K extends string, R>(
  port: WorkbookPort,
  name: string,
  specs: Record<K, ColumnSpec>,
  parse: (t: TableData, c: Columns<K>) => R[],
): Promise<{ sheet: string; rows: R[] }> {
  const t = (await table(port, name, true))!;
  return { sheet: t.sheet, rows: parse(t, new Columns(t, specs)) };
}

export function readProducers(t: TableData, c: Columns<keyof typeof PRODUCER_COLUMNS>): ProducerRow[] {
  return t.rows.map(({ row, values }) => {
    const issues = new RowIssues(t.sheet, row);
    const code = issues.code(parseCode(c.cell(values, "code")), c.ref.code);
    const gridText = issues.take(parseText(c.cell(values, "grid")), c.ref.grid);
    const charter = issues.take(parseYesNo(c.cell(values, "charter")), c.ref.charter) ?? false;
    const consentCell = c.cell(values, "consent");
    const consentValue = parseYesNo(consentCell);
    // An unreadable consent is not a yes: the producer gets no statement until it is fixed.
    const consent = consentValue instanceof Bad ? false : (consentValue ?? true);
    issues.take(consentValue, c.ref.consent);
    return {
      row,
      code,
      name: issues.take(parseText(c.cell(values, "name")), c.ref.name),
      grid: gridText === null ? null : gridKey(gridText),
      charter,
      consent,
      issues: issues.list ?? [],
    };
  });
}

export function readDeliveries(t: TableData, c: Columns<keyof typeof DELIVERY_COLUMNS>): DataRow<DeliveryRow>[] {
  const out: DataRow<DeliveryRow>[] = new Array(t.rows.length);
  const sheet = t.sheet;
  const iDate = c.index.date,
    iCode = c.index.code,
    iVolume = c.index.volume;
  const hasTime = c.index.time >= 0,
    hasTemp = c.index.temperature >= 0,
    hasPlace = c.index.place >= 0;
  for (let n = 0; n < t.rows.length; n++) {
    const { row, values } = t.rows[n];
    const issues = new RowIssues(sheet, row);
    const dateParsed = parseDate(values[iDate] ?? null);
    const date = issues.take(dateParsed, c.ref.date);
    const volumeParsed = parseVolume(values[iVolume] ?? null);
    const volume = issues.take(volumeParsed, c.ref.volume);
    if (dateParsed === null) issues.missing(c.ref.date, "date manquante");
    if (volumeParsed === null) issues.missing(c.ref.volume, "volume manquant");
    const code = issues.code(parseCode(values[iCode] ?? null), c.ref.code);
    let time: string | null = null,
      temperature: Decimal | null = null,
      place: "ferme" | "centre" | null = null;
    if (hasTime) time = issues.take(parseTime(c.cell(values, "time")), c.ref.time);
    if (hasTemp) temperature = issues.take(parseDecimal(c.cell(values, "temperature")), c.ref.temperature);
    if (hasPlace) place = issues.take(parsePlace(c.cell(values, "place")), c.ref.place);
    if (issues.list) {
      out[n] = new BadRow(row, code, date, issues.list);
      continue;
    }
    const d = new DeliveryRow(sheet, row, code!, date!, volume!, c.ref.volume);
    if (time !== null) d.time = time;
    if (temperature !== null) d.temperature = temperature;
    if (place !== null) d.place = place;
    out[n] = d;
  }
  return out;
}

const ONE = new Decimal(1);
const ZERO = new Decimal(0);

export function readResults(t: TableData, c: Columns<keyof typeof RESULT_COLUMNS>): DataRow<ResultRow>[] {
  const out: DataRow<ResultRow>[] = [];
  const sheet = t.sheet;
  const iDate = c.index.date,
    iCode = c.index.code,
    iCriterion = c.index.criterion,
    iValue = c.index.value,
    iValidated = c.index.validated;
  const valueRef = c.ref.value;
  for (let n = 0; n < t.rows.length; n++) {
    const { row, values } = t.rows[n];
    const issues = new RowIssues(sheet, row);
    const codeParsed = parseCode(values[iCode] ?? null);
    const dateParsed = parseDate(values[iDate] ?? null);
    const date = issues.take(dateParsed, c.ref.date);
    const criterionParsed = parseCriterion(values[iCriterion] ?? null);
    const criterion = issues.take(criterionParsed, c.ref.criterion);
    const valueCell = values[iValue] ?? null;
    const hasValue = !isBlankCell(valueCell);
    const validated =
      iValidated >= 0 ? (issues.take(parseYesNo(values[iValidated] ?? null), c.ref.validated) ?? true) : true;
    let value: Decimal | null = null;
    if (criterion !== null) value = issues.take(resultValue(criterion, valueCell), valueRef);
    else if (criterionParsed === null && hasValue) issues.missing(c.ref.criterion, "critère manquant");
    if (dateParsed === null && hasValue) issues.missing(c.ref.date, "date manquante");
    const code = issues.code(codeParsed, c.ref.code);
    if (issues.list) out.push(new BadRow(row, code, date, issues.list));
    // A blank value is not a result (grids.md): the row carries nothing, and is not an error.
    else if (date !== null && criterion !== null && value !== null)
      out.push(new ResultRow(sheet, row, code!, date, criterion, value, validated, valueRef));
  }
  return out;
}

/**
 * The value of a result: INHIBITEURS positive/negative, PC negative °C, other counts and contents ≥ 0. Counts
 * (germs, cells, spores) are whole: a text "100.000" is ambiguous (parseQuantity); a content "38,500" g/l
 * is a decimal.
 */
export function resultValue(criterion: Criterion, cell: CellValue): Parsed<Decimal> {
  if (criterion === "INHIBITEURS") {
    const v = parseInhibitor(cell);
    return v instanceof Bad || v === null ? v : v === 1 ? ONE : ZERO;
  }
  if (criterion === "PC") {
    const v = parseDecimal(cell);
    if (v instanceof Decimal && v.gt(0)) {
      return new Bad(
        `point de congélation positif (${v.toString().replace(".", ",")}) : une température négative en °C est attendue (ex. −0,520)`,
      );
    }
    return v;
  }
  if (criterion === "GERMES" || criterion === "CELLULES" || criterion === "BUTYRIQUES")
    return parseQuantity(cell, "le comptage");
  return parseNonNegative(cell);
}

export function readPrices(t: TableData, c: Columns<keyof typeof PRICE_COLUMNS>): PriceRow[] {
  return t.rows.map(({ row, values }) => {
    const issues = new RowIssues(t.sheet, row);
    const month = issues.take(parseMonth(c.cell(values, "month")), c.ref.month);
    const gridText = issues.take(parseText(c.cell(values, "grid")), c.ref.grid);
    const priceParsed = parseNonNegative(c.cell(values, "price"));
    const price = issues.take(priceParsed, c.ref.price);
    if (priceParsed === null) issues.missing(c.ref.price, "prix manquant");
    return { row, month, grid: gridText === null ? null : gridKey(gridText), price, issues: issues.list };
  });
}

export function readEvents(t: TableData, c: Columns<keyof typeof EVENT_COLUMNS>): DataRow<EventRow>[] {
  return t.rows.map(({ row, values }) => {
    const issues = new RowIssues(t.sheet, row);
    const codeParsed = parseCode(c.cell(values, "code"));
    const dateParsed = parseDate(c.cell(values, "date"));
    const date = issues.take(dateParsed, c.ref.date);
    const typeParsed = parseEventType(c.cell(values, "type"));
    const type: EventType | null = issues.take(typeParsed, c.ref.type);
    const volume = issues.take(parseVolume(c.cell(values, "volume")), c.ref.volume);
    const amount = issues.take(parseQuantity(c.cell(values, "amount"), "le montant"), c.ref.amount);
    if (dateParsed === null) issues.missing(c.ref.date, "date manquante");
    if (typeParsed === null) issues.missing(c.ref.type, "type d'événement manquant");
    const code = issues.code(codeParsed, c.ref.code);
    // A cost that is not entered is not a cost of 0: the statement waits for it.
    if (
      (type === "EPANDAGE" || type === "DOMMAGES") &&
      amount === null &&
      !issues.list?.some((i) => i.column === c.ref.amount)
    ) {
      issues.add(
        c.ref.amount,
        `montant manquant pour un événement ${type} : saisissez le coût (jamais compté 0)`,
        "MISSING_VALUE",
      );
    }
    if (issues.list) return new BadRow(row, code, date, issues.list);
    const e = new EventRow(t.sheet, row, code!, date!, type!);
    if (volume !== null) {
      e.volume = volume;
      e.volumeColumn = c.ref.volume;
    }
    if (amount !== null) e.amount = amount;
    return e;
  });
}
