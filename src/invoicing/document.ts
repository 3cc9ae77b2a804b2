/**
 * The invoice and credit note as documents (types.ts InvoiceDocument): built from a computed statement and
 * its withholdings — never a price of their own — plus the parties, the VAT regime and the month's rate.
 *
 * A document's content (everything it prints except its number and dates) is kept as canonical JSON in the
 * register (column « Contenu »), and its fingerprint (« Empreinte ») is the SHA-256 of that text. So:
 *  - issuing a month again compares a producer's new invoice with his live one by content: same → same
 *    number, the sheet rewritten identically from the register; different → credit note + new invoice;
 *  - a credit note repeats the cancelled invoice's lines with opposite signs, from the register alone;
 *  - a register row edited by hand no longer matches its fingerprint and stops the issue, naming the row.
 */
import { Decimal, ZERO, daysInMonth, round2, type IsoDate, type Statement, type YearMonth } from "../engine";
import { frNumber, frDate } from "../engine";
import { t } from "../messages";
import { sha256Hex } from "./sha256";
import type { DocumentType, InvoiceDocument, InvoiceLine, InvoicingMode, Party, VatRegime, Withholding } from "./types";

/** Flat-rate refund of VAT for milk (art. 298 quater I bis du CGI), shown for information on forfait invoices. */
export const FLAT_RATE_REFUND = new Decimal("5.59");
/** Fixed indemnity for recovery costs between professionals (Code de commerce L441-10, D441-5). */
export const RECOVERY_INDEMNITY = new Decimal(40);
/** Late-payment rate when the OP sets none: the legal rate of L441-10 (ECB rate + 10 points). */
export const LEGAL_LATE_PENALTY =
  "taux d'intérêt appliqué par la Banque centrale européenne à son opération de refinancement la plus récente, majoré de 10 points (art. L441-10 du Code de commerce)";

export const MENTION = {
  autofacturation: "Autofacturation",
  forfait: "TVA non applicable : exploitant agricole au remboursement forfaitaire (art. 298 quater du CGI)",
  recovery:
    "Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40,00 € (art. L441-10 et D441-5 du Code de commerce)",
};

export function mandateMention(op: Party, seller: Party, mandateDate: IsoDate): string {
  return `Facture établie par ${op.name} au nom et pour le compte de ${seller.name}, mandat de facturation du ${frDate(mandateDate)}`;
}

/** Everything an invoice needs besides the statement. */
export type InvoiceParties = Pick<
  InvoiceDocument,
  "producer" | "buyerCode" | "seller" | "buyer" | "op" | "mandateDate" | "vatRegime"
> & {
  /** The month's VAT rate in percent (used for assujetti only). */
  vatRate: Decimal;
};

/** End of the month delivered + the OP's Échéance days. */
export function dueDateOf(month: YearMonth, days: number): IsoDate {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const end = Date.UTC(y, m - 1, daysInMonth(y, m));
  return new Date(end + days * 86_400_000).toISOString().slice(0, 10);
}

/** An invoice of a statement (number and date are set when it is issued). */
export function buildInvoice(
  s: Statement,
  withholdings: readonly Withholding[],
  divisor: Decimal,
  p: InvoiceParties,
): InvoiceDocument {
  const lines: InvoiceLine[] = s.lines.map((l) =>
    l.rate !== null
      ? {
          code: l.code,
          description: l.label,
          quantity: s.volume,
          unit: s.volumeUnit,
          unitPrice: l.rate,
          priceBasis: divisor,
          amount: l.amount,
        }
      : {
          code: l.code,
          description: l.label,
          quantity: new Decimal(1),
          unit: "forfait",
          unitPrice: l.amount,
          priceBasis: new Decimal(1),
          amount: l.amount,
        },
  );
  const ht = lines.reduce((t, l) => t.plus(l.amount), ZERO);
  const vatRate = p.vatRegime === "assujetti" ? p.vatRate : null;
  // VAT = rate × HT, rounded once to the cent (ROUND_HALF_UP).
  const vat = vatRate === null ? ZERO : round2(ht.times(vatRate).div(100));
  const ttc = ht.plus(vat);
  const withholdingsTotal = withholdings.reduce((t, w) => t.plus(w.amount), ZERO);
  const doc: InvoiceDocument = {
    number: "",
    type: "facture",
    mode: p.op.mode,
    issueDate: "",
    month: s.month,
    dueDate: dueDateOf(s.month, p.op.paymentDays),
    producer: p.producer,
    buyerCode: p.buyerCode,
    seller: p.seller,
    buyer: p.buyer,
    op: p.op,
    mandateDate: p.op.mode === "mandat" ? p.mandateDate : null,
    vatRegime: p.vatRegime,
    vatRate,
    currency: s.currency,
    grid: s.grid,
    volume: s.volume,
    volumeUnit: s.volumeUnit,
    lines,
    ht,
    vat,
    ttc,
    withholdings: [...withholdings],
    withholdingsTotal,
    net: ttc.minus(withholdingsTotal),
    cancels: null,
    fingerprint: "",
    mentions: [],
  };
  return finish(doc);
}

