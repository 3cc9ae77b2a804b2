/**
 * Re-runs replace exactly the sheets generated for that month; a sheet of the same name that the run did not
 * generate stops it; sheet names are Excel-safe and unique; text from the input stays text.
 */
import { RunError, runStatements, sanitizeSheetName } from "../../src/run";
import { SheetNamer } from "../../src/run/sheetNames";
import { values } from "./memoryPort";
import { opWorkbook, results, deliveries, type Rows } from "./fixtures";

function month(code: string, m: string): { d: Rows; r: Rows } {
  return {
    d: deliveries(code, [
      [`${m}-03`, 5000],
      [`${m}-17`, 5000],
    ]),
    r: results(code, [
      [`${m}-03`, "MG", 40],
      [`${m}-17`, "MG", 40],
      [`${m}-03`, "MP", 33],
      [`${m}-17`, "MP", 33],
      [`${m}-03`, "GERMES", 20000],
      [`${m}-17`, "GERMES", 20000],
      [`${m}-03`, "CELLULES", 150000],
      [`${m}-17`, "CELLULES", 150000],
      [`${m}-03`, "BUTYRIQUES", 500],
      [`${m}-17`, "BUTYRIQUES", 500],
      [`${m}-03`, "PC", -0.52],
    ]),
  };
}

function op(codes: string[], names: Record<string, string> = {}) {
  const a = codes.map((c) => month(c, "2025-02"));
  const b = codes.map((c) => month(c, "2025-03"));
  return opWorkbook({
    producers: codes.map((c) => [c, names[c] ?? `Ferme ${c}`, null, "oui", null]),
    deliveries: [...a, ...b].flatMap((x) => x.d),
    results: [...a, ...b].flatMap((x) => x.r),
    prices: [
      ["2025-02", "sud-est-2018", 440],
      ["2025-03", "sud-est-2018", 450],
    ],
  });
}

const names = (port: ReturnType<typeof op>) => port.sheets.map((s) => s.name);

describe("re-running a month", () => {
  it("replaces exactly the sheets generated for that month, and nothing else", async () => {
    const port = op(["P1", "P2"]);
    await runStatements(port, { month: "2025-02" });
    await runStatements(port, { month: "2025-03" });
    port.addSheet("Mes notes");
    const before = names(port);
    expect(before).toEqual([
      "Producteurs",
      "Livraisons",
      "Analyses",
      "PrixDeBase",
      "Evenements",
      "Synthèse 2025-02",
      "Contrôles 2025-02",
      "2025-02 P1",
      "2025-02 P2",
      "Synthèse 2025-03",
      "Contrôles 2025-03",
      "2025-03 P1",
      "2025-03 P2",
      "Mes notes",
    ]);
    const feb = port.output("2025-02 P1");

    // P2 leaves the OP; March is run again: its four sheets are replaced by three, February and the user's sheet stay.
    const p = port.sheet("Producteurs")!;
    p.cells = p.cells!.filter((r) => r[0] !== "P2");
    const result = await runStatements(port, { month: "2025-03" });
    expect(result.replaced).toEqual(["Synthèse 2025-03", "Contrôles 2025-03", "2025-03 P1", "2025-03 P2"]);
    expect(names(port)).toEqual([
      "Producteurs",
      "Livraisons",
      "Analyses",
      "PrixDeBase",
      "Evenements",
      "Synthèse 2025-02",
      "Contrôles 2025-02",
      "2025-02 P1",
      "2025-02 P2",
      "Mes notes",
      "Synthèse 2025-03",
      "Contrôles 2025-03",
      "2025-03 P1",
    ]);
    expect(port.output("2025-02 P1")).toBe(feb); // untouched
    expect(port.sheet("Mes notes")!.cells).toEqual([["user"]]);
    // The P2 rows in the data are now unknown codes.
    expect(result.issues.some((i) => i.code === "UNKNOWN_PRODUCER")).toBe(true);
  });

  it("the same run twice gives the same sheets", async () => {
    const port = op(["P1", "P2"]);
    const first = await runStatements(port, { month: "2025-03" });
    const sheets1 = port.sheets.filter((s) => s.output).map((s) => s.output);
    const second = await runStatements(port, { month: "2025-03" });
    const sheets2 = port.sheets.filter((s) => s.output).map((s) => s.output);
    expect(sheets2).toEqual(sheets1);
    expect(second.sheets).toEqual(first.sheets);
    expect(second.replaced).toEqual(first.sheets);
  });

  it("a user's sheet with a name the run would write stops it with a clear message, before anything is written", async () => {
    const port = op(["P1", "P2"]);
    port.addSheet("2025-03 p2");
    const run = runStatements(port, { month: "2025-03" });
    await expect(run).rejects.toBeInstanceOf(RunError);
    await expect(runStatements(port, { month: "2025-03" })).rejects.toThrow(
      "la feuille « 2025-03 p2 » existe déjà et n'a pas été générée par la paie du lait : renommez-la ou supprimez-la, puis relancez (rien n'a été écrit)",
    );
    expect(port.writes).toBe(0);
    expect(port.sheet("2025-03 p2")!.cells).toEqual([["user"]]);
  });

  it("a user's sheet named like the summary stops the run too", async () => {
    const port = op(["P1"]);
    port.addSheet("Synthèse 2025-03");
    await expect(runStatements(port, { month: "2025-03" })).rejects.toThrow(/« Synthèse 2025-03 » existe déjà/);
  });

  it("a generated sheet of another month is never replaced", async () => {
    const port = op(["P1"]);
    await runStatements(port, { month: "2025-02" });
    // Rename February's statement to the name March's would take: it is generated, but for February.
    port.sheet("2025-02 P1")!.name = "2025-03 P1";
    await expect(runStatements(port, { month: "2025-03" })).rejects.toThrow(
      /a été générée pour 2025-02, pas pour 2025-03/,
    );
  });
});

