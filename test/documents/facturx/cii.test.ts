/**
 * ciiXml against the validators that are not ours (schema + EN 16931 rules, see validators.ts), then the
 * content: type codes, parties, VAT, signs, withholdings, all equal to the hand-worked amounts of
 * fixtures.ts.
 */
import { XMLParser } from "fast-xml-parser";
import { Decimal } from "../../../src/engine";
import { FacturXError, ciiXml } from "../../../src/documents/facturx";
import type { InvoiceDocument } from "../../../src/invoicing/types";
import {
  ALL_DOCUMENTS,
  CREDIT_NOTE,
  CREDIT_NOTE_AUTOFACTURATION,
  CREDIT_NOTE_NEGATED_WITHHOLDINGS,
  INVOICE_ASSUJETTI,
  INVOICE_AUTOFACTURATION,
  INVOICE_DEDUCTIONS,
  INVOICE_FORFAIT,
  INVOICE_NEGATIVE,
  INVOICE_REFUND,
} from "./fixtures";
import { describeFailures, fatal, ruleFailures, schemaErrors } from "./validators";

const RULES_TIMEOUT = 180_000; // the first run may compile the XSLT

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) => ["IncludedSupplyChainTradeLineItem", "IncludedNote", "SpecifiedTaxRegistration"].includes(name),
});

/* eslint-disable @typescript-eslint/no-explicit-any */
function parse(doc: InvoiceDocument): any {
  return parser.parse(ciiXml(doc)).CrossIndustryInvoice;
}

const text = (node: any): string => (typeof node === "object" ? node["#text"] : node);

describe("Factur-X XML passes the official validators", () => {
  it.each(ALL_DOCUMENTS)("%s: CII D16B schema (xmllint)", (_name, doc) => {
    expect(schemaErrors(ciiXml(doc))).toBeNull();
  });

  it.each(ALL_DOCUMENTS)(
    "%s: EN 16931 rules, no fatal failure",
    (name, doc) => {
      const failures = ruleFailures(ciiXml(doc));
      // The failing rules' text is the assertion message, so a failure says which rule and why.
      expect(describeFailures(fatal(failures))).toBe("");
      // Warnings do not fail the test; they are listed (none today).
      const warnings = failures.filter((f) => f.flag !== "fatal");
      if (warnings.length > 0)
        console.warn(`${name}: ${warnings.length} EN 16931 warning(s)\n${describeFailures(warnings)}`);
    },
    RULES_TIMEOUT,
  );
});

