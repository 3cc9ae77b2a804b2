/**
 * The shipped custom functions: dist/functions.js loaded in a vm context with a stub CustomFunctions (see
 * helpers/bundle.ts), every registered function called as Excel calls it — ranges as any[][] with blanks
 * (null, ""), text numbers, omitted optional arguments as null — against the worked cases of grids.md and
 * every error message of functions.md.
 */
import fc from "fast-check";
import { loadFunctions, StubError, type CustomFunction } from "./helpers/bundle";

let fns: Map<string, CustomFunction>;
let ids: string[];

beforeAll(() => {
  ({ functions: fns, ids } = loadFunctions());
}, 10 * 60_000);

/** Calls a registered function; a thrown CustomFunctions.Error comes back as "#CODE message". */
function call(id: string, ...args: unknown[]): unknown {
  const fn = fns.get(id);
  if (!fn) throw new Error(`${id} is not registered`);
  try {
    return fn(...args);
  } catch (e) {
    if (e instanceof StubError) return `${e.code} ${e.message}`;
    throw e;
  }
}

/** A column range as Excel passes it. */
const col = (...values: unknown[]) => values.map((v) => [v]);

const SE = "sud-est-2018";
const MO = "mooh-2025";
const ALL_IDS = [
  "MILK_FAT_ADJUST",
  "MILK_PROTEIN_ADJUST",
  "GERM_PENALTY",
  "CELL_PENALTY",
  "BUTYRIC_ADJUST",
  "FREEZING_POINT_PENALTY",
  "INHIBITOR_PENALTY",
  "ANTIBIOTIC_PENALTY",
  "QUALITY_PREMIUM",
  "MILK_CONTESTATIONS",
  "MILK_MEAN",
  "MILK_PRICE_A",
  "MILK_STANDARD_PRICE",
  "MILK_ROLLING_12M",
  "MILK_GRIDS",
];

describe("registration", () => {
  it("registers every function of functions.md through CustomFunctions.associate", () => {
    expect([...ids].sort()).toEqual([...ALL_IDS].sort());
  });
});

describe("MILK_FAT_ADJUST / MILK_PROTEIN_ADJUST", () => {
  it.each([
    [42, SE, 8.72],
    [36, SE, -2.9],
    [38, SE, 0],
    [39, SE, 2.91],
    [40, SE, 5.82],
    [37.5, SE, -0.73], // −0.725 rounded half away from zero
    [38.555, SE, 1.63], // content rounded to 38.56 first
    [4.15, MO, 0.9],
    [3.95, MO, -0.3],
    [4, MO, 0],
    ["42,0", SE, 8.72],
    ["4,15", MO, 0.9],
    [[[42]], SE, 8.72], // a one-cell range
  ])("fat %p with %s → %p", (fat, grid, expected) => {
    expect(call("MILK_FAT_ADJUST", fat, grid)).toBe(expected);
  });

  it.each([
    [33.5, SE, 9.6],
    [31, SE, -5.7],
    [35, SE, 18.5],
    [32, SE, 0],
    [3.25, MO, -0.35],
    [3.4, MO, 0.7],
    ["33,5", SE, 9.6],
  ])("protein %p with %s → %p", (protein, grid, expected) => {
    expect(call("MILK_PROTEIN_ADJUST", protein, grid)).toBe(expected);
  });

  it("accepts a grid id in any case and with spaces around it", () => {
    expect(call("MILK_FAT_ADJUST", 42, " SUD-EST-2018 ")).toBe(8.72);
  });

  it("refuses a content in the wrong unit, a blank and text that is not a number", () => {
    expect(call("MILK_FAT_ADJUST", 4.15, SE)).toBe(
      "#VALUE! fat: expected a monthly content from 20 to 70 g/l (plausible values of grid sud-est-2018, e.g. 38,5), got 4.15",
    );
    expect(call("MILK_FAT_ADJUST", 0.0415, MO)).toBe(
      "#VALUE! fat: expected a monthly content from 2 to 7 % (plausible values of grid mooh-2025, e.g. 4,15), got 0.0415",
    );
    expect(call("MILK_FAT_ADJUST", null, SE)).toBe("#VALUE! fat: expected a number (e.g. 38,5), got nothing");
    expect(call("MILK_FAT_ADJUST", "", SE)).toBe("#VALUE! fat: expected a number (e.g. 38,5), got nothing");
    expect(call("MILK_FAT_ADJUST", "beaucoup", SE)).toBe(
      '#VALUE! fat: expected a number (e.g. 38,5 or 100 000), got "beaucoup"',
    );
    expect(call("MILK_FAT_ADJUST", true, SE)).toBe("#VALUE! fat: expected a number, got TRUE");
    expect(call("MILK_PROTEIN_ADJUST", 3.3, SE)).toBe(
      "#VALUE! protein: expected a monthly content from 20 to 50 g/l (plausible values of grid sud-est-2018, e.g. 38,5), got 3.3",
    );
    expect(call("MILK_FAT_ADJUST", [[38], [40]], SE)).toBe(
      "#VALUE! fat: expected a single value, got a range of 2 × 1 cells",
    );
  });
});

