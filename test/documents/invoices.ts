/**
 * Hand-made invoices for the documents' tests (the invoicing step computes real ones): both VAT regimes, both
 * modes, a credit note. Every figure is worked out by hand in the comments.
 */
import { Decimal } from "../../src/engine";
import type { InvoiceDocument, InvoiceLine, OpSettings, Party, Withholding } from "../../src/invoicing/types";

const d = (v: string | number) => new Decimal(v);

export const OP: OpSettings = {
  name: "OP Lait des Alpes",
  siren: "512345678",
  address: "12 route du Col",
  postalCode: "73000",
  city: "Chambéry",
  country: "FR",
  vatNumber: "FR40512345678",
  mode: "mandat",
  prefix: "F",
  paymentDays: 30,
  latePenaltyText: "trois fois le taux d'intérêt légal",
};

const DAIRY: Party = {
  name: "Laiterie de Savoie SAS",
  siren: "398765432",
  address: "ZI des Landiers\n5 rue de l'Industrie",
  postalCode: "73490",
  city: "La Ravoire",
  country: "FR",
  vatNumber: "FR12398765432",
};
const GAEC: Party = {
  name: "GAEC du Pré",
  siren: "823456789",
  address: "Lieu-dit Les Granges",
  postalCode: "73800",
  city: "Montmélian",
  country: "FR",
  vatNumber: "FR61823456789",
};
const EARL: Party = {
  name: "EARL Martin",
  siren: "791234560",
  address: "3 chemin des Vignes",
  postalCode: "73250",
  city: "Saint-Pierre-d'Albigny",
  country: "FR",
  vatNumber: null,
};

/** An invoice line priced per 1000 L: `amount` worked out by hand beside each document. */
export const perUnit = (
  code: string,
  description: string,
  volume: string,
  rate: string,
  amount: string,
): InvoiceLine => ({
  code,
  description,
  quantity: d(volume),
  unit: "L",
  unitPrice: d(rate),
  priceBasis: d(1000),
  amount: d(amount),
});

/** An invoice line of one lump sum (a penalty, a fee). */
export const lumpSum = (code: string, description: string, amount: string): InvoiceLine => ({
  code,
  description,
  quantity: d(1),
  unit: "forfait",
  unitPrice: d(amount),
  priceBasis: d(1),
  amount: d(amount),
});

/** The Cniel contribution, 1,22 €/1000 L: `amount` worked out by hand beside each document. */
export const cniel = (amount: string): Withholding => ({
  code: "CNIEL",
  label: "Cotisation interprofessionnelle Cniel",
  base: "volume",
  rate: d("1.22"),
  amount: d(amount),
});

/**
 * Assujetti, mandate: the hand-worked statement of producer A1 (test/run/statements.test.ts), 30 000 L.
 * Lines: 452,30 × 30 = 13 569,00; 6,21 × 30 = 186,30; 11,33 × 30 = 339,90; −6,00 × 30 = −180,00; 1,50 × 30 = 45,00.
 * HT 13 569,00 + 186,30 + 339,90 − 180,00 + 45,00 = 13 960,20; VAT 5,5 % = 767,811 → 767,81; TTC 14 728,01;
 * Cniel 1,22 €/1000 L × 30 = 36,60; net 14 728,01 − 36,60 = 14 691,41.
 */
export const ASSUJETTI: InvoiceDocument = {
  number: "F2025-000001",
  type: "facture",
  mode: "mandat",
  issueDate: "2025-04-05",
  month: "2025-03",
  dueDate: "2025-04-30",
  producer: "A1",
  buyerCode: "LS",
  seller: GAEC,
  buyer: DAIRY,
  op: OP,
  mandateDate: "2024-12-15",
  vatRegime: "assujetti",
  vatRate: d("5.5"),
  currency: "EUR",
  grid: "sud-est-2018",
  volume: d(30000),
  volumeUnit: "L",
  lines: [
    perUnit("BASE", "Prix de base", "30000", "452.30", "13569.00"),
    perUnit("MG", "Matière grasse", "30000", "6.21", "186.30"),
    perUnit("MP", "Matière protéique", "30000", "11.33", "339.90"),
    perUnit("CELLULES", "Cellules", "30000", "-6.00", "-180.00"),
    perUnit("BUTYRIQUES", "Spores butyriques", "30000", "1.50", "45.00"),
  ],
  ht: d("13960.20"),
  vat: d("767.81"),
  ttc: d("14728.01"),
  withholdings: [cniel("36.60")],
  withholdingsTotal: d("36.60"),
  net: d("14691.41"),
  cancels: null,
  fingerprint: "3f2a9c1e",
  mentions: [],
};

/**
 * Forfait, autofacturation: 12 500 L at 450,00 = 5 625,00; antibiotic penalty −300,00 as a lump sum.
 * HT 5 325,00, no VAT, TTC 5 325,00; withholding 0,5 % of HT = 26,625 → 26,63; net 5 298,37.
 * Forfait refund for information: 5,59 % × 5 325,00 = 297,6675 → 297,67.
 */
export const FORFAIT: InvoiceDocument = {
  ...ASSUJETTI,
  number: "F2025-000002",
  mode: "autofacturation",
  op: { ...OP, mode: "autofacturation", latePenaltyText: null },
  producer: "B7",
  seller: EARL,
  mandateDate: null,
  vatRegime: "forfait",
  vatRate: null,
  volume: d(12500),
  lines: [
    perUnit("BASE", "Prix de base", "12500", "450.00", "5625.00"),
    lumpSum("ANTIBIO", "Pénalité antibiotiques (livraison du 12/03/2025)", "-300.00"),
  ],
  ht: d("5325.00"),
  vat: d(0),
  ttc: d("5325.00"),
  withholdings: [{ code: "FONDS", label: "Fonds de solidarité", base: "montant", rate: d("0.5"), amount: d("26.63") }],
  withholdingsTotal: d("26.63"),
  net: d("5298.37"),
  fingerprint: "77b0d412",
};

/** The credit note cancelling ASSUJETTI: the same lines with opposite signs. */
export const AVOIR: InvoiceDocument = {
  ...ASSUJETTI,
  number: "F2025-000003",
  type: "avoir",
  issueDate: "2025-04-20",
  lines: ASSUJETTI.lines.map((l) => ({
    ...l,
    quantity: l.quantity,
    unitPrice: l.unitPrice.negated(),
    amount: l.amount.negated(),
  })),
  ht: d("-13960.20"),
  vat: d("-767.81"),
  ttc: d("-14728.01"),
  withholdings: ASSUJETTI.withholdings.map((w) => ({ ...w, amount: w.amount.negated() })),
  withholdingsTotal: d("-36.60"),
  net: d("-14691.41"),
  cancels: "F2025-000001",
  fingerprint: "c0ffee01",
};
