/**
 * An InvoiceDocument as UN/CEFACT Cross Industry Invoice D16B, Factur-X profile EN 16931
 * (guideline urn:cen.eu:en16931:2017), the XML attached to the PDF as factur-x.xml.
 *
 * How the printed invoice maps onto EN 16931 where it is not one-to-one (README « Factur-X »):
 * - Signs. A credit note is written as EN 16931 expects: type 381 (261 self-billed) with the amounts of the
 *   invoice it cancels (positive for a positive invoice) and a reference to it (BT-25). The InvoiceDocument
 *   of a credit note carries opposite signs, so every amount is multiplied by −1 here; the printed credit
 *   note shows −14 967,92 and the XML 14967.92 with TypeCode 381, which is the same debt cancelled.
 * - Deductions. BR-27 forbids a negative item net price. A line whose amount is negative (germs deduction,
 *   antibiotic penalty) is written with a negative quantity and a positive price: −45 000 LTR at 15.00 per
 *   1000 LTR = −675.00. The line amount, the HT and so the VAT base stay exactly the printed ones, and the
 *   line stays a line (a document-level allowance would lose the quantity and the per-unit rate).
 * - Withholdings (Retenues: the Cniel contribution…) are outside the VAT base and reduce what the buyer
 *   pays, because the buyer pays them to a third party on the producer's behalf. EN 16931 has one amount
 *   for what is already settled and not due any more: BT-113 Paid amount (TotalPrepaidAmount). So
 *   TotalPrepaidAmount = the withholdings, DuePayableAmount = TTC − withholdings = the printed net to pay
 *   (BR-CO-16), and a note (subject AAI) lists each withholding with its amount. An allowance would have
 *   lowered the VAT base; the rounding amount BT-114 is for cents only.
 * - Forfait producers: VAT category O with its exemption reason; BR-O-02 forbids the seller's and buyer's
 *   VAT identifiers, which stay on the printed page only.
 */
import { XMLBuilder } from "fast-xml-parser";
import { Decimal, frNumber } from "../../engine";
import type { InvoiceDocument, InvoiceLine, Party } from "../../invoicing/types";
import { checkForFacturX, unitCode, withholdingSign } from "./check";

export const FACTURX_GUIDELINE = "urn:cen.eu:en16931:2017";
/** The printed mention of art. 298 quater du CGI (shared/spec/invoices.md), the VAT exemption reason (BT-120). */
export const FORFAIT_EXEMPTION_REASON =
  "TVA non applicable : exploitant agricole au remboursement forfaitaire (art. 298 quater du CGI)";

const NAMESPACES = {
  "@_xmlns:rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
  "@_xmlns:qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
  "@_xmlns:ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
  "@_xmlns:udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
};

type Node = Record<string, unknown>;

/** UNTDID 1001: commercial invoice, credit note, self-billed invoice, self-billed credit note. */
export function typeCode(doc: InvoiceDocument): "380" | "381" | "389" | "261" {
  if (doc.mode === "autofacturation") return doc.type === "avoir" ? "261" : "389";
  return doc.type === "avoir" ? "381" : "380";
}

/** The factur-x.xml of `doc`; throws a FacturXError when the document is inconsistent. */
export function ciiXml(doc: InvoiceDocument): string {
  checkForFacturX(doc);
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", format: true, indentBy: "  " });
  const tree = {
    "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" },
    "rsm:CrossIndustryInvoice": {
      ...NAMESPACES,
      "rsm:ExchangedDocumentContext": {
        "ram:GuidelineSpecifiedDocumentContextParameter": { "ram:ID": FACTURX_GUIDELINE },
      },
      "rsm:ExchangedDocument": exchangedDocument(doc),
      "rsm:SupplyChainTradeTransaction": {
        "ram:IncludedSupplyChainTradeLineItem": doc.lines.map((line, i) => lineItem(doc, line, i + 1)),
        "ram:ApplicableHeaderTradeAgreement": {
          "ram:SellerTradeParty": tradeParty(doc.seller, withVatNumbers(doc)),
          "ram:BuyerTradeParty": tradeParty(doc.buyer, withVatNumbers(doc)),
        },
        // Required by CII, empty: the month delivered is the invoicing period (BG-14) in the settlement.
        "ram:ApplicableHeaderTradeDelivery": "",
        "ram:ApplicableHeaderTradeSettlement": headerSettlement(doc),
      },
    },
  };
  return builder.build(clean(tree)) as string;
}