/** The credit note cancelling `invoice` whole: same lines, opposite signs, referencing it. */
export function creditNoteFor(invoice: InvoiceDocument): InvoiceDocument {
  const neg = (d: Decimal) => (d.isZero() ? d : d.negated());
  return finish({
    ...invoice,
    number: "",
    type: "avoir",
    issueDate: "",
    lines: invoice.lines.map((l) => ({ ...l, quantity: neg(l.quantity), amount: neg(l.amount) })),
    ht: neg(invoice.ht),
    vat: neg(invoice.vat),
    ttc: neg(invoice.ttc),
    withholdings: invoice.withholdings.map((w) => ({ ...w, amount: neg(w.amount) })),
    withholdingsTotal: neg(invoice.withholdingsTotal),
    net: neg(invoice.net),
    cancels: invoice.number,
  });
}

/** Sets the fingerprint and the printed mentions (after any change of content). */
export function finish(doc: InvoiceDocument): InvoiceDocument {
  doc.fingerprint = sha256Hex(contentText(doc));
  doc.mentions = mentionsOf(doc);
  return doc;
}

/** The mentions the spec requires, as printed (invoices.md "What each invoice shows"). */
export function mentionsOf(doc: InvoiceDocument): string[] {
  const m: string[] = [];
  if (doc.mode === "mandat") m.push(mandateMention(doc.op, doc.seller, doc.mandateDate ?? ""));
  else m.push(MENTION.autofacturation);
  if (doc.vatRegime === "forfait") {
    m.push(MENTION.forfait);
    m.push(
      `Pour information : base du remboursement forfaitaire ${frNumber(doc.ht.abs(), 2)} € HT, taux de ${frNumber(FLAT_RATE_REFUND, 2)} % pour le lait (art. 298 quater I bis du CGI)`,
    );
  }
  if (doc.cancels) m.push(`Avoir annulant la facture n° ${doc.cancels}`);
  m.push(`Pénalités de retard : ${doc.op.latePenaltyText ?? LEGAL_LATE_PENALTY}`);
  m.push(MENTION.recovery);
  return m;
}

// ------------------------------------------------------------------------------------ canonical content

const D = (d: Decimal) => d.toFixed();
const party = (p: Party) => ({
  name: p.name,
  siren: p.siren,
  address: p.address,
  postalCode: p.postalCode,
  city: p.city,
  country: p.country,
  vatNumber: p.vatNumber,
});

/**
 * The canonical content: fixed key order, decimals as plain strings. Leaves out what issuing sets (number,
 * issue date) and what is derived (fingerprint, mentions), so that an unchanged invoice has the same text.
 */
export function contentText(doc: InvoiceDocument): string {
  return JSON.stringify({
    v: 1,
    type: doc.type,
    cancels: doc.cancels,
    mode: doc.mode,
    month: doc.month,
    dueDate: doc.dueDate,
    producer: doc.producer,
    buyerCode: doc.buyerCode,
    seller: party(doc.seller),
    buyer: party(doc.buyer),
    op: {
      ...party(doc.op),
      mode: doc.op.mode,
      prefix: doc.op.prefix,
      paymentDays: doc.op.paymentDays,
      latePenaltyText: doc.op.latePenaltyText,
    },
    mandateDate: doc.mandateDate,
    vatRegime: doc.vatRegime,
    vatRate: doc.vatRate === null ? null : D(doc.vatRate),
    currency: doc.currency,
    grid: doc.grid,
    volume: D(doc.volume),
    volumeUnit: doc.volumeUnit,
    lines: doc.lines.map((l) => [
      l.code,
      l.description,
      D(l.quantity),
      l.unit,
      D(l.unitPrice),
      D(l.priceBasis),
      D(l.amount),
    ]),
    ht: D(doc.ht),
    vat: D(doc.vat),
    ttc: D(doc.ttc),
    withholdings: doc.withholdings.map((w) => [w.code, w.label, w.base, D(w.rate), D(w.amount)]),
    withholdingsTotal: D(doc.withholdingsTotal),
    net: D(doc.net),
  });
}

