/**
 * Price A on the sample workbook (issue 15: « Price A fails on the sample workbook »): its Indicateurs table
 * gives every month's price A, equal to the sample's base price of that month.
 */
import { generateSample } from "../../scripts/sample/generate";
import { runPriceA } from "../../src/prices";
import { sampleWorkbook } from "../run/fixtures";

describe("the sample's Indicateurs", () => {
  it("give each month's price A: the base price the sample pays", async () => {
    const { sample, workbook } = sampleWorkbook({ grid: "sud-est-2018" });
    for (const month of sample.months) {
      const r = await runPriceA(workbook, { month, write: false });
      expect([month, r.priceA.price.toNumber()]).toEqual([month, sample.basePrices[month]]);
      expect(r.prixDeBase.status).toBe("already");
    }
    // The seasonality stays a seasonality: a few €/1000 L.
    const rows = sample.sheets.find((s) => s.name === "Indicateurs")!.rows;
    const seasons = rows.filter((r) => r[1] === "SAISONNALITE").map((r) => r[2] as number);
    expect(seasons).toHaveLength(sample.months.length);
    expect(Math.max(...seasons.map(Math.abs))).toBeLessThan(8);
  });

  it("writes the sheet after the others, and none for the mooh-2025 sample (CHF, cts/kg)", () => {
    const names = generateSample({ grid: "sud-est-2018" }).sheets.map((s) => s.name);
    expect(names.slice(-2)).toEqual(["TauxTVA", "Indicateurs"]);
    expect(generateSample({ grid: "mooh-2025" }).sheets.map((s) => s.name)).not.toContain("Indicateurs");
  });
});
