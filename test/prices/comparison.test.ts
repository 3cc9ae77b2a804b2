import { compareGrids } from "../../src/prices/comparison";
import { runComparison } from "../../src/prices";
import { runStatements } from "../../src/run";
import { convertData } from "../../src/prices/convert";
import { comparisonJson, comparisonSheet } from "../../src/prices/comparisonSheet";
import { Decimal, getGrid } from "../../src/engine";
import { opWorkbook, type Rows } from "../run/fixtures";
import { values } from "../run/memoryPort";

const D = (v: string | number) => new Decimal(v);

/**
 * P1 delivers in litres under sud-est-2018 (g/l), P2 in kilograms under mooh-2025 (%). March 2025, base prices
 * 450 €/1000 L and 70 cts/kg. Two deliveries and two results of each criterion each.
 */
function workbook() {
  const results: Rows = [];
  const add = (code: string, values: [string, number][]) => {
    for (const day of ["2025-03-10", "2025-03-20"]) for (const [c, v] of values) results.push([day, code, c, v, null]);
  };
  add("P1", [
    ["MG", 41.2],
    ["MP", 33.99],
    ["GERMES", 30000],
    ["CELLULES", 200000],
    ["BUTYRIQUES", 1000],
    ["PC", -0.52],
  ]);
  add("P2", [
    ["MG", 4.15],
    ["MP", 3.25],
    ["GERMES", 50000],
    ["CELLULES", 250000],
    ["BUTYRIQUES", 1000],
    ["PC", -0.515],
  ]);
  return opWorkbook({
    producers: [
      ["P1", "Dupont", "sud-est-2018", "non", "oui"],
      ["P2", "Muller", "mooh-2025", "non", "oui"],
    ],
    deliveries: [
      ["2025-03-10", "P1", 1000, null, null, null],
      ["2025-03-20", "P1", 1000, null, null, null],
      ["2025-03-10", "P2", 1545, null, null, null],
      ["2025-03-20", "P2", 1545, null, null, null],
    ],
    results,
    prices: [
      ["2025-03", "sud-est-2018", 450],
      ["2025-03", "mooh-2025", 70],
    ],
  });
}

describe("unit conversion between grid families (1 l = 1.03 kg)", () => {
  test("litres and g/l → kilograms and %, and back", () => {
    const sud = getGrid("sud-est-2018");
    const mooh = getGrid("mooh-2025");
    const data = {
      deliveries: [{ date: "2025-03-10", volume: D(1000) }],
      results: [
        { date: "2025-03-10", criterion: "MG" as const, value: D("41.2") },
        { date: "2025-03-10", criterion: "GERMES" as const, value: D(30000) },
      ],
      events: [{ date: "2025-03-12", type: "EPANDAGE" as const, amount: D(100) }],
    };
    const toKg = convertData(data, sud, mooh, D("1.03"));
    expect(toKg.deliveries[0].volume.toString()).toBe("1030"); // 1000 × 1.03
    expect(toKg.results[0].value.toString()).toBe("4"); // 41.2 ÷ 10.3
    expect(toKg.results[1].value.toString()).toBe("30000"); // counts unchanged
    expect(toKg.events).toHaveLength(0); // an amount in EUR is not taken into a CHF grid
    expect(toKg.notes.join(" | ")).toMatch(/l → kg : × 1,03.*g\/l → % : ÷ 10,3.*EUR non repris/);
    const back = convertData(
      {
        deliveries: [{ date: "2025-03-10", volume: D(1545) }],
        results: [{ date: "2025-03-10", criterion: "MP", value: D("3.25") }],
        events: [],
      },
      mooh,
      sud,
      D("1.03"),
    );
    expect(back.deliveries[0].volume.toString()).toBe("1500"); // 1545 ÷ 1.03
    expect(back.results[0].value.toString()).toBe("33.475"); // 3.25 × 10.3
    expect(convertData(data, sud, sud, D("1.03")).notes).toEqual([]);
  });
});

