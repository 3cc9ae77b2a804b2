import { computeStatement, type Criterion } from "../../src/engine";
import { deliveriesOn, line, notesOf, producerMonth, rateOf, twice } from "./builders";

const M = "2025-03";
const days = deliveriesOn(M, [4, 10, 18, 24], 5000);

/** The rate of a criterion's line when the month's monthly value is exactly `value`. */
function rateAt(grid: string, criterion: Criterion, value: string | number, basePrice = 450): string {
  const s = computeStatement(
    producerMonth({ grid, month: M, basePrice, deliveries: days, results: twice(M, criterion, value) }),
  );
  return rateOf(s, criterion);
}

describe("sud-est-2018 tiers, both sides of every bound", () => {
  test.each([
    ["GERMES", 99999, "0.00"],
    ["GERMES", 100000, "-9.00"],
    ["GERMES", 200000, "-9.00"],
    ["GERMES", 200001, "-60.00"],
    ["GERMES", "100000.5", "-9.00"],
    ["GERMES", "99999.5", "0.00"],
    ["CELLULES", 299999, "0.00"],
    ["CELLULES", 300000, "-6.00"],
    ["CELLULES", 400000, "-6.00"],
    ["CELLULES", 400001, "-15.00"],
    ["BUTYRIQUES", 799, "1.50"],
    ["BUTYRIQUES", 800, "0.00"],
    ["BUTYRIQUES", 3000, "0.00"],
    ["BUTYRIQUES", 3001, "-15.00"],
  ] as [Criterion, number | string, string][])("%s %s → %s €/1000 L", (criterion, value, expected) => {
    expect(rateAt("sud-est-2018", criterion, value)).toBe(expected);
  });

  test.each([
    ["-0.513", "0.00", false],
    ["-0.512", "0.00", false],
    ["-0.511", "0.00", true],
    ["-0.507", "0.00", true],
    ["-0.506", "-9.00", false],
    ["-0.502", "-9.00", false],
    ["-0.501", "-18.00", false],
    ["-0.480", "-18.00", false],
  ])("freezing point worst %s °C → %s (base 450: 2 % = 9.00, 4 % = 18.00), warning %s", (value, expected, warned) => {
    const s = computeStatement(
      producerMonth({
        month: M,
        deliveries: days,
        results: [
          [`${M}-04`, "PC", "-0.530"],
          [`${M}-18`, "PC", value],
        ],
      }),
    );
    expect(rateOf(s, "PC")).toBe(expected);
    expect(notesOf(s, "WARNING").length > 0).toBe(warned);
  });

  test("freezing point: the worst (highest) result counts, not the mean", () => {
    const s = computeStatement(
      producerMonth({
        month: M,
        deliveries: days,
        results: [
          [`${M}-04`, "PC", "-0.540"],
          [`${M}-11`, "PC", "-0.540"],
          [`${M}-18`, "PC", "-0.501"],
        ],
      }),
    );
    expect(rateOf(s, "PC")).toBe("-18.00");
  });

  test("freezing point percentage rounds the per-unit component to the cent: 2 % of 451.25 = 9.025 → −9.03", () => {
    expect(rateAt("sud-est-2018", "PC", "-0.504", 451.25)).toBe("-9.03");
  });
});

describe("mooh-2025 freezing point bands (mean rounded to 0.001 °C)", () => {
  test.each([
    ["-0.513", "0.00"],
    ["-0.512", "-0.65"],
    ["-0.508", "-0.65"],
    ["-0.507", "-1.30"],
    ["-0.503", "-1.30"],
    ["-0.502", "-1.95"],
    ["-0.498", "-1.95"],
    ["-0.497", "-2.60"],
    ["-0.493", "-2.60"],
    ["-0.492", "-3.25"],
    ["-0.488", "-3.25"],
    ["-0.487", "-3.90"],
    ["-0.483", "-3.90"],
    ["-0.482", "-4.55"],
    ["-0.478", "-4.55"],
    ["-0.477", "-5.20"],
    ["-0.473", "-5.20"],
    ["-0.472", "-5.85"],
    ["-0.400", "-5.85"],
  ])("%s °C → %s cts/kg", (value, expected) => {
    expect(rateAt("mooh-2025", "PC", value)).toBe(expected);
  });

  test("the mean is rounded to 0.001 before the bands: −0.5125 → −0.513 → 0, −0.5124 → −0.512 → −0.65", () => {
    const at = (a: string, b: string) =>
      rateOf(
        computeStatement(
          producerMonth({
            grid: "mooh-2025",
            month: M,
            deliveries: days,
            results: [
              [`${M}-04`, "PC", a],
              [`${M}-18`, "PC", b],
            ],
          }),
        ),
        "PC",
      );
    expect(at("-0.513", "-0.512")).toBe("0.00");
    expect(at("-0.5128", "-0.512")).toBe("-0.65");
  });

  test("−0.512 and above is reported as a contestation", () => {
    const s = computeStatement(
      producerMonth({ grid: "mooh-2025", month: M, deliveries: days, results: twice(M, "PC", "-0.512") }),
    );
    expect(notesOf(s, "CONTESTATION")).toHaveLength(1);
    const clean = computeStatement(
      producerMonth({ grid: "mooh-2025", month: M, deliveries: days, results: twice(M, "PC", "-0.513") }),
    );
    expect(notesOf(clean, "CONTESTATION")).toHaveLength(0);
  });
});

