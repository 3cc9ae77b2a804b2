import { buildInvoice, creditNoteFor, MENTION } from "../../src/invoicing/document";
import { d, parties, statement } from "./helpers";

// The example: 30 000 L at 450 €/1000 L base + 22,92 €/1000 L of composition.
//   BASE 450 × 30 000 / 1000 = 13 500,00 ; MG 22,92 × 30 = 687,60 ; HT = 14 187,60
//   TVA 5,5 % × 14 187,60 = 780,318 → 780,32 ; TTC = 14 967,92
//   Cniel 1,22 €/1000 L × 30 000 / 1000 = 36,60 ; net = 14 967,92 − 36,60 = 14 931,32
const march = statement("P001", "2025-03", 30000, [
  { code: "BASE", rate: 450, amount: "13500.00" },
  { code: "MG", rate: 22.92, amount: "687.60" },
]);
const cniel = {
  code: "CNIEL",
  label: "Cotisation Cniel",
  base: "volume" as const,
  rate: d("1.22"),
  amount: d("36.60"),
};

describe("buildInvoice", () => {
  it("assujetti: VAT = 5,5 % × HT rounded to the cent, TTC, withholdings and net", () => {
    const doc = buildInvoice(march, [cniel], d(1000), parties("P001"));
    expect(doc.ht.toFixed(2)).toBe("14187.60");
    expect(doc.vat.toFixed(2)).toBe("780.32");
    expect(doc.ttc.toFixed(2)).toBe("14967.92");
    expect(doc.withholdingsTotal.toFixed(2)).toBe("36.60");
    expect(doc.net.toFixed(2)).toBe("14931.32");
    expect(doc.dueDate).toBe("2025-04-30"); // 31/03 + 30 days
    expect(
      doc.lines.map((l) => [
        l.code,
        l.quantity.toString(),
        l.unit,
        l.unitPrice.toString(),
        l.priceBasis.toString(),
        l.amount.toFixed(2),
      ]),
    ).toEqual([
      ["BASE", "30000", "L", "450", "1000", "13500.00"],
      ["MG", "30000", "L", "22.92", "1000", "687.60"],
    ]);
  });

  it("rounds half up once on the total, not per line", () => {
    // 100,10 × 5,5 % = 5,5055 → 5,51 ; 0,90 × 5,5 % = 0,0495 → 0,05
    const a = buildInvoice(
      statement("P1", "2025-03", 0, [{ code: "BASE", rate: null, amount: "100.10" }]),
      [],
      d(1000),
      parties("P1"),
    );
    expect(a.vat.toFixed(2)).toBe("5.51");
    const b = buildInvoice(
      statement("P1", "2025-03", 0, [
        { code: "A", rate: null, amount: "0.45" },
        { code: "B", rate: null, amount: "0.45" },
      ]),
      [],
      d(1000),
      parties("P1"),
    );
    // per line: 0,02475 → 0,02 twice = 0,04 ; on the total: 0,0495 → 0,05
    expect(b.vat.toFixed(2)).toBe("0.05");
  });

  it("forfait: no VAT, TTC = HT, the art. 298 quater mention and the 5,59 % refund base for information", () => {
    const doc = buildInvoice(march, [cniel], d(1000), parties("P002", "forfait"));
    expect(doc.vatRate).toBeNull();
    expect(doc.vat.isZero()).toBe(true);
    expect(doc.ttc.toFixed(2)).toBe("14187.60");
    expect(doc.net.toFixed(2)).toBe("14151.00"); // 14 187,60 − 36,60
    expect(doc.mentions).toContain(MENTION.forfait);
    expect(doc.mentions.some((m) => m.includes("5,59 %") && /14\s187,60 € HT/.test(m))).toBe(true);
  });

  it("mandat and autofacturation mentions", () => {
    const m = buildInvoice(march, [], d(1000), parties("P001"));
    expect(m.mentions[0]).toBe(
      "Facture établie par OP Lait des Alpes au nom et pour le compte de GAEC P001, mandat de facturation du 15/12/2024",
    );
    const a = buildInvoice(march, [], d(1000), parties("P001", "assujetti", "autofacturation"));
    expect(a.mentions[0]).toBe("Autofacturation");
    expect(a.mandateDate).toBeNull();
  });

  it("same content gives the same fingerprint; a changed line gives another", () => {
    const one = buildInvoice(march, [cniel], d(1000), parties("P001"));
    const two = buildInvoice(march, [cniel], d(1000), parties("P001"));
    expect(one.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(two.fingerprint).toBe(one.fingerprint);
    const changed = statement("P001", "2025-03", 30000, [
      { code: "BASE", rate: 450, amount: "13500.00" },
      { code: "MG", rate: 22.93, amount: "687.90" },
    ]);
    expect(buildInvoice(changed, [cniel], d(1000), parties("P001")).fingerprint).not.toBe(one.fingerprint);
  });

  it("a credit note repeats the lines with opposite signs and references the invoice", () => {
    const inv = buildInvoice(march, [cniel], d(1000), parties("P001"));
    inv.number = "F2025-000007";
    const cn = creditNoteFor(inv);
    expect(cn.type).toBe("avoir");
    expect(cn.cancels).toBe("F2025-000007");
    expect(cn.lines.map((l) => l.amount.toFixed(2))).toEqual(["-13500.00", "-687.60"]);
    expect([cn.ht, cn.vat, cn.ttc, cn.withholdingsTotal, cn.net].map((x) => x.toFixed(2))).toEqual([
      "-14187.60",
      "-780.32",
      "-14967.92",
      "-36.60",
      "-14931.32",
    ]);
    expect(cn.mentions).toContain("Avoir annulant la facture n° F2025-000007");
  });
});
