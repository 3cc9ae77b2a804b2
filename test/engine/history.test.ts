import { computeStatement } from "../../src/engine";
import { deliveriesOn, line, notesOf, producerMonth, rateOf, twice, type ResultRow } from "./builders";

const M = "2025-03";
const germs = (s: ReturnType<typeof computeStatement>) => s.monthlyValues.find((v) => v.criterion === "GERMES")!;

describe("sud-est minimum of two results and its fallbacks", () => {
  test("one result: mean with the previous month's last result", () => {
    const s = computeStatement(
      producerMonth({
        deliveries: deliveriesOn(M, [4]),
        results: [
          ["2025-02-03", "CELLULES", 100000],
          ["2025-02-25", "CELLULES", 300000],
          [`${M}-10`, "CELLULES", 400000],
        ],
      }),
    );
    const cells = s.monthlyValues.find((v) => v.criterion === "CELLULES")!;
    expect(cells.value!.toString()).toBe("346410"); // √(300 000 × 400 000) = 346 410.16
    expect(cells.fallback).toBe("previous-last-result");
    expect(rateOf(s, "CELLULES")).toBe("-6.00");
    expect(notesOf(s, "FALLBACK")[0]).toContain("25/02/2025");
  });
  test("one germ result ≤ 70 000: arithmetic mean with the previous month's last", () => {
    const s = computeStatement(
      producerMonth({
        deliveries: deliveriesOn(M, [4]),
        results: [
          ["2025-02-03", "GERMES", 10000],
          ["2025-02-25", "GERMES", 60000],
          [`${M}-10`, "GERMES", 50000],
        ],
      }),
    );
    expect(germs(s).value!.toString()).toBe("55000");
    expect(germs(s).fallback).toBe("previous-last-result");
  });
  test("a single accident with nothing else: the joker sets it aside and the month has no germ value", () => {
    const s = computeStatement(
      producerMonth({ deliveries: deliveriesOn(M, [4]), results: [[`${M}-10`, "GERMES", 160000]] }),
    );
    expect(germs(s).jokerResult).toBeDefined();
    expect(germs(s).value).toBeNull();
    expect(s.lines.find((l) => l.code === "GERMES")).toBeUndefined();
  });
  test("one fat result: the earlier result is weighted by the volume delivered on its day", () => {
    const s = computeStatement(
      producerMonth({
        deliveries: [
          ["2025-02-25", 3000],
          [`${M}-10`, 9000],
        ],
        results: [["2025-02-25", "MG", 36], [`${M}-10`, "MG", 40], ...twice(M, "MP", 32)],
      }),
    );
    const fat = s.monthlyValues.find((v) => v.criterion === "MG")!;
    expect(fat.value!.toFixed(2)).toBe("39.00"); // (3000 × 36 + 9000 × 40) / 12000
    expect(fat.fallback).toBe("previous-last-result");
  });
  test("no result: the previous month's mean is reused", () => {
    const s = computeStatement(
      producerMonth({
        deliveries: deliveriesOn(M, [4]),
        results: [
          ["2025-02-03", "CELLULES", 250000],
          ["2025-02-25", "CELLULES", 360000],
        ],
      }),
    );
    const cells = s.monthlyValues.find((v) => v.criterion === "CELLULES")!;
    expect(cells.value!.toString()).toBe("300000");
    expect(cells.fallback).toBe("previous-mean");
    expect(rateOf(s, "CELLULES")).toBe("-6.00");
  });
  test("no result two months running: the chain goes back to the last month with results", () => {
    const s = computeStatement(
      producerMonth({
        deliveries: deliveriesOn(M, [4]),
        results: [
          ["2025-01-03", "CELLULES", 450000],
          ["2025-01-25", "CELLULES", 450000],
        ],
      }),
    );
    expect(rateOf(s, "CELLULES")).toBe("-15.00");
  });
  test("a single result with nothing the month before counts alone, with a warning", () => {
    const s = computeStatement(
      producerMonth({ deliveries: deliveriesOn(M, [4]), results: [[`${M}-10`, "CELLULES", 350000]] }),
    );
    expect(s.monthlyValues.find((v) => v.criterion === "CELLULES")!.fallback).toBe("single-result");
    expect(rateOf(s, "CELLULES")).toBe("-6.00");
    expect(s.notes.some((n) => n.code === "FALLBACK" && n.severity === "warning")).toBe(true);
  });
  test("no result and no history: no line, a warning, never 0", () => {
    const s = computeStatement(producerMonth({ deliveries: deliveriesOn(M, [4]), results: twice(M, "MG", 38) }));
    expect(s.lines.find((l) => l.code === "GERMES")).toBeUndefined();
    expect(notesOf(s, "MISSING").some((m) => m.startsWith("Germes"))).toBe(true);
  });
});

