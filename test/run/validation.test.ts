/**
 * Input validation through the whole run: a bad value is reported with sheet, row and column, is never read
 * as 0 and withholds only its producer's statement; consent; unknown and duplicate codes; grids and base
 * prices; tables found by case- and accent-insensitive names and headers; what stops a run.
 */
import { RunError, runJson, runStatements } from "../../src/run";
import { NoValue } from "../../src/workbook/port";
import { MemoryWorkbook, values } from "./memoryPort";
import { deliveries, HEADERS, opWorkbook, results, type Rows } from "./fixtures";

/** A clean month for a producer: enough results for every criterion of sud-est. */
function cleanMonth(code: string): { deliveries: Rows; results: Rows } {
  return {
    deliveries: deliveries(code, [
      ["03/03/2025", 5000],
      ["17/03/2025", 5000],
    ]),
    results: results(code, [
      ["03/03/2025", "MG", 40],
      ["17/03/2025", "MG", 40],
      ["03/03/2025", "MP", 33],
      ["17/03/2025", "MP", 33],
      ["03/03/2025", "GERMES", 20000],
      ["17/03/2025", "GERMES", 20000],
      ["03/03/2025", "CELLULES", 150000],
      ["17/03/2025", "CELLULES", 150000],
      ["03/03/2025", "BUTYRIQUES", 500],
      ["17/03/2025", "BUTYRIQUES", 500],
      ["03/03/2025", "PC", -0.52],
      ["03/03/2025", "INHIBITEURS", "négatif"],
    ]),
  };
}

function workbook(
  codes: string[],
  patch: (t: { producers: Rows; deliveries: Rows; results: Rows; events: Rows; prices: Rows }) => void = () =>
    undefined,
) {
  const t = {
    producers: codes.map((c) => [c, `Ferme ${c}`, null, "oui", null]) as Rows,
    deliveries: codes.flatMap((c) => cleanMonth(c).deliveries),
    results: codes.flatMap((c) => cleanMonth(c).results),
    events: [] as Rows,
    prices: [["2025-03", "sud-est-2018", 450]] as Rows,
  };
  patch(t);
  return opWorkbook(t);
}

/** A producer's fat and protein results in % (4,00 and 3,30), as a mooh-2025 producer's lab gives them. */
function inPercent(rows: Rows, code: string): void {
  for (const r of rows) if (r[1] === code && (r[2] === "MG" || r[2] === "MP")) r[3] = r[2] === "MG" ? 4 : 3.3;
}

/** 1-based worksheet row of the n-th data row (header on row 1). */
const sheetRow = (index: number) => index + 2;