describe("plausible values of the grid (issue 11): an argument outside them is #VALUE! naming it and the range", () => {
  it("contents: 80 g/l fat, 60 g/l protein, 7,5 % fat are outside the grids' ranges (20–70 g/l, 20–50 g/l, 2–7 %)", () => {
    expect(call("MILK_FAT_ADJUST", 80, SE)).toBe(
      "#VALUE! fat: expected a monthly content from 20 to 70 g/l (plausible values of grid sud-est-2018, e.g. 38,5), got 80",
    );
    expect(call("MILK_PROTEIN_ADJUST", 60, SE)).toBe(
      "#VALUE! protein: expected a monthly content from 20 to 50 g/l (plausible values of grid sud-est-2018, e.g. 38,5), got 60",
    );
    expect(call("MILK_FAT_ADJUST", 7.5, MO)).toBe(
      "#VALUE! fat: expected a monthly content from 2 to 7 % (plausible values of grid mooh-2025, e.g. 4,15), got 7.5",
    );
    // The bound itself is plausible: 70 g/l → 2 × 2,91 + 30 × 1,45 = 5,82 + 43,50 = +49,32.
    expect(call("MILK_FAT_ADJUST", 70, SE)).toBe(49.32);
  });

  it("results: 12 000 000 germs, a freezing point of −0,300 °C, cells in the fast path of whole numbers", () => {
    expect(call("GERM_PENALTY", col(50000, 12000000), SE, null)).toBe(
      "#VALUE! results, cell 2: expected a germ (GERMES) result from 0 to 10000000 /ml (plausible values of grid sud-est-2018), got 12000000",
    );
    expect(call("CELL_PENALTY", [[200000, 20000000]], MO, null)).toBe(
      "#VALUE! results, cell 2: expected a somatic-cell (CELLULES) result from 0 to 10000000 /ml (plausible values of grid mooh-2025), got 20000000",
    );
    expect(call("FREEZING_POINT_PENALTY", col(-0.3), SE, 450)).toBe(
      "#VALUE! results, cell 1: expected a freezing-point (PC) result from -0.600 to -0.400 °C (plausible values of grid sud-est-2018), got -0.3",
    );
    expect(call("QUALITY_PREMIUM", SE, col(20000), col(150000), col(2000000), col("négatif"), null, true)).toBe(
      "#VALUE! butyric_results, cell 1: expected a butyric-spore (BUTYRIQUES) result from 0 to 1000000 /l (plausible values of grid sud-est-2018), got 2000000",
    );
  });

  it("ANTIBIOTIC_PENALTY: a day volume of 5 000 000 L", () => {
    expect(call("ANTIBIOTIC_PENALTY", 5000000, 450, SE, 0)).toBe(
      "#VALUE! day_volume: expected the milk delivered that day from 0 to 100000 L (plausible values of grid sud-est-2018), got 5000000",
    );
  });
});

describe("a base price typed with more than two decimals is rounded as read (grids.md, Base price)", () => {
  it("FREEZING_POINT_PENALTY: −2 % of 412,25 = −8,245 → −8,25 (not −8,24 from 412,245)", () => {
    expect(call("FREEZING_POINT_PENALTY", col(-0.503), SE, 412.245)).toBe(-8.25);
  });
  it("ANTIBIOTIC_PENALTY: 125 % × 5 000 L × 412,25 ÷ 1000 = 2 576,5625 → −2 576,56 (not −2 576,53)", () => {
    expect(call("ANTIBIOTIC_PENALTY", 5000, 412.245, SE, 0)).toBe(-2576.56);
  });
});