describe("joker germes", () => {
  const clean = (month: string): ResultRow[] => [
    [`${month}-05`, "GERMES", 20000],
    [`${month}-20`, "GERMES", 30000],
  ];
  const sixMonths = ["2024-10", "2024-11", "2024-12", "2025-01", "2025-02"].flatMap(clean);

  test("granted: the accident is set aside from the mean and the premium test", () => {
    const s = computeStatement(
      producerMonth({
        deliveries: deliveriesOn(M, [4]),
        results: [
          ...sixMonths,
          [`${M}-04`, "GERMES", 20000],
          [`${M}-11`, "GERMES", 250000],
          [`${M}-18`, "GERMES", 40000],
        ],
      }),
    );
    expect(germs(s).value!.toString()).toBe("30000");
    expect(germs(s).jokerResult!.date).toBe(`${M}-11`);
    expect(rateOf(s, "GERMES")).toBe("0.00");
    expect(notesOf(s, "JOKER")[0]).toContain("écarté");
    expect(notesOf(s, "HISTORY")).toHaveLength(0); // five full months of history
    expect(line(s, "PRIME").explanation).not.toContain("Germes"); // the 250 000 does not fail the premium
  });
  test("exactly 70 000 is not an accident; 70 001 is", () => {
    const at = (v: number) =>
      computeStatement(
        producerMonth({
          deliveries: deliveriesOn(M, [4]),
          results: [...sixMonths, [`${M}-04`, "GERMES", 20000], [`${M}-18`, "GERMES", v]],
        }),
      );
    expect(notesOf(at(70000), "JOKER")).toHaveLength(0);
    expect(notesOf(at(70001), "JOKER")[0]).toContain("écarté");
  });
  test("refused when another result of the five preceding months is above 70 000", () => {
    const s = computeStatement(
      producerMonth({
        deliveries: deliveriesOn(M, [4]),
        results: [
          ...sixMonths,
          ["2024-10-12", "GERMES", 80000],
          [`${M}-04`, "GERMES", 20000],
          [`${M}-11`, "GERMES", 250000],
          [`${M}-18`, "GERMES", 40000],
        ],
      }),
    );
    expect(germs(s).jokerResult).toBeUndefined();
    expect(germs(s).value!.toFixed(0)).toBe("103333"); // (20 000 + 250 000 + 40 000) / 3
    expect(rateOf(s, "GERMES")).toBe("-9.00");
    expect(notesOf(s, "JOKER")[0]).toContain("refusé");
  });
  test("an accident six months back no longer blocks", () => {
    const s = computeStatement(
      producerMonth({
        deliveries: deliveriesOn(M, [4]),
        results: [
          ...sixMonths,
          ["2024-09-12", "GERMES", 80000],
          [`${M}-04`, "GERMES", 20000],
          [`${M}-11`, "GERMES", 250000],
          [`${M}-18`, "GERMES", 40000],
        ],
      }),
    );
    expect(germs(s).jokerResult).toBeDefined();
  });
  test("a used joker stays in the history and blocks the next five months", () => {
    const results: ResultRow[] = [
      ...sixMonths,
      ["2025-01-11", "GERMES", 250000],
      [`${M}-04`, "GERMES", 20000],
      [`${M}-11`, "GERMES", 90000],
      [`${M}-18`, "GERMES", 40000],
    ];
    const january = computeStatement(
      producerMonth({ month: "2025-01", deliveries: deliveriesOn("2025-01", [4]), results }),
    );
    expect(germs(january).jokerResult!.date).toBe("2025-01-11");
    const march = computeStatement(producerMonth({ deliveries: deliveriesOn(M, [4]), results }));
    expect(germs(march).jokerResult).toBeUndefined();
    expect(notesOf(march, "JOKER")[0]).toContain("11/01/2025");
  });
  test("two accidents in the month: refused", () => {
    const s = computeStatement(
      producerMonth({
        deliveries: deliveriesOn(M, [4]),
        results: [...sixMonths, [`${M}-04`, "GERMES", 90000], [`${M}-18`, "GERMES", 95000]],
      }),
    );
    expect(notesOf(s, "JOKER")[0]).toContain("2 résultats");
  });
  test("decided on fewer than five months of history: granted, and the statement says so", () => {
    const s = computeStatement(
      producerMonth({
        deliveries: deliveriesOn(M, [4]),
        results: [
          ...clean("2025-02"),
          [`${M}-04`, "GERMES", 20000],
          [`${M}-11`, "GERMES", 250000],
          [`${M}-18`, "GERMES", 40000],
        ],
      }),
    );
    expect(germs(s).jokerResult).toBeDefined();
    expect(notesOf(s, "HISTORY")[0]).toContain("1 mois d'historique au lieu de 5");
  });
  test("the set-aside result leaves one result: the minimum-of-two fallback takes the previous month's last", () => {
    const s = computeStatement(
      producerMonth({
        deliveries: deliveriesOn(M, [4]),
        results: [...sixMonths, [`${M}-04`, "GERMES", 40000], [`${M}-18`, "GERMES", 250000]],
      }),
    );
    expect(germs(s).value!.toString()).toBe("35000"); // 40 000 and 30 000 (20/02)
    expect(germs(s).fallback).toBe("previous-last-result");
  });
});

