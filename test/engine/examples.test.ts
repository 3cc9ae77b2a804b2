import {
  Decimal,
  computeStatement,
  geometricMean,
  getGrid,
  marginalAdjustment,
  round2,
  toDecimal,
  type MarginalComponent,
} from "../../src/engine";
import { D, deliveriesOn, line, producerMonth, rateOf, twice } from "./builders";

const marginal = (grid: string, code: string) =>
  getGrid(grid).components.find((c) => c.code === code) as MarginalComponent;
const fat = (grid: string, content: string | number) => marginalAdjustment(marginal(grid, "MG"), D(content)).toFixed(2);
const protein = (grid: string, content: string | number) =>
  marginalAdjustment(marginal(grid, "MP"), D(content)).toFixed(2);

describe("worked examples of grids.md", () => {
  test("42 g/l fat → 2 × 2.91 + 2 × 1.45 = +8.72", () => expect(fat("sud-est-2018", 42)).toBe("8.72"));
  test("36 g/l fat → −2.90", () => expect(fat("sud-est-2018", 36)).toBe("-2.90"));
  test("33.5 g/l protein → +9.60", () => expect(protein("sud-est-2018", "33.5")).toBe("9.60"));
  test("4.15 % fat → +0.90 cts/kg", () => expect(fat("mooh-2025", "4.15")).toBe("0.90"));
  test("3.25 % protein → −0.35 cts/kg", () => expect(protein("mooh-2025", "3.25")).toBe("-0.35"));
  test("geometric mean of [250000, 360000] is exactly 300 000", () =>
    expect(geometricMean([D(250000), D(360000)]).toString()).toBe("300000"));
  test("0.725 rounds to 0.73 (never through binary floating point)", () => {
    expect(round2(toDecimal(0.725, "x")).toFixed(2)).toBe("0.73");
    expect(round2(D("-0.725")).toFixed(2)).toBe("-0.73");
    expect(round2(D("2.675")).toFixed(2)).toBe("2.68");
  });
  test("mooh neutral contents and the seed's table: 3.98 → −0.12, 3.99 → −0.06, 4.00 → 0, 4.01 → +0.06, 4.02 → +0.12; protein 3.28 → −0.14, 3.32 → +0.14", () => {
    expect(["3.98", "3.99", "4.00", "4.01", "4.02"].map((x) => fat("mooh-2025", x))).toEqual([
      "-0.12",
      "-0.06",
      "0.00",
      "0.06",
      "0.12",
    ]);
    expect(["3.28", "3.29", "3.30", "3.31", "3.32"].map((x) => protein("mooh-2025", x))).toEqual([
      "-0.14",
      "-0.07",
      "0.00",
      "0.07",
      "0.14",
    ]);
  });
  test("sud-est fat bands on both sides: 38 → 0, 40 → +5.82, 37.99 → −0.01, 40.01 → +5.83", () => {
    expect(["38", "40", "37.99", "40.01", "38.5"].map((x) => fat("sud-est-2018", x))).toEqual([
      "0.00",
      "5.82",
      "-0.01",
      "5.83",
      "1.46",
    ]);
  });
  test("sud-est protein bands: 32 → 0, 34 → +12.80, 31 → −5.70, 35 → +18.50", () => {
    expect(["32", "34", "31", "35"].map((x) => protein("sud-est-2018", x))).toEqual([
      "0.00",
      "12.80",
      "-5.70",
      "18.50",
    ]);
  });
  test("the cells explanation reads like the spec's example", () => {
    const M = "2025-03";
    const s = computeStatement(
      producerMonth({
        month: M,
        deliveries: deliveriesOn(M, [4, 18]),
        results: [
          [`${M}-04`, "CELLULES", 250000],
          [`${M}-18`, "CELLULES", 588000],
        ],
      }),
    );
    expect(line(s, "CELLULES").explanation).toBe(
      "Cellules : moyenne géométrique 383\u00a0406/ml sur 2 résultats, 300\u00a0000–400\u00a0000 → −6,00 €/1000 L",
    );
  });
});