describe("ciiXml content", () => {
  it("writes the type codes of the spec: 380, 381, 389, 261", () => {
    expect(parse(INVOICE_ASSUJETTI).ExchangedDocument.TypeCode).toBe("380");
    expect(parse(CREDIT_NOTE).ExchangedDocument.TypeCode).toBe("381");
    expect(parse(INVOICE_AUTOFACTURATION).ExchangedDocument.TypeCode).toBe("389");
    expect(parse(CREDIT_NOTE_AUTOFACTURATION).ExchangedDocument.TypeCode).toBe("261");
  });

  it("assujetti: VAT S 5.5 %, the printed totals, withholdings as paid amount, net due", () => {
    const x = parse(INVOICE_ASSUJETTI);
    expect(x.ExchangedDocumentContext.GuidelineSpecifiedDocumentContextParameter.ID).toBe("urn:cen.eu:en16931:2017");
    expect(x.ExchangedDocument.ID).toBe("F2025-000001");
    expect(text(x.ExchangedDocument.IssueDateTime.DateTimeString)).toBe("20250405");
    const t = x.SupplyChainTradeTransaction;
    const seller = t.ApplicableHeaderTradeAgreement.SellerTradeParty;
    expect(seller.Name).toBe("GAEC du Mont");
    expect(seller.SpecifiedLegalOrganization.ID).toEqual({ "#text": "423456789", "@schemeID": "0002" });
    expect(seller.SpecifiedTaxRegistration).toEqual([{ ID: { "#text": "FR83423456789", "@schemeID": "VA" } }]);
    const buyer = t.ApplicableHeaderTradeAgreement.BuyerTradeParty;
    expect(buyer.SpecifiedLegalOrganization.ID["#text"]).toBe("552100554");
    expect(buyer.SpecifiedTaxRegistration[0].ID["#text"]).toBe("FR40552100554");
    expect(buyer.PostalTradeAddress).toMatchObject({
      LineOne: "Zone artisanale des Glières",
      LineTwo: "Bâtiment B",
      PostcodeCode: "74130",
      CityName: "Bonneville",
      CountryID: "FR",
    });
    const s = t.ApplicableHeaderTradeSettlement;
    expect(s.InvoiceCurrencyCode).toBe("EUR");
    expect(s.ApplicableTradeTax).toEqual({
      CalculatedAmount: "780.32",
      TypeCode: "VAT",
      BasisAmount: "14187.60",
      CategoryCode: "S",
      RateApplicablePercent: "5.5",
    });
    expect(text(s.BillingSpecifiedPeriod.StartDateTime.DateTimeString)).toBe("20250301");
    expect(text(s.BillingSpecifiedPeriod.EndDateTime.DateTimeString)).toBe("20250331");
    expect(text(s.SpecifiedTradePaymentTerms.DueDateDateTime.DateTimeString)).toBe("20250430");
    // 14 187,60 HT; 780,32 TVA; 14 967,92 TTC; 36,60 withheld; 14 931,32 due (= TTC − withheld).
    expect(s.SpecifiedTradeSettlementHeaderMonetarySummation).toEqual({
      LineTotalAmount: "14187.60",
      TaxBasisTotalAmount: "14187.60",
      TaxTotalAmount: { "#text": "780.32", "@currencyID": "EUR" },
      GrandTotalAmount: "14967.92",
      TotalPrepaidAmount: "36.60",
      DuePayableAmount: "14931.32",
    });
  });

  it("assujetti: the mandate, penalty and 40 € notes with their subject codes, and the withholdings", () => {
    const notes = parse(INVOICE_ASSUJETTI).ExchangedDocument.IncludedNote;
    expect(notes.map((n: any) => n.SubjectCode)).toEqual(["REG", "PMD", "PMT", "AAI"]);
    expect(notes[0].Content).toBe(
      "Facture établie par OP Lait des Alpes au nom et pour le compte de GAEC du Mont, mandat de facturation du 15/01/2024",
    );
    expect(notes[3].Content).toBe(
      "Retenues déduites du paiement, hors base TVA (montant déjà réglé, BT-113) : Cotisation interprofessionnelle Cniel : 36,60 EUR",
    );
  });

  it("per-unit lines: volume in LTR, price per 1000 LTR; a deduction as negative quantity and positive price", () => {
    const lines = parse(INVOICE_ASSUJETTI).SupplyChainTradeTransaction.IncludedSupplyChainTradeLineItem;
    expect(lines).toHaveLength(4);
    expect(lines[0].SpecifiedLineTradeAgreement.NetPriceProductTradePrice).toEqual({
      ChargeAmount: "420",
      BasisQuantity: { "#text": "1000", "@unitCode": "LTR" },
    });
    expect(lines[0].SpecifiedLineTradeDelivery.BilledQuantity).toEqual({ "#text": "30000", "@unitCode": "LTR" });
    // GERMES −3,00 €/1000 L × 30 000 L = −90,00: −30 000 L at 3 per 1000 L.
    expect(lines[3].SpecifiedTradeProduct).toEqual({ SellerAssignedID: "GERMES", Name: "Germes (classe 2)" });
    expect(lines[3].SpecifiedLineTradeAgreement.NetPriceProductTradePrice.ChargeAmount).toBe("3");
    expect(lines[3].SpecifiedLineTradeDelivery.BilledQuantity["#text"]).toBe("-30000");
    expect(lines[3].SpecifiedLineTradeSettlement.SpecifiedTradeSettlementLineMonetarySummation.LineTotalAmount).toBe(
      "-90.00",
    );
    expect(lines[3].SpecifiedLineTradeSettlement.ApplicableTradeTax).toEqual({
      TypeCode: "VAT",
      CategoryCode: "S",
      RateApplicablePercent: "5.5",
    });
  });

  it("every line amount and the line total equal the document's (deductions and lump sums)", () => {
    const x = parse(INVOICE_DEDUCTIONS);
    const lines = x.SupplyChainTradeTransaction.IncludedSupplyChainTradeLineItem;
    const amounts = lines.map(
      (l: any) => l.SpecifiedLineTradeSettlement.SpecifiedTradeSettlementLineMonetarySummation.LineTotalAmount,
    );
    expect(amounts).toEqual(["13358.33", "269.10", "-482.25", "-244.98", "-1500.00", "-215.40", "120.00"]);
    // Antibiotic penalty −1 500,00: −1 C62 at 1 500 per 1 C62.
    expect(lines[4].SpecifiedLineTradeDelivery.BilledQuantity).toEqual({ "#text": "-1", "@unitCode": "C62" });
    expect(lines[4].SpecifiedLineTradeAgreement.NetPriceProductTradePrice).toEqual({
      ChargeAmount: "1500",
      BasisQuantity: { "#text": "1", "@unitCode": "C62" },
    });
    expect(lines[6].SpecifiedLineTradeDelivery.BilledQuantity["#text"]).toBe("1");
    // Every price is non-negative (BR-27) and quantity × price ÷ basis gives back the amount to the cent.
    for (const l of lines) {
      const price = new Decimal(l.SpecifiedLineTradeAgreement.NetPriceProductTradePrice.ChargeAmount);
      const basis = new Decimal(l.SpecifiedLineTradeAgreement.NetPriceProductTradePrice.BasisQuantity["#text"]);
      const quantity = new Decimal(l.SpecifiedLineTradeDelivery.BilledQuantity["#text"]);
      expect(price.isNegative()).toBe(false);
      expect(quantity.times(price).div(basis).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)).toBe(
        l.SpecifiedLineTradeSettlement.SpecifiedTradeSettlementLineMonetarySummation.LineTotalAmount,
      );
    }
    const sum =
      x.SupplyChainTradeTransaction.ApplicableHeaderTradeSettlement.SpecifiedTradeSettlementHeaderMonetarySummation;
    // 11 304,80 HT; 621,76 TVA; 11 926,56 TTC; 39,22 withheld; 11 887,34 due.
    expect([
      sum.LineTotalAmount,
      sum.TaxTotalAmount["#text"],
      sum.GrandTotalAmount,
      sum.TotalPrepaidAmount,
      sum.DuePayableAmount,
    ]).toEqual(["11304.80", "621.76", "11926.56", "39.22", "11887.34"]);
  });

  it("escapes names with & and < and drops control characters", () => {
    const xml = ciiXml({
      ...INVOICE_DEDUCTIONS,
      lines: INVOICE_DEDUCTIONS.lines.map((l, i) =>
        i === 0 ? { ...l, description: "Prix de base\u0007 \"A\" & 'B'" } : l,
      ),
    });
    expect(xml).toContain("<ram:Name>GAEC Dupont &amp; Fils &lt;Les Prés&gt;</ram:Name>");
    expect(xml).toContain("Prix de base &quot;A&quot; &amp; &apos;B&apos;");
    expect(xml).not.toContain("\u0007");
    expect(schemaErrors(xml)).toBeNull();
  });

  it("forfait: category O with the exemption reason, no VAT identifier anywhere (BR-O-02), no line rate", () => {
    const xml = ciiXml(INVOICE_FORFAIT);
    expect(xml).not.toContain("SpecifiedTaxRegistration");
    expect(xml).not.toContain("RateApplicablePercent");
    const s = parse(INVOICE_FORFAIT).SupplyChainTradeTransaction.ApplicableHeaderTradeSettlement;
    expect(s.ApplicableTradeTax).toEqual({
      CalculatedAmount: "0.00",
      TypeCode: "VAT",
      ExemptionReason: "TVA non applicable : exploitant agricole au remboursement forfaitaire (art. 298 quater du CGI)",
      BasisAmount: "11185.00",
      CategoryCode: "O",
      ExemptionReasonCode: "VATEX-EU-O",
    });
    // 11 185,00 HT = TTC; 30,50 withheld; 11 154,50 due.
    const sum = s.SpecifiedTradeSettlementHeaderMonetarySummation;
    expect([
      sum.TaxBasisTotalAmount,
      sum.TaxTotalAmount["#text"],
      sum.GrandTotalAmount,
      sum.TotalPrepaidAmount,
      sum.DuePayableAmount,
    ]).toEqual(["11185.00", "0.00", "11185.00", "30.50", "11154.50"]);
    const notes = parse(INVOICE_FORFAIT).ExchangedDocument.IncludedNote.map((n: any) => n.SubjectCode);
    expect(notes).toEqual(["REG", "TXD", undefined, "PMD", "PMT", "AAI"]);
  });

  it("credit note: 381 with the cancelled invoice's amounts, positive, and its number (BT-25)", () => {
    const x = parse(CREDIT_NOTE);
    const s = x.SupplyChainTradeTransaction.ApplicableHeaderTradeSettlement;
    expect(s.InvoiceReferencedDocument).toEqual({ IssuerAssignedID: "F2025-000001" });
    const sum = s.SpecifiedTradeSettlementHeaderMonetarySummation;
    // The document says −14 187,60 / −780,32 / −14 967,92 / −36,60 / −14 931,32: the XML the same, positive.
    expect([
      sum.LineTotalAmount,
      sum.TaxTotalAmount["#text"],
      sum.GrandTotalAmount,
      sum.TotalPrepaidAmount,
      sum.DuePayableAmount,
    ]).toEqual(["14187.60", "780.32", "14967.92", "36.60", "14931.32"]);
    const lines = x.SupplyChainTradeTransaction.IncludedSupplyChainTradeLineItem;
    expect(lines[3].SpecifiedLineTradeDelivery.BilledQuantity["#text"]).toBe("-30000");
    expect(lines[3].SpecifiedLineTradeSettlement.SpecifiedTradeSettlementLineMonetarySummation.LineTotalAmount).toBe(
      "-90.00",
    );
    expect(x.ExchangedDocument.IncludedNote.at(-1).Content).toContain("36,60 EUR");
  });

  it("self-billed: two withholdings (volume and percent) add up to the paid amount", () => {
    const sum =
      parse(INVOICE_AUTOFACTURATION).SupplyChainTradeTransaction.ApplicableHeaderTradeSettlement
        .SpecifiedTradeSettlementHeaderMonetarySummation;
    // 48,80 + 82,00 = 130,80; 17 302,00 − 130,80 = 17 171,20.
    expect([sum.GrandTotalAmount, sum.TotalPrepaidAmount, sum.DuePayableAmount]).toEqual([
      "17302.00",
      "130.80",
      "17171.20",
    ]);
    const notes = parse(INVOICE_AUTOFACTURATION).ExchangedDocument.IncludedNote;
    expect(notes[0]).toEqual({ Content: "Autofacturation", SubjectCode: "REG" });
  });

  it("an invoice without withholdings has no paid amount: due = TTC", () => {
    const doc: InvoiceDocument = {
      ...INVOICE_ASSUJETTI,
      withholdings: [],
      withholdingsTotal: new Decimal(0),
      net: INVOICE_ASSUJETTI.ttc,
    };
    const sum =
      parse(doc).SupplyChainTradeTransaction.ApplicableHeaderTradeSettlement
        .SpecifiedTradeSettlementHeaderMonetarySummation;
    expect(sum.TotalPrepaidAmount).toBeUndefined();
    expect(sum.DuePayableAmount).toBe("14967.92");
  });
});

