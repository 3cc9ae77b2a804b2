/**
 * Hand-built InvoiceDocuments for the Factur-X tests, amounts worked out by hand (arithmetic beside each).
 * Lines follow types.ts: per-unit lines carry the month's volume in L and the rate per 1000 L; lump sums
 * quantity 1 « forfait » at the amount. Rounding: half away from zero, to the cent, once per amount.
 */
import { Decimal } from "../../../src/engine";
import type { InvoiceDocument, OpSettings, Party } from "../../../src/invoicing/types";
import { cniel, lumpSum, perUnit } from "../invoices";

const d = (v: string) => new Decimal(v);

export const OP: OpSettings = {
  name: "OP Lait des Alpes",
  siren: "812345678",
  address: "12 route du Lac",
  postalCode: "74000",
  city: "Annecy",
  country: "FR",
  vatNumber: "FR12812345678",
  mode: "mandat",
  prefix: "F",
  paymentDays: 30,
  latePenaltyText: "trois fois le taux d'intérêt légal",
};

export const DAIRY: Party = {
  name: "Laiterie Savoyarde SAS",
  siren: "552100554",
  address: "Zone artisanale des Glières\nBâtiment B",
  postalCode: "74130",
  city: "Bonneville",
  country: "FR",
  vatNumber: "FR40552100554",
};

const GAEC_DU_MONT: Party = {
  name: "GAEC du Mont",
  siren: "423456789",
  address: "Lieu-dit Le Mont",
  postalCode: "74210",
  city: "Faverges",
  country: "FR",
  vatNumber: "FR83423456789",
};

const EARL_FORFAIT: Party = {
  name: "EARL des Prés",
  siren: "534567890",
  address: "3 chemin des Prés",
  postalCode: "74540",
  city: "Alby-sur-Chéran",
  country: "FR",
  vatNumber: null,
};

export const PENALTY_MENTION = "Pénalités de retard : trois fois le taux d'intérêt légal";
export const INDEMNITY_MENTION = "Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 €";
export const FORFAIT_MENTION =
  "TVA non applicable : exploitant agricole au remboursement forfaitaire (art. 298 quater du CGI)";

function base(overrides: Partial<InvoiceDocument>): InvoiceDocument {
  return {
    number: "F2025-000001",
    type: "facture",
    mode: "mandat",
    issueDate: "2025-04-05",
    month: "2025-03",
    dueDate: "2025-04-30", // 31 March + 30 days
    producer: "P001",
    buyerCode: "LS",
    seller: GAEC_DU_MONT,
    buyer: DAIRY,
    op: OP,
    mandateDate: "2024-01-15",
    vatRegime: "assujetti",
    vatRate: d("5.5"),
    currency: "EUR",
    grid: "sud-est-2018",
    volume: d("30000"),
    volumeUnit: "L",
    lines: [],
    ht: d("0"),
    vat: d("0"),
    ttc: d("0"),
    withholdings: [],
    withholdingsTotal: d("0"),
    net: d("0"),
    cancels: null,
    fingerprint: "0000",
    mentions: [],
    ...overrides,
  };
}

/**
 * Assujetti, mandat, 30 000 L:
 *   BASE   420,00 × 30 = 12 600,00      MG +28,42 × 30 = 852,60
 *   MP     +27,50 × 30 =    825,00      GERMES −3,00 × 30 = −90,00
 *   HT = 12 600,00 + 852,60 + 825,00 − 90,00 = 14 187,60
 *   TVA 5,5 % = 780,318 → 780,32; TTC = 14 967,92
 *   Cniel 1,22 × 30 = 36,60; net = 14 967,92 − 36,60 = 14 931,32
 */
export const INVOICE_ASSUJETTI: InvoiceDocument = base({
  lines: [
    perUnit("BASE", "Prix de base", "30000", "420.00", "12600.00"),
    perUnit("MG", "Matière grasse (42,1 g/L)", "30000", "28.42", "852.60"),
    perUnit("MP", "Matière protéique (33,9 g/L)", "30000", "27.50", "825.00"),
    perUnit("GERMES", "Germes (classe 2)", "30000", "-3.00", "-90.00"),
  ],
  ht: d("14187.60"),
  vat: d("780.32"),
  ttc: d("14967.92"),
  withholdings: [cniel("36.60")],
  withholdingsTotal: d("36.60"),
  net: d("14931.32"),
  mentions: [
    "Facture établie par OP Lait des Alpes au nom et pour le compte de GAEC du Mont, mandat de facturation du 15/01/2024",
    PENALTY_MENTION,
    INDEMNITY_MENTION,
  ],
});

