import fc from "fast-check";
import {
  Decimal,
  InputError,
  computeStatement,
  getGrid,
  marginalAdjustment,
  type Criterion,
  type MarginalComponent,
  type ProducerMonthInput,
} from "../../src/engine";

const day = (month: string) => fc.integer({ min: 1, max: 28 }).map((d) => `${month}-${String(d).padStart(2, "0")}`);
const dec = (min: number, max: number, places: number) =>
  fc
    .integer({ min: Math.round(min * 10 ** places), max: Math.round(max * 10 ** places) })
    .map((n) => new Decimal(n).div(10 ** places));

const RANGES: Record<string, Record<Criterion, [number, number, number]>> = {
  "sud-est-2018": {
    MG: [30, 50, 2],
    MP: [28, 38, 2],
    GERMES: [0, 500000, 0],
    CELLULES: [0, 900000, 0],
    BUTYRIQUES: [0, 10000, 0],
    PC: [-0.56, -0.47, 3],
    INHIBITEURS: [0, 1, 0],
  },
  "mooh-2025": {
    MG: [3, 5.5, 2],
    MP: [2.8, 4, 2],
    GERMES: [0, 500000, 0],
    CELLULES: [0, 900000, 0],
    BUTYRIQUES: [0, 10000, 0],
    PC: [-0.56, -0.47, 3],
    INHIBITEURS: [0, 1, 0],
  },
};

/** A producer's month with a random history, for either grid. */
const producerMonthArb = fc.constantFrom("sud-est-2018", "mooh-2025").chain((gridId) => {
  const grid = getGrid(gridId);
  const months = ["2024-12", "2025-01", "2025-02", "2025-03"];
  const criteria = Object.keys(grid.criteria) as Criterion[];
  const result = fc
    .record({
      date: fc.constantFrom(...months).chain(day),
      criterion: fc.constantFrom(...criteria),
    })
    .chain(({ date, criterion }) => {
      const [min, max, places] = RANGES[gridId][criterion];
      return dec(min, max, places).map((value) => ({ date, criterion, value, validated: true }));
    });
  const delivery = fc.record({ date: fc.constantFrom(...months).chain(day), volume: dec(0, 12000, 1) });
  const event = fc.record({
    date: fc.constantFrom(...months).chain(day),
    type: fc.constantFrom("ALERTE" as const, "EPANDAGE" as const, "DOMMAGES" as const),
    volume: dec(0, 5000, 0),
    amount: dec(0, 2000, 2),
  });
  return fc
    .record({
      deliveries: fc.array(delivery, { maxLength: 40 }),
      results: fc.array(result, { maxLength: 60 }),
      events: fc.array(event, { maxLength: 4 }),
      basePrice: gridId === "mooh-2025" ? dec(40, 90, 2) : dec(300, 600, 2),
      charter: fc.boolean(),
    })
    .map((r): ProducerMonthInput => ({
      producer: { code: "P", charter: r.charter },
      month: "2025-03",
      grid,
      basePrice: r.basePrice,
      deliveries: r.deliveries,
      results: r.results,
      events: r.events,
    }));
});