describe("mooh contestation ladders and their windows", () => {
  const over = (month: string): ResultRow[] => twice(month, "GERMES", 70000); // mean ≥ 60 000 → 1 contestation
  const under = (month: string): ResultRow[] => twice(month, "GERMES", 20000);
  const run = (results: ResultRow[], month = M) =>
    computeStatement(
      producerMonth({
        grid: "mooh-2025",
        month,
        deliveries: deliveriesOn(month, [4], 10000),
        results,
        historyStart: "2024-01",
      }),
    );

  test("a contestation four months back is inside the 5-month window → level 2 → −3", () => {
    expect(rateOf(run([...over("2024-11"), ...over(M)]), "GERMES")).toBe("-3.00");
  });
  test("five months back is outside → level 1 → −1", () => {
    expect(rateOf(run([...over("2024-10"), ...over(M)]), "GERMES")).toBe("-1.00");
  });
  test("a month without contestation has no deduction, whatever the window holds", () => {
    expect(rateOf(run([...over("2025-01"), ...over("2025-02"), ...under(M)]), "GERMES")).toBe("0.00");
  });
  test("levels 1 → −1, 2 → −3, 3 → −6, 4 → −12, 5 → −24 with suspension, and more stays at −24", () => {
    const months = ["2024-11", "2024-12", "2025-01", "2025-02", "2025-03"];
    const rates = months.map((_, i) => rateOf(run(months.slice(0, i + 1).flatMap(over), months[i]), "GERMES"));
    expect(rates).toEqual(["-1.00", "-3.00", "-6.00", "-12.00", "-24.00"]);
    const fifth = run(months.flatMap(over));
    expect(fifth.suspension).toBe(true);
    expect(notesOf(fifth, "SUSPENSION")).toHaveLength(1);
    const sixth = run(
      [...months.flatMap(over), ...twice("2024-10", "GERMES", 200000)].concat(twice("2025-02", "GERMES", 200000)),
    );
    expect(rateOf(sixth, "GERMES")).toBe("-24.00");
  });
  test("a month can make 2 germ contestations (mean ≥ 160 000)", () => {
    expect(rateOf(run([...twice("2025-01", "GERMES", 170000), ...over(M)]), "GERMES")).toBe("-6.00"); // 2 + 1 = 3
  });
  test("cells have their own count", () => {
    const s = run([...over("2025-01"), ...twice(M, "CELLULES", 310000)]);
    expect(rateOf(s, "CELLULES")).toBe("-1.00");
    expect(rateOf(s, "GERMES")).toBe("0.00");
  });
  test("incomplete history is reported", () => {
    const s = computeStatement(
      producerMonth({ grid: "mooh-2025", deliveries: deliveriesOn(M, [4]), results: [...over("2025-02"), ...over(M)] }),
    );
    expect(notesOf(s, "HISTORY")[0]).toContain("1 des 4 mois précédents");
  });

  describe("inhibitors over 12 months", () => {
    const positive = (date: string): ResultRow => [date, "INHIBITEURS", 1];
    test("a positive eleven months back → 2nd contestation → −15 and suspension", () => {
      const s = run([positive("2024-04-20"), positive(`${M}-08`), [`${M}-20`, "INHIBITEURS", 0]]);
      expect(rateOf(s, "INHIBITEURS")).toBe("-15.00");
      expect(s.suspension).toBe(true);
    });
    test("twelve months back is outside → −5", () => {
      expect(rateOf(run([positive("2024-03-20"), positive(`${M}-08`)]), "INHIBITEURS")).toBe("-5.00");
    });
    test("several positives in one month make one contestation; 3 and more → −30", () => {
      expect(rateOf(run([positive(`${M}-08`), positive(`${M}-12`)]), "INHIBITEURS")).toBe("-5.00");
      expect(
        rateOf(
          run([positive("2024-06-02"), positive("2024-09-02"), positive("2024-12-02"), positive(`${M}-08`)]),
          "INHIBITEURS",
        ),
      ).toBe("-30.00");
    });
    test("actual damages are charged as entered", () => {
      const s = computeStatement(
        producerMonth({
          grid: "mooh-2025",
          deliveries: deliveriesOn(M, [4]),
          results: [positive(`${M}-08`)],
          events: [{ date: `${M}-09`, type: "DOMMAGES", amount: "1234.55" }],
        }),
      );
      expect(line(s, "DOMMAGES").amount.toFixed(2)).toBe("-1234.55");
      expect(line(s, "INHIBITEURS").amount.toFixed(2)).toBe("-250.00"); // −5 cts × 5 000 kg
    });
  });
});

