/**
 * The sample OP: deterministic, realistic, every special case present, and its reference producer's
 * statement computed by hand (grids.md) to the cent.
 */
import { runJson, runStatements } from "../../src/run";
import { CASE, generateSample, producerCode, sampleRowCount } from "../../scripts/sample/generate";
import { sampleWorkbook } from "./fixtures";

describe("the sample generator", () => {
  it("is deterministic", () => {
    const a = generateSample({ grid: "sud-est-2018" });
    const b = generateSample({ grid: "sud-est-2018" });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(generateSample({ grid: "sud-est-2018", seed: 2 }))).not.toBe(JSON.stringify(a));
  });

  it("makes about 120 producers over 13 months with realistic values", () => {
    const s = generateSample({ grid: "sud-est-2018" });
    expect(s.months).toHaveLength(13);
    expect(s.months[12]).toBe("2025-03");
    const producers = s.sheets.find((x) => x.name === "Producteurs")!.rows;
    expect(producers).toHaveLength(120);
    const analyses = s.sheets.find((x) => x.name === "Analyses")!.rows;
    const fat = analyses.filter((r) => r[2] === "MG" && typeof r[3] === "number").map((r) => r[3] as number);
    expect(Math.min(...fat)).toBeGreaterThan(34);
    expect(Math.max(...fat)).toBeLessThan(48);
    const volumes = s.sheets
      .find((x) => x.name === "Livraisons")!
      .rows.filter((r) => typeof r[2] === "number")
      .map((r) => r[2] as number);
    expect(Math.min(...volumes)).toBeGreaterThan(1500);
    expect(Math.max(...volumes)).toBeLessThan(10000);
    expect(sampleRowCount(s)).toBeGreaterThan(50000);
    const mooh = generateSample({ grid: "mooh-2025" });
    const moohFat = mooh.sheets
      .find((x) => x.name === "Analyses")!
      .rows.filter((r) => r[2] === "MG" && typeof r[3] === "number")
      .map((r) => r[3] as number);
    expect(Math.min(...moohFat)).toBeGreaterThan(3.5);
    expect(Math.max(...moohFat)).toBeLessThan(4.8);
    expect(mooh.sheets.find((x) => x.name === "Livraisons")!.headers).toEqual([
      "Date",
      "Code",
      "Volume (kg)",
      "Heure",
      "Température",
      "Lieu",
    ]);
  });

  it("takes short histories: one or two months (the newcomer then delivers from the first)", () => {
    for (const months of [1, 2]) {
      const s = generateSample({ grid: "sud-est-2018", producers: 30, months });
      expect(s.months).toHaveLength(months);
      const newcomer = producerCode(CASE.newcomer, 30);
      const deliveries = s.sheets.find((sheet) => sheet.name === "Livraisons")!.rows;
      expect(deliveries.some((row) => row[1] === newcomer)).toBe(true);
    }
  });

  it("the benchmark size is about 480 000 input rows", () => {
    const s = generateSample({ grid: "sud-est-2018", producers: 2000, months: 6 });
    const rows = sampleRowCount(s);
    expect(rows).toBeGreaterThan(440000);
    expect(rows).toBeLessThan(520000);
  });
});