/** −1 for a credit note: its XML amounts are those of the invoice it cancels (see the top comment). */
function sign(doc: InvoiceDocument): number {
  return doc.type === "avoir" ? -1 : 1;
}

/** BR-O-02: no VAT identifier at all on a document not subject to VAT. */
function withVatNumbers(doc: InvoiceDocument): boolean {
  return doc.vatRegime === "assujetti";
}

function exchangedDocument(doc: InvoiceDocument): Node {
  return {
    "ram:ID": doc.number,
    "ram:TypeCode": typeCode(doc),
    "ram:IssueDateTime": dateTime(doc.issueDate),
    "ram:IncludedNote": notes(doc).map(([content, subject]) => ({
      "ram:Content": content,
      ...(subject ? { "ram:SubjectCode": subject } : {}),
    })),
  };
}

/**
 * The printed mentions as notes (BT-22), each with its UNTDID 4451 subject (BT-21) where the French
 * e-invoicing usage gives one: PMD late-payment penalties, PMT the 40 € recovery indemnity, AAB discount,
 * TXD tax (the forfait exemption), REG the mandate or self-billing mention; then the withholdings (AAI).
 */
export function notes(doc: InvoiceDocument): [string, string | null][] {
  const result: [string, string | null][] = doc.mentions.filter((m) => m.trim() !== "").map((m) => [m, noteSubject(m)]);
  if (doc.withholdings.length > 0) {
    const factor = withholdingSign(doc);
    const items = doc.withholdings.map((w) => `${w.label} : ${frNumber(w.amount.times(factor), 2)} ${doc.currency}`);
    result.push([
      `Retenues déduites du paiement, hors base TVA (montant déjà réglé, BT-113) : ${items.join(" ; ")}`,
      "AAI",
    ]);
  }
  return result;
}

function noteSubject(mention: string): string | null {
  if (/pénalit/i.test(mention)) return "PMD";
  if (/indemnit.{0,40}recouvrement|\b40\s*€/i.test(mention)) return "PMT";
  if (/escompte/i.test(mention)) return "AAB";
  if (/298 quater|TVA non applicable/i.test(mention)) return "TXD";
  if (/au nom et pour le compte|autofacturation/i.test(mention)) return "REG";
  return null;
}

function lineItem(doc: InvoiceDocument, line: InvoiceLine, id: number): Node {
  const amount = line.amount.times(sign(doc));
  // BR-27: the price is never negative; a negative amount goes into the quantity's sign.
  const quantity = amount.isNegative() && !amount.isZero() ? line.quantity.abs().neg() : line.quantity.abs();
  const unit = unitCode(line.unit)!;
  return {
    "ram:AssociatedDocumentLineDocument": { "ram:LineID": String(id) },
    "ram:SpecifiedTradeProduct": {
      "ram:SellerAssignedID": line.code,
      "ram:Name": line.description.trim() || line.code,
    },
    "ram:SpecifiedLineTradeAgreement": {
      "ram:NetPriceProductTradePrice": {
        "ram:ChargeAmount": plain(line.unitPrice.abs()),
        "ram:BasisQuantity": { "@_unitCode": unit, "#text": plain(line.priceBasis) },
      },
    },
    "ram:SpecifiedLineTradeDelivery": { "ram:BilledQuantity": { "@_unitCode": unit, "#text": plain(quantity) } },
    "ram:SpecifiedLineTradeSettlement": {
      "ram:ApplicableTradeTax": lineTax(doc),
      "ram:SpecifiedTradeSettlementLineMonetarySummation": { "ram:LineTotalAmount": money(amount) },
    },
  };
}

function lineTax(doc: InvoiceDocument): Node {
  if (doc.vatRegime === "forfait") return { "ram:TypeCode": "VAT", "ram:CategoryCode": "O" }; // BR-O-05: no rate
  return { "ram:TypeCode": "VAT", "ram:CategoryCode": "S", "ram:RateApplicablePercent": plain(doc.vatRate!) };
}

