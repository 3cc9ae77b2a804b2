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
import type { IsoDate, YearMonth } from "../engine";
import { NoValue, type OutputCell, type OutputSheet, type TableData } from "../workbook/port";
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

/**
 * Reads and checks the whole register. Throws RegisterError naming the first row that cannot be trusted:
 * nothing may be numbered after a register that does not hold together.
 */
export function parseRegister(t: TableData | null): RegisterEntry[] {
  if (!t) return [];
  const keys = t.headers.map((h) => headerKey(String(h ?? "")));
  const index = REGISTER_HEADERS.map((h) => keys.indexOf(headerKey(h)));
  const missing = REGISTER_HEADERS.filter((_, i) => index[i] < 0);
  if (missing.length)
    throw new RegisterError(
      `feuille ${t.sheet} : colonne${missing.length > 1 ? "s" : ""} ${missing.map((m) => `« ${m} »`).join(", ")} absente${missing.length > 1 ? "s" : ""} : le registre ne peut pas être lu, aucune facture n'est émise`,
    );
  const entries: RegisterEntry[] = [];
  const byNumber = new Map<string, RegisterEntry>();
  const lastSeq = new Map<string, RegisterEntry>();
  const cancelled = new Set<string>();
  for (const { row, values } of t.rows) {
    const cell = (i: number) => values[index[i]] ?? null;
    const fail = (i: number, message: string): never => {
      throw new RegisterError(
        `${t.sheet}, ligne ${row}, colonne ${REGISTER_HEADERS[i]} (${columnLetter(t.firstColumn + index[i])}) : ${message} — registre illisible, aucune facture n'est émise ; rétablissez la ligne telle qu'elle a été écrite`,
      );
    };
    // A cell holding an Excel error (#N/A…) or a formula without its value: the row cannot be trusted.
    REGISTER_HEADERS.forEach((_, i) => {
      const v = cell(i);
      if (v instanceof NoValue) fail(i, noValueBad(v).message);
    });
    /** A text cell: NoValue cells were refused above, so parseText gives a string or null. */
    const text = (i: number): string | null => parseText(cell(i)) as string | null;
    const number = text(0);
    const m = number === null ? null : NUMBER_PATTERN.exec(number);
    if (!m) fail(0, `« ${number ?? ""} » n'est pas un numéro de facture (ex. F2025-000001)`);
    const type = text(1);
    if (type !== "facture" && type !== "avoir") fail(1, `« ${type ?? ""} » : facture ou avoir attendu`);
    const date = parseDate(cell(2));
    if (typeof date !== "string") fail(2, "date d'émission illisible");
    const month = parseMonth(cell(3));
    if (typeof month !== "string") fail(3, "mois illisible");
    const content = text(13);
    if (content === null) fail(13, "contenu vide");
    const fingerprint = text(12);
    if (fingerprint !== sha256Hex(content!))
      fail(12, "l'empreinte ne correspond pas au contenu (ligne modifiée à la main ?)");
    let doc: InvoiceDocument;
    try {
      doc = documentFromContent(content!, number!, date as IsoDate);
    } catch (e) {
      return fail(13, `contenu illisible : ${(e as Error).message}`);
    }
    const [, prefix, year, seqText] = m!;
    if (byNumber.has(number!)) fail(0, `numéro ${number} en double (déjà ligne ${byNumber.get(number!)!.row})`);
    if (year !== (date as string).slice(0, 4))
      fail(0, `le numéro ${number} n'est pas de l'année de sa date d'émission`);
    const seq = Number(seqText);
    const series = `${prefix}|${year}`;
    const before = lastSeq.get(series);
    const expected = before ? before.seq + 1 : 1;
    if (seq !== expected)
      fail(
        0,
        `numéro ${number} : ${formatNumber(prefix, year, expected)} attendu (la série est continue, sans trou ni doublon)`,
      );
    const previous = entries[entries.length - 1];
    if (previous && (date as string) < previous.issueDate)
      fail(2, `date d'émission antérieure à celle de la ligne ${previous.row} (les dates ne reculent jamais)`);
    const checks: [number, unknown, unknown][] = [
      [1, type, doc.type],
      [3, month, doc.month],
      [4, text(4), doc.producer],
      [5, text(5), doc.buyerCode],
      [11, text(11), doc.cancels],
    ];
    for (const [i, a, b] of checks)
      if (a !== b) fail(i, `« ${a ?? ""} » ne correspond pas au contenu (« ${b ?? ""} »)`);
    const amounts = [doc.ht, doc.vat, doc.ttc, doc.withholdingsTotal, doc.net];
    amounts.forEach((amount, k) => {
      const v = parseDecimal(cell(6 + k));
      if (!(v !== null && typeof v === "object" && "eq" in v && v.eq(amount)))
        fail(6 + k, `montant différent du contenu (${amount.toFixed(2)})`);
    });
    if (type === "avoir") {
      const target = byNumber.get(doc.cancels ?? "");
      if (!target || target.type !== "facture")
        fail(11, `l'avoir annule « ${doc.cancels ?? ""} », qui n'est pas une facture plus haut dans le registre`);
      if (cancelled.has(doc.cancels!)) fail(11, `la facture ${doc.cancels} est déjà annulée plus haut`);
      cancelled.add(doc.cancels!);
    }
    const entry: RegisterEntry = {
      row,
      number: number!,
      prefix,
      year,
      seq,
      type: type as DocumentType,
      issueDate: date as IsoDate,
      month: month as YearMonth,
      producer: doc.producer,
      buyer: doc.buyerCode,
      cancels: doc.cancels,
      fingerprint: fingerprint!,
      doc,
    };
    entries.push(entry);
    byNumber.set(number!, entry);
    lastSeq.set(series, entry);
  }
  return entries;
}

/** The register row of an issued document. */
export function registerRow(doc: InvoiceDocument, content: string): OutputCell[] {
  if (content.length > CELL_LIMIT)
    throw new RunError(
      `facture ${doc.number} : contenu trop long pour une cellule Excel (${content.length} caractères)`,
    );
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