describe("ciiXml edge cases", () => {
  const summation = (doc: InvoiceDocument) =>
    parse(doc).SupplyChainTradeTransaction.ApplicableHeaderTradeSettlement
      .SpecifiedTradeSettlementHeaderMonetarySummation;

  it("a refund among the withholdings lowers the paid amount: 39,22 − 10,00 = 29,22 paid, 11 897,34 due", () => {
    expect([summation(INVOICE_REFUND).TotalPrepaidAmount, summation(INVOICE_REFUND).DuePayableAmount]).toEqual([
      "29.22",
      "11897.34",
    ]);
    expect(parse(INVOICE_REFUND).ExchangedDocument.IncludedNote.at(-1).Content).toContain(
      "Remboursement de cotisation : \u221210,00 EUR",
    );
  });

  it("an invoice with a negative total stays a 380 with negative totals: −1 500,00 HT, −82,50 VAT, −1 582,50 due", () => {
    expect(parse(INVOICE_NEGATIVE).ExchangedDocument.TypeCode).toBe("380");
    const sum = summation(INVOICE_NEGATIVE);
    expect([sum.TaxBasisTotalAmount, sum.TaxTotalAmount["#text"], sum.GrandTotalAmount, sum.DuePayableAmount]).toEqual([
      "-1500.00",
      "-82.50",
      "-1582.50",
      "-1582.50",
    ]);
  });

  it("a credit note whose withholdings were negated one by one reads the same: 39,22 paid, 11 887,34 due", () => {
    expect([
      summation(CREDIT_NOTE_NEGATED_WITHHOLDINGS).TotalPrepaidAmount,
      summation(CREDIT_NOTE_NEGATED_WITHHOLDINGS).DuePayableAmount,
    ]).toEqual(["39.22", "11887.34"]);
    expect(parse(CREDIT_NOTE_NEGATED_WITHHOLDINGS).ExchangedDocument.IncludedNote.at(-1).Content).toContain(
      "Cniel : 39,22 EUR",
    );
  });
});

