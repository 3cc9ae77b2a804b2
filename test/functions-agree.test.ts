/**
 * A formula and a statement always agree: random producer months are priced by the engine
 * (computeStatement, from src/) and by the shipped custom functions (dist/functions.js in a vm), and every
 * per-unit component must be the same number.
 *
 * The formulas take the month's results as they count, so the generated months avoid what only a
 * statement can know: at least two results where the grid asks for two (no fallback), and never exactly
 * one germ result above 70 000 in sud-est-2018 (no joker).
 */
import fc from "fast-check";
import {
  Decimal,
  computeStatement,
  getGrid,
  rolling12Months,
  sodiaalPriceA,
  standardizedPrice,
  type Criterion,
  type LabResult,
  type Statement,
} from "../src/engine";
import { loadFunctions, StubError, type CustomFunction } from "./helpers/bundle";

let fns: Map<string, CustomFunction>;

beforeAll(() => {
  ({ functions: fns } = loadFunctions());
}, 10 * 60_000);

function call(id: string, ...args: unknown[]): number | string {
  try {
    return fns.get(id)!(...args);
  } catch (e) {
    if (e instanceof StubError) return `${e.code} ${e.message}`;
    throw e;
  }
}

const col = (values: readonly unknown[]) => (values.length === 0 ? [[null]] : values.map((v) => [v]));

function rate(statement: Statement, code: string): number | null {
  const line = statement.lines.find((l) => l.code === code);
  if (!line || line.rate === null) return null;
  const n = line.rate.toNumber();
  return n === 0 ? 0 : n;
}

const day = (month: string, d: number) => `${month}-${String(d).padStart(2, "0")}`;
const between = (min: number, max: number, places = 0) =>
  fc.integer({ min: Math.round(min * 10 ** places), max: Math.round(max * 10 ** places) }).map((i) => i / 10 ** places);

