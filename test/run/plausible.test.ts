/**
 * Issue 11 through the whole statement run: implausible results and volumes (per the producer's grid, or the
 * run's grid for a blank Grille) withhold their producer with sheet, row, column, value and range; volume
 * outliers are warnings on the checks sheet, the statement and the summary row; a mean more than 12 months
 * back is not reused and the statement says why.
 */
import { runStatements } from "../../src/run";
import { values } from "./memoryPort";
import { deliveries, opWorkbook, results, type Rows } from "./fixtures";

const M = "2025-03";

/** A clean sud-est month for a producer (every criterion twice), 2 × 5 000 L. */
function cleanMonth(code: string, month = M): { deliveries: Rows; results: Rows } {
  const [y, m] = month.split("-");
  const d = (day: string) => `${day}/${m}/${y}`;
  return {
    deliveries: deliveries(code, [
      [d("03"), 5000],
      [d("17"), 5000],
    ]),
    results: results(code, [
      [d("03"), "MG", 40],
      [d("17"), "MG", 40],
      [d("03"), "MP", 33],
      [d("17"), "MP", 33],
      [d("03"), "GERMES", 20000],
      [d("17"), "GERMES", 20000],
      [d("03"), "CELLULES", 150000],
      [d("17"), "CELLULES", 150000],
      [d("03"), "BUTYRIQUES", 500],
      [d("17"), "BUTYRIQUES", 500],
      [d("03"), "PC", -0.52],
      [d("03"), "INHIBITEURS", "négatif"],
    ]),
  };
}

type Tables = { producers: Rows; deliveries: Rows; results: Rows; prices: Rows };

function workbook(codes: string[], patch: (t: Tables) => void = () => undefined) {
  const t: Tables = {
    producers: codes.map((c) => [c, `Ferme ${c}`, null, "oui", null]),
    deliveries: codes.flatMap((c) => cleanMonth(c).deliveries),
    results: codes.flatMap((c) => cleanMonth(c).results),
    prices: [[M, "sud-est-2018", 450]],
  };
  patch(t);
  return opWorkbook(t);
}

/** Worksheet row of a data row (header on row 1). */
const sheetRow = (index: number) => index + 2;

