import { columnLetters, columnNumber } from "../../src/workbook/columns";

describe("column letters", () => {
  it("writes a column number as Excel's letters", () => {
    expect([1, 2, 26, 27, 52, 53, 702, 703, 16384].map(columnLetters)).toEqual([
      "A",
      "B",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    expect(columnLetters(0)).toBe("");
  });

  it("reads letters back, either case", () => {
    expect(["A", "z", "AA", "aZ", "XFD"].map(columnNumber)).toEqual([1, 26, 27, 52, 16384]);
    for (let c = 1; c <= 20000; c++) expect(columnNumber(columnLetters(c))).toBe(c);
  });
});
