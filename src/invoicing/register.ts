/**
 * The register « Registre des factures » (invoices.md, "Numbering and the register"): one row per invoice or
 * credit note, in the order issued, appended and never rewritten nor renumbered.
 *
 * How it is stored: a worksheet whose first row holds the headers, created once by the first issue (a
 * generated sheet with its own key "registre", so that no statement run ever replaces it) and then only
 * grown with WorkbookPort.appendRows — the rows already there are never written again, by either port.
 * After the spec's thirteen columns comes « Contenu »: the document's canonical content (document.ts),
 * whose SHA-256 is « Empreinte ». It lets a re-issue rebuild an unchanged invoice and a credit note from the
 * register alone, and shows any hand edit: a row whose content, fingerprint, amounts or number do not hold
 * together stops the issue and is named (nothing is issued).
 */
import { isoToSerial, noValueBad, parseDate, parseDecimal, parseMonth, parseText } from "../inputs";
import { columnLetter, headerKey } from "../inputs/columns";
import { RunError } from "../inputs/issues";
import { t } from "../messages";
import type { IsoDate, YearMonth } from "../engine";
import { NoValue, type CellValue, type OutputCell, type OutputSheet, type TableData } from "../workbook/port";
import { documentFromContent } from "./document";
import { sha256Hex } from "./sha256";
import type { DocumentType, InvoiceDocument } from "./types";

export const REGISTER_SHEET = "Registre des factures";
/** The generated-sheet key of the register (never a month: statement runs replace only their month's sheets). */
export const REGISTER_KEY = "registre";

export const REGISTER_HEADERS = [
  "N°",
  "Type",
  "Date d'émission",
  "Mois",
  "Producteur",
  "Acheteur",
  "HT",
  "TVA",
  "TTC",
  "Retenues",
  "Net à payer",
  "Annule",
  "Empreinte",
  "Contenu",
] as const;

/** Excel's limit of characters in a cell. */
const CELL_LIMIT = 32_767;

export interface RegisterEntry {
  row: number;
  number: string;
  prefix: string;
  year: string;
  seq: number;
  type: DocumentType;
  issueDate: IsoDate;
  month: YearMonth;
  producer: string;
  buyer: string;
  cancels: string | null;
  fingerprint: string;
  doc: InvoiceDocument;
}

export const NUMBER_PATTERN = /^([A-Za-z0-9_-]{1,10})(\d{4})-(\d{6})$/;

export function formatNumber(prefix: string, year: string, seq: number): string {
  return `${prefix}${year}-${String(seq).padStart(6, "0")}`;
}

export class RegisterError extends RunError {}

/** A register row's cells by column (the index of REGISTER_HEADERS), and how to refuse one of them. */
interface RowCells {
  row: number;
  cell: (i: number) => CellValue;
  /** A text cell: NoValue cells are refused first, so parseText gives a string or null. */
  text: (i: number) => string | null;
  fail: (i: number, message: string) => never;
}

/** A row read on its own: its cells readable, its content whole (the fingerprint holds). */
interface ReadRow extends RowCells {
  number: string;
  prefix: string;
  year: string;
  seq: number;
  type: DocumentType;
  date: IsoDate;
  month: YearMonth;
  fingerprint: string;
  doc: InvoiceDocument;
}

/** What the rows above tell about the next one. */
interface RegisterSoFar {
  entries: RegisterEntry[];
  byNumber: Map<string, RegisterEntry>;
  /** The last entry of each series (prefix|year). */
  lastSeq: Map<string, RegisterEntry>;
  cancelled: Set<string>;
}

function rowCells(
  table: TableData,
  index: number[],
  row: number,
  values: TableData["rows"][number]["values"],
): RowCells {
  const cell = (i: number) => values[index[i]] ?? null;
  return {
    row,
    cell,
    text: (i) => parseText(cell(i)) as string | null,
    fail: (i, message) => {
      throw new RegisterError(
        t("invoicing.register.rowUnreadable", {
          sheet: table.sheet,
          row,
          column: REGISTER_HEADERS[i],
          letter: columnLetter(table.firstColumn + index[i]),
          message,
        }),
      );
    },
  };
}

/** Reads one row: every cell a value, number, type, dates, content and its fingerprint. */
function readRow(c: RowCells): ReadRow {
  const { cell, text, fail } = c;
  // A cell holding an Excel error (#N/A…) or a formula without its value: the row cannot be trusted.
  REGISTER_HEADERS.forEach((_, i) => {
    const v = cell(i);
    if (v instanceof NoValue) fail(i, noValueBad(v).message);
  });
  const number = text(0);
  const m = number === null ? null : NUMBER_PATTERN.exec(number);
  if (!m) return fail(0, t("invoicing.register.notNumber", { text: number ?? "" }));
  const type = text(1);
  if (type !== "facture" && type !== "avoir") return fail(1, t("invoicing.register.badType", { text: type ?? "" }));
  const date = parseDate(cell(2));
  if (typeof date !== "string") return fail(2, t("invoicing.register.dateUnreadable"));
  const month = parseMonth(cell(3));
  if (typeof month !== "string") return fail(3, t("invoicing.register.monthUnreadable"));
  const content = text(13);
  if (content === null) return fail(13, t("invoicing.register.contentEmpty"));
  const fingerprint = text(12);
  if (fingerprint !== sha256Hex(content)) return fail(12, t("invoicing.register.fingerprint"));
  let doc: InvoiceDocument;
  try {
    doc = documentFromContent(content, number!, date as IsoDate);
  } catch (e) {
    return fail(13, t("invoicing.register.contentUnreadable", { reason: (e as Error).message }));
  }
  const [, prefix, year, seqText] = m;
  const seq = Number(seqText);
  return { ...c, number: number!, prefix, year, seq, type, date: date as IsoDate, month, fingerprint, doc };
}

