/**
 * What an InvoiceDocument must satisfy before it is written as Factur-X. The invoicing step computes these
 * figures; a document that breaks one of them would give an XML that the EN 16931 rules reject (or, worse,
 * amounts that differ from the printed page), so it is refused with a French message naming the document,
 * the producer and the field, rather than written.
 */
import { Decimal, ZERO } from "../../engine";
import type { InvoiceDocument } from "../../invoicing/types";

export class FacturXError extends Error {
  constructor(
    readonly document: string,
    readonly problems: string[],
  ) {
    super(`${document} : Factur-X impossible — ${problems.join(" ; ")}`);
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
  return `${doc.type === "avoir" ? "Avoir" : "Facture"} ${doc.number} (producteur ${doc.producer})`;
}

/** Throws a FacturXError listing every problem found, or returns. */
export function checkForFacturX(doc: InvoiceDocument): void {
  const problems = [...partyProblems(doc), ...vatProblems(doc), ...lineProblems(doc), ...totalProblems(doc)];
  if (doc.type === "avoir" && !doc.cancels) problems.push("l'avoir ne référence pas la facture qu'il annule");
  if (!/^[A-Z]{3}$/.test(doc.currency))
    problems.push(`devise « ${doc.currency} » : un code ISO 4217 est attendu (EUR)`);
  for (const [what, date] of [
    ["date d'émission", doc.issueDate],
    ["échéance", doc.dueDate],
  ] as const) {
    if (!isIsoDate(date)) problems.push(`${what} « ${date} » : une date AAAA-MM-JJ est attendue`);
  }
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(doc.month)) problems.push(`mois « ${doc.month} » : AAAA-MM attendu`);
  if (problems.length > 0) throw new FacturXError(documentName(doc), problems);
}

function partyProblems(doc: InvoiceDocument): string[] {
  const problems: string[] = [];
  for (const [role, party, sheet] of [
    ["du vendeur", doc.seller, "Producteurs"],
    ["de l'acheteur", doc.buyer, "Acheteurs"],
  ] as const) {
    if (!/^\d{9}$/.test(party.siren))
      problems.push(`SIREN ${role} « ${party.siren} » : 9 chiffres attendus (feuille ${sheet}, colonne SIREN)`);
    if (party.name.trim() === "")
      problems.push(`raison sociale ${role} vide (feuille ${sheet}, colonne Raison sociale)`);
    if (!/^[A-Z]{2}$/.test(party.country))
      problems.push(`pays ${role} « ${party.country} » : code ISO 3166 à 2 lettres attendu`);
  }
  return problems;
}

function vatProblems(doc: InvoiceDocument): string[] {
  if (doc.vatRegime === "forfait") {
    return doc.vat.isZero() ? [] : [`TVA ${doc.vat.toFixed(2)} sur une facture au forfait agricole : 0 attendu`];
  }
  const problems: string[] = [];
  // BR-S-02: a standard-rated invoice carries the seller's VAT identifier.
  if (!doc.seller.vatNumber)
    problems.push("N° TVA du producteur assujetti manquant (feuille Producteurs, colonne N° TVA)");
  if (doc.vatRate === null || doc.vatRate.isNegative())
    problems.push("taux de TVA manquant pour un producteur assujetti");
  else {
    // BR-CO-17: VAT = HT × rate ÷ 100, rounded to the cent.
    const expected = doc.ht.times(doc.vatRate).div(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    if (!expected.eq(doc.vat))
      problems.push(`TVA ${doc.vat.toFixed(2)} ≠ HT × ${doc.vatRate.toFixed()} % = ${expected.toFixed(2)}`);
  }
  return problems;
}

function lineProblems(doc: InvoiceDocument): string[] {
  if (doc.lines.length === 0) return ["aucune ligne"];
  const problems: string[] = [];
  doc.lines.forEach((line, i) => {
    const where = `ligne ${i + 1} (${line.code})`;
    if (!unitCode(line.unit)) problems.push(`${where} : unité « ${line.unit} » inconnue (L, kg ou forfait)`);
    if (!line.priceBasis.isPositive() || line.priceBasis.isZero())
      problems.push(`${where} : base de prix ${line.priceBasis.toFixed()} (positive attendue)`);
    if (line.amount.decimalPlaces() > 2)
      problems.push(`${where} : montant ${line.amount.toFixed()} non arrondi au centime`);
  });
  return problems;
}

function totalProblems(doc: InvoiceDocument): string[] {
  const problems: string[] = [];
  const equal = (what: string, actual: Decimal, expected: Decimal) => {
    if (!actual.eq(expected)) problems.push(`${what} ${actual.toFixed(2)} ≠ ${expected.toFixed(2)}`);
  };
  for (const [what, value] of [
    ["HT", doc.ht],
    ["TVA", doc.vat],
    ["TTC", doc.ttc],
    ["retenues", doc.withholdingsTotal],
    ["net à payer", doc.net],
  ] as const) {
    if (value.decimalPlaces() > 2) problems.push(`${what} ${value.toFixed()} non arrondi au centime`);
  }
  equal(
    "HT",
    doc.ht,
    doc.lines.reduce((s, l) => s.plus(l.amount), ZERO),
  );
  equal("TTC", doc.ttc, doc.ht.plus(doc.vat));
  // On a credit note the total is negated (types.ts); each Withholding.amount may be negated too or kept as
  // on the invoice: both are read (withholdingSign).
  const withheld = doc.withholdings.reduce((s, w) => s.plus(w.amount), ZERO);
  equal(
    "total des retenues",
    doc.withholdingsTotal,
    doc.type === "avoir" ? withheld.times(withholdingSign(doc)).neg() : withheld,
  );
  equal("net à payer", doc.net, doc.ttc.minus(doc.withholdingsTotal));
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