describe("comparison of the grids for a month", () => {
  test("PSP of each grid and both producers under both grids, computed by hand to the cent", async () => {
    const c = await compareGrids(workbook(), { month: "2025-03" });
    const sud = c.grids.find((g) => g.grid === "sud-est-2018")!;
    const mooh = c.grids.find((g) => g.grid === "mooh-2025")!;
    // sud-est PSP: 40 g/kg × 1.03 = 41.2 g/l → 2 × 2.91 + 1.2 × 1.45 = 7.56; 33 × 1.03 = 33.99 g/l → 1.99 × 6.40 = 12.736 → 12.74.
    expect(sud.psp.map((p) => p.price.toFixed(2))).toEqual(["470.30", "470.30"]);
    expect(sud.psp[0].pricePerKg.toFixed(2)).toBe("456.60"); // 470.30 ÷ 1.03
    // mooh PSP: 4.0 % and 3.3 % are neutral: the base price.
    expect(mooh.psp.map((p) => p.price.toFixed(2))).toEqual(["70.00", "70.00"]);

    const cell = (code: string, grid: string) =>
      c.producers.find((p) => p.code === code)!.byGrid.find((u) => u.grid === grid)!;
    // P1 under his own grid: 450 + 7.56 + 12.74 = 470.30 €/1000 L on 2000 l: 900.00 + 15.12 + 25.48 = 940.60 €.
    const p1s = cell("P1", "sud-est-2018");
    expect(p1s.statement!.volume.toString()).toBe("2000");
    expect(p1s.statement!.total.toFixed(2)).toBe("940.60");
    expect(p1s.statement!.pricePerUnit!.toFixed(2)).toBe("470.30");
    expect(p1s.pricePerKg!.toFixed(2)).toBe("456.60"); // 470.30 ÷ 1.03 = 456.601 → 456.60 €/1000 kg
    expect(p1s.conversions).toEqual([]);
    // P1 under mooh: 2 × 1030 kg = 2060 kg; 41.2 g/l = 4.00 %, 33.99 g/l = 3.30 %: neutral; germs 30 000 and
    // cells 200 000 make no contestation: 70 cts/kg × 2060 kg ÷ 100 = 1442.00 CHF.
    const p1m = cell("P1", "mooh-2025");
    expect(p1m.statement!.volume.toString()).toBe("2060");
    expect(p1m.statement!.total.toFixed(2)).toBe("1442.00");
    expect(p1m.statement!.pricePerUnit!.toFixed(2)).toBe("70.00");
    expect(p1m.statement!.currency).toBe("CHF");
    expect(p1m.conversions).toEqual(["volumes l → kg : × 1,03", "teneurs g/l → % : ÷ 10,3 (÷ 1,03 puis ÷ 10)"]);
    // P2 under his own grid: fat 4.15 → +0.90, protein 3.25 → −0.35: 70.55 cts/kg on 3090 kg:
    // 2163.00 + 27.81 − 10.82 (−10.815 rounded away from zero) = 2179.99 CHF; 2179.99 × 100 ÷ 3090 = 70.55.
    const p2m = cell("P2", "mooh-2025");
    expect(p2m.statement!.total.toFixed(2)).toBe("2179.99");
    expect(p2m.statement!.pricePerUnit!.toFixed(2)).toBe("70.55");
    expect(p2m.pricePerKg!.toFixed(2)).toBe("70.55");
    // P2 under sud-est: 1545 kg ÷ 1.03 = 1500 l twice = 3000 l; fat 4.15 % × 10.3 = 42.745 → 42.75 g/l:
    // 2 × 2.91 + 2.75 × 1.45 = 9.8075 → 9.81; protein 3.25 × 10.3 = 33.475 → 33.48 g/l: 1.48 × 6.40 = 9.472 → 9.47;
    // 450 + 9.81 + 9.47 = 469.28 €/1000 L; 1350.00 + 29.43 + 28.41 = 1407.84 €; per kg 469.28 ÷ 1.03 = 455.61.
    const p2s = cell("P2", "sud-est-2018");
    expect(p2s.statement!.volume.toString()).toBe("3000");
    expect(p2s.statement!.total.toFixed(2)).toBe("1407.84");
    expect(p2s.statement!.pricePerUnit!.toFixed(2)).toBe("469.28");
    expect(p2s.pricePerKg!.toFixed(2)).toBe("455.61");

    const sheet = comparisonSheet(c);
    expect(sheet.name).toBe("Comparaison 2025-03");
    const rows = values(sheet);
    expect(rows.find((r) => r[0] === "sud-est-2018")!.slice(2, 8)).toEqual([
      450,
      470.3,
      470.3,
      "€/1000 L",
      456.6,
      "€/1000 kg",
    ]);
    const p2row = rows.find((r) => r[0] === "P2" && r[2] === "sud-est-2018")!;
    expect(p2row.slice(3, 12)).toEqual([3000, "L", 1407.84, "EUR", 469.28, 469.28, "€/1000 L", 455.61, "€/1000 kg"]);
    const json = comparisonJson(c);
    expect(json.producers[0].byGrid.map((u) => u.total)).toEqual([940.6, 1442]);
  });

  test("a grid without a base price for the month says so; the others are still compared", async () => {
    const port = workbook();
    port.sheet("PrixDeBase")!.cells = port.sheet("PrixDeBase")!.cells!.filter((r) => r[1] !== "mooh-2025");
    const c = await compareGrids(port, { month: "2025-03" });
    const mooh = c.grids.find((g) => g.grid === "mooh-2025")!;
    expect(mooh.psp).toEqual([]);
    expect(mooh.problem).toBe("pas de prix de base pour 2025-03 et la grille mooh-2025 dans PrixDeBase");
    // P2's own grid has no price: his data is still compared under sud-est.
    const p2 = c.producers.find((p) => p.code === "P2")!;
    expect(p2.byGrid.find((u) => u.grid === "sud-est-2018")!.statement!.total.toFixed(2)).toBe("1407.84");
    expect(p2.byGrid.find((u) => u.grid === "mooh-2025")!.error).toContain("pas de prix de base");
  });

  test("the sheet is written with its own key: re-running replaces it, never the statement run's sheets", async () => {
    const port = workbook();
    await runStatements(port, { month: "2025-03" });
    const first = await runComparison(port, { month: "2025-03" });
    expect(first.replaced).toEqual([]);
    const again = await runComparison(port, { month: "2025-03" });
    expect(again.replaced).toEqual(["Comparaison 2025-03"]);
    expect((await port.generatedSheets()).map((s) => s.name)).toEqual([
      "Synthèse 2025-03",
      "Contrôles 2025-03",
      "2025-03 P1",
      "2025-03 P2",
      "Comparaison 2025-03",
    ]);
    port.addSheet("Comparaison 2025-04");
    await expect(runComparison(port, { month: "2025-04" })).rejects.toThrow(/n'a pas été générée/);
  });
});