describe("sud-est-2018: formulas agree with the statement", () => {
  const month = "2025-03";
  const germs = fc
    .array(fc.oneof(between(5_000, 70_000), between(70_001, 400_000)), { minLength: 2, maxLength: 4 })
    .filter((xs) => xs.filter((x) => x > 70_000).length !== 1);
  const sample = fc.record({
    germs,
    cells: fc.array(between(100_000, 500_000), { minLength: 2, maxLength: 4 }),
    butyric: fc.array(between(100, 6_000), { minLength: 2, maxLength: 4 }),
    fat: fc.array(between(33, 45, 2), { minLength: 2, maxLength: 4 }),
    protein: fc.array(between(29, 37, 2), { minLength: 2, maxLength: 4 }),
    pc: fc.array(between(-0.54, -0.495, 3), { minLength: 1, maxLength: 3 }),
    volumes: fc.array(between(1_000, 9_000), { minLength: 4, maxLength: 4 }),
    positive: fc.boolean(),
    charter: fc.boolean(),
    basePrice: between(300, 550, 2),
  });

  it("for every component", () => {
    fc.assert(
      fc.property(sample, (s) => {
        const grid = getGrid("sud-est-2018");
        const results: LabResult[] = [];
        const add = (criterion: Criterion, values: number[], firstDay: number) =>
          values.forEach((v, i) =>
            results.push({ date: day(month, firstDay + i), criterion, value: new Decimal(String(v)) }),
          );
        // Fat and protein sampled on days 1–4 (one delivery each, of its own volume); the rest on later days.
        add("MG", s.fat, 1);
        add("MP", s.protein, 1);
        add("GERMES", s.germs, 10);
        add("CELLULES", s.cells, 15);
        add("BUTYRIQUES", s.butyric, 20);
        add("PC", s.pc, 25);
        results.push({ date: day(month, 28), criterion: "INHIBITEURS", value: new Decimal(s.positive ? 1 : 0) });
        const deliveries = Array.from({ length: 28 }, (_, i) => ({
          date: day(month, i + 1),
          volume: new Decimal(i < 4 ? s.volumes[i] : 5000),
        }));
        const statement = computeStatement({
          producer: { code: "P1", charter: s.charter },
          month,
          grid,
          basePrice: new Decimal(String(s.basePrice)),
          deliveries,
          results,
          historyStart: month,
        });

        const vols = s.volumes.slice(0, s.fat.length);
        const fatMean = call("MILK_MEAN", col(s.fat), "weighted", col(vols));
        expect(call("MILK_FAT_ADJUST", fatMean, "sud-est-2018")).toBe(rate(statement, "MG"));
        const proteinMean = call("MILK_MEAN", col(s.protein), "weighted", col(s.volumes.slice(0, s.protein.length)));
        expect(call("MILK_PROTEIN_ADJUST", proteinMean, "sud-est-2018")).toBe(rate(statement, "MP"));
        expect(call("GERM_PENALTY", col(s.germs), "sud-est-2018", null)).toBe(rate(statement, "GERMES"));
        expect(call("CELL_PENALTY", col(s.cells), "sud-est-2018", null)).toBe(rate(statement, "CELLULES"));
        expect(call("BUTYRIC_ADJUST", col(s.butyric), "sud-est-2018")).toBe(rate(statement, "BUTYRIQUES"));
        expect(call("FREEZING_POINT_PENALTY", col(s.pc), "sud-est-2018", s.basePrice)).toBe(rate(statement, "PC"));
        expect(
          call(
            "QUALITY_PREMIUM",
            "sud-est-2018",
            col(s.germs),
            col(s.cells),
            col(s.butyric),
            col([s.positive ? "positif" : "négatif"]),
            null,
            s.charter,
          ),
        ).toBe(rate(statement, "PRIME"));
        const antibiotic = statement.lines.find((l) => l.code === "ANTIBIO");
        if (s.positive) {
          expect(call("ANTIBIOTIC_PENALTY", 5000, s.basePrice, "sud-est-2018", null)).toBe(
            antibiotic!.amount.toNumber(),
          );
        } else {
          expect(antibiotic).toBeUndefined();
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("mooh-2025: formulas agree with the statement, ladders included", () => {
  const MONTHS = [
    "2024-04",
    "2024-05",
    "2024-06",
    "2024-07",
    "2024-08",
    "2024-09",
    "2024-10",
    "2024-11",
    "2024-12",
    "2025-01",
    "2025-02",
    "2025-03",
  ];
  const current = MONTHS[MONTHS.length - 1];
  const monthSample = fc.record({
    germs: fc.array(fc.oneof(between(2_000, 59_000), between(60_000, 350_000)), { maxLength: 3 }),
    cells: fc.array(fc.oneof(between(50_000, 290_000), between(300_000, 400_000)), { maxLength: 3 }),
    inhibitors: fc.array(
      fc.boolean().map((b) => (b ? 1 : 0)),
      { maxLength: 2 },
    ),
  });
  const sample = fc.record({
    history: fc.array(monthSample, { minLength: MONTHS.length - 1, maxLength: MONTHS.length - 1 }),
    germs: fc.array(fc.oneof(between(2_000, 12_000), between(60_000, 350_000)), { minLength: 1, maxLength: 3 }),
    cells: fc.array(fc.oneof(between(50_000, 110_000), between(300_000, 400_000)), { minLength: 1, maxLength: 3 }),
    inhibitors: fc.array(
      fc.boolean().map((b) => (b ? 1 : 0)),
      { maxLength: 2 },
    ),
    fat: fc.array(between(3.5, 4.8, 2), { minLength: 1, maxLength: 3 }),
    protein: fc.array(between(3, 3.7, 2), { minLength: 1, maxLength: 3 }),
    pc: fc.array(between(-0.53, -0.47, 3), { minLength: 1, maxLength: 3 }),
  });

  /** Contestations of a month as the formula counts them; a month without results makes none. */
  function monthContestations(values: readonly unknown[], criterion: string): number {
    if (values.length === 0) return 0;
    const n = call("MILK_CONTESTATIONS", col(values), "mooh-2025", criterion);
    if (typeof n !== "number") throw new Error(String(n));
    return n;
  }

  it("for every component", () => {
    fc.assert(
      fc.property(sample, (s) => {
        const results: LabResult[] = [];
        const add = (month: string, criterion: Criterion, values: readonly number[], firstDay: number) =>
          values.forEach((v, i) =>
            results.push({ date: day(month, firstDay + i), criterion, value: new Decimal(String(v)) }),
          );
        s.history.forEach((h, i) => {
          add(MONTHS[i], "GERMES", h.germs, 3);
          add(MONTHS[i], "CELLULES", h.cells, 8);
          add(MONTHS[i], "INHIBITEURS", h.inhibitors, 13);
        });
        add(current, "GERMES", s.germs, 3);
        add(current, "CELLULES", s.cells, 8);
        add(current, "INHIBITEURS", s.inhibitors, 13);
        add(current, "MG", s.fat, 16);
        add(current, "MP", s.protein, 16);
        add(current, "PC", s.pc, 20);
        const statement = computeStatement({
          producer: { code: "P1", charter: false },
          month: current,
          grid: getGrid("mooh-2025"),
          basePrice: new Decimal("55.5"),
          deliveries: Array.from({ length: 28 }, (_, i) => ({ date: day(current, i + 1), volume: new Decimal(400) })),
          results,
          historyStart: MONTHS[0],
        });

        const last4 = s.history.slice(-4);
        const priorGerms = last4.reduce((n, h) => n + monthContestations(h.germs, "GERMES"), 0);
        const priorCells = last4.reduce((n, h) => n + monthContestations(h.cells, "CELLULES"), 0);
        const priorInhibitors = s.history.reduce((n, h) => n + monthContestations(h.inhibitors, "INHIBITEURS"), 0);

        expect(call("GERM_PENALTY", col(s.germs), "mooh-2025", priorGerms)).toBe(rate(statement, "GERMES"));
        expect(call("CELL_PENALTY", col(s.cells), "mooh-2025", priorCells)).toBe(rate(statement, "CELLULES"));
        if (s.inhibitors.length > 0) {
          expect(call("INHIBITOR_PENALTY", col(s.inhibitors), "mooh-2025", priorInhibitors)).toBe(
            rate(statement, "INHIBITEURS"),
          );
        }
        const fat = call("MILK_MEAN", col(s.fat), "arithmetic", null);
        expect(call("MILK_FAT_ADJUST", fat, "mooh-2025")).toBe(rate(statement, "MG"));
        const protein = call("MILK_MEAN", col(s.protein), "arithmetic", null);
        expect(call("MILK_PROTEIN_ADJUST", protein, "mooh-2025")).toBe(rate(statement, "MP"));
        expect(call("FREEZING_POINT_PENALTY", col(s.pc), "mooh-2025", null)).toBe(rate(statement, "PC"));
        expect(
          call("QUALITY_PREMIUM", "mooh-2025", col(s.germs), col(s.cells), null, col(s.inhibitors), col(s.pc), null),
        ).toBe(rate(statement, "EXCELLENCE"));
      }),
      { numRuns: 300 },
    );
  });
});

describe("prices: formulas agree with the engine", () => {
  const price = between(250, 600, 3);

  it("MILK_PRICE_A = sodiaalPriceA", () => {
    fc.assert(
      fc.property(price, price, price, fc.option(between(-20, 20, 3), { nil: null }), (mix, sodiaal, fam, season) => {
        const expected = sodiaalPriceA({
          mix: new Decimal(String(mix)),
          sodiaalPriceM3: new Decimal(String(sodiaal)),
          famPriceM3: new Decimal(String(fam)),
          seasonality: season === null ? null : new Decimal(String(season)),
        }).price.toNumber();
        expect(call("MILK_PRICE_A", mix, sodiaal, fam, season)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("MILK_ROLLING_12M = rolling12Months over the non-blank prices", () => {
    const month = fc.record({ price: fc.option(price, { nil: null }), volume: between(0, 90_000) });
    fc.assert(
      fc.property(fc.array(month, { minLength: 1, maxLength: 20 }), fc.boolean(), (months, weighted) => {
        const given = months.filter((m) => m.price !== null);
        fc.pre(given.length > 0 && (!weighted || given.slice(-12).some((m) => m.volume > 0)));
        const prices = given.map((m) => new Decimal(String(m.price)));
        const volumes = weighted ? given.map((m) => new Decimal(m.volume)) : null;
        const expected = rolling12Months(prices, volumes).mean.toNumber();
        const volumesArg = weighted ? col(months.map((m) => m.volume)) : null;
        expect(call("MILK_ROLLING_12M", col(months.map((m) => m.price)), volumesArg)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("MILK_STANDARD_PRICE = standardizedPrice", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("sud-est-2018", "mooh-2025"),
        between(40, 600, 2),
        fc.option(between(-5, 5, 2), { nil: null }),
        fc.constantFrom(null, 180000, 350000),
        (grid, base, supplements, kg) => {
          const expected = standardizedPrice({
            grid: getGrid(grid),
            basePrice: new Decimal(String(base)),
            supplements: supplements === null ? null : new Decimal(String(supplements)),
            annualKg: kg === null ? null : new Decimal(kg),
          }).price.toNumber();
          expect(call("MILK_STANDARD_PRICE", grid, base, supplements, kg)).toBe(expected);
        },
      ),
      { numRuns: 100 },
    );
  });
});
