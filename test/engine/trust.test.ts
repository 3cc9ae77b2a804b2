/**
 * Issue 11 in the engine: one base price (rounded as read) for every rule, the previous month's mean reused
 * at most 12 months back, volume outliers, and the grids' plausible ranges.
 */
import {
  computeStatement,
  getGrid,
  loadGrid,
  plausibilityProblem,
  plausibleRanges,
  rangeText,
  GridError,
  PLAUSIBLE_KEYS,
} from "../../src/engine";
import sudEstRaw from "../../src/engine/grids/sud-est-2018.json";
import { D, deliveriesOn, line, notesOf, producerMonth, twice } from "./builders";

describe("base price typed with more than two decimals (grids.md, Base price / One rounding per amount)", () => {
  // 412,245 €/1000 L is read as 412,25 (half away from zero); 6 collections of 5 000 L = 30 000 L.
  const M = "2025-03";
  const s = computeStatement(
    producerMonth({
      month: M,
      basePrice: "412.245",
      deliveries: deliveriesOn(M, [2, 5, 8, 12, 18, 24]),
      results: [
        ...twice(M, "PC", "-0.503"), // worst −0,503 → −2 % of the base price
        [`${M}-08`, "INHIBITEURS", 1], // a first positive on a 5 000 L day
      ],
      events: [{ date: `${M}-20`, type: "ALERTE", volume: 4200 }],
    }),
  );

  test("the statement's base price is the rounded one, and it says so", () => {
    expect(s.basePrice.toFixed(3)).toBe("412.250");
    expect(notesOf(s, "BASE_PRICE")[0]).toMatch(/412,245 arrondi à 412,25/);
  });
  test("BASE line: 412,25 × 30 000 ÷ 1000 = 12 367,50", () => {
    expect(line(s, "BASE").amount.toFixed(2)).toBe("12367.50");
  });
  test("freezing point −2 % of the rounded base price: 412,25 × −2 % = −8,245 → −8,25 (was −8,24 from 412,245)", () => {
    expect(line(s, "PC").rate!.toFixed(2)).toBe("-8.25");
    expect(line(s, "PC").amount.toFixed(2)).toBe("-247.50"); // −8,25 × 30 000 ÷ 1000
  });
  test("antibiotic penalty: 125 % × 412,25 × 5 000 ÷ 1000 = 2 576,5625 → −2 576,56 (was −2 576,53)", () => {
    expect(line(s, "ANTIBIO").amount.toFixed(2)).toBe("-2576.56");
  });
  test("alert indemnity: 50 % × 412,25 × 4 200 ÷ 1000 = 865,725 → 865,73, rounded once (was 865,71)", () => {
    expect(line(s, "ALERTE").amount.toFixed(2)).toBe("865.73");
  });
});

describe("previous month's mean reused at most 12 months back (grids.md, History)", () => {
  const M = "2025-03";
  // Deliveries every month from 2024-01; fat results only in one earlier month.
  const months = [
    "2024-01",
    "2024-02",
    "2024-03",
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
    M,
  ];
  const deliveries = months.flatMap((m) => deliveriesOn(m, [4, 18]));
  const withFatIn = (month: string) =>
    computeStatement(
      producerMonth({ month: M, deliveries, results: [...twice(month, "MG", 40), ...twice(M, "MP", 33)] }),
    );

  test("a mean 12 months back (2024-03) is reused, and the statement says from when", () => {
    const s = withFatIn("2024-03");
    const mg = s.monthlyValues.find((v) => v.criterion === "MG")!;
    expect(mg.value!.toFixed(2)).toBe("40.00");
    expect(mg.fallback).toBe("previous-mean");
    expect(mg.explanation).toContain("dernière moyenne reprise (2024-03, il y a 12 mois");
    expect(line(s, "MG").rate!.toFixed(2)).toBe("5.82"); // 40 g/l: 2 × 2,91
  });

  test("a mean 13 months back (2024-02) is not: no value, no line, a warning that names it", () => {
    const s = withFatIn("2024-02");
    const mg = s.monthlyValues.find((v) => v.criterion === "MG")!;
    expect(mg.value).toBeNull();
    expect(s.lines.some((l) => l.code === "MG")).toBe(false);
    const [warning] = s.notes.filter((n) => n.code === "MISSING" && n.message.startsWith("Matière grasse"));
    expect(warning.severity).toBe("warning");
    expect(warning.message).toContain(
      "la dernière moyenne (2024-02) date de 13 mois : au-delà de 12 mois, elle n'est pas reprise",
    );
  });
});

