import fc from "fast-check";
import { Decimal } from "../../src/engine";
import { contentText } from "../../src/invoicing/document";
import { planIssue } from "../../src/invoicing/numbering";
import { parseRegister, registerRow, type RegisterEntry } from "../../src/invoicing/register";
import type { InvoiceDocument } from "../../src/invoicing/types";
import { RunError } from "../../src/inputs/issues";
import { NoValue, type CellValue } from "../../src/workbook/port";
import { invoiceOf, registerOf, registerTable } from "./helpers";

/** Issues `candidates` on `date` after `register`, and returns the register grown by the new rows. */
function issue(register: RegisterEntry[], month: string, candidates: InvoiceDocument[], date: string) {
  const plan = planIssue(register, month, candidates, date, "F");
  const grown = registerOf([...register.map((e) => e.doc), ...plan.issued]);
  return { plan, register: grown };
}

describe("numbering", () => {
  it("is continuous across producers and months and restarts with the year of issue", () => {
    let r: RegisterEntry[] = [];
    r = issue(
      r,
      "2025-11",
      [invoiceOf("P1", "2025-11", "100.00"), invoiceOf("P2", "2025-11", "200.00")],
      "2025-12-05",
    ).register;
    r = issue(
      r,
      "2025-12",
      [invoiceOf("P1", "2025-12", "110.00"), invoiceOf("P2", "2025-12", "210.00")],
      "2025-12-31",
    ).register;
    r = issue(r, "2026-01", [invoiceOf("P1", "2026-01", "120.00")], "2026-02-02").register;
    expect(r.map((e) => `${e.number} ${e.producer} ${e.month}`)).toEqual([
      "F2025-000001 P1 2025-11",
      "F2025-000002 P2 2025-11",
      "F2025-000003 P1 2025-12",
      "F2025-000004 P2 2025-12",
      "F2026-000001 P1 2026-01",
    ]);
  });

  it("a second issue of the month with one producer changed: exactly one credit note and one new invoice", () => {
    const first = issue(
      [],
      "2025-03",
      [
        invoiceOf("P1", "2025-03", "100.00"),
        invoiceOf("P2", "2025-03", "200.00"),
        invoiceOf("P3", "2025-03", "300.00"),
      ],
      "2025-04-02",
    );
    const second = issue(
      first.register,
      "2025-03",
      [
        invoiceOf("P1", "2025-03", "100.00"),
        invoiceOf("P2", "2025-03", "205.50"),
        invoiceOf("P3", "2025-03", "300.00"),
      ],
      "2025-04-10",
    );
    expect(
      second.plan.issued.map((doc) => [doc.number, doc.type, doc.producer, doc.ht.toFixed(2), doc.cancels]),
    ).toEqual([
      ["F2025-000004", "avoir", "P2", "-200.00", "F2025-000002"],
      ["F2025-000005", "facture", "P2", "205.50", null],
    ]);
    // P1 and P3 keep their numbers and their first issue date.
    expect(second.plan.unchanged.map((doc) => [doc.number, doc.issueDate])).toEqual([
      ["F2025-000001", "2025-04-02"],
      ["F2025-000003", "2025-04-02"],
    ]);
    // A third issue with nothing changed numbers nothing.
    const third = issue(
      second.register,
      "2025-03",
      [
        invoiceOf("P1", "2025-03", "100.00"),
        invoiceOf("P2", "2025-03", "205.50"),
        invoiceOf("P3", "2025-03", "300.00"),
      ],
      "2025-04-10",
    );
    expect(third.plan.issued).toEqual([]);
  });

  it("issue dates never go backwards, nor before the end of the month invoiced", () => {
    const { register } = issue([], "2025-03", [invoiceOf("P1", "2025-03", "100.00")], "2025-04-10");
    expect(() => planIssue(register, "2025-03", [invoiceOf("P1", "2025-03", "101.00")], "2025-04-09", "F")).toThrow(
      /antérieure à la dernière du registre \(F2025-000001 du 10\/04\/2025, ligne 2\)/,
    );
    expect(() => planIssue(register, "2025-04", [invoiceOf("P1", "2025-04", "101.00")], "2025-04-29", "F")).toThrow(
      /avant la fin du mois facturé 2025-04/,
    );
    expect(() =>
      planIssue(register, "2025-03", [invoiceOf("P1", "2025-03", "101.00")], "2025-04-10", "F"),
    ).not.toThrow();
  });
});