describe("a bad value", () => {
  it.each([
    ["Analyses", "Valeur (D)", "abc"],
    ["Analyses", "Valeur (D)", "12,3,4"],
    ["Analyses", "Date (A)", "31/02/2025"],
    ["Analyses", "Critère (C)", "lactose"],
    ["Analyses", "Validé (E)", "peut-être"],
    ["Livraisons", "Volume (C)", "2 5OO"],
    ["Livraisons", "Volume (C)", "-300"],
    ["Livraisons", "Date (A)", "le 3 mars"],
  ])(
    "in %s column %s (%j) is reported with sheet, row and column and withholds only its producer",
    async (sheet, column, bad) => {
      let index = -1;
      const port = workbook(["P1", "P2", "P3"], (t) => {
        const rows = sheet === "Analyses" ? t.results : t.deliveries;
        index = rows.findIndex((r) => r[1] === "P2");
        const col = column.startsWith("Valeur")
          ? 3
          : column.startsWith("Date")
            ? 0
            : column.startsWith("Critère")
              ? 2
              : column.startsWith("Validé")
                ? 4
                : 2;
        rows[index][col] = bad;
      });
      const result = await runStatements(port, { month: "2025-03" });
      expect(result.statements.map((s) => s.producer)).toEqual(["P1", "P3"]);
      expect(result.producers.find((p) => p.code === "P2")!.status).toBe("error");
      const errors = result.issues.filter((i) => i.severity === "error");
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ sheet, row: sheetRow(index), column, producer: "P2" });
      expect(errors[0].message).toContain(JSON.stringify(bad).slice(1, -1).slice(0, 10));
      // The checks sheet lists it; the summary says the producer has no statement; no sheet for P2.
      const checks = values(port.output("Contrôles 2025-03"));
      expect(
        checks.some(
          (r) => r[0] === "Erreur" && r[1] === sheet && r[2] === sheetRow(index) && r[3] === column && r[4] === "P2",
        ),
      ).toBe(true);
      const summary = values(port.output("Synthèse 2025-03"));
      expect(summary.find((r) => r[0] === "P2")![3]).toBe("non : erreur (voir Contrôles)");
      expect(port.sheet("2025-03 P2")).toBeUndefined();
    },
  );

  it("an Excel error or a formula without a computed value is reported as such (not as blank) and withholds", async () => {
    let p2 = -1;
    let p3 = -1;
    let p4 = -1;
    const port = workbook(["P1", "P2", "P3", "P4"], (t) => {
      p2 = t.deliveries.findIndex((r) => r[1] === "P2");
      t.deliveries[p2][2] = NoValue.formula;
      p3 = t.results.findIndex((r) => r[1] === "P3" && r[2] === "GERMES");
      t.results[p3][3] = NoValue.error("#N/A");
      // 5.000 L: five thousand or five? Asked again, never guessed.
      p4 = t.deliveries.findIndex((r) => r[1] === "P4");
      t.deliveries[p4][2] = "5.000";
    });
    const result = await runStatements(port, { month: "2025-03" });
    expect(result.statements.map((s) => s.producer)).toEqual(["P1"]);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([
      expect.objectContaining({
        sheet: "Livraisons",
        row: sheetRow(p2),
        column: "Volume (C)",
        producer: "P2",
        message: "formule sans valeur calculée : recalculez et enregistrez le classeur dans Excel",
      }),
      expect.objectContaining({
        sheet: "Analyses",
        row: sheetRow(p3),
        column: "Valeur (D)",
        producer: "P3",
        message: "#N/A : la cellule contient une erreur Excel ; corrigez la formule ou la valeur",
      }),
      expect.objectContaining({
        sheet: "Livraisons",
        row: sheetRow(p4),
        column: "Volume (C)",
        producer: "P4",
        message: expect.stringMatching(/^5\.000 : séparateur ambigu \(milliers ou décimales \?\) : retapez le volume/),
      }),
    ]);
  });

  it("a producer code that is an Excel error is not a code: reported on its row, never matched to a producer", async () => {
    let row = -1;
    const port = workbook(["P1"], (t) => {
      t.deliveries.push(["05/03/2025", NoValue.error("#REF!"), 800, null, null, null]);
      row = t.deliveries.length - 1;
    });
    const result = await runStatements(port, { month: "2025-03" });
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        sheet: "Livraisons",
        row: sheetRow(row),
        column: "Code (B)",
        message: "#REF! : la cellule contient une erreur Excel ; corrigez la formule ou la valeur",
      }),
    );
  });

  it("is never read as 0: a blank volume is an error, a blank result is not a result", async () => {
    const port = workbook(["P1", "P2"], (t) => {
      t.deliveries[t.deliveries.findIndex((r) => r[1] === "P1")][2] = null;
      t.results.push(["24/03/2025", "P2", "GERMES", null, null]); // a pending result: not a result, not an error
    });
    const result = await runStatements(port, { month: "2025-03" });
    expect(result.statements.map((s) => s.producer)).toEqual(["P2"]);
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "MISSING_VALUE",
        sheet: "Livraisons",
        row: 2,
        column: "Volume (C)",
        producer: "P1",
        message: expect.stringContaining("volume manquant"),
      }),
    ]);
    expect(result.statements[0].monthlyValues.find((v) => v.criterion === "GERMES")!.count).toBe(2);
  });

  it("in a month the statement does not use (more than 12 months back, or later) does not withhold", async () => {
    const port = workbook(["P1"], (t) => {
      t.results.push(["10/01/2024", "P1", "MG", "abc", null]); // 14 months back
      t.deliveries.push(["10/04/2025", "P1", "xyz", null, null, null]); // next month
    });
    const result = await runStatements(port, { month: "2025-03" });
    expect(result.statements).toHaveLength(1);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("an event with a missing cost withholds (a cost is never 0 by default)", async () => {
    const port = workbook(["P1", "P2"], (t) => {
      t.events.push(["12/03/2025", "P1", "EPANDAGE", null, null]);
      t.events.push(["12/03/2025", "P2", "Épandage", null, "250"]);
    });
    const result = await runStatements(port, { month: "2025-03" });
    expect(result.statements.map((s) => s.producer)).toEqual(["P2"]);
    expect(result.issues.find((i) => i.producer === "P1")).toMatchObject({
      sheet: "Evenements",
      row: 2,
      column: "Montant (E)",
    });
  });

  it("a positive freezing point (a missing minus sign) is a bad value", async () => {
    const port = workbook(["P1"], (t) => {
      t.results.find((r) => r[2] === "PC")![3] = "0,520";
    });
    const result = await runStatements(port, { month: "2025-03" });
    expect(result.statements).toHaveLength(0);
    expect(result.issues[0]).toMatchObject({ sheet: "Analyses", column: "Valeur (D)", producer: "P1" });
  });
});