describe("GERM_PENALTY", () => {
  it.each([
    [col(50000, 60000), 0],
    [col(99999, 99999), 0],
    [col(100000, 100000), -9],
    [col(150000, 250000), -9], // mean 200 000 inclusive
    [col(200000, 200002), -60],
    [col(90000, null, "", 110000), -9], // blanks ignored, not 0
    [col("100 000", "100\u00a0000"), -9],
    [col("100\u202f000", "60'000", "140\u2019000"), -9],
  ])("sud-est-2018 %j → %p", (results, expected) => {
    expect(call("GERM_PENALTY", results, SE, null)).toBe(expected);
  });

  it("sud-est-2018: prior contestations do not matter (no ladder)", () => {
    expect(call("GERM_PENALTY", col(150000, 150000), SE, 3)).toBe(-9);
  });

  it.each([
    [col(59999, 60000), null, 0],
    [col(60000, 60000), null, -1],
    [col(160000, 160000), null, -3], // 2 contestations → level 2
    [col(79999), null, 0], // a single result has its own limits
    [col(80000), null, -1],
    [col(300000), null, -3],
    [col(60000, 60000), 1, -3],
    [col(60000, 60000), 2, -6],
    [col(60000, 60000), 3, -12],
    [col(60000, 60000), 4, -24],
    [col(60000, 60000), 10, -24],
    [col(10000, 20000), 4, 0], // no contestation this month: no deduction
    [col(60000, 60000), "2", -6],
    [col(60000, 60000), "", -1],
  ])("mooh-2025 %j, prior %p → %p", (results, prior, expected) => {
    expect(call("GERM_PENALTY", results, MO, prior)).toBe(expected);
  });

  it("takes a row range and a 2-D range as well as a column", () => {
    expect(call("GERM_PENALTY", [[150000, 250000]], SE, null)).toBe(-9);
    expect(
      call(
        "GERM_PENALTY",
        [
          [150000, null],
          [null, 250000],
        ],
        SE,
        null,
      ),
    ).toBe(-9);
    expect(call("GERM_PENALTY", 150000, SE, null)).toBe(-9);
  });

  it("says which cell is wrong", () => {
    expect(call("GERM_PENALTY", col(50000, "abc"), SE, null)).toBe(
      '#VALUE! results, cell 2: expected a number (e.g. 38,5 or 100 000), got "abc"',
    );
    expect(
      call(
        "GERM_PENALTY",
        [
          [1, 2],
          [3, "x"],
        ],
        SE,
        null,
      ),
    ).toBe('#VALUE! results, row 2 column 2: expected a number (e.g. 38,5 or 100 000), got "x"');
    expect(call("GERM_PENALTY", col(50000, true), SE, null)).toBe(
      "#VALUE! results, cell 2: expected a number, got TRUE",
    );
    expect(call("GERM_PENALTY", col(-5), SE, null)).toBe(
      "#VALUE! results, cell 1: expected a germ (GERMES) result from 0 to 10000000 /ml (plausible values of grid sud-est-2018), got -5",
    );
    expect(call("GERM_PENALTY", col("1 00"), SE, null)).toBe(
      '#VALUE! results, cell 1: expected a number (e.g. 38,5 or 100 000), got "1 00"',
    );
  });

  it("gives #N/A, never 0, when the range holds no result", () => {
    expect(call("GERM_PENALTY", col(null, "", "  "), SE, null)).toBe(
      "#N/A results: no germ (GERMES) result (blank cells are ignored): no monthly value",
    );
    expect(call("GERM_PENALTY", col(null), MO, 2)).toBe(
      "#N/A results: no germ (GERMES) result (blank cells are ignored): no monthly value",
    );
  });

  it("refuses prior contestations that are not a whole number ≥ 0", () => {
    expect(call("GERM_PENALTY", col(60000), MO, -1)).toBe(
      "#VALUE! prior_contestations: expected a whole number ≥ 0, got -1",
    );
    expect(call("GERM_PENALTY", col(60000), MO, 1.5)).toBe(
      "#VALUE! prior_contestations: expected a whole number ≥ 0, got 1.5",
    );
    expect(call("GERM_PENALTY", col(60000), MO, "deux")).toBe(
      '#VALUE! prior_contestations: expected a number (e.g. 38,5 or 100 000), got "deux"',
    );
  });

  it("names the unknown grid and the available ones", () => {
    expect(call("GERM_PENALTY", col(60000), "sud-est-2019", null)).toBe(
      '#VALUE! grid "sud-est-2019" unknown; available: sud-est-2018, mooh-2025',
    );
    expect(call("GERM_PENALTY", col(60000), "", null)).toBe(
      "#VALUE! grid: expected a grid id; available: sud-est-2018, mooh-2025",
    );
    expect(call("GERM_PENALTY", col(60000), null, null)).toBe(
      "#VALUE! grid: expected a grid id (sud-est-2018, mooh-2025), got nothing",
    );
  });

  it("passes an error value of the range through", () => {
    expect(call("GERM_PENALTY", [[50000], [new StubError("#N/A", "no data")]], SE, null)).toBe("#N/A no data");
  });
});

describe("CELL_PENALTY", () => {
  it.each([
    [SE, col(250000, 360000), null, -6], // geometric mean exactly 300 000
    [SE, col(299999), null, 0],
    [SE, col(400000, 400000), null, -6],
    [SE, col(400001, 400001), null, -15],
    [SE, col("250 000", null, "360 000"), null, -6],
    [MO, col(300000, 300000), null, -1],
    [MO, col(349999), null, 0],
    [MO, col(350000), null, -1],
    [MO, col(300000, 310000), 4, -24],
    [MO, col(100000, 200000), 4, 0],
  ])("%s %j prior %p → %p", (grid, results, prior, expected) => {
    expect(call("CELL_PENALTY", results, grid, prior)).toBe(expected);
  });
});

