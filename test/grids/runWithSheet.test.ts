/**
 * A grid edited in its sheet pays: the run reads the workbook's « Grille <id> » sheets without being asked,
 * resolves a family to the version valid for the month, and never rewrites a grid sheet.
 */
import sudEst from "../../src/engine/grids/sud-est-2018.json";
import type { GridJson } from "../../src/inputs/gridSheetWrite";
import { runStatements, type RunResult } from "../../src/run";
import type { Statement } from "../../src/engine";
import { gridCells, open, opWithGrids, rowWhere } from "./helpers";

const SUD_EST = sudEst as GridJson;
const VALUE = 9; // column J « Valeur »

/** smallOp with P2's germs at 150 000 (the −9.00 tier) and P1's at 20 000 (the 0 tier). */
const p2Germs150k = (s: Record<string, unknown[][]>) => {
  for (const r of s.Analyses) if (r[1] === "P2" && r[2] === "GERMES") r[3] = 150000;
};

async function run(grids: Record<string, unknown[][]>, month = "2025-03", patch = p2Germs150k): Promise<RunResult> {
  const port = open(await opWithGrids(grids as never, patch as never));
  return runStatements(port, { month, rolling: false });
}

const lines = (s: Statement) => Object.fromEntries(s.lines.map((l) => [l.code, l.amount.toFixed(2)]));

describe("one rate changed in the Sud-Est sheet", () => {
  test("exactly the lines using it move, by the expected amount", async () => {
    const before = await run({});
    // The 100 000–200 000 germ tier: −9.00 → −10.00 €/1000 L, edited in the sheet « Grille sud-est-2018 ».
    const edited = gridCells(SUD_EST, (cells) => {
      cells[rowWhere(cells, { 0: "Tranche", 1: "GERMES", [VALUE]: -9 })][VALUE] = "-10,00";
    });
    const after = await run({ "Grille sud-est-2018": edited });
    expect(after.statements.map((s) => s.grid)).toEqual(["sud-est-2018", "sud-est-2018"]);
    const [p1Before, p2Before] = before.statements.map(lines);
    const [p1After, p2After] = after.statements.map(lines);
    // P1 (germs 20 000, tier 0): nothing moves.
    expect(p1After).toEqual(p1Before);
    // P2 delivers 4 000 + 4 000 = 8 000 L: GERMES −9.00 × 8 000 / 1000 = −72.00 becomes −10.00 × 8 = −80.00.
    expect(p2Before.GERMES).toBe("-72.00");
    expect(p2After.GERMES).toBe("-80.00");
    expect({ ...p2After, GERMES: p2Before.GERMES }).toEqual(p2Before);
    // The total moves by the same −8.00.
    expect(after.statements[1].total.minus(before.statements[1].total).toFixed(2)).toBe("-8.00");
    // The checks list says that the workbook's sheet replaced the built-in grid of the same id.
    expect(after.issues).toContainEqual(
      expect.objectContaining({
        severity: "warning",
        code: "GRID",
        sheet: "Grille sud-est-2018",
        message:
          "grille « sud-est-2018 » : la feuille « Grille sud-est-2018 » remplace la grille intégrée du même identifiant",
      }),
    );
  });

  test("a run never rewrites the grid sheet", async () => {
    const edited = gridCells(SUD_EST, (cells) => {
      cells[rowWhere(cells, { 0: "Tranche", 1: "GERMES", [VALUE]: -9 })][VALUE] = "-10,00";
    });
    const port = open(await opWithGrids({ "Grille sud-est-2018": edited }));
    const before = await port.readTable("Grille sud-est-2018");
    await runStatements(port, { month: "2025-03", rolling: false });
    const reopened = open(port.toBytes());
    expect(await reopened.readTable("Grille sud-est-2018")).toEqual(before);
    expect((await reopened.generatedSheets()).map((g) => g.name)).not.toContain("Grille sud-est-2018");
  });
});

