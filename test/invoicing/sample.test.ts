/**
 * The sample OP workbook carries everything invoicing needs: issuing its last month gives an invoice per
 * invoiceable producer of both VAT regimes, each sheet with its mentions, and the two sample producers that
 * show the checks (no Régime TVA, no mandate) left out with their reason. mooh-2025 (CHF): no invoice.
 */
import { runInvoices } from "../../src/invoicing/run";
import { MemoryWorkbook, values } from "../run/memoryPort";
import { sampleWorkbook } from "../run/fixtures";
import { InvoicingWorkbook } from "./workbook";

function invoicing(grid: "sud-est-2018" | "mooh-2025") {
  const { sample, workbook } = sampleWorkbook({ grid, producers: 30, months: 6 });
  const wb = new InvoicingWorkbook();
  wb.sheets = (workbook as MemoryWorkbook).sheets;
  return { sample, wb };
}

describe("the sample workbook's invoices", () => {
  it("sud-est-2018: both regimes invoiced with every mention; P026 and P027 left out with the reason", async () => {
    const { sample, wb } = invoicing("sud-est-2018");
    const r = await runInvoices(wb, { month: sample.month, issueDate: "2025-04-02", rolling: false });
    expect(r.issued.length).toBeGreaterThan(20);
    expect(new Set(r.issued.map((d) => d.vatRegime))).toEqual(new Set(["assujetti", "forfait"]));
    for (const doc of r.issued) {
      const text = values(wb.output(doc.number))
        .flat()
        .filter((v) => typeof v === "string")
        .join(" ");
      const flat = text.replace(/\s+/g, " ");
      for (const m of doc.mentions) expect(flat).toContain(m.replace(/\s+/g, " "));
      for (const t of [
        doc.seller.name,
        `SIREN ${doc.seller.siren}`,
        doc.buyer.name,
        `SIREN ${doc.buyer.siren}`,
        `N° TVA ${doc.buyer.vatNumber}`,
        "Cotisation interprofessionnelle Cniel (CVO)",
      ])
        expect(flat).toContain(t);
      if (doc.vatRegime === "assujetti") expect(flat).toContain(`N° TVA ${doc.seller.vatNumber}`);
    }
    const reasons = new Map(r.notInvoiced.map((n) => [n.producer, n.reason]));
    expect(reasons.get("P026")).toMatch(/^Régime TVA vide/);
    expect(reasons.get("P027")).toMatch(/^pas de mandat de facturation/);
    expect(reasons.get("P013")).toMatch(/pas de consentement/);
  });

  it("mooh-2025: statements with the SMP withholding, no invoice, the checks say so once", async () => {
    const { sample, wb } = invoicing("mooh-2025");
    const r = await runInvoices(wb, { month: sample.month, issueDate: "2025-04-02", rolling: false });
    expect(r.issued).toEqual([]);
    const p1 = r.statements.producers.find((o) => o.code === "P001")!;
    // 0,895 cts/kg × 80 000 kg / 100 = 716,00 CHF
    expect(p1.withholdings && "lines" in p1.withholdings && p1.withholdings.total.toFixed(2)).toBe("716.00");
    expect(r.issues.filter((i) => /mooh-2025 \(hors TVA française/.test(i.message))).toHaveLength(1);
  });
});