describe("the sud-est sample, last month", () => {
  let json: ReturnType<typeof runJson>;
  let result: Awaited<ReturnType<typeof runStatements>>;
  let basePrice: number;
  beforeAll(async () => {
    const { sample, workbook } = sampleWorkbook({ grid: "sud-est-2018" });
    basePrice = sample.basePrices[sample.month];
    result = await runStatements(workbook, { month: sample.month });
    json = runJson(result);
  });
  const code = (n: number) => producerCode(n, 120);
  const statement = (n: number) => json.statements.find((s) => s.producer === code(n));

  it("the reference producer, by hand", () => {
    const s = statement(CASE.reference)!;
    // Collections every 2 days from 1 March: 16 × 5 000 L = 80 000 L.
    expect(s.volume).toBe(80000);
    // Fat 40,0 g/l: 2 × 2,91 = +5,82; protein 33,0: 1 × 6,40 = +6,40; germs 20 000 → 0; cells 150 000 → 0;
    // spores 500 → +1,50; freezing point −0,520 → 0; charter signed, all premium conditions → +6,00.
    const rates: Record<string, number> = {
      BASE: basePrice,
      MG: 5.82,
      MP: 6.4,
      GERMES: 0,
      CELLULES: 0,
      BUTYRIQUES: 1.5,
      PC: 0,
      PRIME: 6,
    };
    let total = 0;
    for (const line of s.lines) {
      const amount = Math.round(rates[line.code] * 80 * 100) / 100; // rate × 80 000 / 1000, to the cent
      expect([line.code, line.rate, line.amount]).toEqual([line.code, rates[line.code], amount]);
      total += Math.round(amount * 100);
    }
    expect(s.lines.map((l) => l.code)).toEqual(Object.keys(rates));
    expect(Math.round(s.total * 100)).toBe(total);
    // Base price of March 2025 in the sample: 444,97 → 444,97 + 19,72 = 464,69 €/1000 L; × 80 = 37 175,20 €.
    expect(basePrice).toBe(444.97);
    expect(s.total).toBe(37175.2);
    expect(s.pricePerUnit).toBe(464.69);
  });

  it("every special case shows", () => {
    const has = (n: number, code: string) =>
      result.issues.some((i) => i.producer === producerCode(n, 120) && i.code === code);
    const notes = (n: number) => statement(n)!.notes.join("\n");
    expect(notes(CASE.singleResults)).toMatch(/dernier résultat du mois précédent/);
    expect(notes(CASE.noResultsThisMonth)).toMatch(/moyenne du mois précédent reprise/);
    expect(notes(CASE.germsA)).toMatch(/joker germes : résultat de 120\s000/);
    expect(notes(CASE.germsB)).toMatch(/joker refusé/);
    expect(statement(CASE.germsB)!.lines.find((l) => l.code === "GERMES")!.rate).toBe(-9);
    expect(statement(CASE.antibioticA)!.lines.map((l) => l.code)).toEqual(
      expect.arrayContaining(["ANTIBIO", "DESTRUCTION", "EPANDAGE"]),
    );
    expect(statement(CASE.antibioticB)!.lines.find((l) => l.code === "DESTRUCTION")!.amount).toBe(-500);
    expect(statement(CASE.alertA)!.lines.find((l) => l.code === "ALERTE")!.amount).toBeGreaterThan(0);
    expect(has(CASE.alertB, "ALERT")).toBe(true);
    expect(statement(CASE.noConsent)).toBeUndefined();
    expect(has(CASE.noConsent, "CONSENT")).toBe(true);
    for (const n of [CASE.badValue, CASE.badDate, CASE.badVolume]) {
      expect(statement(n)).toBeUndefined();
      expect(result.issues.find((i) => i.producer === code(n) && i.severity === "error")).toMatchObject({
        sheet: expect.any(String),
        row: expect.any(Number),
        column: expect.any(String),
      });
    }
    expect(statement(CASE.cellsHigh)!.lines.find((l) => l.code === "CELLULES")!.rate).toBe(-15);
    expect(statement(CASE.germsMid)!.lines.find((l) => l.code === "GERMES")!.rate).toBe(-9);
    expect(has(CASE.freezingWarn, "WARNING")).toBe(true);
    expect(statement(CASE.freezingPenalty)!.lines.find((l) => l.code === "PC")!.rate).toBe(-8.9); // −2 % of 444,97
    expect(statement(CASE.noCharter)!.lines.find((l) => l.code === "PRIME")!.rate).toBe(0);
    expect(statement(CASE.sporesHigh)!.lines.find((l) => l.code === "BUTYRIQUES")!.rate).toBe(-15);
    expect(statement(CASE.typedAsText)).toBeDefined();
    expect(result.issues.some((i) => i.code === "UNKNOWN_PRODUCER")).toBe(true);
    expect(result.summary).toMatchObject({ producers: 120, statements: 116, withheld: 3, noConsent: 1 });
  });
});

describe("the mooh sample, last month", () => {
  it("the reference producer by hand, and the ladders", async () => {
    const { sample, workbook } = sampleWorkbook({ grid: "mooh-2025" });
    const json = runJson(await runStatements(workbook, { month: sample.month }));
    const s = (n: number) => json.statements.find((x) => x.producer === producerCode(n, 120))!;
    const ref = s(CASE.reference);
    // 16 × 5 000 kg = 80 000 kg; fat 4,15 % → 15 × 0,06 = +0,90; protein 3,25 % → −5 × 0,07 = −0,35;
    // excellence (germs 8 000, cells 90 000, no inhibitor, PC −0,520) → +0,50. Base 61,36 cts/kg.
    expect(sample.basePrices[sample.month]).toBe(61.36);
    expect(ref.volume).toBe(80000);
    // Each line: rate × 80 000 / 100 CHF.
    expect(ref.lines.filter((l) => l.amount !== 0).map((l) => [l.code, l.rate, l.amount])).toEqual([
      ["BASE", 61.36, 49088],
      ["MG", 0.9, 720],
      ["MP", -0.35, -280],
      ["EXCELLENCE", 0.5, 400],
    ]);
    expect(ref.total).toBe(49928); // 62,41 × 800
    expect(ref.pricePerUnit).toBe(62.41);
    const rate = (n: number, code: string) => s(n).lines.find((l) => l.code === code)!.rate;
    expect(rate(CASE.germsA, "GERMES")).toBe(-6); // level 3
    expect(rate(CASE.germsB, "CELLULES")).toBe(-3); // level 2
    expect(rate(CASE.antibioticA, "INHIBITEURS")).toBe(-5);
    expect(s(CASE.antibioticA).lines.find((l) => l.code === "DOMMAGES")!.amount).toBe(-1250);
    expect(rate(CASE.antibioticB, "INHIBITEURS")).toBe(-15);
    expect(rate(CASE.alertA, "GERMES")).toBe(-1); // a single result ≥ 80 000
    expect(rate(CASE.alertB, "PC")).toBe(-0.65);
    expect(rate(CASE.germsMid, "PC")).toBe(-1.95);
    expect(rate(CASE.cellsHigh, "EXCELLENCE")).toBe(0.5);
    expect(rate(CASE.freezingPenalty, "GERMES")).toBe(-24);
    expect(s(CASE.freezingPenalty).notes.join()).toMatch(/suspension/);
    expect(s(CASE.freezingWarn).notes.filter((n) => n.startsWith("Refroidissement"))).toHaveLength(2);
  });
});