describe("sheet names", () => {
  it("are Excel-safe: 31 characters, none of [ ] : * ? / \\", () => {
    expect(sanitizeSheetName("2025-03 GAEC/du:Pré*[1]?")).toBe("2025-03 GAEC_du_Pré__1__");
    expect(sanitizeSheetName("2025-03 " + "X".repeat(40))).toHaveLength(31);
    expect(sanitizeSheetName("'quoted'")).toBe("quoted");
    expect(sanitizeSheetName("History")).toBe("History_");
  });

  it("are unique, case-insensitively", () => {
    const namer = new SheetNamer(["Synthèse 2025-03"]);
    expect(namer.take("2025-03 A/B")).toBe("2025-03 A_B");
    expect(namer.take("2025-03 a_b")).toBe("2025-03 a_b (2)");
    expect(namer.take("2025-03 A:B")).toBe("2025-03 A_B (3)");
    const long = "2025-03 " + "Y".repeat(30);
    expect(namer.take(long)).toHaveLength(31);
    const second = namer.take(long);
    expect(second).toHaveLength(31);
    expect(second.endsWith(" (2)")).toBe(true);
  });

  it("statement sheets of codes that clash after sanitizing are all written", async () => {
    const port = op(["A/1", "A:1", "a_1"]);
    const result = await runStatements(port, { month: "2025-03" });
    expect(result.statements).toHaveLength(3);
    expect(result.sheets.slice(2)).toEqual(["2025-03 A_1", "2025-03 A_1 (2)", "2025-03 a_1 (3)"]);
  });
});

describe("text from the input stays text", () => {
  it.each(["=1+1", "@SUM(A1)", "+33 6 12", "-GAEC", '=HYPERLINK("http://x","clic")'])(
    "a name %j is written as a text cell",
    async (name) => {
      const port = op(["P1"], { P1: name });
      await runStatements(port, { month: "2025-03" });
      const statement = port.output("2025-03 P1");
      const cell = statement.rows[1]![2];
      expect(cell).toEqual({ value: name, style: "text" });
      const summary = values(port.output("Synthèse 2025-03"));
      expect(summary.find((r) => r[0] === "P1")![1]).toBe(name);
    },
  );

  it("every string cell the run writes is a text cell", async () => {
    const port = op(["=P1"], { "=P1": "@cmd" });
    await runStatements(port, { month: "2025-03" });
    for (const s of port.sheets.filter((x) => x.output)) {
      for (const row of s.output!.rows)
        for (const c of row ?? [])
          if (typeof c.value === "string") expect(["text", "header", "title", "note"]).toContain(c.style);
    }
    expect(port.sheet("2025-03 =P1")).toBeDefined();
  });
});