describe("properties of every computed month", () => {
  test("total equals the sum of the lines to the cent; every amount and rate is finite and rounded", () => {
    fc.assert(
      fc.property(producerMonthArb, (input) => {
        const s = computeStatement(input);
        let sum = new Decimal(0);
        for (const l of s.lines) {
          expect(l.amount.isFinite()).toBe(true);
          expect(l.amount.decimalPlaces()).toBeLessThanOrEqual(2);
          if (l.rate) {
            expect(l.rate.isFinite()).toBe(true);
            expect(l.rate.decimalPlaces()).toBeLessThanOrEqual(2);
          }
          sum = sum.plus(l.amount);
        }
        expect(s.total.eq(sum)).toBe(true);
        for (const v of [s.volume, s.pricePerUnit, s.effectivePrice]) if (v) expect(v.isFinite()).toBe(true);
        for (const v of s.monthlyValues) if (v.value) expect(v.value.isFinite()).toBe(true);
        expect(
          s.lines.every(
            (l) =>
              typeof l.explanation === "string" &&
              l.explanation.length > 0 &&
              !/NaN|Infinity|undefined/.test(l.explanation),
          ),
        ).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

describe("fat and protein adjustments are continuous and non-decreasing", () => {
  for (const gridId of ["sud-est-2018", "mooh-2025"]) {
    for (const code of ["MG", "MP"]) {
      test(`${gridId} ${code}`, () => {
        const c = getGrid(gridId).components.find((x) => x.code === code) as MarginalComponent;
        const maxSlope = c.bands.reduce((m, b) => Decimal.max(m, b.rate), new Decimal(0)).div(c.step);
        const [min, max] = RANGES[gridId][code as Criterion];
        fc.assert(
          fc.property(dec(min, max, 2), dec(min, max, 2), (a, b) => {
            const [x, y] = a.lte(b) ? [a, b] : [b, a];
            const fx = marginalAdjustment(c, x);
            const fy = marginalAdjustment(c, y);
            expect(fx.lte(fy)).toBe(true);
            // Continuity: a 0.01 step moves the adjustment by at most the steepest band's 0.01 plus rounding.
            const next = marginalAdjustment(c, x.plus("0.01"));
            expect(next.minus(fx).abs().lte(maxSlope.times("0.01").plus("0.01"))).toBe(true);
          }),
          { numRuns: 500 },
        );
      });
    }
  }
});

describe("garbage input gives a clear error, never a number", () => {
  const valid = (): ProducerMonthInput => ({
    producer: { code: "P", charter: true },
    month: "2025-03",
    grid: getGrid("sud-est-2018"),
    basePrice: new Decimal(450),
    deliveries: [{ date: "2025-03-04", volume: new Decimal(1000) }],
    results: [{ date: "2025-03-04", criterion: "MG", value: new Decimal(40) }],
  });
  const garbage = fc.oneof(
    fc.constant(NaN),
    fc.constant(Infinity),
    fc.constant(null),
    fc.constant(undefined),
    fc.string(),
    fc.double(),
    fc.constant(new Decimal(NaN)),
    fc.constant(new Decimal(-Infinity)),
    fc.object(),
    fc.boolean(),
  );
  const paths: [string, (i: ProducerMonthInput, g: unknown) => void][] = [
    ["deliveries[0].volume", (i, g) => ((i.deliveries[0] as { volume: unknown }).volume = g)],
    ["deliveries[0].date", (i, g) => ((i.deliveries[0] as { date: unknown }).date = g)],
    ["results[0].value", (i, g) => ((i.results[0] as { value: unknown }).value = g)],
    ["results[0].criterion", (i, g) => ((i.results[0] as { criterion: unknown }).criterion = g)],
    ["basePrice", (i, g) => ((i as { basePrice: unknown }).basePrice = g)],
    ["month", (i, g) => ((i as { month: unknown }).month = g)],
  ];
  test.each(paths)("%s", (path, set) => {
    fc.assert(
      fc.property(garbage, (g) => {
        const input = valid();
        input.deliveries = input.deliveries.map((d) => ({ ...d }));
        input.results = input.results.map((r) => ({ ...r }));
        set(input, g);
        let threw: unknown;
        try {
          computeStatement(input);
        } catch (e) {
          threw = e;
        }
        expect(threw).toBeInstanceOf(InputError);
        expect((threw as Error).message).toContain(path.split("[")[0]);
      }),
      { numRuns: 60 },
    );
  });
  test("impossible values are refused: negative volume, inhibitor result 2, negative germ count", () => {
    const bad: [string, (i: ProducerMonthInput) => void][] = [
      [
        "deliveries[0].volume",
        (i) => ((i.deliveries as unknown[])[0] = { date: "2025-03-04", volume: new Decimal(-1) }),
      ],
      [
        "results[0].value",
        (i) => ((i.results as unknown[])[0] = { date: "2025-03-04", criterion: "INHIBITEURS", value: new Decimal(2) }),
      ],
      [
        "results[0].value",
        (i) => ((i.results as unknown[])[0] = { date: "2025-03-04", criterion: "GERMES", value: new Decimal(-5) }),
      ],
      ["deliveries[0].date", (i) => ((i.deliveries as unknown[])[0] = { date: "2025-02-30", volume: new Decimal(1) })],
    ];
    for (const [field, set] of bad) {
      const input = valid();
      set(input);
      expect(() => computeStatement(input)).toThrow(field);
    }
  });
});

test("an event without the figure it is valued on is refused, never taken as 0", () => {
  const input = (event: object): ProducerMonthInput => ({
    producer: { code: "P", charter: true },
    month: "2025-03",
    grid: getGrid("sud-est-2018"),
    basePrice: new Decimal(450),
    deliveries: [],
    results: [],
    events: [event as never],
  });
  expect(() => computeStatement(input({ date: "2025-03-04", type: "EPANDAGE" }))).toThrow("events[0].amount");
  expect(() => computeStatement(input({ date: "2025-03-04", type: "DOMMAGES" }))).toThrow("events[0].amount");
  expect(() => computeStatement(input({ date: "2025-03-04", type: "ALERTE" }))).toThrow("events[0].volume");
  expect(() => computeStatement(input({ date: "2025-03-04", type: "ALERTE", volume: new Decimal(-3) }))).toThrow(
    "events[0].volume",
  );
});
