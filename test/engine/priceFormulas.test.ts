import {
  Decimal,
  InputError,
  SODIAAL_2019_WEIGHTS,
  getGrid,
  productMix,
  rolling12Months,
  sodiaalPriceA,
  standardizedPrice,
} from "../../src/engine";
import { D } from "./builders";

describe("Sodiaal price A", () => {
  test("mix + 50 % × (FAM − Sodiaal) at m − 3 + seasonality, each term shown", () => {
    const a = sodiaalPriceA({ mix: D("380.50"), famPriceM3: D(385), sodiaalPriceM3: D(370), seasonality: D(-5) });
    expect([a.mix, a.environment, a.seasonality, a.price].map((x) => x.toFixed(2))).toEqual([
      "380.50",
      "7.50",
      "-5.00",
      "383.00",
    ]);
    expect(a.terms[1]).toContain("50 %");
    expect(a.terms[3]).toBe("prix A : 383,00 €/1000 L");
  });
  test("a FAM price below Sodiaal's lowers price A; the half-cent is rounded away from zero", () => {
    const a = sodiaalPriceA({ mix: D(400), famPriceM3: D("360.01"), sodiaalPriceM3: D(370), seasonality: null });
    expect(a.environment.toFixed(2)).toBe("-5.00"); // 0.5 × −9.99 = −4.995 → −5.00
    expect(a.price.toFixed(2)).toBe("395.00");
  });
  test("the product mix weighs the month's indicators: 2019 weights 40/40/20", () => {
    const values = { PGC_FRANCE: "420", B2B: "360", BEURRE_POUDRE: "330" } as Record<string, string>;
    const mix = productMix(
      SODIAAL_2019_WEIGHTS.map((w) => ({ indicator: w.indicator, weight: D(w.weight), value: D(values[w.indicator]) })),
    );
    expect(mix.toFixed(2)).toBe("378.00"); // 0.4 × 420 + 0.4 × 360 + 0.2 × 330
    // Weights as fractions give the same mix.
    expect(
      productMix([
        { indicator: "a", weight: D("0.4"), value: D(420) },
        { indicator: "b", weight: D("0.4"), value: D(360) },
        { indicator: "c", weight: D("0.2"), value: D(330) },
      ]).toFixed(2),
    ).toBe("378.00");
  });
  test("a mix without indicators or with zero weights is refused", () => {
    expect(() => productMix([])).toThrow(InputError);
    expect(() => productMix([{ indicator: "a", weight: D(0), value: D(1) }])).toThrow("weights add up to 0");
  });
});

describe("PSL standardized producer price", () => {
  test("sud-est: the standard producer's 40 g/kg and 33 g/kg are 41.2 and 33.99 g/l at 1.03 kg/l", () => {
    const p = standardizedPrice({ grid: getGrid("sud-est-2018"), basePrice: D(450) });
    // fat: 2 × 2.91 + 1.2 × 1.45 = 7.56; protein: 1.99 × 6.40 = 12.736 → 12.74
    expect(p.price.toFixed(2)).toBe("470.30");
    expect(p.pricePerKg.toFixed(2)).toBe("456.60"); // 470.30 ÷ 1.03 = 456.60
    expect(p.kgPerLitre!.toString()).toBe("1.03");
    expect(p.terms.some((t) => t.includes("1 l = 1,03 kg"))).toBe(true);
  });
  test("mooh: 4.0 % and 3.3 % are neutral, so PSP = base price + guaranteed supplements", () => {
    const p = standardizedPrice({ grid: getGrid("mooh-2025"), basePrice: D("68.50"), supplements: D("1.25") });
    expect(p.price.toFixed(2)).toBe("69.75");
    expect(p.kgPerLitre).toBeNull();
  });
  test("quality bonuses are not guaranteed components and stay out", () => {
    const p = standardizedPrice({ grid: getGrid("sud-est-2018"), basePrice: D(450) });
    expect(p.statement.lines.find((l) => l.code === "PRIME")).toBeDefined();
    expect(p.terms.some((t) => t.startsWith("Prime"))).toBe(false);
  });
  test("another litre/kilogram factor changes the contents and the per-kg price", () => {
    const p = standardizedPrice({ grid: getGrid("sud-est-2018"), basePrice: D(450), kgPerLitre: D("1.032") });
    // fat 41.28 g/l → 5.82 + 1.28 × 1.45 = 7.676 → 7.68; protein 34.056 → rounded 34.06 → 12.80 + 0.06 × 5.70 = 13.142 → 13.14
    expect(p.price.toFixed(2)).toBe("470.82");
  });
  test("350 000 kg a year gives the same per-unit price on these grids (no quantity component)", () => {
    const a = standardizedPrice({ grid: getGrid("mooh-2025"), basePrice: D(70) });
    const b = standardizedPrice({ grid: getGrid("mooh-2025"), basePrice: D(70), annualKg: D(350000) });
    expect(a.price.eq(b.price)).toBe(true);
    expect(b.statement.volume.toFixed(0)).toBe("29167");
  });
});

describe("PSL rolling 12 months", () => {
  const prices = Array.from({ length: 14 }, (_, i) => D(60 + i)); // 60 … 73
  test("the mean of the last 12 monthly prices", () => {
    expect(rolling12Months(prices)).toEqual({ mean: new Decimal("67.5"), months: 12 }); // 62 … 73
  });
  test("volume-weighted when volumes are given", () => {
    const r = rolling12Months([D(60), D(70)], [D(1000), D(3000)]);
    expect(r.mean.toFixed(2)).toBe("67.50");
    expect(r.months).toBe(2);
  });
  test("errors, never a number", () => {
    expect(() => rolling12Months([])).toThrow(InputError);
    expect(() => rolling12Months([D(1)], [D(0)])).toThrow("add up to 0");
    expect(() => rolling12Months([D(1), D(2)], [D(1)])).toThrow("2 prices but 1 volumes");
  });
});
