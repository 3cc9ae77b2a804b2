/**
 * The invoicing input tables (invoices.md, "Input tables"): OP (one row), Acheteurs, the new Producteurs
 * columns and TauxTVA, read through the workbook port. Like the statement run's tables, every value is
 * parsed here by the one cell reader (src/inputs) and what cannot be read — an unreadable value, an Excel error
 * such as #N/A, a formula saved without its value — is an issue naming sheet, row and column (never a blank,
 * never a 0, never guessed); which invoice an issue withholds is decided in eligibility.ts.
 *
 * OP and Acheteurs are needed to invoice at all: a missing sheet or required column stops the invoicing
 * step (RunError), never the statements.
 */
import { Decimal, type IsoDate, type YearMonth } from "../engine";
import { Columns } from "../inputs/columns";
import { RowIssues } from "../inputs/rowIssues";
import { SHEETS } from "../inputs/tables";
import { RunError, type Issue } from "../inputs/issues";
import {
  Bad,
  codeKey,
  normalizeKey,
  parseCode,
  parseDate,
  parseDecimal,
  parseMonth,
  parseText,
  type Parsed,
} from "../inputs";
import { t, type MessageKey } from "../messages";
import type { CellValue, TableData, WorkbookPort } from "../workbook/port";
import { parsePostalCode, parseSiren, parseVatNumber } from "./parties";
import type { InvoicingMode, OpSettings, Party, VatRegime } from "./types";

export const INVOICE_SHEETS = { op: "OP", buyers: "Acheteurs", vat: "TauxTVA" } as const;

/** VAT on milk without a TauxTVA table: 5,5 % (reduced rate on food products, CGI art. 278-0 bis; BOFiP). */
export const DEFAULT_VAT_RATE = new Decimal("5.5");
export const DEFAULT_PREFIX = "F";
export const DEFAULT_PAYMENT_DAYS = 30;

/** The party columns (OP, Acheteurs, Producteurs): the letterhead reads only these. */
export const PARTY_COLUMNS = {
  name: { header: "Raison sociale" },
  siren: { header: "SIREN" },
  address: { header: "Adresse" },
  postalCode: { header: "Code postal" },
  city: { header: "Ville" },
  vatNumber: {
    header: "N° TVA",
    aliases: ["numero tva", "no tva", "tva intracommunautaire", "n tva intracommunautaire"],
  },
};
const REQUIRED_PARTY = Object.fromEntries(
  Object.entries(PARTY_COLUMNS).map(([k, v]) => [k, k === "vatNumber" ? v : { ...v, required: true }]),
) as typeof PARTY_COLUMNS;

const OP_COLUMNS = {
  ...REQUIRED_PARTY,
  mode: { header: "Mode" },
  prefix: { header: "Préfixe" },
  paymentDays: { header: "Échéance", aliases: ["echeance jours"] },
  latePenalty: { header: "Pénalités de retard" },
};
const BUYER_COLUMNS = { code: { header: "Code", required: true }, ...REQUIRED_PARTY };
const PRODUCER_COLUMNS = {
  code: { header: "Code", required: true },
  nom: { header: "Nom" },
  ...PARTY_COLUMNS,
  regime: { header: "Régime TVA", aliases: ["regime"] },
  buyer: { header: "Acheteur" },
  mandate: { header: "Mandat" },
};
const VAT_COLUMNS = { from: { header: "Du", required: true }, rate: { header: "Taux", required: true } };

/** A party read from a row: the fields as far as they could be read; `complete` when every mention is there. */
export interface PartyFields {
  name: string | null;
  siren: string | null;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  vatNumber: string | null;
}

function readParty<K extends keyof typeof PARTY_COLUMNS>(
  values: readonly CellValue[],
  c: Columns<K | keyof typeof PARTY_COLUMNS>,
  issues: RowIssues,
): PartyFields {
  const siren = issues.take(parseSiren(c.cell(values, "siren")), c.ref.siren);
  return {
    name: issues.take(parseText(c.cell(values, "name")), c.ref.name),
    siren,
    address: issues.take(parseText(c.cell(values, "address")), c.ref.address),
    postalCode: issues.take(parsePostalCode(c.cell(values, "postalCode")), c.ref.postalCode),
    city: issues.take(parseText(c.cell(values, "city")), c.ref.city),
    vatNumber: issues.take(parseVatNumber(c.cell(values, "vatNumber"), siren), c.ref.vatNumber),
  };
}

/** How a message names a party's mention: « raison sociale », « SIREN »… */
const PARTY_LABEL: Record<keyof PartyFields, MessageKey> = {
  name: "invoicing.field.name",
  siren: "invoicing.field.siren",
  address: "invoicing.field.address",
  postalCode: "invoicing.field.postalCode",
  city: "invoicing.field.city",
  vatNumber: "invoicing.field.vatNumber",
};