describe("events", () => {
  it("an event the producer's grid does not price is reported, not silently dropped", async () => {
    const port = workbook(["P1"], (t) => {
      t.producers[0][2] = "mooh-2025";
      inPercent(t.results, "P1"); // mooh pays fat and protein in % (40 g/l would be implausible there)
      t.prices.push(["2025-03", "mooh-2025", 61]);
      t.events.push(["12/03/2025", "P1", "ALERTE", 3000, null], ["13/03/2025", "P1", "DOMMAGES", null, 500]);
    });
    const result = await runStatements(port, { month: "2025-03" });
    expect(result.statements).toHaveLength(1);
    expect(result.issues.map((i) => i.code)).toEqual(["EVENT", "DAMAGES"]); // damages without a contestation: the engine's warning
    expect(result.issues[0]).toMatchObject({
      severity: "warning",
      sheet: "Evenements",
      row: 2,
      producer: "P1",
      message: "événement ALERTE du 12/03/2025 sans effet : la grille mooh-2025 ne le prévoit pas",
    });
    expect(result.statements[0].lines.find((l) => l.code === "DOMMAGES")!.amount.toNumber()).toBe(-500);
  });
});

describe("consent", () => {
  it("a producer without consent gets no statement, and the checks list says so", async () => {
    const port = workbook(["P1", "P2"], (t) => {
      t.producers[1][4] = "non";
      // His data is not processed: even a bad value of his is not looked at.
      t.results.push(["10/03/2025", "P2", "MG", "abc", null]);
    });
    const result = await runStatements(port, { month: "2025-03" });
    expect(result.statements.map((s) => s.producer)).toEqual(["P1"]);
    expect(result.producers.find((p) => p.code === "P2")!.status).toBe("no-consent");
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "CONSENT",
        sheet: "Producteurs",
        row: 3,
        column: "Consentement (E)",
        producer: "P2",
        message: expect.stringContaining("consentement"),
      }),
    ]);
    expect(port.sheet("2025-03 P2")).toBeUndefined();
    expect(values(port.output("Synthèse 2025-03")).find((r) => r[0] === "P2")![3]).toBe("non : pas de consentement");
    expect(
      values(port.output("Contrôles 2025-03")).some((r) => r[4] === "P2" && String(r[5]).includes("consentement")),
    ).toBe(true);
    expect(result.summary).toMatchObject({ producers: 2, statements: 1, noConsent: 1, withheld: 0 });
  });

  it("blank consent means yes; an unreadable consent withholds with an error", async () => {
    const port = workbook(["P1", "P2"], (t) => {
      t.producers[0][4] = null;
      t.producers[1][4] = "bof";
    });
    const result = await runStatements(port, { month: "2025-03" });
    expect(result.statements.map((s) => s.producer)).toEqual(["P1"]);
    expect(result.issues[0]).toMatchObject({
      severity: "error",
      sheet: "Producteurs",
      row: 3,
      column: "Consentement (E)",
      producer: "P2",
    });
  });
});