describe("plausible values, wherever they are typed", () => {
  it("a fat of 400 g/l (meant 40,0) withholds its producer with sheet, row, column, value and range; the others are paid", async () => {
    let at = -1;
    const port = workbook(["P1", "P2", "P3"], (t) => {
      at = t.results.findIndex((r) => r[1] === "P2" && r[2] === "MG");
      t.results[at][3] = 400;
    });
    const result = await runStatements(port, { month: M });
    expect(result.statements.map((s) => s.producer)).toEqual(["P1", "P3"]);
    const errors = result.issues.filter((i) => i.severity === "error");
    expect(errors).toEqual([
      {
        severity: "error",
        code: "IMPLAUSIBLE",
        sheet: "Analyses",
        row: sheetRow(at),
        column: "Valeur (D)",
        producer: "P2",
        message:
          "MG 400\u00a0g/l hors des valeurs plausibles (20 à 70\u00a0g/l pour sud-est-2018) : vérifiez la saisie (40 ?)",
      },
    ]);
    const checks = values(port.output(`Contrôles ${M}`));
    expect(
      checks.some(
        (r) =>
          r[0] === "Erreur" && r[1] === "Analyses" && r[2] === sheetRow(at) && r[3] === "Valeur (D)" && r[4] === "P2",
      ),
    ).toBe(true);
    expect(values(port.output(`Synthèse ${M}`)).find((r) => r[0] === "P2")![3]).toBe("non : erreur (voir Contrôles)");
  });

  it.each([
    [
      "GERMES",
      12_000_000,
      /GERMES 12\u00a0000\u00a0000 \/ml hors des valeurs plausibles \(0 à 10\u00a0000\u00a0000 \/ml pour sud-est-2018\)/,
    ],
    [
      "PC",
      "-5,2",
      /PC −5,2\u00a0°C hors des valeurs plausibles \(−0,600 à −0,400\u00a0°C pour sud-est-2018\) : vérifiez la saisie \(−0,52 \?\)/,
    ],
    ["MP", "3,3", /MP 3,3\u00a0g\/l .*valeur en % \?/],
  ])("%s %s is an error too", async (criterion, value, message) => {
    const port = workbook(["P1", "P2"], (t) => {
      t.results[t.results.findIndex((r) => r[1] === "P2" && r[2] === criterion)][3] = value;
    });
    const result = await runStatements(port, { month: M });
    expect(result.statements.map((s) => s.producer)).toEqual(["P1"]);
    expect(result.issues.filter((i) => i.code === "IMPLAUSIBLE").map((i) => i.message)).toEqual([
      expect.stringMatching(message),
    ]);
  });

  it("a blank Grille takes the run's grid's range: 4,1 (a % fat) is refused in a g/l workbook, 41 in a % workbook", async () => {
    const sud = workbook(["P1"], (t) => {
      t.results[t.results.findIndex((r) => r[2] === "MG")][3] = "4,1";
    });
    const s = await runStatements(sud, { month: M });
    expect(s.statements).toEqual([]);
    expect(s.issues.find((i) => i.code === "IMPLAUSIBLE")!.message).toMatch(
      /^MG 4,1\u00a0g\/l hors des valeurs plausibles \(20 à 70\u00a0g\/l pour sud-est-2018\) : valeur en % \?/,
    );

    const mooh = opWorkbook({
      producers: [["C1", "Ferme C1", null, "oui", null]],
      deliveries: deliveries("C1", [
        ["03/03/2025", 5000],
        ["17/03/2025", 5000],
      ]),
      results: results("C1", [
        ["03/03/2025", "MG", 41],
        ["17/03/2025", "MG", "4,1"],
        ["03/03/2025", "MP", "3,3"],
      ]),
      prices: [[M, "mooh-2025", 62.5]],
    });
    const m = await runStatements(mooh, { month: M });
    expect(m.statements).toEqual([]);
    expect(m.issues.find((i) => i.code === "IMPLAUSIBLE")).toMatchObject({
      sheet: "Analyses",
      row: 2,
      producer: "C1",
      message: expect.stringMatching(/^MG 41\u00a0% hors des valeurs plausibles \(2 à 7\u00a0% pour mooh-2025\)/),
    });
  });

  it("a result marked not validated (it does not count) is a warning, and its producer is paid", async () => {
    const port = workbook(["P1"], (t) => {
      t.results.push(["10/03/2025", "P1", "MG", 400, "non"]);
    });
    const result = await runStatements(port, { month: M });
    expect(result.statements.map((s) => s.producer)).toEqual(["P1"]);
    expect(result.issues.filter((i) => i.code === "IMPLAUSIBLE")).toEqual([
      expect.objectContaining({ severity: "warning", producer: "P1", message: expect.stringContaining("non validé") }),
    ]);
  });

  it("a result of a month the run does not read (14 months back) is not its business", async () => {
    const port = workbook(["P1"], (t) => {
      t.results.push(["10/01/2024", "P1", "MG", 400, null]);
    });
    const result = await runStatements(port, { month: M });
    expect(result.statements.map((s) => s.producer)).toEqual(["P1"]);
    expect(result.issues.filter((i) => i.code === "IMPLAUSIBLE")).toEqual([]);
  });

  it("a delivery of 5 000 000 L (the issue's) is beyond the grid's bound per delivery: the producer is withheld", async () => {
    let at = -1;
    const port = workbook(["P1", "P2"], (t) => {
      at = t.deliveries.findIndex((r) => r[1] === "P2");
      t.deliveries[at][2] = "5 000 000";
    });
    const result = await runStatements(port, { month: M });
    expect(result.statements.map((s) => s.producer)).toEqual(["P1"]);
    expect(result.issues.find((i) => i.code === "IMPLAUSIBLE")).toMatchObject({
      severity: "error",
      sheet: "Livraisons",
      row: sheetRow(at),
      column: "Volume (C)",
      producer: "P2",
      message: expect.stringMatching(
        /^volume 5\u00a0000\u00a0000\u00a0L hors des valeurs plausibles \(0 à 100\u00a0000\u00a0L pour sud-est-2018\)/,
      ),
    });
  });
});

describe("an alert's volume (Evenements)", () => {
  it("is bounded like a delivery: 4 200 000 L of milk not delivered withholds the producer", async () => {
    const t = {
      producers: [["P1", "Ferme P1", null, "oui", null]] as Rows,
      deliveries: cleanMonth("P1").deliveries,
      results: cleanMonth("P1").results,
      prices: [[M, "sud-est-2018", 450]] as Rows,
      events: [["12/03/2025", "P1", "ALERTE", "4 200 000", null]] as Rows,
    };
    const result = await runStatements(opWorkbook(t), { month: M });
    expect(result.statements).toEqual([]);
    expect(result.issues.find((i) => i.code === "IMPLAUSIBLE")).toMatchObject({
      severity: "error",
      sheet: "Evenements",
      row: 2,
      column: "Volume (D)",
      producer: "P1",
    });
  });
});