/** The mentions a party lacks (blank cells), as « raison sociale, SIREN », in the language in use. */
export function missingFields(p: PartyFields, withVat: boolean): string[] {
  const keys: (keyof PartyFields)[] = ["name", "siren", "address", "postalCode", "city"];
  if (withVat) keys.push("vatNumber");
  return keys.filter((k) => p[k] === null).map((k) => t(PARTY_LABEL[k]));
}

export function toParty(p: PartyFields): Party {
  return {
    name: p.name!,
    siren: p.siren!,
    address: p.address!,
    postalCode: p.postalCode!,
    city: p.city!,
    country: "FR",
    vatNumber: p.vatNumber,
  };
}

export interface OpRow {
  sheet: string;
  row: number;
  fields: PartyFields;
  settings: OpSettings | null;
  /** Bad values and blank required cells: any of them withholds every invoice. */
  issues: Issue[];
}

export interface BuyerRow {
  row: number;
  /** Null when blank or unreadable (then `issues` says so: the row cannot be matched to any producer). */
  code: string | null;
  fields: PartyFields;
  issues: Issue[];
}

export interface ProducerInvoicing {
  row: number;
  code: string;
  fields: PartyFields;
  regime: VatRegime | null;
  /** Acheteur code as written, null when blank. */
  buyer: string | null;
  mandate: IsoDate | null;
  issues: Issue[];
}

export interface VatRateRow {
  row: number;
  from: YearMonth | null;
  rate: Decimal | null;
  issues: Issue[];
}

export interface InvoicingInputs {
  op: OpRow;
  buyers: { sheet: string; rows: BuyerRow[] };
  producersSheet: string;
  /** By codeKey of Producteurs.Code; the first row of a duplicated code (the statement run withholds it). */
  producers: Map<string, ProducerInvoicing>;
  /** Null without a TauxTVA sheet (5,5 %). */
  vatRates: { sheet: string; rows: VatRateRow[] } | null;
}

async function requiredTable(port: WorkbookPort, name: string, why: MessageKey): Promise<TableData> {
  const table = await port.readTable(name);
  if (!table) throw new RunError(t("invoicing.sheetNotFound", { sheet: name, why: t(why) }));
  return table;
}

export async function readInvoicingInputs(port: WorkbookPort): Promise<InvoicingInputs> {
  const opTable = await requiredTable(port, INVOICE_SHEETS.op, "invoicing.why.op");
  const op = readOp(opTable);
  const buyersTable = await requiredTable(port, INVOICE_SHEETS.buyers, "invoicing.why.buyers");
  const bc = new Columns(buyersTable, BUYER_COLUMNS);
  const buyers = buyersTable.rows.map(({ row, values }): BuyerRow => {
    const issues = new RowIssues(buyersTable.sheet, row);
    const codeParsed = parseCode(bc.cell(values, "code"));
    if (codeParsed === null) issues.add(bc.ref.code, t("invoicing.buyerCodeMissing"), "MISSING_VALUE");
    const code = issues.take(codeParsed, bc.ref.code);
    return { row, code, fields: readParty(values, bc, issues), issues: issues.all };
  });
  const producersTable = await requiredTable(port, SHEETS.producers, "invoicing.why.producers");
  const vatTable = await port.readTable(INVOICE_SHEETS.vat);
  return {
    op,
    buyers: { sheet: buyersTable.sheet, rows: buyers },
    producersSheet: producersTable.sheet,
    producers: readProducers(producersTable),
    vatRates: vatTable ? { sheet: vatTable.sheet, rows: readVatRates(vatTable) } : null,
  };
}

/** The OP table's one row (also read alone for the documents' letterhead: letterhead.ts). */
export function readOp(table: TableData): OpRow {
  const c = new Columns(table, OP_COLUMNS);
  if (table.rows.length !== 1) {
    throw new RunError(t("invoicing.opOneRow", { sheet: table.sheet, n: table.rows.length }));
  }
  const { row, values } = table.rows[0];
  const issues = new RowIssues(table.sheet, row);
  const fields = readParty(values, c, issues);
  for (const key of ["name", "siren", "address", "postalCode", "city"] as const) {
    if (fields[key] === null && !issues.all.some((i) => i.column === c.ref[key]))
      issues.add(c.ref[key], t("invoicing.opFieldMissing", { field: t(PARTY_LABEL[key]) }), "MISSING_VALUE");
  }
  const modeText = issues.take(parseText(c.cell(values, "mode")), c.ref.mode);
  let mode: InvoicingMode | null = "mandat";
  if (modeText !== null) {
    const k = normalizeKey(modeText);
    mode = k === "mandat" ? "mandat" : k === "autofacturation" ? "autofacturation" : null;
    if (mode === null) issues.add(c.ref.mode, t("invoicing.badMode", { text: modeText }));
  }
  const prefixParsed = parseText(c.cell(values, "prefix"));
  // An unreadable prefix is an issue: no settings.
  const prefix = issues.take(prefixParsed, c.ref.prefix) ?? DEFAULT_PREFIX;
  if (!(prefixParsed instanceof Bad) && !/^[A-Za-z0-9_-]{1,10}$/.test(prefix))
    issues.add(c.ref.prefix, t("invoicing.badPrefix", { prefix }));
  const days = issues.take(parseDecimal(c.cell(values, "paymentDays")), c.ref.paymentDays);
  // Code de commerce L441-10: 60 days from the invoice at most (45 days end of month); more is implausible.
  if (days !== null && (!days.isInteger() || days.lt(0) || days.gt(60)))
    issues.add(c.ref.paymentDays, t("invoicing.badPaymentDays", { days: days.toString() }));
  const latePenaltyText = issues.take(parseText(c.cell(values, "latePenalty")), c.ref.latePenalty);
  const settings: OpSettings | null =
    issues.all.length > 0 || mode === null
      ? null
      : {
          ...toParty(fields),
          mode,
          prefix,
          paymentDays: days === null ? DEFAULT_PAYMENT_DAYS : days.toNumber(),
          latePenaltyText,
        };
  return { sheet: table.sheet, row, fields, settings, issues: issues.all };
}

