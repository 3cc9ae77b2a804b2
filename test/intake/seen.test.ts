import { SeenResults } from "../../src/intake/seen";

describe("SeenResults (the import's table of results already there)", () => {
  test("first one kept; validated and not validated apart; codes by codeKey; grows past its size", () => {
    const seen = new SeenResults(0); // the smallest table: 4 096 entries, grown below
    const d = seen.dateId("2025-03-03");
    const p1 = seen.codeId("P1");
    expect(seen.codeId("p1")).toBe(p1);
    const mg = seen.criterionId("MG");
    const v40 = seen.valueId("40");
    expect(seen.valueId("40")).toBe(v40);
    expect(seen.findOrAdd(d, p1, mg, true, v40, -2)).toBe(-1);
    const at = seen.findOrAdd(d, p1, mg, true, seen.valueId("41"), 7);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(seen.valueText(seen.valueOf(at))).toBe("40");
    expect(seen.whereOf(at)).toBe(-2);
    expect(seen.findOrAdd(d, p1, mg, false, v40, 8)).toBe(-1);

    // 20 000 more results (the table doubles several times): every one found again with its value and place.
    const ids: [number, number, number, number][] = [];
    for (let i = 0; i < 20_000; i++) {
      const date = seen.dateId(`2024-01-${String(1 + (i % 28)).padStart(2, "0")}#${Math.floor(i / 28)}`);
      const code = seen.codeId(`C${i % 500}`);
      const crit = seen.criterionId((["MG", "MP", "GERMES", "CELLULES"] as const)[i % 4]);
      const value = seen.valueId(String(i));
      if (seen.findOrAdd(date, code, crit, true, value, i + 1) !== -1)
        throw new Error(`result ${i} taken for a duplicate`);
      ids.push([date, code, crit, value]);
    }
    const wrong = ids.filter(([date, code, crit, value], i) => {
      const e = seen.findOrAdd(date, code, crit, true, seen.valueId("other"), 0);
      return e < 0 || seen.valueOf(e) !== value || seen.whereOf(e) !== i + 1;
    });
    expect(wrong).toEqual([]);
    const again = seen.findOrAdd(d, p1, mg, true, v40, 9);
    expect([seen.valueText(seen.valueOf(again)), seen.whereOf(again)]).toEqual(["40", -2]);
  });
});