describe("BUTYRIC_ADJUST", () => {
  it.each([
    [col(799), 1.5],
    [col(800), 0],
    [col(3000), 0],
    [col(3001), -15],
    [col(500, 2000), 0], // geometric mean 1 000
    [col(100, 3000), 1.5], // geometric mean 548
    [col(2000, null, 8000), -15], // geometric mean 4 000
  ])("sud-est-2018 %j → %p", (results, expected) => {
    expect(call("BUTYRIC_ADJUST", results, SE)).toBe(expected);
  });

  it("#N/A for a grid without butyric spores", () => {
    expect(call("BUTYRIC_ADJUST", col(500), MO)).toBe(
      "#N/A grid mooh-2025 has no butyric-spore (BUTYRIQUES) criterion",
    );
  });
});

describe("FREEZING_POINT_PENALTY", () => {
  it.each([
    [col(-0.52, -0.512), null, 0],
    [col(-0.511), null, 0], // warning tier, no deduction
    [col(-0.507), null, 0],
    [col(-0.5115), null, 0], // rounded to −0.512
    [col(-0.506), 450, -9],
    [col(-0.502), 450, -9],
    [col(-0.501), 450, -18],
    [col(-0.53, -0.505), 450, -9], // the worst (highest) result
    [col("−0,505"), "450", -9],
    [col("-0,490"), 452.5, -18.1],
  ])("sud-est-2018 %j base %p → %p", (results, base, expected) => {
    expect(call("FREEZING_POINT_PENALTY", results, SE, base)).toBe(expected);
  });

  it.each([
    [col(-0.513), 0],
    [col(-0.512), -0.65],
    [col(-0.508), -0.65],
    [col(-0.507), -1.3],
    [col(-0.473), -5.2],
    [col(-0.472), -5.85],
    [col(-0.52, -0.5), -0.65], // mean −0.510
  ])("mooh-2025 %j → %p", (results, expected) => {
    expect(call("FREEZING_POINT_PENALTY", results, MO, null)).toBe(expected);
  });

  it("requires base_price when the grid deducts a percentage of it", () => {
    expect(call("FREEZING_POINT_PENALTY", col(-0.505), SE, null)).toBe(
      "#VALUE! base_price: required by grid sud-est-2018: for these results its freezing-point (PC) deduction is 2 % of the base price",
    );
    expect(call("FREEZING_POINT_PENALTY", col(-0.505), SE, 0)).toBe(
      "#VALUE! base_price: expected a base price > 0 in €/1000 L, got 0",
    );
  });

  it("refuses a freezing point that is not below 0 °C", () => {
    expect(call("FREEZING_POINT_PENALTY", col(0.52), SE, 450)).toBe(
      "#VALUE! results, cell 1: expected a freezing-point (PC) result from -0.600 to -0.400 °C (plausible values of grid sud-est-2018), got 0.52",
    );
  });
});

describe("INHIBITOR_PENALTY", () => {
  it.each([
    [col("négatif", "NEG"), null, 0],
    [col("positif"), null, -5],
    [col("POS", null, "négatif"), 1, -15],
    [col(1), 2, -30],
    [col(true), 5, -30],
    [col(false, 0, "FAUX"), 3, 0],
    [col("VRAI"), null, -5],
  ])("mooh-2025 %j prior %p → %p", (results, prior, expected) => {
    expect(call("INHIBITOR_PENALTY", results, MO, prior)).toBe(expected);
  });

  it("#N/A for a grid that prices antibiotic residues per delivery day", () => {
    expect(call("INHIBITOR_PENALTY", col("POS"), SE, null)).toBe(
      "#N/A grid sud-est-2018 has no per-unit inhibitor deduction (its antibiotic residues are priced per delivery day: use ANTIBIOTIC_PENALTY)",
    );
  });

  it("refuses a result that is not a test outcome", () => {
    expect(call("INHIBITOR_PENALTY", col("peut-être"), MO, null)).toBe(
      '#VALUE! results, cell 1: expected positif or négatif (POS/NEG, 1/0, VRAI/FAUX), got "peut-être"',
    );
    expect(call("INHIBITOR_PENALTY", col(null), MO, null)).toBe(
      "#N/A results: no inhibitor (INHIBITEURS) result (blank cells are ignored): no monthly value",
    );
  });
});

