/**
 * The run's result read as a payroll check (src/run/review.ts): the producers without a statement named with
 * their errors, the same warning of several producers grouped with each one's measured value, and per grid
 * the total, volume, average price in the grid's unit (worked out by hand below) and base price.
 */
import { Decimal } from "../../src/engine";
import { runStatements, type Issue, type RunResult } from "../../src/run";
import { averagePrice, groupIssues, reviewRun } from "../../src/run/review";
import { values } from "./memoryPort";
import { deliveries, opWorkbook, results, type Rows } from "./fixtures";
import { FREEZING, handMadeResult } from "./reviewFixture";

describe("the review of a run", () => {
  it("gives per grid its name, total, volume, average price in the grid's unit and base price", () => {
    const [sudEst, mooh] = reviewRun(handMadeResult()).grids;
    expect(sudEst.name).toBe("Accord interprofessionnel Sud-Est (1er janvier 2018)");
    expect(sudEst.total.toFixed(2)).toBe("19114.25");
    expect(sudEst.volume.toFixed()).toBe("42500");
    // 19 114,25 € × 1000 ÷ 42 500 L = 19 114 250 ÷ 42 500: 42 500 × 449 = 19 082 500, remainder 31 750,
    // 31 750 ÷ 42 500 = 0,747058823529… → 449,747058823529… €/1000 L (449,75 shown), not rounded here.
    expect(sudEst.averagePrice!.toFixed(12)).toBe("449.747058823529");
    expect(sudEst.priceUnit).toBe("€/1000 L");
    expect(sudEst.basePrices.map((p) => p.toFixed(2))).toEqual(["450.00"]);

    expect(mooh.name).toBe("mooh société coopérative (dès le 1er janvier 2025)");
    // 13 067,15 CHF × 100 ÷ 18 250 kg = 1 306 715 ÷ 18 250: 18 250 × 71 = 1 295 750, remainder 10 965,
    // 10 965 ÷ 18 250 = 0,600821917… → 71,600821917… cts/kg (71,60 shown).
    expect(mooh.averagePrice!.toFixed(9)).toBe("71.600821918");
    expect(mooh.priceUnit).toBe("cts/kg");
    expect(mooh.basePrices.map((p) => p.toFixed(2))).toEqual(["72.00"]);
  });

  it("computes the average price exactly, with no volume none", () => {
    expect(averagePrice(new Decimal("0.10"), new Decimal(3), new Decimal(1000))!.toFixed(30)).toBe(
      "33.333333333333333333333333333333",
    );
    expect(averagePrice(new Decimal(0), new Decimal(0), new Decimal(1000))).toBeNull();
  });

  it("names the producers withheld, each with his errors, and those without consent", () => {
    const review = reviewRun(handMadeResult());
    expect(review.withheld.map((p) => [p.code, p.name, p.errors.map((i) => i.code)])).toEqual([
      ["A3", "EARL Martin", ["VALUE"]],
      ["A5", "Ferme Blanche", []], // withheld without an issue of his own: the pane says « voir Contrôles »
    ]);
    expect(review.noConsent).toEqual([
      { code: "A4", name: null, issue: expect.objectContaining({ code: "CONSENT", row: 6 }) },
    ]);
    // Errors listed under a producer and consent warnings are not repeated below.
    expect(review.errors.map((g) => g.code)).toEqual(["UNKNOWN_PRODUCER"]);
    expect(review.warnings.map((g) => g.code)).toEqual(["WARNING"]);
    expect(review.status).toBe("errors");
  });

  it("groups the same message of several producers on one line, each with his value", () => {
    const [group] = reviewRun(handMadeResult()).warnings;
    expect(group.message).toBe(FREEZING);
    expect(group.issues.map((i) => [i.producer, i.value])).toEqual([
      ["A1", "-0.509"],
      ["A2", "-0.508"],
    ]);
  });

  it("keeps different messages, codes or severities apart, in the order of the list", () => {
    const issue = (severity: Issue["severity"], code: string, message: string): Issue => ({ severity, code, message });
    const groups = groupIssues([
      issue("warning", "MISSING", "a"),
      issue("warning", "HISTORY", "a"),
      issue("warning", "MISSING", "b"),
      issue("error", "MISSING", "a"),
      issue("warning", "MISSING", "a"),
    ]);
    expect(groups.map((g) => [g.severity, g.code, g.message, g.issues.length])).toEqual([
      ["warning", "MISSING", "a", 2],
      ["warning", "HISTORY", "a", 1],
      ["warning", "MISSING", "b", 1],
      ["error", "MISSING", "a", 1],
    ]);
  });

  it("says when nothing was computed: an empty workbook is no success", () => {
    const empty: RunResult = {
      ...handMadeResult(),
      statements: [],
      producers: [],
      issues: [],
      summary: { producers: 0, statements: 0, withheld: 0, noConsent: 0, errors: 0, warnings: 0, totals: [] },
    };
    expect(reviewRun(empty).status).toBe("empty");
    expect(reviewRun({ ...empty, issues: [handMadeResult().issues[3]] }).status).toBe("empty");
    const clean = handMadeResult();
    clean.issues = [];
    expect(reviewRun(clean).status).toBe("clean");
    clean.issues = [handMadeResult().issues[3]];
    expect(reviewRun(clean).status).toBe("warnings");
  });
});