describe("register", () => {
  const docs = () =>
    issue([], "2025-03", [invoiceOf("P1", "2025-03", "100.00"), invoiceOf("P2", "2025-03", "200.00")], "2025-04-02")
      .plan.issued;
  const rows = () => docs().map((doc) => registerRow(doc, contentText(doc)));

  it("reads back what it wrote", () => {
    const r = parseRegister(registerTable(rows()));
    expect(
      r.map((e) => [e.row, e.number, e.type, e.issueDate, e.month, e.producer, e.buyer, e.doc.ht.toFixed(2)]),
    ).toEqual([
      [2, "F2025-000001", "facture", "2025-04-02", "2025-03", "P1", "A1", "100.00"],
      [3, "F2025-000002", "facture", "2025-04-02", "2025-03", "P2", "A1", "200.00"],
    ]);
  });

  const stops: [string, (c: CellValue[][]) => void, RegExp][] = [
    [
      "an amount edited by hand",
      (c) => (c[1][6] = 250),
      /ligne 3, colonne HT \(G\) : montant différent du contenu \(200\.00\)/,
    ],
    [
      "a number that leaves a gap",
      (c) => (c[1][0] = "F2025-000003"),
      /ligne 3, colonne N° \(A\) : numéro F2025-000003 : F2025-000002 attendu/,
    ],
    [
      "a duplicated number",
      (c) => (c[1][0] = "F2025-000001"),
      /ligne 3, colonne N° \(A\) : numéro F2025-000001 en double \(déjà ligne 2\)/,
    ],
    [
      "garbage in the date",
      (c) => (c[0][2] = "hier"),
      /ligne 2, colonne Date d'émission \(C\) : date d'émission illisible/,
    ],
    [
      "content edited",
      (c) => (c[0][13] = String(c[0][13]).replace('"ht":"100"', '"ht":"900"')),
      /ligne 2, colonne Empreinte \(M\) : l'empreinte ne correspond pas au contenu/,
    ],
    [
      "a type that is neither",
      (c) => (c[0][1] = "devis"),
      /ligne 2, colonne Type \(B\) : « devis » : facture ou avoir attendu/,
    ],
    // An Excel error or a formula saved without its value is never a blank cell: the row is named, nothing issued.
    [
      "#N/A in the Producteur column",
      (c) => (c[1][4] = NoValue.error("#N/A")),
      /ligne 3, colonne Producteur \(E\) : #N\/A : la cellule contient une erreur Excel/,
    ],
    [
      "a formula without value in Annule",
      (c) => (c[0][11] = NoValue.formula),
      /ligne 2, colonne Annule \(L\) : formule sans valeur calculée/,
    ],
  ];
  it.each(stops)("stops on %s, naming the row and the column", (_what, edit, message) => {
    expect(() => parseRegister(registerTable(rows(), edit))).toThrow(RunError);
    expect(() => parseRegister(registerTable(rows(), edit))).toThrow(message);
  });

  it("a missing column stops it too", () => {
    const t = registerTable(rows());
    t.headers[12] = "Hash";
    expect(() => parseRegister(t)).toThrow(/colonne « Empreinte » absente/);
  });
});

describe("property: numbers without gap nor duplicate; each producer-month's documents sum to its latest statement", () => {
  const producers = ["P1", "P2", "P3", "P4"];
  // A run: a month (0–14 from 2025-01) and, per producer, a total in cents (null = not invoiced this time).
  const step = fc.record({
    month: fc.integer({ min: 0, max: 14 }),
    totals: fc.array(fc.option(fc.integer({ min: 1, max: 3_000_000 }), { nil: null }), { minLength: 4, maxLength: 4 }),
    days: fc.integer({ min: 0, max: 20 }),
  });

  it("holds over random months and corrections", () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), (steps) => {
        let register: RegisterEntry[] = [];
        let date = "2025-01-31";
        const latest = new Map<string, Decimal>();
        for (const s of steps) {
          const y = 2025 + Math.floor(s.month / 12);
          const month = `${y}-${String((s.month % 12) + 1).padStart(2, "0")}`;
          const end = new Date(Date.UTC(y, (s.month % 12) + 1, 0)).toISOString().slice(0, 10);
          const next = new Date(Date.parse(end > date ? end : date) + s.days * 86_400_000).toISOString().slice(0, 10);
          date = next;
          const candidates = producers.flatMap((p, i) => {
            const cents = s.totals[i];
            if (cents === null) return [];
            const total = new Decimal(cents).div(100);
            latest.set(`${p}|${month}`, total);
            return [invoiceOf(p, month, total.toFixed(2))];
          });
          register = issue(register, month, candidates, date).register;
        }
        // No gap, no duplicate: per year, 1..n in register order.
        const byYear = new Map<string, number[]>();
        for (const e of register) byYear.set(e.year, [...(byYear.get(e.year) ?? []), e.seq]);
        for (const seqs of byYear.values()) expect(seqs).toEqual(seqs.map((_, i) => i + 1));
        // Sum of documents (HT) per producer-month = the latest statement total.
        const sums = new Map<string, Decimal>();
        for (const e of register)
          sums.set(`${e.producer}|${e.month}`, (sums.get(`${e.producer}|${e.month}`) ?? new Decimal(0)).plus(e.doc.ht));
        expect([...sums.keys()].sort()).toEqual([...latest.keys()].sort());
        for (const [k, total] of latest) expect(sums.get(k)!.toFixed(2)).toBe(total.toFixed(2));
      }),
      { numRuns: 60 },
    );
  });
});