describe("sud-est antibiotic residues", () => {
  const positive = (date: string): ResultRow => [date, "INHIBITEURS", 1];
  const month = (results: ResultRow[], events: Parameters<typeof producerMonth>[0]["events"] = []) =>
    computeStatement(
      producerMonth({
        basePrice: 400,
        deliveries: [
          [`${M}-06`, 4000],
          [`${M}-06`, 1000],
          [`${M}-12`, 5000],
        ],
        results,
        events,
        historyStart: "2024-01",
      }),
    );
  const amounts = (s: ReturnType<typeof computeStatement>, prefix: string) =>
    s.lines.filter((l) => l.code.startsWith(prefix)).map((l) => l.amount.toFixed(2));

  test("first positive: 125 % of the day's milk at base price, destruction 250 € + spreading", () => {
    const s = month([positive(`${M}-06`)], [{ date: `${M}-07`, type: "EPANDAGE", amount: 180 }]);
    expect(amounts(s, "ANTIBIO")).toEqual(["-2500.00"]); // 5 000 L × 400 €/1000 L × 125 %
    expect(amounts(s, "DESTRUCTION")).toEqual(["-250.00"]);
    expect(amounts(s, "EPANDAGE")).toEqual(["-180.00"]);
    expect(line(s, "ANTIBIO").inEffectivePrice).toBe(false);
  });
  test("a repeat within 12 rolling months: 200 % and 500 €", () => {
    const s = month([positive("2024-03-07"), positive(`${M}-06`)]);
    expect(amounts(s, "ANTIBIO")).toEqual(["-4000.00"]);
    expect(amounts(s, "DESTRUCTION")).toEqual(["-500.00"]);
  });
  test("exactly 12 months earlier is outside the window: 125 % and 250 €", () => {
    const s = month([positive("2024-03-06"), positive(`${M}-06`)]);
    expect(amounts(s, "ANTIBIO")).toEqual(["-2500.00"]);
    expect(amounts(s, "DESTRUCTION")).toEqual(["-250.00"]);
  });
  test("third positive in 12 months: 200 % and 750 €; two in the month rank 2nd and 3rd", () => {
    const s = month([positive("2024-09-01"), positive(`${M}-06`), positive(`${M}-12`)]);
    expect(amounts(s, "ANTIBIO")).toEqual(["-4000.00", "-4000.00"]);
    expect(amounts(s, "DESTRUCTION")).toEqual(["-500.00", "-750.00"]);
  });
  test("a positive on a day without delivery: no penalty computed, a warning", () => {
    const s = month([positive(`${M}-20`)]);
    expect(amounts(s, "ANTIBIO")).toEqual([]);
    expect(notesOf(s, "ANTIBIOTIC")[0]).toContain("20/03/2025");
  });
  test("alert: 50 % of the undelivered milk once per calendar year; a second alert that year gets nothing", () => {
    const first = month([], [{ date: `${M}-15`, type: "ALERTE", volume: 3000 }]);
    expect(amounts(first, "ALERTE")).toEqual(["600.00"]); // 3 000 L × 400 / 1000 × 50 %
    const second = month(
      [],
      [
        { date: "2025-01-15", type: "ALERTE", volume: 2000 },
        { date: `${M}-15`, type: "ALERTE", volume: 3000 },
      ],
    );
    expect(amounts(second, "ALERTE")).toEqual([]);
    expect(notesOf(second, "ALERT")[0]).toContain("déjà 1 alerte en 2025");
    const twiceInMonth = month(
      [],
      [
        { date: `${M}-10`, type: "ALERTE", volume: 1000 },
        { date: `${M}-15`, type: "ALERTE", volume: 3000 },
      ],
    );
    expect(amounts(twiceInMonth, "ALERTE")).toEqual(["200.00"]);
    const lastYear = month(
      [],
      [
        { date: "2024-12-15", type: "ALERTE", volume: 2000 },
        { date: `${M}-15`, type: "ALERTE", volume: 3000 },
      ],
    );
    expect(amounts(lastYear, "ALERTE")).toEqual(["600.00"]);
  });
});