/** A clean month on sud-est-2018 (its freezing point given), as in validation.test.ts. */
function month(code: string, freezingPoint: number): { deliveries: Rows; results: Rows } {
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
      ["03/03/2025", "PC", freezingPoint],
      ["03/03/2025", "INHIBITEURS", "négatif"],
    ]),
  };
}

describe("the review of a real run", () => {
  const points: Record<string, number> = { P1: -0.52, P2: -0.509, P3: -0.508, P4: -0.52, P5: -0.52 };
  const codes = Object.keys(points);
  const workbook = () => {
    const rows = codes.map((c) => month(c, points[c]));
    const analyses = rows.flatMap((r) => r.results);
    analyses[analyses.findIndex((r) => r[1] === "P4" && r[2] === "MG")][3] = "abc";
    return opWorkbook({
      producers: codes.map((c) => [c, `Ferme ${c}`, null, "oui", c === "P5" ? "non" : null]),
      deliveries: rows.flatMap((r) => r.deliveries),
      results: analyses,
      prices: [["2025-03", "sud-est-2018", 450]],
    });
  };

  it("carries each producer's freezing point on the warning, groups them, names who is withheld", async () => {
    const port = workbook();
    const result = await runStatements(port, { month: "2025-03" });
    const review = reviewRun(result);
    const freezing = review.warnings.find((g) => g.code === "WARNING")!;
    expect(freezing.message).toBe(FREEZING);
    expect(freezing.issues.map((i) => [i.producer, i.criterion, i.value])).toEqual([
      ["P2", "PC", "-0.509"],
      ["P3", "PC", "-0.508"],
    ]);
    expect(review.withheld).toEqual([
      {
        code: "P4",
        name: "Ferme P4",
        errors: [expect.objectContaining({ sheet: "Analyses", column: "Valeur (D)", message: expect.any(String) })],
      },
    ]);
    expect(review.noConsent.map((p) => [p.code, p.issue?.sheet])).toEqual([["P5", "Producteurs"]]);

    // The average price is the summary sheet's « Prix par unité » of the totals row, before its rounding.
    const [grid] = review.grids;
    const summary = values(port.output("Synthèse 2025-03"));
    const header = summary.find((r) => r[0] === "Code")!;
    const totals = summary.find((r) => r[0] === "Total")!;
    expect(grid.averagePrice!.toDecimalPlaces(2).toNumber()).toBe(totals[header.indexOf("Prix par unité")]);
    expect(grid.volume.toNumber()).toBe(30000);
    expect(grid.basePrices.map(String)).toEqual(["450"]);
    expect(grid.name).toBe("Accord interprofessionnel Sud-Est (1er janvier 2018)");
  });
});