function readProducers(table: TableData): Map<string, ProducerInvoicing> {
  const c = new Columns(table, PRODUCER_COLUMNS);
  const out = new Map<string, ProducerInvoicing>();
  for (const { row, values } of table.rows) {
    // A blank or unreadable code: the statement run reports it and that row has no statement to invoice.
    const code = parseCode(c.cell(values, "code"));
    if (code === null || code instanceof Bad || out.has(codeKey(code))) continue;
    const issues = new RowIssues(table.sheet, row);
    const fields = readParty(values, c, issues);
    // Raison sociale blank = Nom (not when it is unreadable: that stays an issue). When Nom is the only name
    // column, Columns found "name" under "Nom" too: an issue there is reported once.
    if (fields.name === null && !issues.all.some((i) => i.column === c.ref.name))
      fields.name = issues.take(parseText(c.cell(values, "nom")), c.ref.nom);
    const regimeText = issues.take(parseText(c.cell(values, "regime")), c.ref.regime);
    let regime: VatRegime | null = null;
    if (regimeText !== null) {
      const k = normalizeKey(regimeText);
      if (k === "assujetti" || k === "reel" || k === "assujettie") regime = "assujetti";
      else if (k === "forfait" || k === "forfaitaire" || k === "remboursement forfaitaire") regime = "forfait";
      else issues.add(c.ref.regime, t("invoicing.badRegime", { text: regimeText }));
    }
    out.set(codeKey(code), {
      row,
      code,
      fields,
      regime,
      buyer: issues.take(parseCode(c.cell(values, "buyer")), c.ref.buyer),
      mandate: issues.take(parseDate(c.cell(values, "mandate")), c.ref.mandate),
      issues: issues.all,
    });
  }
  return out;
}

function readVatRates(table: TableData): VatRateRow[] {
  const c = new Columns(table, VAT_COLUMNS);
  return table.rows.map(({ row, values }) => {
    const issues = new RowIssues(table.sheet, row);
    const from = issues.take(parseMonth(c.cell(values, "from")), c.ref.from);
    const rate = issues.take(parsePercent(c.cell(values, "rate")), c.ref.rate);
    if (rate !== null && (rate.lt(1) || rate.gt(30))) {
      issues.add(c.ref.rate, t("invoicing.implausibleVatRate", { rate: rate.toString().replace(".", ",") }));
    }
    if (from === null && !issues.all.length) issues.add(c.ref.from, t("invoicing.vatFromMissing"), "MISSING_VALUE");
    if (rate === null && !issues.all.some((i) => i.column === c.ref.rate))
      issues.add(c.ref.rate, t("invoicing.vatRateMissing"), "MISSING_VALUE");
    return { row, from, rate: issues.all.length ? null : rate, issues: issues.all };
  });
}

/** A percent as typed: 5,5 or "5,5 %" (the % sign is dropped; the number is the percent). */
export function parsePercent(cell: CellValue): Parsed<Decimal> {
  if (typeof cell === "string" && /%\s*$/.test(cell)) return parseDecimal(cell.replace(/%\s*$/, ""));
  return parseDecimal(cell);
}

/** The VAT rate of a month: the TauxTVA row with the latest Du ≤ month; an unreadable row that may apply is an issue. */
export function vatRateFor(inputs: InvoicingInputs, month: YearMonth): { rate: Decimal } | { issues: Issue[] } {
  if (!inputs.vatRates) return { rate: DEFAULT_VAT_RATE };
  const bad = inputs.vatRates.rows.filter((r) => r.issues.length > 0 && (r.from === null || r.from <= month));
  if (bad.length) return { issues: bad.flatMap((r) => r.issues) };
  let best: VatRateRow | null = null;
  for (const r of inputs.vatRates.rows)
    if (r.from !== null && r.from <= month && (!best || r.from >= best.from!)) best = r;
  if (!best)
    return {
      issues: [
        {
          severity: "error",
          code: "VAT",
          sheet: inputs.vatRates.sheet,
          message: t("invoicing.noVatRateInForce", { month, sheet: inputs.vatRates.sheet }),
        },
      ],
    };
  return { rate: best.rate! };
}
