/**
 * The statement PDF read back with pdftotext: every figure of the hand-worked statement of producer A1
 * (test/run/statements.test.ts, grid sud-est-2018) is in it, with the letterhead, and nothing is cut.
 */
import { a1StatementPdf } from "./statements";
import { pdfPages, pdfText } from "./poppler";

describe("statement PDF", () => {
  let pages: string[];
  beforeAll(async () => {
    pages = pdfPages(await a1StatementPdf());
  });

  it("has every figure of the statement", () => {
    const text = pages.join("\n");
    // Deliveries 8 000 + 7 000 + 7 500 + 7 500 = 30 000 L.
    for (const v of ["8 000", "7 000", "7 500", "30 000"]) expect(text).toContain(v);
    // Base price 452,30 × 30 = 13 569,00; fat 6,21 × 30 = 186,30; protein 11,33 × 30 = 339,90;
    // cells −6,00 × 30 = −180,00; spores +1,50 × 30 = 45,00; germs, freezing point and premium 0.
    const line = (label: string, rate: string, amount: string) =>
      expect(text).toMatch(new RegExp(`${label}\\s+${rate}\\s+${amount}\\s+(oui|non)`));
    line("Prix de base", "\\+452,30", "13 569,00");
    line("Matière grasse", "\\+6,21", "186,30");
    line("Matière protéique", "\\+11,33", "339,90");
    line("Cellules", "-6,00", "-180,00");
    line("Spores butyriques", "\\+1,50", "45,00");
    line("Germes", "0,00", "0,00");
    // Total 13 569,00 + 186,30 + 339,90 − 180,00 + 45,00 = 13 960,20; per 1000 L 465,34; effective (without
    // the −180,00 deduction) 14 140,20 / 30 = 471,34.
    expect(text).toMatch(/Total à payer\s+13 960,20\s+EUR/);
    expect(text).toMatch(/Prix moyen payé\s+\+465,34/);
    expect(text).toMatch(/Prix effectif \(PSL\)\s+\+471,34/);
    // Monthly values: fat (41 × 8 000 + 39,5 × 7 500) / 15 500 = 40,27 by the volume-weighted mean (the method
    // wraps in its column: "volumes" is on the next line, after the count of 2 results).
    expect(text).toMatch(/Matière grasse\s+40,27\s+g\/l\s+moyenne pondérée par les\s+2\s+—\s+volumes/);
    expect(text).toContain("−0,515".replace("−", "-"));
  });

  it("prints the OP letterhead and the producer, on one page without page numbers", () => {
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain("OP Lait des Alpes");
    expect(pages[0]).toContain("SIREN 512 345 678");
    expect(pages[0]).toContain("73000 Chambéry");
    expect(pages[0]).toMatch(/Relevé de paie du lait — mars 2025/);
    expect(pages[0]).toMatch(/Producteur\s+A1\s+GAEC du Pré/);
    expect(pages[0]).not.toMatch(/Page \d/);
  });

  it("without an OP table: no letterhead, same figures", async () => {
    const text = pdfText(await a1StatementPdf(false));
    expect(text).not.toContain("OP Lait des Alpes");
    expect(text).toMatch(/Total à payer\s+13 960,20\s+EUR/);
  });

  it("embeds its fonts (DejaVu), never a standard font", async () => {
    const pdf = Buffer.from(await a1StatementPdf()).toString("latin1");
    expect(pdf).toMatch(/\/FontFile2/);
    expect(pdf).toMatch(/DejaVuSansCondensed/);
    expect(pdf).not.toMatch(/\/BaseFont \/Helvetica/);
  });
});