describe("ciiXml refuses an inconsistent document, in French", () => {
  const refusal = (doc: InvoiceDocument): string => {
    try {
      ciiXml(doc);
    } catch (e) {
      expect(e).toBeInstanceOf(FacturXError);
      return (e as Error).message;
    }
    throw new Error("no FacturXError");
  };

  it("an assujetti producer without a VAT number (BR-S-02)", () => {
    const message = refusal({ ...INVOICE_ASSUJETTI, seller: { ...INVOICE_ASSUJETTI.seller, vatNumber: null } });
    expect(message).toBe(
      "Facture F2025-000001 (producteur P001) : Factur-X impossible — N° TVA du producteur assujetti manquant (feuille Producteurs, colonne N° TVA)",
    );
  });

  it("totals that do not add up, each named", () => {
    const message = refusal({ ...INVOICE_ASSUJETTI, ht: new Decimal("14187.50"), net: new Decimal("14931.00") });
    // HT 14 187,50 ≠ Σ lines 14 187,60; VAT 780,32 ≠ 14 187,50 × 5,5 % = 780,3125 → 780,31; TTC ≠ HT + VAT;
    // net ≠ TTC − 36,60.
    expect(message).toContain("TVA 780.32 ≠ HT × 5.5 % = 780.31");
    expect(message).toContain("HT 14187.50 ≠ 14187.60");
    expect(message).toContain("TTC 14967.92 ≠ 14967.82");
    expect(message).toContain("net à payer 14931.00 ≠ 14931.32");
  });

  it("an unknown unit, a bad SIREN, a credit note without the invoice it cancels", () => {
    const message = refusal({
      ...CREDIT_NOTE,
      cancels: null,
      buyer: { ...CREDIT_NOTE.buyer, siren: "55210055" },
      lines: CREDIT_NOTE.lines.map((l, i) => (i === 0 ? { ...l, unit: "hl" } : l)),
    });
    expect(message).toMatch(/^Avoir F2025-000003 \(producteur P001\) : Factur-X impossible — /);
    expect(message).toContain(
      "SIREN de l'acheteur « 55210055 » : 9 chiffres attendus (feuille Acheteurs, colonne SIREN)",
    );
    expect(message).toContain("ligne 1 (BASE) : unité « hl » inconnue (L, kg ou forfait)");
    expect(message).toContain("l'avoir ne référence pas la facture qu'il annule");
  });
});