/**
 * Forfait, mandat, 25 000 L:
 *   BASE 420,00 × 25 = 10 500,00; MG 15,30 × 25 = 382,50; MP 12,10 × 25 = 302,50
 *   HT = 11 185,00; no VAT; TTC = 11 185,00; Cniel 1,22 × 25 = 30,50; net = 11 154,50
 */
export const INVOICE_FORFAIT: InvoiceDocument = base({
  number: "F2025-000002",
  producer: "P002",
  seller: EARL_FORFAIT,
  vatRegime: "forfait",
  vatRate: null,
  volume: d("25000"),
  lines: [
    perUnit("BASE", "Prix de base", "25000", "420.00", "10500.00"),
    perUnit("MG", "Matière grasse (39,8 g/L)", "25000", "15.30", "382.50"),
    perUnit("MP", "Matière protéique (32,7 g/L)", "25000", "12.10", "302.50"),
  ],
  ht: d("11185.00"),
  vat: d("0"),
  ttc: d("11185.00"),
  withholdings: [cniel("30.50")],
  withholdingsTotal: d("30.50"),
  net: d("11154.50"),
  mentions: [
    "Facture établie par OP Lait des Alpes au nom et pour le compte de EARL des Prés, mandat de facturation du 15/01/2024",
    FORFAIT_MENTION,
    "Base du remboursement forfaitaire (5,59 %) : 11 185,00 €",
    PENALTY_MENTION,
    INDEMNITY_MENTION,
  ],
});

/**
 * The credit note cancelling INVOICE_ASSUJETTI as the invoicing step makes it: same lines, opposite signs
 * (amount and unit price negated, the volume kept), withholdings listed as on the invoice, their total
 * negated. HT −14 187,60, TVA −780,32, TTC −14 967,92, retenues −36,60, net −14 931,32.
 */
export function creditNoteFor(invoice: InvoiceDocument, number: string, issueDate: string): InvoiceDocument {
  return {
    ...invoice,
    number,
    type: "avoir",
    issueDate,
    lines: invoice.lines.map((l) => ({ ...l, unitPrice: l.unitPrice.neg(), amount: l.amount.neg() })),
    ht: invoice.ht.neg(),
    vat: invoice.vat.neg(),
    ttc: invoice.ttc.neg(),
    withholdingsTotal: invoice.withholdingsTotal.neg(),
    net: invoice.net.neg(),
    cancels: invoice.number,
  };
}

export const CREDIT_NOTE = creditNoteFor(INVOICE_ASSUJETTI, "F2025-000003", "2025-04-20");

/**
 * Autofacturation (the dairy issues), assujetti, 40 000 L:
 *   BASE 400,00 × 40 = 16 000,00; MG 10,00 × 40 = 400,00; HT = 16 400,00
 *   TVA 5,5 % = 902,00; TTC = 17 302,00
 *   Cniel 1,22 × 40 = 48,80; frais OP 0,5 % × 16 400,00 = 82,00; retenues 130,80; net = 17 171,20
 */
export const INVOICE_AUTOFACTURATION: InvoiceDocument = base({
  number: "F2025-000004",
  mode: "autofacturation",
  op: { ...OP, mode: "autofacturation" },
  mandateDate: null,
  volume: d("40000"),
  lines: [
    perUnit("BASE", "Prix de base", "40000", "400.00", "16000.00"),
    perUnit("MG", "Matière grasse (40,3 g/L)", "40000", "10.00", "400.00"),
  ],
  ht: d("16400.00"),
  vat: d("902.00"),
  ttc: d("17302.00"),
  withholdings: [
    cniel("48.80"),
    { code: "FRAIS", label: "Frais de fonctionnement de l'OP", base: "montant", rate: d("0.5"), amount: d("82.00") },
  ],
  withholdingsTotal: d("130.80"),
  net: d("17171.20"),
  mentions: ["Autofacturation", PENALTY_MENTION, INDEMNITY_MENTION],
});

/** Its self-billed credit note (type 261): HT −16 400,00, TTC −17 302,00, net −17 171,20. */
export const CREDIT_NOTE_AUTOFACTURATION = creditNoteFor(INVOICE_AUTOFACTURATION, "F2025-000005", "2025-04-22");