type Json = Record<string, unknown>;

// Readers of the register's content: each throws, in French, on a value of the wrong kind.
function readDecimal(v: unknown): Decimal {
  if (typeof v !== "string")
    throw new Error(t("invoicing.content.numberExpected", { found: String(JSON.stringify(v)) }));
  return new Decimal(v);
}

function readText(v: unknown): string {
  if (typeof v !== "string") throw new Error(t("invoicing.content.textExpected", { found: String(JSON.stringify(v)) }));
  return v;
}

function readOptionalText(v: unknown): string | null {
  return v === null ? null : readText(v);
}

function readParty(v: unknown): Party {
  const p = v as Json;
  return {
    name: readText(p.name),
    siren: readText(p.siren),
    address: readText(p.address),
    postalCode: readText(p.postalCode),
    city: readText(p.city),
    country: readText(p.country),
    vatNumber: readOptionalText(p.vatNumber),
  };
}

function readLine(l: unknown[]): InvoiceLine {
  return {
    code: readText(l[0]),
    description: readText(l[1]),
    quantity: readDecimal(l[2]),
    unit: readText(l[3]),
    unitPrice: readDecimal(l[4]),
    priceBasis: readDecimal(l[5]),
    amount: readDecimal(l[6]),
  };
}

function readWithholding(w: unknown[]): Withholding {
  return {
    code: readText(w[0]),
    label: readText(w[1]),
    base: readText(w[2]) as Withholding["base"],
    rate: readDecimal(w[3]),
    amount: readDecimal(w[4]),
  };
}

/** A document from its register row: content text, number and issue date. Throws on anything unexpected. */
export function documentFromContent(text: string, number: string, issueDate: IsoDate): InvoiceDocument {
  const c = JSON.parse(text) as Json;
  if (c.v !== 1) throw new Error(t("invoicing.content.unknownVersion"));
  const op = c.op as Json;
  const doc: InvoiceDocument = {
    number,
    type: readText(c.type) as DocumentType,
    mode: readText(c.mode) as InvoicingMode,
    issueDate,
    month: readText(c.month),
    dueDate: readText(c.dueDate),
    producer: readText(c.producer),
    buyerCode: readText(c.buyerCode),
    seller: readParty(c.seller),
    buyer: readParty(c.buyer),
    op: {
      ...readParty(op),
      mode: readText(op.mode) as InvoicingMode,
      prefix: readText(op.prefix),
      paymentDays: Number(op.paymentDays),
      latePenaltyText: readOptionalText(op.latePenaltyText),
    },
    mandateDate: readOptionalText(c.mandateDate),
    vatRegime: readText(c.vatRegime) as VatRegime,
    vatRate: c.vatRate === null ? null : readDecimal(c.vatRate),
    currency: readText(c.currency),
    grid: readText(c.grid),
    volume: readDecimal(c.volume),
    volumeUnit: readText(c.volumeUnit),
    lines: (c.lines as unknown[][]).map(readLine),
    ht: readDecimal(c.ht),
    vat: readDecimal(c.vat),
    ttc: readDecimal(c.ttc),
    withholdings: (c.withholdings as unknown[][]).map(readWithholding),
    withholdingsTotal: readDecimal(c.withholdingsTotal),
    net: readDecimal(c.net),
    cancels: readOptionalText(c.cancels),
    fingerprint: "",
    mentions: [],
  };
  if (
    !["facture", "avoir"].includes(doc.type) ||
    !["mandat", "autofacturation"].includes(doc.mode) ||
    !["assujetti", "forfait"].includes(doc.vatRegime)
  )
    throw new Error(t("invoicing.content.unknownKind"));
  finish(doc);
  if (contentText(doc) !== text) throw new Error(t("invoicing.content.notCanonical"));
  return doc;
}