describe("volume outliers: more than 5 times or less than a fifth of the producer's median delivery", () => {
  const M = "2025-03";
  const usual = [
    ...deliveriesOn("2025-01", [3, 6, 9, 12, 15, 18, 21, 24, 27], 15000),
    ...deliveriesOn("2025-02", [3, 6, 9, 12, 15, 18, 21, 24], 15000),
  ];

  test("the issue's 5 000 000 L among deliveries of 15 000 L is a warning naming the day and the median", () => {
    const s = computeStatement(
      producerMonth({ month: M, deliveries: [...usual, ...deliveriesOn(M, [3, 6], 15000), [`${M}-09`, 5000000]] }),
    );
    const notes = s.notes.filter((n) => n.code === "VOLUME_OUTLIER");
    expect(notes).toHaveLength(1);
    expect(notes[0].severity).toBe("warning");
    expect(notes[0].message).toMatch(
      /^Livraison du 09\/03\/2025 : 5\u00a0000\u00a0000 L, plus de 5 fois la livraison habituelle du producteur \(médiane 15\u00a0000 L sur 20 livraisons/,
    );
    // Paid as typed (a warning, not an error): 15 000 × 2 + 5 000 000 = 5 030 000 L.
    expect(s.volume.toString()).toBe("5030000");
  });

  test("a fifth of the median is not flagged, just below is: 3 000 L vs 2 999 L with a median of 15 000 L", () => {
    const s = computeStatement(
      producerMonth({
        month: M,
        deliveries: [...usual, [`${M}-03`, 3000], [`${M}-06`, 2999], [`${M}-09`, 75000], [`${M}-12`, 75001]],
      }),
    );
    const flagged = s.notes.filter((n) => n.code === "VOLUME_OUTLIER").map((n) => n.message.split(" L, ")[0]);
    // 3 000 × 5 = 15 000, not below the median; 75 000 = 5 × 15 000, not above it.
    expect(flagged).toEqual(["Livraison du 06/03/2025 : 2\u00a0999", "Livraison du 12/03/2025 : 75\u00a0001"]);
  });

  test("fewer than 5 deliveries in the months read: no median, no warning", () => {
    const s = computeStatement(
      producerMonth({
        month: M,
        deliveries: [
          [`${M}-03`, 15000],
          [`${M}-06`, 15000],
          [`${M}-09`, 15000],
          [`${M}-12`, 5000000],
        ],
      }),
    );
    expect(notesOf(s, "VOLUME_OUTLIER")).toEqual([]);
  });
});

describe("plausible ranges declared by the grids", () => {
  test("every shipped grid bounds each measured criterion and one delivery's volume, with a source", () => {
    for (const id of ["sud-est-2018", "mooh-2025"]) {
      const grid = getGrid(id);
      const ranges = plausibleRanges(grid);
      const expected = PLAUSIBLE_KEYS.filter((k) => k === "VOLUME" || grid.criteria[k] !== undefined);
      expect(Object.keys(ranges).sort()).toEqual([...expected].sort());
      for (const r of Object.values(ranges)) {
        expect(r!.min.lte(r!.max)).toBe(true);
        expect(r!.source.length).toBeGreaterThan(20);
      }
    }
  });

  test("ranges are in each grid's unit: fat 20 à 70 g/l for sud-est, 2 à 7 % for mooh", () => {
    expect(rangeText(getGrid("sud-est-2018"), "MG")).toBe("20 à 70\u00a0g/l");
    expect(rangeText(getGrid("mooh-2025"), "MG")).toBe("2 à 7\u00a0%");
    expect(rangeText(getGrid("sud-est-2018"), "PC")).toBe("−0,600 à −0,400\u00a0°C");
  });

  test("the issue's 400 g/l fat: a French message with the range, the grid and the likely value", () => {
    expect(plausibilityProblem(getGrid("sud-est-2018"), "MG", D(400))).toBe(
      "MG 400\u00a0g/l hors des valeurs plausibles (20 à 70\u00a0g/l pour sud-est-2018) : vérifiez la saisie (40 ?)",
    );
    expect(plausibilityProblem(getGrid("sud-est-2018"), "MG", D("40.0"))).toBeNull();
    expect(plausibilityProblem(getGrid("sud-est-2018"), "MG", D(70))).toBeNull(); // bounds are inclusive
  });

  test("4,1 % fat for a g/l grid names the unit slip; 41 g/l for a % grid too", () => {
    expect(plausibilityProblem(getGrid("sud-est-2018"), "MG", D("4.1"))).toMatch(
      /^MG 4,1\u00a0g\/l hors des valeurs plausibles .*valeur en % \? la grille sud-est-2018 paie des teneurs en g\/l/,
    );
    expect(plausibilityProblem(getGrid("mooh-2025"), "MG", D(41))).toMatch(
      /valeur en g\/l \? la grille mooh-2025 paie des teneurs en %/,
    );
  });

  test("a volume above the grid's bound", () => {
    expect(plausibilityProblem(getGrid("sud-est-2018"), "VOLUME", D(5000000))).toMatch(
      /^volume 5\u00a0000\u00a0000\u00a0L hors des valeurs plausibles \(0 à 100\u00a0000\u00a0L pour sud-est-2018\)/,
    );
  });

  test("a faulty block is refused naming the grid and the field", () => {
    const withPlausible = (plausible: unknown) => loadGrid({ ...sudEstRaw, plausible });
    expect(() => withPlausible({ MG: { min: "70", max: "20", source: "x" } })).toThrow(
      new GridError("sud-est-2018", "plausible.MG", "min 70 est au-dessus de max 20"),
    );
    expect(() => withPlausible({ INHIBITEURS: { min: "0", max: "1", source: "x" } })).toThrow(
      /plausible\.INHIBITEURS : nom inconnu « INHIBITEURS »/,
    );
    expect(() => withPlausible({ MG: { min: 20, max: "70", source: "x" } })).toThrow(
      /plausible\.MG\.min : attendu : un nombre écrit avec un point décimal/,
    );
    expect(() => withPlausible({ MG: { min: "20", max: "70" } })).toThrow(/plausible\.MG\.source/);
  });
});
