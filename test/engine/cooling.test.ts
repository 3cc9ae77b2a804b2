import { Decimal, computeStatement } from "../../src/engine";
import { notesOf, producerMonth } from "./builders";

const M = "2025-03";
/** A mooh month with one collection at the given temperature, time and place. */
function pickUp(temperature: string, time?: string, place?: "ferme" | "centre") {
  const input = producerMonth({ grid: "mooh-2025", month: M, deliveries: [] });
  return computeStatement({
    ...input,
    deliveries: [{ date: `${M}-04`, volume: new Decimal(2000), temperature: new Decimal(temperature), time, place }],
  });
}

describe("mooh cooling check at pick-up (reported, not priced)", () => {
  test.each([
    ["5", "12:00", "ferme", 0], // ≤ 5 °C always fine
    ["5.1", "12:00", "ferme", 1], // above 5 outside the windows
    ["10", "05:00", "ferme", 0], // farm window 05:00–08:00, both ends included
    ["10", "08:00", "ferme", 0],
    ["10", "08:01", "ferme", 1],
    ["10", "17:00", "ferme", 0],
    ["10", "20:00", "ferme", 0],
    ["10", "06:00", "centre", 0], // collection centre 06:00–09:00 and 18:00–21:00
    ["10", "05:30", "centre", 1],
    ["10", "21:00", "centre", 0],
    ["10.1", "06:30", "centre", 1], // above 10 °C never tolerated
  ] as [string, string, "ferme" | "centre", number][])(
    "%s °C at %s (%s) → %i warning(s)",
    (t, time, place, warnings) => {
      const s = pickUp(t, time, place);
      expect(notesOf(s, "COOLING")).toHaveLength(warnings);
      expect(s.lines.some((l) => l.code === "REFROIDISSEMENT")).toBe(false);
    },
  );
  test("without time or place, a temperature between 5 and 10 °C cannot be decided and is reported", () => {
    expect(notesOf(pickUp("7"), "COOLING")[0]).toContain("impossible à vérifier");
  });
});

describe("PSL effective price", () => {
  test("keeps base, contents and quality bonuses; leaves out quality deductions, penalties and costs", () => {
    const s = computeStatement(
      producerMonth({
        grid: "mooh-2025",
        month: M,
        basePrice: 70,
        deliveries: [[`${M}-04`, 10000]],
        results: [
          [`${M}-04`, "MG", "4.10"],
          [`${M}-04`, "GERMES", 90000],
          [`${M}-04`, "INHIBITEURS", 1],
        ],
        events: [{ date: `${M}-05`, type: "DOMMAGES", amount: 500 }],
        historyStart: "2024-01",
      }),
    );
    const amount = (code: string) => s.lines.find((l) => l.code === code)!.amount.toFixed(2);
    expect(amount("BASE")).toBe("7000.00");
    expect(amount("MG")).toBe("60.00"); // +0.60 cts/kg
    expect(amount("GERMES")).toBe("-100.00"); // single result ≥ 80 000 → 1st contestation → −1
    expect(amount("INHIBITEURS")).toBe("-500.00"); // −5
    expect(amount("DOMMAGES")).toBe("-500.00");
    expect(s.total.toFixed(2)).toBe("5960.00");
    expect(s.pricePerUnit!.toFixed(2)).toBe("59.60");
    expect(s.effectivePrice!.toFixed(2)).toBe("70.60"); // (7000 + 60) / 10 000 kg × 100
    expect(s.suspension).toBe(true);
  });
});