describe("producers, grids and base prices", () => {
  it("reports unknown producer codes once per code, and duplicates withhold the producer", async () => {
    const port = workbook(["P1", "P2"], (t) => {
      t.deliveries.push(["05/03/2025", "P9", 100, null, null, null], ["07/03/2025", "P9", 100, null, null, null]);
      t.producers.push(["P2", "Doublon", null, "oui", null]);
    });
    const result = await runStatements(port, { month: "2025-03" });
    expect(result.statements.map((s) => s.producer)).toEqual(["P1"]);
    const unknown = result.issues.filter((i) => i.code === "UNKNOWN_PRODUCER");
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ sheet: "Livraisons", message: expect.stringContaining("2 lignes") });
    expect(result.issues.find((i) => i.code === "DUPLICATE")).toMatchObject({
      sheet: "Producteurs",
      row: 4,
      producer: "P2",
    });
  });

  it("codes match case-insensitively across tables", async () => {
    const port = workbook(["P1"], (t) => {
      for (const r of [...t.deliveries, ...t.results]) r[1] = "p1";
    });
    const result = await runStatements(port, { month: "2025-03" });
    expect(result.statements).toHaveLength(1);
    expect(result.statements[0].volume.toNumber()).toBe(10000);
  });

  it("uses each producer's Grille, the run's grid otherwise; an unknown Grille withholds that producer", async () => {
    const port = workbook(["P1", "P2", "P3"], (t) => {
      t.producers[1][2] = "MOOH-2025";
      inPercent(t.results, "P2");
      t.producers[2][2] = "sud-est-2019";
      t.prices.push(["2025-03", "mooh-2025", 61]);
    });
    const result = await runStatements(port, { month: "2025-03", grid: "sud-est-2018" });
    expect(result.statements.map((s) => [s.producer, s.grid])).toEqual([
      ["P1", "sud-est-2018"],
      ["P2", "mooh-2025"],
    ]);
    expect(result.issues.find((i) => i.producer === "P3")).toMatchObject({
      code: "GRID",
      sheet: "Producteurs",
      row: 4,
      column: "Grille (C)",
    });
    // Two currencies: one totals row per grid, never added together.
    expect(result.summary.totals.map((t) => [t.grid, t.currency])).toEqual([
      ["sud-est-2018", "EUR"],
      ["mooh-2025", "CHF"],
    ]);
    const summary = values(port.output("Synthèse 2025-03"));
    expect(summary.filter((r) => String(r[0]).startsWith("Total ")).map((r) => r[0])).toEqual([
      "Total sud-est-2018",
      "Total mooh-2025",
    ]);
  });

  it("a producer whose own grid has no base price gets an error; the run's grid without a price stops the run", async () => {
    const port = workbook(["P1", "P2"], (t) => {
      t.producers[1][2] = "mooh-2025";
    });
    const result = await runStatements(port, { month: "2025-03" });
    expect(result.statements.map((s) => s.producer)).toEqual(["P1"]);
    expect(result.issues.find((i) => i.producer === "P2")).toMatchObject({
      code: "PRICE",
      message: expect.stringContaining("mooh-2025"),
    });

    await expect(runStatements(workbook(["P1"]), { month: "2025-04" })).rejects.toThrow(
      /pas de prix de base pour 2025-04/,
    );
    await expect(runStatements(workbook(["P1"]), { month: "2025-03", grid: "mooh-2025" })).rejects.toThrow(
      /pas de prix de base pour 2025-03 et la grille mooh-2025/,
    );
  });

  it("an unreadable base price of the month stops the run and names the cell", async () => {
    const port = workbook(["P1"], (t) => {
      t.prices[0][2] = "quatre cent";
    });
    await expect(runStatements(port, { month: "2025-03" })).rejects.toThrow(/PrixDeBase ligne 2, colonne Prix \(C\)/);
  });

  it("an unknown run grid stops the run with the list of grids", async () => {
    await expect(runStatements(workbook(["P1"]), { month: "2025-03", grid: "sud-est-2019" })).rejects.toThrow(
      new RunError(
        "grille « sud-est-2019 » inconnue ; grilles disponibles : sud-est-2018, mooh-2025 (familles : sud-est, mooh)",
      ),
    );
  });

  it("several priced grids and producers without Grille: the run asks for --grid", async () => {
    const port = workbook(["P1"], (t) => t.prices.push(["2025-03", "mooh-2025", 61]));
    await expect(runStatements(port, { month: "2025-03" })).rejects.toThrow(/précisez .*--grid/);
  });
});