describe("mooh-2025 contestation thresholds (first contestation in the window → −1 / −3 cts/kg)", () => {
  const ladder = (criterion: Criterion, results: [string, Criterion, number][]) =>
    rateOf(computeStatement(producerMonth({ grid: "mooh-2025", month: M, deliveries: days, results })), criterion);
  test.each([
    [59999, "0.00"],
    [60000, "-1.00"],
    [159999, "-1.00"],
    [160000, "-3.00"],
  ])("germs, 2 results with mean %s → %s", (value, expected) => {
    expect(ladder("GERMES", twice(M, "GERMES", value) as [string, Criterion, number][])).toBe(expected);
  });
  test.each([
    [79999, "0.00"],
    [80000, "-1.00"],
    [299999, "-1.00"],
    [300000, "-3.00"],
  ])("germs, a single result %s → %s", (value, expected) => {
    expect(ladder("GERMES", [[`${M}-10`, "GERMES", value]])).toBe(expected);
  });
  test.each([
    [299999, "0.00"],
    [300000, "-1.00"],
  ])("cells, mean %s → %s", (value, expected) => {
    expect(ladder("CELLULES", twice(M, "CELLULES", value) as [string, Criterion, number][])).toBe(expected);
  });
  test.each([
    [349999, "0.00"],
    [350000, "-1.00"],
  ])("cells, a single result %s → %s", (value, expected) => {
    expect(ladder("CELLULES", [[`${M}-10`, "CELLULES", value]])).toBe(expected);
  });
  test("the arithmetic mean counts with 2 results: 50 000 and 70 000 → 60 000 → 1 contestation", () => {
    expect(
      ladder("GERMES", [
        [`${M}-04`, "GERMES", 50000],
        [`${M}-18`, "GERMES", 70000],
      ]),
    ).toBe("-1.00");
  });
  test("a month with no result has no contestation and is reported", () => {
    const s = computeStatement(producerMonth({ grid: "mooh-2025", month: M, deliveries: days, results: [] }));
    expect(rateOf(s, "GERMES")).toBe("0.00");
    expect(notesOf(s, "MISSING").some((m) => m.includes("Charge en germes"))).toBe(true);
  });
});

