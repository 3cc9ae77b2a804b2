/**
 * Invoices and credit notes read back with pdftotext: every figure and every mention of invoices.md « What
 * each invoice shows », for both VAT regimes, both modes and a credit note (hand-made documents: invoices.ts).
 */
import PDFDocument from "pdfkit";
import { drawInvoice, invoicePdf } from "../../src/documents";
import { pdfBytes } from "../../src/documents/pdf/document";
import type { InvoiceDocument } from "../../src/invoicing/types";
import { ASSUJETTI, AVOIR, FORFAIT } from "./invoices";
import { pdfPages, pdfText } from "./poppler";

const textOf = async (doc: InvoiceDocument) => pdfText(await invoicePdf(doc));

describe("invoice, assujetti, billing mandate", () => {
  let text: string;
  beforeAll(async () => {
    text = await textOf(ASSUJETTI);
  });

  it("has the number, the dates and the period", () => {
    expect(text).toContain("Facture N° F2025-000001");
    expect(text).toContain("Date d'émission : 05/04/2025");
    expect(text).toContain("Période : mars 2025 (livraisons du 01/03/2025 au 31/03/2025)");
    expect(text).toContain("Date d'échéance : 30/04/2025");
  });

  it("has the seller (the producer) and the buyer (the dairy) with address, SIREN and VAT number", () => {
    for (const s of ["GAEC du Pré", "Lieu-dit Les Granges", "73800 Montmélian", "SIREN 823 456 789", "FR61823456789"])
      expect(text).toContain(s);
    for (const s of [
      "Laiterie de Savoie SAS",
      "ZI des Landiers",
      "5 rue de l'Industrie",
      "73490 La Ravoire",
      "SIREN 398 765 432",
      "FR12398765432",
    ])
      expect(text).toContain(s);
  });

  it("has one line per statement line with quantity, unit price and amount", () => {
    const line = (label: string, rate: string, amount: string) =>
      expect(text).toMatch(new RegExp(`${label}\\s+30 000 L\\s+${rate} €/1 000 L\\s+${amount}`));
    line("Prix de base", "452,30", "13 569,00");
    line("Matière grasse", "6,21", "186,30");
    line("Matière protéique", "11,33", "339,90");
    line("Cellules", "-6,00", "-180,00");
    line("Spores butyriques", "1,50", "45,00");
  });

  it("has HT, VAT at the month's rate, TTC, the withholding and the net", () => {
    // HT 13 960,20; VAT 5,5 % = 767,811 → 767,81; TTC 14 728,01; Cniel 1,22 × 30 = 36,60; net 14 691,41.
    expect(text).toMatch(/Total HT\s+13 960,20 €/);
    expect(text).toMatch(/TVA 5,5 %\s+767,81 €/);
    expect(text).toMatch(/Total TTC\s+14 728,01 €/);
    // The withholding's label wraps in its column: its base is on the next line.
    expect(text).toMatch(/Retenue Cotisation interprofessionnelle Cniel\s+-36,60 €\s+\(1,22 €\/1 000 L × 30 000 L\)/);
    expect(text).toMatch(/Net à payer\s+14 691,41 €/);
    expect(text).not.toContain("298 quater");
  });

  it("has the mandate mention, the due date, the penalties and the 40 € indemnity", () => {
    expect(text).toMatch(
      /Facture établie par OP Lait des Alpes au nom et pour le compte de GAEC du Pré, mandat de facturation du\s+15\/12\/2024/,
    );
    expect(text).toContain("Pénalités de retard : trois fois le taux d'intérêt légal");
    expect(text).toMatch(/Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 €/);
    expect(text).toContain("Paiement à échéance du 30/04/2025");
  });

  it("takes a mention written by the invoicing step instead of its own, and prints the others it gives", async () => {
    const t = await textOf({
      ...ASSUJETTI,
      mentions: ["Pénalités de retard : 12 % l'an", "Membre d'une organisation de producteurs reconnue"],
    });
    expect(t).toContain("Pénalités de retard : 12 % l'an");
    expect(t).not.toContain("trois fois le taux d'intérêt légal");
    expect(t).toContain("Membre d'une organisation de producteurs reconnue");
  });
});