describe("tables", () => {
  it("are found whatever the case and accents of sheet names and headers; extra columns are ignored", async () => {
    const c = cleanMonth("P1");
    const port = new MemoryWorkbook({
      PRODUCTEURS: [
        ["code", "NOM", "Remarque", "charte"],
        ["P1", "GAEC", "vue le 3/3", "OUI"],
      ],
      livraisons: [
        [],
        ["DATE", "Code", "Volume (L)", "Chauffeur"],
        ...c.deliveries.map((r) => [r[0], r[1], r[2], "Paul"]),
      ],
      "Analyses ": [["Date", "Code", "CRITÈRE", "valeur", "VALIDE"], ...c.results],
      prixdebase: [
        ["mois", "grille", "prix"],
        ["2025-03", "sud-est-2018", 450],
      ],
      Événements: [HEADERS.events],
    });
    const result = await runStatements(port, { month: "2025-03" });
    expect(result.statements).toHaveLength(1);
    expect(result.issues).toEqual([]);
  });

  it.each([
    ["Analyses", "Critère"],
    ["Livraisons", "Volume"],
    ["Producteurs", "Code"],
    ["PrixDeBase", "Prix"],
  ])("a missing required column in %s (%s) stops the run with a one-line reason", async (sheet, column) => {
    const port = workbook(["P1"]);
    const s = port.sheet(sheet)!;
    const i = s.cells![0].indexOf(column);
    s.cells![0][i] = "Autre";
    const run = runStatements(port, { month: "2025-03" });
    await expect(run).rejects.toBeInstanceOf(RunError);
    await expect(runStatements(port, { month: "2025-03" })).rejects.toThrow(
      new RegExp(`${sheet}.*« ${column} » absente`),
    );
    expect(port.writes).toBe(0);
  });

  it("a missing sheet stops the run; a missing Evenements sheet is only a warning", async () => {
    const port = workbook(["P1"]);
    port.sheets = port.sheets.filter((s) => s.name !== "Analyses");
    await expect(runStatements(port, { month: "2025-03" })).rejects.toThrow(/« Analyses » introuvable/);

    const noEvents = opWorkbook({
      ...cleanMonth("P1"),
      producers: [["P1", null, null, "oui", null]],
      prices: [["2025-03", "sud-est-2018", 450]],
      events: null,
    });
    const result = await runStatements(noEvents, { month: "2025-03" });
    expect(result.statements).toHaveLength(1);
    expect(result.issues).toEqual([expect.objectContaining({ severity: "warning", code: "EVENTS" })]);
  });

  it("a bad month option stops the run", async () => {
    await expect(runStatements(workbook(["P1"]), { month: "2025-3" })).rejects.toThrow(/mois « 2025-3 » invalide/);
  });
});

describe("JSON", () => {
  it("has the shape of workbook.md, numbers as JSON numbers, the column in the message", async () => {
    const port = workbook(["P1", "P2"], (t) => {
      t.results[t.results.findIndex((r) => r[1] === "P2")][3] = "abc";
    });
    const json = runJson(await runStatements(port, { month: "2025-03" }));
    expect(Object.keys(json)).toEqual(["month", "statements", "issues"]);
    expect(json.month).toBe("2025-03");
    const [s] = json.statements;
    expect(Object.keys(s)).toEqual([
      "producer",
      "grid",
      "currency",
      "volume",
      "pricePerUnit",
      "total",
      "lines",
      "withholdings",
      "net",
      "withholdingLines",
      "notes",
    ]);
    expect(s).toMatchObject({ producer: "P1", grid: "sud-est-2018", currency: "EUR", volume: 10000 });
    expect(typeof s.total).toBe("number");
    expect(Object.keys(s.lines[0])).toEqual(["code", "label", "rate", "amount"]);
    expect(s.lines[0]).toEqual({ code: "BASE", label: "Prix de base", rate: 450, amount: 4500 });
    // 450 + 5,82 + 6,40 + 1,50 (spores) + 6,00 (premium) = 469,72 → × 10 = 4 697,20.
    expect(s.total).toBe(4697.2);
    expect(json.issues).toEqual([
      {
        severity: "error",
        sheet: "Analyses",
        row: 14,
        producer: "P2",
        message: "colonne Valeur (D) : « abc » n'est pas un nombre : nombre attendu (ex. 38,5 ou 100 000)",
      },
    ]);
  });
});