/**
 * Deductions and lump sums, assujetti, mandat, 32 150 L:
 *   BASE     415,50 × 32,15 = 13 358,325 → 13 358,33
 *   MG        +8,37 × 32,15 =    269,0955 → 269,10
 *   GERMES   −15,00 × 32,15 =   −482,25
 *   CELLULES  −7,62 × 32,15 =   −244,983 → −244,98
 *   ANTIBIO  pénalité antibiotiques (forfait)  −1 500,00
 *   DESTR    frais de destruction (forfait)      −215,40
 *   ALERTE   indemnité d'alerte (forfait)        +120,00
 *   HT = 13 358,33 + 269,10 − 482,25 − 244,98 − 1 500,00 − 215,40 + 120,00 = 11 304,80
 *   TVA 5,5 % = 621,764 → 621,76; TTC = 11 926,56
 *   Cniel 1,22 × 32,15 = 39,223 → 39,22; net = 11 887,34
 */
export const INVOICE_DEDUCTIONS: InvoiceDocument = base({
  number: "F2025-000006",
  producer: "P003",
  seller: { ...GAEC_DU_MONT, name: "GAEC Dupont & Fils <Les Prés>", siren: "498765432", vatNumber: "FR55498765432" },
  volume: d("32150"),
  lines: [
    perUnit("BASE", "Prix de base", "32150", "415.50", "13358.33"),
    perUnit("MG", "Matière grasse (41,2 g/L)", "32150", "8.37", "269.10"),
    perUnit("GERMES", "Germes > 100 000 /mL", "32150", "-15.00", "-482.25"),
    perUnit("CELLULES", "Cellules somatiques > 300 000 /mL", "32150", "-7.62", "-244.98"),
    lumpSum("ANTIBIO", "Pénalité antibiotiques (analyse du 12/03)", "-1500.00"),
    lumpSum("DESTR", "Frais de destruction du lait", "-215.40"),
    lumpSum("ALERTE", "Indemnité d'alerte", "120.00"),
  ],
  ht: d("11304.80"),
  vat: d("621.76"),
  ttc: d("11926.56"),
  withholdings: [cniel("39.22")],
  withholdingsTotal: d("39.22"),
  net: d("11887.34"),
  mentions: [
    "Facture établie par OP Lait des Alpes au nom et pour le compte de GAEC Dupont & Fils <Les Prés>, mandat de facturation du 15/01/2024",
    PENALTY_MENTION,
    INDEMNITY_MENTION,
  ],
});

/**
 * A withholding that gives money back (negative rate, Retenues allows it): INVOICE_DEDUCTIONS plus a refund
 * of −10,00. Withheld 39,22 − 10,00 = 29,22; net = 11 926,56 − 29,22 = 11 897,34.
 */
export const INVOICE_REFUND: InvoiceDocument = {
  ...INVOICE_DEDUCTIONS,
  number: "F2025-000007",
  withholdings: [
    ...INVOICE_DEDUCTIONS.withholdings,
    { code: "REMB", label: "Remboursement de cotisation", base: "montant", rate: d("-0.1"), amount: d("-10.00") },
  ],
  withholdingsTotal: d("29.22"),
  net: d("11897.34"),
};

/**
 * A month of deductions only (the antibiotic penalty): HT −1 500,00; TVA 5,5 % = −82,50; TTC = net
 * = −1 582,50, an invoice whose total is negative (the producer owes the dairy).
 */
export const INVOICE_NEGATIVE: InvoiceDocument = {
  ...INVOICE_DEDUCTIONS,
  number: "F2025-000008",
  lines: [INVOICE_DEDUCTIONS.lines[4]],
  ht: d("-1500.00"),
  vat: d("-82.50"),
  ttc: d("-1582.50"),
  withholdings: [],
  withholdingsTotal: d("0"),
  net: d("-1582.50"),
};

/**
 * The credit note of INVOICE_DEDUCTIONS written with each withholding negated as well (the other reading of
 * types.ts).
 */
export const CREDIT_NOTE_NEGATED_WITHHOLDINGS: InvoiceDocument = (() => {
  const note = creditNoteFor(INVOICE_DEDUCTIONS, "F2025-000009", "2025-04-30");
  return { ...note, withholdings: note.withholdings.map((w) => ({ ...w, amount: w.amount.neg() })) };
})();

export const ALL_DOCUMENTS: [string, InvoiceDocument][] = [
  ["facture assujetti (mandat)", INVOICE_ASSUJETTI],
  ["facture forfait", INVOICE_FORFAIT],
  ["avoir", CREDIT_NOTE],
  ["autofacturation", INVOICE_AUTOFACTURATION],
  ["avoir d'autofacturation", CREDIT_NOTE_AUTOFACTURATION],
  ["déductions et forfaits", INVOICE_DEDUCTIONS],
  ["retenue négative (remboursement)", INVOICE_REFUND],
  ["facture négative", INVOICE_NEGATIVE],
  ["avoir aux retenues négatives une à une", CREDIT_NOTE_NEGATED_WITHHOLDINGS],
];