describe("ANTIBIOTIC_PENALTY", () => {
  it.each([
    [5000, 450, null, -2812.5],
    [5000, 450, 0, -2812.5],
    [5000, 450, 1, -4500],
    [5000, 450, 3, -4500],
    [1234, 451.37, null, -696.24],
    ["5 000", "450,00", "", -2812.5],
  ])("day volume %p, base %p, prior %p → %p", (volume, base, prior, expected) => {
    expect(call("ANTIBIOTIC_PENALTY", volume, base, SE, prior)).toBe(expected);
  });

  it("errors", () => {
    expect(call("ANTIBIOTIC_PENALTY", 5000, 450, MO, null)).toBe(
      "#N/A grid mooh-2025 has no antibiotic-residue penalty (its inhibitor deduction is per unit: use INHIBITOR_PENALTY)",
    );
    expect(call("ANTIBIOTIC_PENALTY", null, 450, SE, null)).toBe(
      "#VALUE! day_volume: expected a number (e.g. 5 000), got nothing",
    );
    expect(call("ANTIBIOTIC_PENALTY", 0, 450, SE, null)).toBe(
      "#VALUE! day_volume: expected the milk delivered that day (> 0, in L), got 0",
    );
    expect(call("ANTIBIOTIC_PENALTY", 5000, null, SE, null)).toBe(
      "#VALUE! base_price: expected a number (e.g. 450), got nothing",
    );
    expect(call("ANTIBIOTIC_PENALTY", 5000, -1, SE, null)).toBe(
      "#VALUE! base_price: expected a base price > 0 in €/1000 L, got -1",
    );
    expect(call("ANTIBIOTIC_PENALTY", 5000, 450, SE, "x")).toBe(
      '#VALUE! prior_positives: expected a number (e.g. 38,5 or 100 000), got "x"',
    );
  });
});

describe("QUALITY_PREMIUM", () => {
  const germs = col(40000, 45000);
  const cells = col(200000, 240000);
  const butyric = col(1000);

  it("sud-est-2018: +6.00 when every condition holds, else 0", () => {
    expect(call("QUALITY_PREMIUM", SE, germs, cells, butyric, null, null, true)).toBe(6);
    expect(call("QUALITY_PREMIUM", SE, germs, cells, butyric, col("négatif"), null, "oui")).toBe(6);
    expect(call("QUALITY_PREMIUM", SE, germs, cells, butyric, null, null, false)).toBe(0); // no charter
    expect(call("QUALITY_PREMIUM", SE, col(50000, 50000), cells, butyric, null, null, true)).toBe(0); // mean not < 50 000
    expect(call("QUALITY_PREMIUM", SE, col(70001, 10000, 10000), cells, butyric, null, null, true)).toBe(0); // a result > 70 000
    expect(call("QUALITY_PREMIUM", SE, col(70000, 10000), cells, butyric, null, null, true)).toBe(6);
    expect(call("QUALITY_PREMIUM", SE, germs, col(250000, 250000), butyric, null, null, true)).toBe(0);
    expect(call("QUALITY_PREMIUM", SE, germs, col(100000, 400001), butyric, null, null, true)).toBe(0); // a result > 400 000
    expect(call("QUALITY_PREMIUM", SE, germs, cells, col(3000), null, null, true)).toBe(6);
    expect(call("QUALITY_PREMIUM", SE, germs, cells, col(3001), null, null, true)).toBe(0);
    expect(call("QUALITY_PREMIUM", SE, germs, cells, butyric, col("positif"), null, true)).toBe(0);
    expect(call("QUALITY_PREMIUM", SE, germs, cells, col(null), null, null, true)).toBe(0); // no butyric value: fails
  });

  it("sud-est-2018: the arguments its premium needs are required", () => {
    expect(call("QUALITY_PREMIUM", SE, germs, cells, butyric, null, null, null)).toBe(
      "#VALUE! charter: required by grid sud-est-2018's prime qualité: TRUE if the producer signed the Charte des bonnes pratiques, else FALSE",
    );
    expect(call("QUALITY_PREMIUM", SE, germs, cells, null, null, null, true)).toBe(
      "#VALUE! butyric_results: required by grid sud-est-2018's prime qualité (butyric-spore (BUTYRIQUES) results of the month)",
    );
    expect(call("QUALITY_PREMIUM", SE, germs, cells, butyric, null, null, "peut-être")).toBe(
      '#VALUE! charter: expected TRUE or FALSE (oui/non), got "peut-être"',
    );
    expect(call("QUALITY_PREMIUM", SE, col("x"), cells, butyric, null, null, true)).toBe(
      '#VALUE! germ_results, cell 1: expected a number (e.g. 38,5 or 100 000), got "x"',
    );
  });

  it("mooh-2025: +0.50 when every result meets all four criteria", () => {
    const ok = [col(10000), col(100000), col("négatif"), col(-0.515)] as const;
    expect(call("QUALITY_PREMIUM", MO, ok[0], ok[1], null, ok[2], ok[3], null)).toBe(0.5);
    expect(call("QUALITY_PREMIUM", MO, col(10000, 10001), ok[1], null, ok[2], ok[3], null)).toBe(0);
    expect(call("QUALITY_PREMIUM", MO, ok[0], col(100001), null, ok[2], ok[3], null)).toBe(0);
    expect(call("QUALITY_PREMIUM", MO, ok[0], ok[1], null, col("POS"), ok[3], null)).toBe(0);
    expect(call("QUALITY_PREMIUM", MO, ok[0], ok[1], null, ok[2], col(-0.514), null)).toBe(0);
    expect(call("QUALITY_PREMIUM", MO, ok[0], ok[1], null, ok[2], col(null), null)).toBe(0); // each needs a result
    expect(call("QUALITY_PREMIUM", MO, ok[0], ok[1], null, null, ok[3], null)).toBe(
      "#VALUE! inhibitor_results: required by grid mooh-2025's supplément pour excellente qualité (inhibitor (INHIBITEURS) results of the month)",
    );
  });
});

