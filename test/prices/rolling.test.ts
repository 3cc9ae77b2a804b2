import { runStatements } from "../../src/run";
import { rollingOf } from "../../src/run/rolling";
import { rowOf, values } from "../run/memoryPort";
import { monthsWorkbook } from "./fixtures";

describe("PSL rolling 12 months in the statement run", () => {
  test("13 months in the workbook: the mean of the last 12 monthly prices, on the summary and the statement", async () => {
    // Base prices 400 … 412 from 2024-03 to 2025-03; contents neutral, no premium (no charter): price = base.
    const port = monthsWorkbook("2025-03", 13);
    const result = await runStatements(port, { month: "2025-03" });
    const p1 = result.producers.find((p) => p.code === "P1")!;
    expect(p1.statement!.pricePerUnit!.toFixed(2)).toBe("412.00");
    // 2024-04 … 2025-03: (401 + … + 412) ÷ 12 = 4878 ÷ 12 = 406.50
    expect(p1.rolling!.months).toBe(12);
    expect(p1.rolling!.paid!.toFixed(2)).toBe("406.50");
    expect(p1.rolling!.effective!.toFixed(2)).toBe("406.50");
    const summary = values(port.output("Synthèse 2025-03"));
    const header = summary.find((r) => r[0] === "Code")!;
    const row = summary.find((r) => r[0] === "P1")!;
    expect(row[header.indexOf("Prix payé 12 mois")]).toBe(406.5);
    expect(row[header.indexOf("Prix effectif 12 mois")]).toBe(406.5);
    expect(row[header.indexOf("Mois (12 glissants)")]).toBe(12);
    const sheet = port.output("2025-03 P1");
    expect(rowOf(sheet, "Prix payé, moyenne 12 mois (PSL)")?.[1]).toBe(406.5);
    expect(rowOf(sheet, "Prix effectif, moyenne 12 mois (PSL)")?.[1]).toBe(406.5);
    expect(sheet.print!.area).toBe(`A1:H${sheet.rows.length}`);
    expect(result.history!.months).toHaveLength(12);
  });

  test("fewer than 12 months: no mean, never a partial one passed off as 12 months", async () => {
    const port = monthsWorkbook("2025-03", 6);
    const result = await runStatements(port, { month: "2025-03" });
    expect(result.producers[0].rolling).toBeUndefined(); // the workbook lacks the months: not computed
    const summary = values(port.output("Synthèse 2025-03"));
    const header = summary.find((r) => r[0] === "Code")!;
    expect(summary.find((r) => r[0] === "P1")![header.indexOf("Mois (12 glissants)")]).toBe("historique absent");
  });

  test("a missing month inside the 12 leaves the mean empty and says how many months there are", async () => {
    const port = monthsWorkbook("2025-03", 13);
    // Remove the base price of 2024-09: that month cannot be priced.
    const prices = port.sheet("PrixDeBase")!.cells!;
    port.sheet("PrixDeBase")!.cells = prices.filter((r) => r[0] !== "2024-09");
    const result = await runStatements(port, { month: "2025-03" });
    expect(result.producers[0].rolling).toEqual({ months: 11, paid: null, effective: null });
    expect(rowOf(port.output("2025-03 P1"), "Moyenne 12 mois (PSL)")?.[2]).toContain("11 mois sur 12");
  });

  test("rollingOf: no statement for the month → nothing", () => {
    expect(rollingOf([null])).toEqual({ months: 0, paid: null, effective: null });
  });
});