function tradeParty(party: Party, withVatNumber: boolean): Node {
  const lines = party.address
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  return {
    "ram:Name": party.name.trim(),
    "ram:SpecifiedLegalOrganization": { "ram:ID": { "@_schemeID": "0002", "#text": party.siren } },
    "ram:PostalTradeAddress": {
      "ram:PostcodeCode": party.postalCode.trim() || undefined,
      "ram:LineOne": lines[0],
      "ram:LineTwo": lines[1],
      "ram:LineThree": lines.length > 2 ? lines.slice(2).join(", ") : undefined,
      "ram:CityName": party.city.trim() || undefined,
      "ram:CountryID": party.country,
    },
    "ram:SpecifiedTaxRegistration":
      withVatNumber && party.vatNumber
        ? { "ram:ID": { "@_schemeID": "VA", "#text": party.vatNumber.replace(/\s+/g, "") } }
        : undefined,
  };
}

function headerSettlement(doc: InvoiceDocument): Node {
  const s = sign(doc);
  const paid = doc.withholdingsTotal.times(s);
  return {
    "ram:PaymentReference": doc.number,
    "ram:InvoiceCurrencyCode": doc.currency,
    "ram:ApplicableTradeTax": headerTax(doc),
    "ram:BillingSpecifiedPeriod": {
      "ram:StartDateTime": dateTime(`${doc.month}-01`),
      "ram:EndDateTime": dateTime(lastDayOf(doc.month)),
    },
    "ram:SpecifiedTradePaymentTerms": {
      "ram:Description": `Échéance le ${frDay(doc.dueDate)} (fin du mois de livraison + ${doc.op.paymentDays} jours).`,
      "ram:DueDateDateTime": dateTime(doc.dueDate),
    },
    "ram:SpecifiedTradeSettlementHeaderMonetarySummation": {
      "ram:LineTotalAmount": money(doc.ht.times(s)),
      "ram:TaxBasisTotalAmount": money(doc.ht.times(s)),
      "ram:TaxTotalAmount": { "@_currencyID": doc.currency, "#text": money(doc.vat.times(s)) },
      "ram:GrandTotalAmount": money(doc.ttc.times(s)),
      "ram:TotalPrepaidAmount": doc.withholdings.length > 0 ? money(paid) : undefined,
      "ram:DuePayableAmount": money(doc.net.times(s)),
    },
    "ram:InvoiceReferencedDocument": doc.type === "avoir" ? { "ram:IssuerAssignedID": doc.cancels } : undefined,
  };
}

/** One VAT breakdown (BG-23): every line has the document's category and rate. */
function headerTax(doc: InvoiceDocument): Node {
  const basis = money(doc.ht.times(sign(doc)));
  if (doc.vatRegime === "forfait") {
    return {
      "ram:CalculatedAmount": money(new Decimal(0)),
      "ram:TypeCode": "VAT",
      "ram:ExemptionReason": FORFAIT_EXEMPTION_REASON,
      "ram:BasisAmount": basis,
      "ram:CategoryCode": "O",
      "ram:ExemptionReasonCode": "VATEX-EU-O",
    };
  }
  return {
    "ram:CalculatedAmount": money(doc.vat.times(sign(doc))),
    "ram:TypeCode": "VAT",
    "ram:BasisAmount": basis,
    "ram:CategoryCode": "S",
    "ram:RateApplicablePercent": plain(doc.vatRate!),
  };
}

function dateTime(iso: string): Node {
  return { "udt:DateTimeString": { "@_format": "102", "#text": iso.replace(/-/g, "") } };
}

function lastDayOf(month: string): string {
  const [y, m] = month.split("-").map(Number);
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, "0")}`;
}

function frDay(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** Amounts: 2 decimals (BR-DEC-*), never "-0.00". */
function money(value: Decimal): string {
  return value.isZero() ? "0.00" : value.toFixed(2);
}

/** Quantities, prices, rates: as exact as given, never in exponent notation. */
function plain(value: Decimal): string {
  return value.isZero() ? "0" : value.toFixed();
}

/**
 * Drops the absent optional elements (undefined) and the characters XML 1.0 cannot carry (control
 * characters from a pasted cell); the builder escapes &, <, >, quotes.
 */
function clean(value: unknown): unknown {
  if (typeof value === "string") return value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "");
  if (Array.isArray(value)) return value.map(clean);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = clean(v);
    return out;
  }
  return value;
}