describe("MILK_CONTESTATIONS", () => {
  it.each([
    [col(60000, 60000), "GERMES", 1],
    [col(59999, 60000), "GERMES", 0],
    [col(160000, 170000), "GERMES", 2],
    [col(300000), "GERMES", 2],
    [col(80000), "germes", 1],
    [col(300000, 300000), "CELLULES", 1],
    [col(350000), "Cellules", 1],
    [col("POS"), "INHIBITEURS", 1],
    [col("NEG", "NEG"), "INHIBITEURS", 0],
    [col(-0.512), "PC", 1],
    [col(-0.513), "PC", 0],
  ])("mooh-2025 %j %s → %p", (results, criterion, expected) => {
    expect(call("MILK_CONTESTATIONS", results, MO, criterion)).toBe(expected);
  });

  it("#N/A where the grid has no contestations, #VALUE! for another criterion", () => {
    expect(call("MILK_CONTESTATIONS", col(60000), SE, "GERMES")).toBe(
      "#N/A grid sud-est-2018 has no contestations for GERMES",
    );
    expect(call("MILK_CONTESTATIONS", col(38), MO, "MG")).toBe(
      '#VALUE! criterion: expected "GERMES", "CELLULES", "INHIBITEURS" or "PC", got "MG"',
    );
    expect(call("MILK_CONTESTATIONS", col(38), MO, null)).toBe(
      '#VALUE! criterion: expected "GERMES", "CELLULES", "INHIBITEURS" or "PC", got nothing',
    );
  });
});

describe("MILK_MEAN", () => {
  it("arithmetic, geometric (whole count) and weighted, blanks ignored", () => {
    expect(call("MILK_MEAN", col(250000, 360000), "geometric", null)).toBe(300000);
    expect(call("MILK_MEAN", col(250000, null, "360 000"), "géométrique", null)).toBe(300000);
    expect(call("MILK_MEAN", col(1, 2, null, "", 4), "arithmetic", null)).toBeCloseTo(7 / 3, 12);
    expect(call("MILK_MEAN", col(38, 40), "weighted", col(1000, 3000))).toBe(39.5);
    expect(call("MILK_MEAN", col(38, null, 40), "pondérée", col(1000, null, 3000))).toBe(39.5);
    expect(call("MILK_MEAN", col(38, null, 40), "weighted", col(1000, 99, 3000))).toBe(39.5);
  });

  it("errors", () => {
    expect(call("MILK_MEAN", col(1, 2), "median", null)).toBe(
      '#VALUE! method: expected "arithmetic", "geometric" or "weighted", got "median"',
    );
    expect(call("MILK_MEAN", col(38, 40), "weighted", null)).toBe(
      '#VALUE! weights: required by the "weighted" method (the volume of each value)',
    );
    expect(call("MILK_MEAN", col(38, 40), "arithmetic", col(1, 1))).toBe(
      '#VALUE! weights: only used by the "weighted" method, not "arithmetic"',
    );
    expect(call("MILK_MEAN", col(38, 40), "weighted", col(1000))).toBe(
      "#VALUE! weights: expected a range the size of values (2 × 1), got 1 × 1",
    );
    expect(call("MILK_MEAN", col(38, 40), "weighted", col(1000, null))).toBe(
      "#VALUE! weights, row 2 column 1: blank, but values holds 40 there",
    );
    expect(call("MILK_MEAN", col(38, 40), "weighted", col(0, 0))).toBe("#VALUE! weights: all weights are 0");
    expect(call("MILK_MEAN", col(38, 40), "weighted", col(1, -1))).toBe(
      "#VALUE! weights, row 2 column 1: expected a weight ≥ 0, got -1",
    );
    expect(call("MILK_MEAN", col(-1, 4), "geometric", null)).toBe(
      "#VALUE! values: a geometric mean needs values ≥ 0, got -1",
    );
    expect(call("MILK_MEAN", col(null, ""), "arithmetic", null)).toBe(
      "#N/A values: no value (blank cells are ignored)",
    );
  });
});

