import { buildInvoice, creditNoteFor } from "../../src/invoicing/document";
import { invoiceSheet } from "../../src/invoicing/invoiceSheet";
import { isoToSerial } from "../../src/inputs";
import { values } from "../run/memoryPort";
import { d, parties, statement } from "./helpers";

const s = statement("P001", "2025-03", 30000, [
  { code: "BASE", rate: 450, amount: "13500.00" },
  { code: "MG", rate: 22.92, amount: "687.60" },
  { code: "ANTIBIO", rate: null, amount: "-250.00" },
]);
const cniel = {
  code: "CNIEL",
  label: "Cotisation Cniel",
  base: "volume" as const,
  rate: d("1.22"),
  amount: d("36.60"),
};

describe.each([
  ["mandat", "assujetti"],
  ["mandat", "forfait"],
  ["autofacturation", "assujetti"],
  ["autofacturation", "forfait"],
] as const)("invoice sheet, %s × %s: every mention of invoices.md", (mode, regime) => {
  const p = parties("P001", regime, mode);
  const doc = buildInvoice(s, [cniel], d(1000), p);
  doc.number = "F2025-000042";
  doc.issueDate = "2025-04-02";
  const sheet = invoiceSheet(doc);
  const cells = values(sheet);
  const texts = cells.flat().filter((v): v is string => typeof v === "string");
  // A long mention is wrapped over a few rows for print: read as one text.
  const all = texts.join(" ");
  const rowOf = (label: string) => cells.find((r) => r[0] === label);

  it("title, number, issue date, period and due date", () => {
    expect(cells[0][0]).toBe("Facture n° F2025-000042");
    expect(rowOf("Date d'émission")![1]).toBe(isoToSerial("2025-04-02"));
    expect(rowOf("Période")![1]).toBe("mars 2025 : livraisons du 01/03/2025 au 31/03/2025");
    expect(rowOf("Date d'échéance")![1]).toBe(isoToSerial("2025-04-30"));
  });

  it("seller = the producer (name, address, SIREN, VAT number when assujetti); buyer = the dairy", () => {
    for (const t of [
      p.seller.name,
      p.seller.address,
      `${p.seller.postalCode} ${p.seller.city}`,
      `SIREN ${p.seller.siren}`,
    ])
      expect(texts).toContain(t);
    if (regime === "assujetti") expect(texts).toContain(`N° TVA ${p.seller.vatNumber}`);
    else expect(all).not.toContain(`N° TVA ${p.seller.vatNumber}`);
    for (const t of [
      p.buyer.name,
      p.buyer.address,
      `${p.buyer.postalCode} ${p.buyer.city}`,
      `SIREN ${p.buyer.siren}`,
      `N° TVA ${p.buyer.vatNumber}`,
    ])
      expect(texts).toContain(t);
  });

  it("the mandate or autofacturation mention", () => {
    if (mode === "mandat")
      expect(all).toContain(
        "Facture établie par OP Lait des Alpes au nom et pour le compte de GAEC P001, mandat de facturation du 15/12/2024",
      );
    else {
      expect(texts).toContain("Autofacturation");
      expect(all).not.toContain("mandat de facturation");
    }
  });

  it("one line per statement line: description, quantity and unit, unit price HT, amount HT; events as lump sums", () => {
    expect(rowOf("Ligne BASE")).toEqual(["Ligne BASE", 30000, "L", 450, expect.stringMatching(/^1\s000 L$/), 13500]);
    expect(rowOf("Ligne MG")!.slice(1)).toEqual([30000, "L", 22.92, expect.any(String), 687.6]);
    expect(rowOf("Ligne ANTIBIO")!.slice(1)).toEqual([1, "forfait", -250, "forfait", -250]);
  });

  it("HT, then VAT at the month's rate and TTC (assujetti) or the forfait mention and refund base", () => {
    // HT = 13 500 + 687,60 − 250 = 13 937,60 ; TVA 5,5 % = 766,568 → 766,57 ; TTC = 14 704,17
    expect(rowOf("Total HT")![5]).toBe(13937.6);
    if (regime === "assujetti") {
      expect(rowOf("TVA 5,5 %")![5]).toBe(766.57);
      expect(rowOf("Total TTC")![5]).toBe(14704.17);
      expect(all).not.toContain("TVA non applicable");
    } else {
      expect(rowOf("TVA 5,5 %")).toBeUndefined();
      expect(all).toContain(
        "TVA non applicable : exploitant agricole au remboursement forfaitaire (art. 298 quater du CGI)",
      );
      expect(all).toMatch(/base du remboursement forfaitaire 13\s937,60 € HT, taux de 5,59 %/);
    }
  });

  it("withholdings and net to pay", () => {
    expect(rowOf("Cotisation Cniel")![5]).toBe(-36.6);
    // assujetti: 14 704,17 − 36,60 = 14 667,57 ; forfait: 13 937,60 − 36,60 = 13 901,00
    expect(rowOf("Net à payer")![5]).toBe(regime === "assujetti" ? 14667.57 : 13901);
  });

  it("payment terms: due date, late-payment penalties, 40 € recovery indemnity", () => {
    expect(all).toContain("Échéance : 30/04/2025");
    expect(all).toContain("Pénalités de retard : 3 fois le taux d'intérêt légal");
    expect(all).toContain("Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40,00 €");
  });

  it("prints on A4 portrait, one page wide, under a valid sheet name", () => {
    expect(sheet.print).toMatchObject({ orientation: "portrait", fitToOnePage: true });
    expect(sheet.name.length).toBeLessThanOrEqual(31);
  });
});

it("a credit note sheet says Avoir and names the invoice it cancels", () => {
  const inv = buildInvoice(s, [cniel], d(1000), parties("P001"));
  inv.number = "F2025-000042";
  const cn = creditNoteFor(inv);
  cn.number = "F2025-000050";
  cn.issueDate = "2025-04-10";
  const cells = values(invoiceSheet(cn));
  expect(cells[0][0]).toBe("Avoir n° F2025-000050");
  expect(cells.find((r) => r[0] === "Annule la facture")![1]).toBe("F2025-000042");
  expect(cells.flat()).toContain("Avoir annulant la facture n° F2025-000042");
  expect(cells.find((r) => r[0] === "Total HT")![5]).toBe(-13937.6);
});