describe("sud-est-2018 quality premium (+6.00), each condition on both sides", () => {
  const clean = (): [string, Criterion, number][] => [
    ...(twice(M, "GERMES", 30000) as [string, Criterion, number][]),
    ...(twice(M, "CELLULES", 200000) as [string, Criterion, number][]),
    ...(twice(M, "BUTYRIQUES", 1000) as [string, Criterion, number][]),
    [`${M}-04`, "INHIBITEURS", 0],
  ];
  const premium = (results: [string, Criterion, number | string][], charter = true) =>
    rateOf(computeStatement(producerMonth({ month: M, deliveries: days, results, charter })), "PRIME");
  const replace = (criterion: Criterion, rows: [string, Criterion, number][]) => [
    ...clean().filter((r) => r[1] !== criterion),
    ...rows,
  ];

  test("all conditions → +6.00", () => expect(premium(clean())).toBe("6.00"));
  test("charter not signed → 0", () => expect(premium(clean(), false)).toBe("0.00"));
  test("germ mean 49 999 → paid; 50 000 → not", () => {
    expect(premium(replace("GERMES", twice(M, "GERMES", 49999) as [string, Criterion, number][]))).toBe("6.00");
    expect(premium(replace("GERMES", twice(M, "GERMES", 50000) as [string, Criterion, number][]))).toBe("0.00");
  });
  test("cell mean 249 999 → paid; 250 000 → not", () => {
    expect(premium(replace("CELLULES", twice(M, "CELLULES", 249999) as [string, Criterion, number][]))).toBe("6.00");
    expect(premium(replace("CELLULES", twice(M, "CELLULES", 250000) as [string, Criterion, number][]))).toBe("0.00");
  });
  test("a cell result of 400 000 keeps the premium; 400 001 loses it even with a low geometric mean", () => {
    expect(
      premium(
        replace("CELLULES", [
          [`${M}-04`, "CELLULES", 100000],
          [`${M}-10`, "CELLULES", 100000],
          [`${M}-18`, "CELLULES", 400000],
        ]),
      ),
    ).toBe("6.00");
    expect(
      premium(
        replace("CELLULES", [
          [`${M}-04`, "CELLULES", 100000],
          [`${M}-10`, "CELLULES", 100000],
          [`${M}-18`, "CELLULES", 400001],
        ]),
      ),
    ).toBe("0.00");
  });
  test("a germ result of 70 000 keeps it; 70 001 loses it when no joker sets it aside", () => {
    expect(
      premium(
        replace("GERMES", [
          [`${M}-04`, "GERMES", 20000],
          [`${M}-10`, "GERMES", 20000],
          [`${M}-18`, "GERMES", 70000],
        ]),
      ),
    ).toBe("6.00");
    // Two accidents in the month: no joker, and "no result > 70 000" fails (mean 40 000 would pass).
    expect(
      premium(
        replace("GERMES", [
          [`${M}-04`, "GERMES", 10000],
          [`${M}-08`, "GERMES", 10000],
          [`${M}-10`, "GERMES", 70001],
          [`${M}-18`, "GERMES", 70001],
        ]),
      ),
    ).toBe("0.00");
  });
  test("butyric mean 3 000 → paid; 3 001 → not", () => {
    expect(premium(replace("BUTYRIQUES", twice(M, "BUTYRIQUES", 3000) as [string, Criterion, number][]))).toBe("6.00");
    expect(premium(replace("BUTYRIQUES", twice(M, "BUTYRIQUES", 3001) as [string, Criterion, number][]))).toBe("0.00");
  });
  test("a positive antibiotic test → no premium", () => {
    expect(premium([...clean(), [`${M}-10`, "INHIBITEURS", 1]])).toBe("0.00");
  });
  test("the explanation names the failed condition", () => {
    const s = computeStatement(producerMonth({ month: M, deliveries: days, results: clean(), charter: false }));
    expect(line(s, "PRIME").explanation).toContain("Charte des bonnes pratiques non signée");
  });
});

describe("mooh-2025 excellence supplement (+0.50): every individual result meets all four", () => {
  const base = (): [string, Criterion, number | string][] => [
    [`${M}-04`, "GERMES", 8000],
    [`${M}-18`, "GERMES", 10000],
    [`${M}-04`, "CELLULES", 90000],
    [`${M}-18`, "CELLULES", 100000],
    [`${M}-04`, "INHIBITEURS", 0],
    [`${M}-04`, "PC", "-0.520"],
    [`${M}-18`, "PC", "-0.515"],
  ];
  const excellence = (results: [string, Criterion, number | string][]) =>
    rateOf(computeStatement(producerMonth({ grid: "mooh-2025", month: M, deliveries: days, results })), "EXCELLENCE");
  const swap = (i: number, value: number | string) =>
    base().map((r, j) => (j === i ? ([r[0], r[1], value] as [string, Criterion, number | string]) : r));
  test("all at their limit → +0.50", () => expect(excellence(base())).toBe("0.50"));
  test("germs 10 001 → 0", () => expect(excellence(swap(1, 10001))).toBe("0.00"));
  test("cells 100 001 → 0", () => expect(excellence(swap(3, 100001))).toBe("0.00"));
  test("freezing point −0.514 → 0", () => expect(excellence(swap(6, "-0.514"))).toBe("0.00"));
  test("a positive inhibitor → 0", () => expect(excellence(swap(4, 1))).toBe("0.00"));
  test("each criterion needs at least one result: no inhibitor result → 0", () =>
    expect(excellence(base().filter((r) => r[1] !== "INHIBITEURS"))).toBe("0.00"));
});