describe("MILK_PRICE_A", () => {
  it("mix + 50 % × (FAM − Sodiaal) + seasonality, each term rounded to 2 decimals (engine)", () => {
    expect(call("MILK_PRICE_A", 400, 380, 400, 5)).toBe(415);
    expect(call("MILK_PRICE_A", 400, 380, 400, null)).toBe(410);
    expect(call("MILK_PRICE_A", 400, 400, 380, -3.5)).toBe(386.5);
    expect(call("MILK_PRICE_A", "400,123", "380", "380,011", "")).toBe(400.13); // 400.12 + 0.01
    expect(call("MILK_PRICE_A", 400.005, 380, 380.01, 0.005)).toBe(400.03); // 400.01 + 0.01 + 0.01
    expect(call("MILK_PRICE_A", 0.1, 0.2, 0.3, 0.4)).toBe(0.55); // decimal, not binary, arithmetic
  });

  it("errors", () => {
    expect(call("MILK_PRICE_A", null, 380, 400, null)).toBe(
      "#VALUE! mix: expected a number (e.g. 420,50), got nothing",
    );
    expect(call("MILK_PRICE_A", 400, "n/a", 400, null)).toBe(
      '#VALUE! sodiaal_price_m3: expected a number (e.g. 38,5 or 100 000), got "n/a"',
    );
    expect(call("MILK_PRICE_A", 400, 380, null, null)).toBe(
      "#VALUE! fam_price_m3: expected a number (e.g. 410), got nothing",
    );
  });
});

describe("MILK_ROLLING_12M", () => {
  const months = Array.from({ length: 14 }, (_, i) => i + 1);

  it("mean of the last 12 prices, blanks ignored, volume-weighted when volumes are given", () => {
    expect(call("MILK_ROLLING_12M", col(...months), null)).toBe(8.5); // 3..14
    expect(call("MILK_ROLLING_12M", col(...months.slice(0, 6), null, "", ...months.slice(6)), null)).toBe(8.5);
    expect(call("MILK_ROLLING_12M", [months], null)).toBe(8.5); // a row
    const volumes = months.map((m) => (m === 14 ? 3 : 1));
    // (3+…+13 + 14×3) / 14 = (88 + 42) / 14 = 9.2857…
    expect(call("MILK_ROLLING_12M", col(...months), col(...volumes))).toBe(9.29);
    expect(call("MILK_ROLLING_12M", col(...Array(12).fill("450,333")), null)).toBe(450.33);
  });

  it("with fewer than 12 prices, the mean of those given (engine)", () => {
    expect(call("MILK_ROLLING_12M", col(1, 2, null, 3), null)).toBe(2);
    expect(call("MILK_ROLLING_12M", col(400, 500), col(3, 1))).toBe(425);
  });

  it("errors", () => {
    expect(call("MILK_ROLLING_12M", col(null, ""), null)).toBe("#N/A prices: no price (blank cells are ignored)");
    expect(call("MILK_ROLLING_12M", col(1, "x"), null)).toBe(
      '#VALUE! prices, cell 2: expected a number (e.g. 38,5 or 100 000), got "x"',
    );
    expect(call("MILK_ROLLING_12M", col(...months), col(1, 2))).toBe(
      "#VALUE! volumes: expected a range the size of prices (14 × 1), got 2 × 1",
    );
    const holes = months.map((m) => (m === 10 ? null : 1));
    expect(call("MILK_ROLLING_12M", col(...months), col(...holes))).toBe(
      "#VALUE! volumes, row 10 column 1: blank, but prices holds 10 there",
    );
  });
});

describe("MILK_STANDARD_PRICE", () => {
  it("the grid applied to the PSL standard producer: base price and contents", () => {
    // sud-est-2018 in litres: 4.0 % and 3.3 % at 1.03 kg/l = 41.2 and 33.99 g/l → +7.56 and +12.74.
    expect(call("MILK_STANDARD_PRICE", SE, 450, null, null)).toBe(470.3);
    expect(call("MILK_STANDARD_PRICE", SE, "450,00", 3, "350 000")).toBe(473.3);
    // mooh-2025 in %: 4.00 % and 3.30 % are its neutral contents.
    expect(call("MILK_STANDARD_PRICE", MO, 68.5, null, null)).toBe(68.5);
    expect(call("MILK_STANDARD_PRICE", MO, 68.5, -0.25, null)).toBe(68.25);
  });

  it("errors", () => {
    expect(call("MILK_STANDARD_PRICE", MO, null, null, null)).toBe(
      "#VALUE! base_price: expected a number (e.g. 68,50), got nothing",
    );
    expect(call("MILK_STANDARD_PRICE", SE, 0, null, null)).toBe(
      "#VALUE! base_price: expected a base price > 0 in €/1000 L, got 0",
    );
    expect(call("MILK_STANDARD_PRICE", SE, 450, null, 0)).toBe(
      "#VALUE! annual_kg: expected the standard producer's kilograms a year (> 0, e.g. 180 000 or 350 000), got 0",
    );
    expect(call("MILK_STANDARD_PRICE", "sud-est-2019", 450, null, null)).toBe(
      '#VALUE! grid "sud-est-2019" unknown; available: sud-est-2018, mooh-2025',
    );
  });
});

