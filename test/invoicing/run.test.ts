import { runInvoices } from "../../src/invoicing/run";
import { REGISTER_SHEET } from "../../src/invoicing/register";
import { RunError } from "../../src/inputs/issues";
import { values } from "../run/memoryPort";
import { NoValue } from "../../src/workbook/port";
import { invoicingWorkbook } from "./workbook";

const MARCH = { month: "2025-03", issueDate: "2025-04-02", rolling: false };

describe("runInvoices on a workbook", () => {
  it("invoices P1 (assujetti) and P2 (forfait) from their statements; P3 and P4 are listed with the reason", async () => {
    const wb = invoicingWorkbook();
    const r = await runInvoices(wb, MARCH);
    const byCode = new Map(r.statements.producers.map((o) => [o.code, o]));
    expect(r.issued.map((d) => [d.number, d.type, d.producer, d.vatRegime])).toEqual([
      ["F2025-000001", "facture", "P1", "assujetti"],
      ["F2025-000002", "facture", "P2", "forfait"],
    ]);
    for (const d of r.issued) {
      const s = byCode.get(d.producer)!.statement!;
      // Never a price of its own: HT is the statement total, line by line.
      expect(d.ht.toFixed(2)).toBe(s.total.toFixed(2));
      expect(d.lines.map((l) => l.amount.toFixed(2))).toEqual(s.lines.map((l) => l.amount.toFixed(2)));
    }
    const [p1, p2] = r.issued;
    expect(p1.vat.toFixed(2)).toBe(p1.ht.times("0.055").toDecimalPlaces(2).toFixed(2));
    // Cniel: 1,22 × 30 000 / 1000 = 36,60 (P1) ; 1,22 × 12 000 / 1000 = 14,64 (P2)
    expect(p1.withholdingsTotal.toFixed(2)).toBe("36.60");
    expect(p2.withholdingsTotal.toFixed(2)).toBe("14.64");
    expect(p2.vat.isZero() && p2.ttc.eq(p2.ht)).toBe(true);
    expect(p2.seller.name).toBe("Durand"); // Raison sociale blank = Nom
    expect(r.notInvoiced).toEqual([
      { producer: "P3", reason: expect.stringContaining("Régime TVA vide (Producteurs ligne 4)") },
      {
        producer: "P4",
        reason: expect.stringContaining("pas de mandat de facturation (colonne Mandat de Producteurs, ligne 5)"),
      },
    ]);
    // Register: created once with its header and two rows; the checks say who was left out and why.
    expect(values(wb.output(REGISTER_SHEET)).map((row) => row.slice(0, 6))).toEqual([
      ["N°", "Type", "Date d'émission", "Mois", "Producteur", "Acheteur"],
      ["F2025-000001", "facture", 45749, "2025-03", "P1", "A1"],
      ["F2025-000002", "facture", 45749, "2025-03", "P2", "A1"],
    ]);
    const checks = values(wb.output("Contrôles 2025-03")).flat().join("\n");
    expect(checks).toMatch(/pas de facture : Régime TVA vide/);
    expect(checks).toMatch(/pas de facture : pas de mandat de facturation/);
    // The statement of P1 shows the withholding and the net.
    const st = values(wb.output("2025-03 P1"));
    const net = st.find((row) => row[0] === "Net à payer")!;
    expect(net[2]).toBe(p1.ht.minus("36.60").toNumber());
  });

  it("withholdings on the statement sheet, the summary (Retenues, Net à payer) and the JSON", async () => {
    const wb = invoicingWorkbook({
      retenues: [
        ["CNIEL", "Cotisation Cniel", "volume", "1,22", "2023-01", null, null, null, null],
        ["OP", "Frais OP", "montant", "0,5", "2025-03", "2025-03", null, null, "P2"],
      ],
    });
    const r = await runInvoices(wb, MARCH);
    const p2 = r.statements.producers.find((o) => o.code === "P2")!;
    const total = p2.statement!.total;
    // Cniel 1,22 × 12 000 / 1000 = 14,64 ; frais 0,5 % × total, rounded to the cent ; net = total − both
    const fees = total.times("0.005").toDecimalPlaces(2);
    const st = values(wb.output("2025-03 P2"));
    expect(st.find((row) => row[0] === "Retenue : Cotisation Cniel")!.slice(1, 4)).toEqual([1.22, -14.64, "€/1000 L"]);
    expect(st.find((row) => row[0] === "Retenue : Frais OP")!.slice(1, 4)).toEqual([
      "0,5 %",
      -fees.toNumber(),
      "du total",
    ]);
    expect(st.find((row) => row[0] === "Net à payer")![2]).toBe(total.minus("14.64").minus(fees).toNumber());
    const summary = values(wb.output("Synthèse 2025-03"));
    const header = summary.find((row) => row[0] === "Code")!;
    const line = summary.find((row) => row[0] === "P2")!;
    expect(line[header.indexOf("Retenues")]).toBe(fees.plus("14.64").toNumber());
    expect(line[header.indexOf("Net à payer")]).toBe(total.minus("14.64").minus(fees).toNumber());
    const { runJson } = await import("../../src/run/json");
    const json = runJson(r.statements).statements.find((s) => s.producer === "P2")!;
    expect([json.withholdings, json.net]).toEqual([
      fees.plus("14.64").toNumber(),
      total.minus("14.64").minus(fees).toNumber(),
    ]);
    // The invoice: TTC (forfait: = HT) − withholdings.
    expect(r.issued.find((d) => d.producer === "P2")!.net.toFixed(2)).toBe(total.minus("14.64").minus(fees).toFixed(2));
  });

  it("issuing again after a correction: one credit note and one new invoice, the register appended", async () => {
    const wb = invoicingWorkbook();
    const first = await runInvoices(wb, MARCH);
    const again = await runInvoices(wb, { ...MARCH, issueDate: "2025-04-03" });
    expect(again.issued).toEqual([]);
    expect(again.unchanged.map((d) => d.number)).toEqual(["F2025-000001", "F2025-000002"]);
    // P2's volume corrected: 12 000 → 12 400 L.
    const livraisons = wb.sheet("Livraisons")!.cells!;
    const row = livraisons.find((r) => r[1] === "P2")!;
    row[2] = 6400;
    const third = await runInvoices(wb, { ...MARCH, issueDate: "2025-04-05" });
    expect(third.issued.map((d) => [d.number, d.type, d.producer, d.cancels])).toEqual([
      ["F2025-000003", "avoir", "P2", "F2025-000002"],
      ["F2025-000004", "facture", "P2", null],
    ]);
    // The credit note cancels the whole first invoice; the new one is the corrected statement.
    expect(third.issued[0].ht.toFixed(2)).toBe(first.issued[1].ht.negated().toFixed(2));
    expect(third.issued[1].ht.toFixed(2)).toBe(
      third.statements.statements.find((s) => s.producer === "P2")!.total.toFixed(2),
    );
    expect(third.issued[1].ht.gt(first.issued[1].ht)).toBe(true);
    expect(wb.registerWrites).toBe(1); // created once
    expect(wb.appends).toBe(1); // then only appended to
    expect(values(wb.output("F2025-000003"))[0][0]).toBe("Avoir n° F2025-000003");
  });

  it("an unreadable register row stops everything and names it; nothing is written", async () => {
    const wb = invoicingWorkbook();
    await runInvoices(wb, MARCH);
    wb.sheet(REGISTER_SHEET)!.cells![2][7] = "beaucoup";
    const before = wb.writes;
    await expect(runInvoices(wb, { ...MARCH, issueDate: "2025-04-05" })).rejects.toThrow(
      new RunError(
        "Registre des factures, ligne 3, colonne TVA (H) : montant différent du contenu (0.00) — registre illisible, aucune facture n'est émise ; rétablissez la ligne telle qu'elle a été écrite",
      ),
    );
    expect(wb.writes).toBe(before);
  });

  it("a bad SIREN withholds only that producer's invoice; an unusable OP row withholds all, saying so", async () => {
    const wb = invoicingWorkbook();
    wb.sheet("Producteurs")!.cells![1][6] = "123456789";
    const r = await runInvoices(wb, MARCH);
    expect(r.issued.map((d) => d.producer)).toEqual(["P2"]);
    expect(r.notInvoiced[0]).toEqual({
      producer: "P1",
      reason:
        "valeur illisible (Producteurs, ligne 2, colonne SIREN (G) : « 123456789 » n'est pas un SIREN valide (clé de contrôle fausse : un chiffre mal saisi ?))",
    });
    const op = invoicingWorkbook({
      opRow: ["OP Lait des Alpes", null, "2 place du Marché", "38000", "Grenoble", null, "mandat", "F", 30, null],
    });
    const none = await runInvoices(op, MARCH);
    expect(none.issued).toEqual([]);
    expect(none.notInvoiced.find((n) => n.producer === "P1")!.reason).toBe(
      "ligne OP inutilisable (OP, ligne 2, colonne SIREN (B) : SIREN de l'OP manquant(e) : la cellule est vide) : aucune facture tant qu'elle n'est pas corrigée",
    );
  });

  it("bad values in TauxTVA and Acheteurs withhold only the invoices they belong to, named by sheet, row and column", async () => {
    const wb = invoicingWorkbook();
    wb.sheets.push({
      name: "TauxTVA",
      cells: [
        ["Du", "Taux"],
        ["2014-01", "5,5"],
        ["2025-02", "0,055"],
      ],
    });
    const r = await runInvoices(wb, MARCH);
    // P1 (assujetti) needs the rate: withheld; P2 (forfait) does not: invoiced.
    expect(r.issued.map((d) => d.producer)).toEqual(["P2"]);
    expect(r.notInvoiced[0]).toEqual({
      producer: "P1",
      reason:
        "taux de TVA de 2025-03 illisible (TauxTVA, ligne 3, colonne Taux (B) : taux de TVA de 0,055 % invraisemblable : saisissez le taux en pour cent (5,5 pour 5,5 %))",
    });
    expect(r.issues.some((i) => i.sheet === "TauxTVA" && i.row === 3 && i.column === "Taux (B)")).toBe(true);

    const bad = invoicingWorkbook();
    bad.sheet("Acheteurs")!.cells![1][6] = "FR00552100554";
    const b = await runInvoices(bad, MARCH);
    expect(b.issued).toEqual([]);
    expect(b.notInvoiced.find((n) => n.producer === "P1")!.reason).toMatch(
      /^acheteur A1 : valeur illisible \(Acheteurs, ligne 2, colonne N° TVA \(G\) : « FR00552100554 » : clé de TVA fausse \(96 attendu pour ce SIREN\)\)$/,
    );
  });

  it("an Excel error or a formula without value in Acheteurs, Retenues or OP is a bad value named by sheet, row and column, never a blank", async () => {
    const NA = "#N/A : la cellule contient une erreur Excel ; corrigez la formule ou la valeur";
    // SIREN of the only dairy: both P1 (Acheteur A1) and P2 (Acheteur blank = the only row) are withheld.
    const siren = invoicingWorkbook();
    siren.sheet("Acheteurs")!.cells![1][2] = NoValue.error("#N/A");
    const s = await runInvoices(siren, MARCH);
    expect(s.issued).toEqual([]);
    expect(s.notInvoiced.find((n) => n.producer === "P1")!.reason).toBe(
      `acheteur A1 : valeur illisible (Acheteurs, ligne 2, colonne SIREN (C) : ${NA})`,
    );
    expect(s.notInvoiced.find((n) => n.producer === "P2")!.reason).toBe(
      `acheteur A1 : valeur illisible (Acheteurs, ligne 2, colonne SIREN (C) : ${NA})`,
    );
    expect(s.issues.filter((i) => i.sheet === "Acheteurs").map((i) => [i.row, i.column, i.message])).toEqual([
      [2, "SIREN (C)", NA],
    ]);

    // The code itself: the row cannot be matched, and never silently dropped either.
    const code = invoicingWorkbook();
    code.sheet("Acheteurs")!.cells![1][0] = NoValue.error("#N/A");
    const c = await runInvoices(code, MARCH);
    expect(c.issued).toEqual([]);
    expect(c.notInvoiced.find((n) => n.producer === "P1")!.reason).toBe(
      `acheteur « A1 » absent de Acheteurs ; code illisible : Acheteurs, ligne 2, colonne Code (A) : ${NA}`,
    );
    expect(c.notInvoiced.find((n) => n.producer === "P2")!.reason).toBe(
      `colonne Acheteur vide et seule ligne de Acheteurs sans code lisible ; code illisible : Acheteurs, ligne 2, colonne Code (A) : ${NA}`,
    );

    // Retenues' Taux saved as a formula without value: the withholdings are unknown, no invoice (never 0).
    const formula = invoicingWorkbook();
    formula.sheet("Retenues")!.cells![1][3] = NoValue.formula;
    const f = await runInvoices(formula, MARCH);
    expect(f.issued).toEqual([]);
    expect(f.notInvoiced.find((n) => n.producer === "P1")!.reason).toBe(
      "retenues illisibles (Retenues, ligne 2, colonne Taux (D) : formule sans valeur calculée : recalculez et enregistrez le classeur dans Excel)",
    );

    // OP's Pénalités de retard (#REF!): the OP row is unusable, every invoice withheld.
    const op = invoicingWorkbook();
    op.sheet("OP")!.cells![1][9] = NoValue.error("#REF!");
    const o = await runInvoices(op, MARCH);
    expect(o.issued).toEqual([]);
    expect(o.notInvoiced.find((n) => n.producer === "P1")!.reason).toBe(
      "ligne OP inutilisable (OP, ligne 2, colonne Pénalités de retard (J) : #REF! : la cellule contient une erreur Excel ; corrigez la formule ou la valeur) : aucune facture tant qu'elle n'est pas corrigée",
    );
  });

  it("#N/A in a register row stops everything and names the row and the column; nothing is written", async () => {
    const wb = invoicingWorkbook();
    await runInvoices(wb, MARCH);
    wb.sheet(REGISTER_SHEET)!.cells![2][4] = NoValue.error("#N/A");
    const before = wb.writes;
    await expect(runInvoices(wb, { ...MARCH, issueDate: "2025-04-05" })).rejects.toThrow(
      new RunError(
        "Registre des factures, ligne 3, colonne Producteur (E) : #N/A : la cellule contient une erreur Excel ; corrigez la formule ou la valeur — registre illisible, aucune facture n'est émise ; rétablissez la ligne telle qu'elle a été écrite",
      ),
    );
    expect(wb.writes).toBe(before);
  });

  it("a missing OP sheet stops the invoicing before anything is written", async () => {
    const wb = invoicingWorkbook();
    wb.sheets = wb.sheets.filter((s) => s.name !== "OP");
    await expect(runInvoices(wb, MARCH)).rejects.toThrow(/^feuille « OP » introuvable/);
    expect(wb.writes).toBe(0);
  });

  it("numbers continue across months in one register", async () => {
    const wb = invoicingWorkbook({ months: ["2025-03", "2025-04"] });
    await runInvoices(wb, MARCH);
    const april = await runInvoices(wb, { month: "2025-04", issueDate: "2025-05-02", rolling: false });
    expect(april.issued.map((d) => [d.number, d.month])).toEqual([
      ["F2025-000003", "2025-04"],
      ["F2025-000004", "2025-04"],
    ]);
  });
});
