/**
 * What an InvoiceDocument must satisfy before it is written as Factur-X. The invoicing step computes these
 * figures; a document that breaks one of them would give an XML that the EN 16931 rules reject (or, worse,
 * amounts that differ from the printed page), so it is refused with a message naming the document, the
 * producer and the field, rather than written.
 */
import { Decimal, ZERO } from "../../engine";
import type { InvoiceDocument } from "../../invoicing/types";
import { message, t, type MessageKey } from "../../messages";

export class FacturXError extends Error {
  constructor(
    readonly document: string,
    readonly problems: string[],
  ) {
    super(t("documents.facturx.impossible", { document, problems: problems.join(" ; ") }));
    this.name = "FacturXError";
  }
}

/** UN/ECE Recommendation 20 code of an invoice line's unit (InvoiceLine.unit). */
const UNIT_CODES: Record<string, string> = {
  l: "LTR",
  litre: "LTR",
  litres: "LTR",
  kg: "KGM",
  forfait: "C62",
};

export function unitCode(unit: string): string | undefined {
  return UNIT_CODES[unit.trim().toLowerCase()];
}

/** "Facture F2025-000001 (producteur P001)": how a message names the document. */
export function documentName(doc: InvoiceDocument): string {
  const key = doc.type === "avoir" ? "documents.facturx.creditNote" : "documents.facturx.invoice";
  return t(key, { number: doc.number, producer: doc.producer });
}

/** Throws a FacturXError listing every problem found, or returns. */
export function checkForFacturX(doc: InvoiceDocument): void {
  const problems = [...partyProblems(doc), ...vatProblems(doc), ...lineProblems(doc), ...totalProblems(doc)];
  if (doc.type === "avoir" && !doc.cancels) problems.push(t("documents.facturx.creditNoteWithoutInvoice"));
  if (!/^[A-Z]{3}$/.test(doc.currency)) problems.push(t("documents.facturx.badCurrency", { currency: doc.currency }));
  for (const [key, date] of [
    ["documents.facturx.badIssueDate", doc.issueDate],
    ["documents.facturx.badDueDate", doc.dueDate],
  ] as const) {
    if (!isIsoDate(date)) problems.push(t(key, { date: String(date) }));
  }
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(doc.month)) problems.push(t("documents.facturx.badMonth", { month: doc.month }));
  if (problems.length > 0) throw new FacturXError(documentName(doc), problems);
}

function partyProblems(doc: InvoiceDocument): string[] {
  const problems: string[] = [];
  for (const [roleKey, party, sheet] of [
    ["documents.facturx.ofSeller", doc.seller, "Producteurs"],
    ["documents.facturx.ofBuyer", doc.buyer, "Acheteurs"],
  ] as const) {
    const role = message(roleKey);
    if (!/^\d{9}$/.test(party.siren))
      problems.push(t("documents.facturx.badSiren", { role, siren: party.siren, sheet }));
    if (party.name.trim() === "") problems.push(t("documents.facturx.noName", { role, sheet }));
    if (!/^[A-Z]{2}$/.test(party.country))
      problems.push(t("documents.facturx.badCountry", { role, country: party.country }));
  }
  return problems;
}

function vatProblems(doc: InvoiceDocument): string[] {
  if (doc.vatRegime === "forfait") {
    return doc.vat.isZero() ? [] : [t("documents.facturx.forfaitWithVat", { vat: doc.vat.toFixed(2) })];
  }
  const problems: string[] = [];
  // BR-S-02: a standard-rated invoice carries the seller's VAT identifier.
  if (!doc.seller.vatNumber) problems.push(t("documents.facturx.sellerVatNumberMissing"));
  if (doc.vatRate === null || doc.vatRate.isNegative()) problems.push(t("documents.facturx.vatRateMissing"));
  else {
    // BR-CO-17: VAT = HT × rate ÷ 100, rounded to the cent.
    const expected = doc.ht.times(doc.vatRate).div(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    if (!expected.eq(doc.vat))
      problems.push(
        t("documents.facturx.vatMismatch", {
          vat: doc.vat.toFixed(2),
          rate: doc.vatRate.toFixed(),
          expected: expected.toFixed(2),
        }),
      );
  }
  return problems;
}

function lineProblems(doc: InvoiceDocument): string[] {
  if (doc.lines.length === 0) return [t("documents.facturx.noLines")];
  const problems: string[] = [];
  doc.lines.forEach((line, i) => {
    const where = { line: i + 1, code: line.code };
    if (!unitCode(line.unit)) problems.push(t("documents.facturx.lineUnit", { ...where, unit: line.unit }));
    if (!line.priceBasis.isPositive() || line.priceBasis.isZero())
      problems.push(t("documents.facturx.lineBasis", { ...where, basis: line.priceBasis.toFixed() }));
    if (line.amount.decimalPlaces() > 2)
      problems.push(t("documents.facturx.lineAmount", { ...where, amount: line.amount.toFixed() }));
  });
  return problems;
}

function totalProblems(doc: InvoiceDocument): string[] {
  const problems: string[] = [];
  const equal = (what: MessageKey, actual: Decimal, expected: Decimal) => {
    if (!actual.eq(expected))
      problems.push(
        t("documents.facturx.unequal", {
          what: message(what),
          actual: actual.toFixed(2),
          expected: expected.toFixed(2),
        }),
      );
  };
  for (const [what, value] of [
    ["documents.facturx.ht", doc.ht],
    ["documents.facturx.vat", doc.vat],
    ["documents.facturx.ttc", doc.ttc],
    ["documents.facturx.withholdings", doc.withholdingsTotal],
    ["documents.facturx.net", doc.net],
  ] as const) {
    if (value.decimalPlaces() > 2)
      problems.push(t("documents.facturx.notRounded", { what: message(what), value: value.toFixed() }));
  }
  equal(
    "documents.facturx.ht",
    doc.ht,
    doc.lines.reduce((s, l) => s.plus(l.amount), ZERO),
  );
  equal("documents.facturx.ttc", doc.ttc, doc.ht.plus(doc.vat));
  // On a credit note the total is negated (types.ts); each Withholding.amount may be negated too or kept as
  // on the invoice: both are read (withholdingSign).
  const withheld = doc.withholdings.reduce((s, w) => s.plus(w.amount), ZERO);
  equal(
    "documents.facturx.withholdingsTotal",
    doc.withholdingsTotal,
    doc.type === "avoir" ? withheld.times(withholdingSign(doc)).neg() : withheld,
  );
  equal("documents.facturx.net", doc.net, doc.ttc.minus(doc.withholdingsTotal));
  return problems;
}

function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/**
 * +1 when each Withholding.amount reads as on the invoice, −1 when the invoicing step negated them on a
 * credit note (the total is negated in both cases).
 */
export function withholdingSign(doc: InvoiceDocument): 1 | -1 {
  if (doc.type !== "avoir") return 1;
  const withheld = doc.withholdings.reduce((s, w) => s.plus(w.amount), ZERO);
  return !withheld.isZero() && withheld.eq(doc.withholdingsTotal) ? -1 : 1;
}
