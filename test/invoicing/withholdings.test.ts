import {
  readWithholdings,
  withholdingContext,
  withholdingsFor,
  type StatementWithholdings,
} from "../../src/invoicing/withholdings";
import { NoValue, type CellValue } from "../../src/workbook/port";
import { MemoryWorkbook } from "../run/memoryPort";
import { d, statement } from "./helpers";

const HEAD = ["Code", "Libellé", "Base", "Taux", "Du", "Au", "Acheteur", "Grille", "Producteur"];
// 30 000 L, total 14 187,60 €.
const march = statement("P001", "2025-03", 30000, [
  { code: "BASE", rate: 450, amount: "13500.00" },
  { code: "MG", rate: 22.92, amount: "687.60" },
]);

async function apply(rows: CellValue[][], buyer: string | null = "A1"): Promise<StatementWithholdings> {
  const table = await readWithholdings(new MemoryWorkbook({ Retenues: [HEAD, ...rows] }));
  return withholdingsFor(table, march, d(1000), buyer);
}

const lines = (w: StatementWithholdings) =>
  "lines" in w
    ? w.lines.map((l) => [l.code, l.amount.toFixed(2)])
    : w.issues.map((i) => `${i.row} ${i.column}: ${i.message}`);

describe("withholdings on a statement", () => {
  it("by volume (Cniel 1,22 €/1000 L) and by amount (0,5 % of the total), net = total − both", async () => {
    const w = await apply([
      ["CNIEL", "Cotisation Cniel", "volume", "1,22", "2023-01", "2025-12", null, null, null],
      ["OP", "Frais OP", "montant", 0.5, null, null, null, null, null],
    ]);
    // 1,22 × 30 000 / 1000 = 36,60 ; 0,5 % × 14 187,60 = 70,938 → 70,94 ; net = 14 187,60 − 107,54 = 14 080,06
    expect(lines(w)).toEqual([
      ["CNIEL", "36.60"],
      ["OP", "70.94"],
    ]);
    expect("net" in w && w.net.toFixed(2)).toBe("14080.06");
  });

  it("bounded by their months (Du/Au inclusive) and by their filters", async () => {
    const w = await apply([
      ["OLD", "Ancienne", "volume", 1, "2024-01", "2025-02", null, null, null], // ended in February
      ["NEW", "Nouvelle", "volume", 1, "2025-04", null, null, null, null], // starts in April
      ["EDGE", "Dernier mois", "volume", 2, "2025-01", "2025-03", null, null, null], // 2 × 30 = 60,00
      ["OTHER", "Autre producteur", "volume", 1, null, null, null, null, "P002"],
      ["MOOH", "Autre grille", "volume", 1, null, null, null, "mooh-2025", null],
      ["A2", "Autre acheteur", "volume", 1, null, null, "A2", null, null],
      ["A1", "Cet acheteur", "montant", "1 %", null, null, "A1", "Sud Est 2018", "p001"], // 141,876 → 141,88
    ]);
    expect(lines(w)).toEqual([
      ["EDGE", "60.00"],
      ["A1", "141.88"],
    ]);
  });

  it("an unreadable row that may concern the statement leaves its withholdings unknown, never 0", async () => {
    const w = await apply([["CNIEL", "Cotisation Cniel", "volume", "un euro", null, null, null, null, null]]);
    expect(lines(w)).toEqual(["2 Taux (D): « un euro » n'est pas un nombre : nombre attendu (ex. 38,5 ou 100 000)"]);
    // The same bad row dated out of the month concerns it not.
    const later = await apply([["CNIEL", "Cotisation Cniel", "volume", "un euro", "2025-06", null, null, null, null]]);
    expect(lines(later)).toEqual([]);
    const blank = await apply([["CNIEL", "Cotisation Cniel", "volume", null, null, null, null, null, null]]);
    expect(lines(blank)).toEqual(["2 Taux (D): taux manquant : la cellule est vide (jamais compté 0)"]);
  });

  it("an Excel error in a filter (Producteur #N/A) is an issue: the row concerns every producer, never read as « all »", async () => {
    const w = await apply([
      ["CNIEL", "Cotisation Cniel", "volume", "1,22", null, null, null, null, NoValue.error("#N/A")],
    ]);
    expect(lines(w)).toEqual([
      "2 Producteur (I): #N/A : la cellule contient une erreur Excel ; corrigez la formule ou la valeur",
    ]);
  });

  it("the producer's buyer: blank = the only Acheteurs row; #N/A = unknown, never the only row", async () => {
    const sheets = (buyer: CellValue) => ({
      Retenues: [HEAD, ["A1", "Cet acheteur", "volume", 1, null, null, "A1", null, null]],
      Acheteurs: [
        ["Code", "Raison sociale"],
        ["A1", "Laiterie"],
      ],
      Producteurs: [
        ["Code", "Nom", "Acheteur"],
        ["P001", "Martin", buyer],
      ],
    });
    expect((await withholdingContext(new MemoryWorkbook(sheets(null)))).buyerOf("P001")).toBe("A1");
    expect((await withholdingContext(new MemoryWorkbook(sheets(NoValue.error("#N/A"))))).buyerOf("P001")).toBeNull();
  });

  it("a rule for one buyer cannot be decided when the producer's buyer is unknown", async () => {
    const w = await apply([["A1", "Cet acheteur", "volume", 1, null, null, "A1", null, null]], null);
    expect(lines(w)).toEqual([expect.stringContaining("l'acheteur du producteur P001 n'est pas connu")]);
  });
});