describe("next year's version of a family, made in the workbook", () => {
  /** A copy of sud-est-2018 as sud-est-2026 from 2026-01 with the quality premium at 7.00 instead of 6.00. */
  const nextYear = gridCells(
    { ...SUD_EST, id: "sud-est-2026", validFrom: "2026-01", name: "Sud-Est 2026" },
    (cells) => {
      cells[rowWhere(cells, { 0: "Composant", 1: "PRIME", 3: "Taux" })][VALUE] = 7;
    },
  );
  /** Producers name the family « sud-est »; the base price too. */
  const byFamily = (month: string) => (s: Record<string, unknown[][]>) => {
    s.Producteurs = [
      ["Code", "Nom", "Grille", "Charte"],
      ["P1", "Un", "sud-est", "oui"],
      ["P2", "Deux", "Sud-Est", "oui"],
    ];
    s.PrixDeBase = [
      ["Mois", "Grille", "Prix"],
      [month, "sud-est", 450],
    ];
    for (const table of ["Livraisons", "Analyses"]) {
      for (const r of s[table].slice(1)) {
        if (typeof r[0] === "string")
          r[0] = r[0].replace("/2025", `/${month.slice(0, 4)}`).replace("/03/", `/${month.slice(5)}/`);
        else if (typeof r[0] === "number") r[0] = month === "2025-03" ? r[0] : r[0] + 365; // 2026-03: same days a year later
      }
    }
  };

  test("in 2025-03 the family names sud-est-2018, in 2026-03 the workbook's sud-est-2026", async () => {
    const y2025 = await run({ "Grille sud-est-2026": nextYear }, "2025-03", byFamily("2025-03"));
    const y2026 = await run({ "Grille sud-est-2026": nextYear }, "2026-03", byFamily("2026-03"));
    expect(y2025.statements.map((s) => s.grid)).toEqual(["sud-est-2018", "sud-est-2018"]);
    expect(y2026.statements.map((s) => s.grid)).toEqual(["sud-est-2026", "sud-est-2026"]);
    // P1 earns the premium both years (germs 20 000, cells 150 000, spores 500, charter): 5 000 + 5 000 L.
    // 2025: 6.00 × 10 000 / 1000 = 60.00; 2026: 7.00 × 10 = 70.00.
    expect(lines(y2025.statements[0]).PRIME).toBe("60.00");
    expect(lines(y2026.statements[0]).PRIME).toBe("70.00");
  });

  test("a month before every version of the family is an error naming the versions", async () => {
    const y2017 = await run({ "Grille sud-est-2026": nextYear }, "2017-03", byFamily("2017-03"));
    expect(y2017.statements).toEqual([]);
    expect(y2017.issues).toContainEqual(
      expect.objectContaining({
        severity: "error",
        sheet: "Producteurs",
        producer: "P1",
        message:
          "aucune version de la grille « sud-est » n'est valable en 2017-03 ; versions : sud-est-2018 (de 2018-01), sud-est-2026 (de 2026-01)",
      }),
    );
  });

  test("a broken grid sheet is reported at its cell, and a producer naming it is told why", async () => {
    const broken = gridCells({ ...SUD_EST, id: "sud-est-2026", validFrom: "2026-01" }, (cells) => {
      cells[rowWhere(cells, { 0: "Tranche", 1: "GERMES", [VALUE]: -9 })][VALUE] = "moins neuf";
    });
    const result = await run({ "Grille sud-est-2026": broken }, "2025-03", (s) => {
      s.Producteurs = [
        ["Code", "Grille", "Charte"],
        ["P1", "sud-est-2026", "oui"],
        ["P2", "sud-est-2018", "oui"],
      ];
    });
    const row = rowWhere(broken, { 0: "Tranche", 1: "GERMES", [VALUE]: "moins neuf" }) + 1;
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        severity: "error",
        code: "GRID",
        sheet: "Grille sud-est-2026",
        row,
        column: "Valeur (J)",
      }),
    );
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        producer: "P1",
        message: expect.stringMatching(
          /^grille « sud-est-2026 » inutilisable : la feuille « Grille sud-est-2026 » a 1 erreur/,
        ),
      }),
    );
    expect(result.statements.map((s) => s.producer)).toEqual(["P2"]);
  });
});