describe("volume outliers: a warning on the checks sheet, the statement and the summary row", () => {
  // P1 delivers 15 000 L every 3 days in February and March, and one 80 000 L delivery (more than 5 × the
  // median 15 000 L, under the 100 000 L bound) on 21/03.
  const days = ["03", "06", "09", "12", "15", "18", "21", "24", "27"];
  const rows: Rows = [
    ...deliveries(
      "P1",
      days.map((d) => [`${d}/02/2025`, 15000] as [string, number]),
    ),
    ...deliveries(
      "P1",
      days.map((d) => [`${d}/03/2025`, d === "21" ? 80000 : 15000] as [string, number]),
    ),
  ];
  const port = () =>
    workbook(["P1", "P2"], (t) => {
      t.deliveries = [...rows, ...t.deliveries.filter((r) => r[1] !== "P1")];
    });

  it("names sheet, row and column; the producer is paid as typed", async () => {
    const wb = port();
    const result = await runStatements(wb, { month: M });
    expect(result.statements.map((s) => s.producer)).toEqual(["P1", "P2"]);
    const row = sheetRow(rows.findIndex((r) => r[2] === 80000));
    const warnings = result.issues.filter((i) => i.code === "VOLUME_OUTLIER");
    expect(warnings).toEqual([
      {
        severity: "warning",
        code: "VOLUME_OUTLIER",
        sheet: "Livraisons",
        row,
        column: "Volume (C)",
        producer: "P1",
        message: expect.stringMatching(
          /^Livraison du 21\/03\/2025 : 80\u00a0000 L, plus de 5 fois la livraison habituelle du producteur \(médiane 15\u00a0000 L sur 18 livraisons de 2025-02 à 2025-03\)/,
        ),
      },
    ]);
    // Paid as typed: 8 × 15 000 + 80 000 = 200 000 L.
    expect(result.statements[0].volume.toString()).toBe("200000");
    const checks = values(wb.output(`Contrôles ${M}`));
    expect(
      checks.some(
        (r) =>
          r[0] === "Avertissement" && r[1] === "Livraisons" && r[2] === row && r[3] === "Volume (C)" && r[4] === "P1",
      ),
    ).toBe(true);
    // On his statement, under Remarques.
    const statement = values(wb.output(`${M} P1`)).map((r) => r.join(" "));
    expect(statement.some((l) => l.includes("Avertissement") && l.includes("Livraison du 21/03/2025"))).toBe(true);
    // Flagged in his summary row; P2's row has no alert.
    const summary = values(wb.output(`Synthèse ${M}`));
    const header = summary.find((r) => r[0] === "Code")!;
    const alerts = header.indexOf("Alertes");
    expect(summary.find((r) => r[0] === "P1")![alerts]).toBe("1 livraison atypique (voir Contrôles)");
    expect(summary.find((r) => r[0] === "P2")![alerts] ?? null).toBeNull();
  });
});

describe("the previous month's mean, at most 12 months back, through the run", () => {
  /** P1 has deliveries every month from 2024-01 and fat results only in `fatMonth`. */
  function history(fatMonth: string) {
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
    const all = months.map((m) => cleanMonth("P1", m));
    return opWorkbook({
      producers: [["P1", "Ferme P1", null, "oui", null]],
      deliveries: all.flatMap((x) => x.deliveries),
      results: months.flatMap((m, i) => all[i].results.filter((r) => r[2] !== "MG" || m === fatMonth)),
      prices: [[M, "sud-est-2018", 450]],
    });
  }

  it("12 months back (2024-03): reused, and the statement says from which month", async () => {
    const result = await runStatements(history("2024-03"), { month: M, rolling: false });
    const mg = result.statements[0].monthlyValues.find((v) => v.criterion === "MG")!;
    expect(mg.value!.toFixed(2)).toBe("40.00");
    expect(mg.explanation).toContain("dernière moyenne reprise (2024-03, il y a 12 mois");
  });

  it("13 months back (2024-02), nothing since: no fat line, and a warning that does not deny the old mean", async () => {
    const wb = history("2024-02");
    const result = await runStatements(wb, { month: M, rolling: false });
    const s = result.statements[0];
    expect(s.monthlyValues.find((v) => v.criterion === "MG")!.value).toBeNull();
    expect(s.lines.some((l) => l.code === "MG")).toBe(false);
    // The run reads the 12 months before (workbook.md): none of them has a fat result.
    const warning = result.issues.find((i) => i.code === "MISSING" && i.message.startsWith("Matière grasse"))!;
    expect(warning.severity).toBe("warning");
    expect(warning.message).toBe(
      "Matière grasse : aucun résultat ce mois ni dans les 12 mois précédents : pas de moyenne à reprendre (au plus 12 mois en arrière) : composante non calculée (jamais comptée 0)",
    );
  });
});