describe("a whole sud-est month computed by hand", () => {
  // 5 collections of 6 000 L = 30 000 L at 450 €/1000 L.
  const M = "2025-03";
  const s = computeStatement(
    producerMonth({
      month: M,
      basePrice: 450,
      deliveries: deliveriesOn(M, [2, 4, 10, 18, 24], 6000),
      results: [
        [`${M}-04`, "MG", 41],
        [`${M}-18`, "MG", 43], // weighted by equal volumes → 42 → +8.72
        [`${M}-04`, "MP", 33],
        [`${M}-18`, "MP", 34], // 33.5 → +9.60
        [`${M}-04`, "GERMES", 20000],
        [`${M}-18`, "GERMES", 40000], // 30 000 → 0
        [`${M}-04`, "CELLULES", 250000],
        [`${M}-18`, "CELLULES", 360000], // 300 000 → −6.00
        [`${M}-04`, "BUTYRIQUES", 400],
        [`${M}-18`, "BUTYRIQUES", 900], // 600 → +1.50
        [`${M}-04`, "PC", "-0.520"],
        [`${M}-18`, "PC", "-0.515"], // → 0
        [`${M}-04`, "INHIBITEURS", 0],
      ],
    }),
  );
  test("lines", () => {
    expect(s.lines.map((l) => [l.code, l.amount.toFixed(2)])).toEqual([
      ["BASE", "13500.00"], // 450 × 30
      ["MG", "261.60"], // 8.72 × 30
      ["MP", "288.00"], // 9.60 × 30
      ["GERMES", "0.00"],
      ["CELLULES", "-180.00"],
      ["BUTYRIQUES", "45.00"],
      ["PC", "0.00"],
      ["PRIME", "0.00"], // cell mean 300 000 ≥ 250 000
    ]);
  });
  test("total, price per unit, effective price", () => {
    expect(s.total.toFixed(2)).toBe("13914.60"); // 13500 + 261.60 + 288 − 180 + 45
    expect(s.pricePerUnit!.toFixed(2)).toBe("463.82");
    // Effective price leaves out the quality deduction (cells): (13914.60 + 180) / 30
    expect(s.effectivePrice!.toFixed(2)).toBe("469.82");
  });
});

describe("fat and protein weighted by the volume of the sampling day", () => {
  const M = "2025-03";
  test("40 g/l on a 9 000 L day and 37 g/l on a 3 000 L day → 39.25 g/l", () => {
    const s = computeStatement(
      producerMonth({
        month: M,
        deliveries: [
          [`${M}-04`, 9000],
          [`${M}-18`, 3000],
        ],
        results: [[`${M}-04`, "MG", 40], [`${M}-18`, "MG", 37], ...twice(M, "MP", 32)],
      }),
    );
    expect(s.monthlyValues.find((v) => v.criterion === "MG")!.value!.toFixed(2)).toBe("39.25");
    expect(rateOf(s, "MG")).toBe("3.64"); // 1.25 × 2.91 = 3.6375 → 3.64
  });
  test("weighted mean rounded to 2 decimals before the grid: 38.125 → 38.13 → +0.38", () => {
    const s = computeStatement(
      producerMonth({
        month: M,
        deliveries: [
          [`${M}-04`, 3000],
          [`${M}-18`, 1000],
        ],
        results: [[`${M}-04`, "MG", "38.1"], [`${M}-18`, "MG", "38.2"], ...twice(M, "MP", 32)],
      }),
    );
    expect(s.monthlyValues.find((v) => v.criterion === "MG")!.value!.toFixed(2)).toBe("38.13");
    expect(rateOf(s, "MG")).toBe("0.38"); // 0.13 × 2.91 = 0.3783
  });
  test("a result without delivery on its day falls back to the arithmetic mean, with a warning", () => {
    const s = computeStatement(
      producerMonth({
        month: M,
        deliveries: [[`${M}-04`, 9000]],
        results: [[`${M}-04`, "MG", 40], [`${M}-19`, "MG", 37], ...twice(M, "MP", 32)],
      }),
    );
    expect(s.monthlyValues.find((v) => v.criterion === "MG")!.value!.toFixed(2)).toBe("38.50");
    expect(s.notes.some((n) => n.code === "WEIGHT" && n.message.includes("19/03/2025"))).toBe(true);
  });
});

test("Decimal is the engine's: amounts carry at most 2 decimals", () => {
  const M = "2025-03";
  const s = computeStatement(
    producerMonth({
      month: M,
      basePrice: "451.37",
      deliveries: deliveriesOn(M, [3], "1234.5"),
      results: twice(M, "MG", "41.37"),
    }),
  );
  for (const l of s.lines) expect(l.amount.decimalPlaces()).toBeLessThanOrEqual(2);
  expect(s.total.eq(s.lines.reduce((a, l) => a.plus(l.amount), new Decimal(0)))).toBe(true);
});