describe("MILK_GRIDS", () => {
  it("spills id, name, currency and price unit of every grid", () => {
    const rows = call("MILK_GRIDS") as string[][];
    expect(rows.map((r) => [r[0], r[2], r[3]])).toEqual([
      ["sud-est-2018", "EUR", "€/1000 L"],
      ["mooh-2025", "CHF", "cts/kg"],
    ]);
    for (const r of rows) expect(r).toHaveLength(4);
  });
});

describe("numbers and text numbers give the same result", () => {
  const frenchText = (n: number) => String(n).replace(".", ",");

  it("MILK_FAT_ADJUST / MILK_PROTEIN_ADJUST: a content as a number or as text", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 33, max: 45, noNaN: true }),
        fc.double({ min: 3.5, max: 4.8, noNaN: true }),
        (gl, pct) => {
          expect(call("MILK_FAT_ADJUST", gl, SE)).toBe(call("MILK_FAT_ADJUST", frenchText(gl), SE));
          expect(call("MILK_PROTEIN_ADJUST", pct, MO)).toBe(call("MILK_PROTEIN_ADJUST", frenchText(pct), MO));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("GERM_PENALTY, CELL_PENALTY, BUTYRIC_ADJUST, MILK_CONTESTATIONS: counts as numbers or as text with separators", () => {
    const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 600_000 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 4 }),
        (counts, prior) => {
          const asNumbers = col(...counts);
          const asText = col(...counts.map(grouped));
          for (const [id, grid] of [
            ["GERM_PENALTY", SE],
            ["GERM_PENALTY", MO],
            ["CELL_PENALTY", SE],
            ["CELL_PENALTY", MO],
          ] as const) {
            expect(call(id, asNumbers, grid, prior)).toBe(call(id, asText, grid, prior));
          }
          expect(call("BUTYRIC_ADJUST", asNumbers, SE)).toBe(call("BUTYRIC_ADJUST", asText, SE));
          expect(call("MILK_CONTESTATIONS", asNumbers, MO, "GERMES")).toBe(
            call("MILK_CONTESTATIONS", asText, MO, "GERMES"),
          );
          expect(call("MILK_CONTESTATIONS", asNumbers, MO, "CELLULES")).toBe(
            call("MILK_CONTESTATIONS", asText, MO, "CELLULES"),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it("a zero count makes a geometric mean 0", () => {
    expect(call("CELL_PENALTY", col(0, 500000), SE, null)).toBe(0);
    expect(call("CELL_PENALTY", col("0", "500 000"), SE, null)).toBe(0);
    expect(call("MILK_MEAN", col(0, 500000), "geometric", null)).toBe(0);
  });
});

describe("never NaN, Infinity, −0 or an untyped error", () => {
  const cellValue = fc.oneof(
    fc.constant(null),
    fc.constant(""),
    fc.boolean(),
    fc.double({ noNaN: false }),
    fc.integer({ min: -1_000_000, max: 1_000_000 }),
    fc.constantFrom(
      "38,5",
      "100 000",
      "60'000",
      "−0,505",
      "POS",
      "négatif",
      "abc",
      "1e5",
      "Infinity",
      "NaN",
      "-0",
      " ",
    ),
  );
  const range = fc.array(fc.array(cellValue, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 14 });
  const arg = fc.oneof(cellValue, range, fc.constantFrom(SE, MO, "GERMES", "PC", "weighted", "geometric"));

  it("every registered function returns a finite number (or the grids) or throws a CustomFunctions.Error with a message", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_IDS), fc.array(arg, { minLength: 7, maxLength: 7 }), (id, args) => {
        const fn = fns.get(id)!;
        let result: unknown;
        try {
          result = fn(...args.slice(0, fn.length || 7));
        } catch (e) {
          expect(e).toBeInstanceOf(StubError);
          const err = e as StubError;
          expect(["#VALUE!", "#N/A"]).toContain(err.code);
          expect(err.message.length).toBeGreaterThan(10);
          // Quoted text and "got …" echo the caller's input; the rest must not show a broken value.
          expect(err.message.replace(/"[^"]*"/g, "").replace(/got .*$/, "")).not.toMatch(
            /undefined|NaN|Infinity|\[object/,
          );
          return;
        }
        if (id === "MILK_GRIDS") return;
        expect(typeof result).toBe("number");
        expect(Number.isFinite(result)).toBe(true);
        expect(Object.is(result, -0)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});