/** The number is new, of its date's year, the next of its series; the date does not go back. */
function checkSequence(r: ReadRow, so: RegisterSoFar): void {
  const { number, prefix, year, fail } = r;
  const earlier = so.byNumber.get(number);
  if (earlier) fail(0, t("invoicing.register.duplicateNumber", { number, row: earlier.row }));
  if (year !== r.date.slice(0, 4)) fail(0, t("invoicing.register.numberYear", { number }));
  const before = so.lastSeq.get(`${prefix}|${year}`);
  const expected = before ? before.seq + 1 : 1;
  if (r.seq !== expected)
    fail(0, t("invoicing.register.numberExpected", { number, expected: formatNumber(prefix, year, expected) }));
  const previous = so.entries[so.entries.length - 1];
  if (previous && r.date < previous.issueDate) fail(2, t("invoicing.register.dateBackwards", { row: previous.row }));
}

/** The row's columns say what its content says: type, month, parties, cancelled number, amounts. */
function checkAgainstContent(r: ReadRow): void {
  const { doc, text, fail } = r;
  const checks: [number, unknown, unknown][] = [
    [1, r.type, doc.type],
    [3, r.month, doc.month],
    [4, text(4), doc.producer],
    [5, text(5), doc.buyerCode],
    [11, text(11), doc.cancels],
  ];
  for (const [i, a, b] of checks)
    if (a !== b) fail(i, t("invoicing.register.mismatch", { cell: `${a ?? ""}`, content: `${b ?? ""}` }));
  const amounts = [doc.ht, doc.vat, doc.ttc, doc.withholdingsTotal, doc.net];
  amounts.forEach((amount, k) => {
    const v = parseDecimal(r.cell(6 + k));
    if (!(v !== null && typeof v === "object" && "eq" in v && v.eq(amount)))
      fail(6 + k, t("invoicing.register.amountMismatch", { amount: amount.toFixed(2) }));
  });
}

/** A credit note cancels an invoice above it, not cancelled yet. */
function checkCancellation(r: ReadRow, so: RegisterSoFar): void {
  if (r.type !== "avoir") return;
  const cancels = r.doc.cancels;
  const target = so.byNumber.get(cancels ?? "");
  if (!target || target.type !== "facture")
    r.fail(11, t("invoicing.register.cancelsUnknown", { number: cancels ?? "" }));
  if (so.cancelled.has(cancels!)) r.fail(11, t("invoicing.register.alreadyCancelled", { number: String(cancels) }));
  so.cancelled.add(cancels!);
}

/**
 * Reads and checks the whole register. Throws RegisterError naming the first row that cannot be trusted:
 * nothing may be numbered after a register that does not hold together.
 */
export function parseRegister(table: TableData | null): RegisterEntry[] {
  if (!table) return [];
  const keys = table.headers.map((h) => headerKey(String(h ?? "")));
  const index = REGISTER_HEADERS.map((h) => keys.indexOf(headerKey(h)));
  const missing = REGISTER_HEADERS.filter((_, i) => index[i] < 0);
  if (missing.length)
    throw new RegisterError(
      t("invoicing.register.missingColumns", {
        sheet: table.sheet,
        n: missing.length,
        columns: missing.map((m) => t("inputs.cell.quoted", { text: m })).join(", "),
      }),
    );
  const so: RegisterSoFar = { entries: [], byNumber: new Map(), lastSeq: new Map(), cancelled: new Set() };
  for (const { row, values } of table.rows) {
    const r = readRow(rowCells(table, index, row, values));
    checkSequence(r, so);
    checkAgainstContent(r);
    checkCancellation(r, so);
    const { number, prefix, year, seq, type, date, month, fingerprint, doc } = r;
    const entry: RegisterEntry = {
      row,
      number,
      prefix,
      year,
      seq,
      type,
      issueDate: date,
      month,
      producer: doc.producer,
      buyer: doc.buyerCode,
      cancels: doc.cancels,
      fingerprint,
      doc,
    };
    so.entries.push(entry);
    so.byNumber.set(number, entry);
    so.lastSeq.set(`${prefix}|${year}`, entry);
  }
  return so.entries;
}

/** The register row of an issued document. */
export function registerRow(doc: InvoiceDocument, content: string): OutputCell[] {
  if (content.length > CELL_LIMIT)
    throw new RunError(t("invoicing.register.contentTooLong", { number: doc.number, length: content.length }));
  const money = (d: { toNumber(): number }): OutputCell => ({ value: d.toNumber(), style: "money" });
  const text = (v: string | null): OutputCell => ({ value: v, style: "text" });
  return [
    text(doc.number),
    text(doc.type),
    { value: isoToSerial(doc.issueDate), style: "date" },
    text(doc.month),
    text(doc.producer),
    text(doc.buyerCode),
    money(doc.ht),
    money(doc.vat),
    money(doc.ttc),
    money(doc.withholdingsTotal),
    money(doc.net),
    text(doc.cancels),
    text(doc.fingerprint),
    text(content),
  ];
}

/** The register as first created: headers and the first rows. Later issues only append rows. */
export function registerSheet(rows: OutputCell[][]): OutputSheet {
  return {
    name: REGISTER_SHEET,
    rows: [REGISTER_HEADERS.map((h) => ({ value: h, style: "header" as const })), ...rows],
    columnWidths: [15, 8, 13, 9, 11, 10, 12, 10, 12, 10, 12, 15, 20, 30],
    print: { orientation: "landscape", fitToOnePage: false },
  };
}