describe("invoice, forfait, autofacturation", () => {
  let text: string;
  beforeAll(async () => {
    // The seller has a VAT number here: under the forfait it is not printed (invoices.md: only when assujetti).
    text = await textOf({ ...FORFAIT, seller: { ...FORFAIT.seller, vatNumber: "FR99791234560" } });
  });

  it("says autofacturation and has no VAT line but the forfait mention and the refund base for information", () => {
    expect(text).toContain("Autofacturation");
    expect(text).not.toContain("au nom et pour le compte");
    expect(text).not.toMatch(/TVA \d/);
    expect(text).not.toContain("FR99791234560");
    expect(text).toContain(
      "TVA non applicable : exploitant agricole au remboursement forfaitaire (art. 298 quater du CGI)",
    );
    // 5,59 % × 5 325,00 = 297,6675 → 297,67.
    expect(text).toMatch(/base du remboursement forfaitaire 5 325,00 € HT, taux 5,59 %/);
    expect(text).toContain("soit 297,67 €");
  });

  it("has the lump-sum penalty, the totals, the withholding in % and the net", () => {
    expect(text).toMatch(/Prix de base\s+12 500 L\s+450,00 €\/1 000 L\s+5 625,00/);
    expect(text).toMatch(/Pénalité antibiotiques \(livraison du 12\/03\/2025\)\s+forfait\s+-300,00 €\s+-300,00/);
    expect(text).toMatch(/Total HT\s+5 325,00 €/);
    // 0,5 % × 5 325,00 = 26,625 → 26,63; net 5 325,00 − 26,63 = 5 298,37.
    expect(text).toMatch(/Retenue Fonds de solidarité \(0,5 % du montant\s+-26,63 €/);
    expect(text).toMatch(/Net à payer\s+5 298,37 €/);
  });

  it("prints the legal default penalty rate when the OP table gives none", () => {
    expect(text).toMatch(/Pénalités de retard : taux de la Banque centrale européenne/);
  });
});

describe("credit note", () => {
  it("says Avoir, names the invoice it cancels and has the opposite figures", async () => {
    const text = await textOf(AVOIR);
    expect(text).toContain("Avoir N° F2025-000003");
    expect(text).toContain("Avoir annulant la facture N° F2025-000001");
    expect(text).toMatch(/Prix de base\s+30 000 L\s+-452,30 €\/1 000 L\s+-13 569,00/);
    expect(text).toMatch(/Total HT\s+-13 960,20 €/);
    expect(text).toMatch(/TVA 5,5 %\s+-767,81 €/);
    expect(text).toMatch(/Total TTC\s+-14 728,01 €/);
    // The withholding is given back: +36,60; net −14 728,01 + 36,60 = −14 691,41.
    expect(text).toMatch(/36,60 €/);
    expect(text).toMatch(/Net à déduire\s+-14 691,41 €/);
  });
});

describe("drawInvoice on a document the Factur-X step creates", () => {
  it("draws on its automatic first A4 page, not on a second one", async () => {
    const pdf = new PDFDocument({ size: "A4" });
    expect(drawInvoice(pdf, ASSUJETTI)).toBe(1);
    const pages = pdfPages(await pdfBytes(pdf));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain("F2025-000001");
  });

  it("refuses a page that is not A4 rather than print the invoice cut", () => {
    const pdf = new PDFDocument({ size: "LETTER" });
    expect(() => drawInvoice(pdf, ASSUJETTI)).toThrow(/A4/);
  });

  it("numbers the pages of an invoice with more lines than a page holds, header row repeated", async () => {
    const many = {
      ...ASSUJETTI,
      lines: Array.from({ length: 70 }, (_, i) => ({ ...ASSUJETTI.lines[1], description: `Ligne ${i + 1}` })),
    };
    const pages = pdfPages(await invoicePdf(many));
    expect(pages.length).toBe(2);
    pages.forEach((p, i) => {
      expect(p).toContain(`Page ${i + 1} / 2`);
      expect(p).toMatch(/Désignation\s+Quantité\s+Prix unitaire HT/);
    });
    expect(pages[1]).toContain("Ligne 70");
  });
});
