/**
 * The importer resolves grids through the run's catalogue: the built-in grids plus the workbook's « Grille
 * <id> » sheets, a family resolved to the version valid for each row's month. A value is checked against the
 * plausible ranges of the grid the statement run would pay the producer with.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runImportCli } from "../../src/cli/import";
import type { GridJson } from "../../src/inputs/gridSheetWrite";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { smallOp, xlsxBytes } from "../cli/workbooks";
import { gridCells } from "../grids/cells";

const sudEst = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../../src/engine/grids/sud-est-2018.json"), "utf8"),
) as GridJson;

/**
 * « Grille ma-laiterie »: sud-est-2018 with the dairy's own fat range, 30–45 g/l (the built-in one is 20–70),
 * and declared as the sud-est family's version from 2025-03: « sud-est » means sud-est-2018 in February 2025
 * and ma-laiterie from March.
 */
function maLaiterie(): GridJson {
  const { $schema: _schema, ...raw } = sudEst;
  const plausible = raw.plausible as Record<string, { min: string; max: string; source: string }>;
  return {
    ...raw,
    id: "ma-laiterie",
    family: "sud-est",
    validFrom: "2025-03",
    name: "Grille de ma laiterie (Sud-Est, MG plausible 30 à 45 g/l)",
    plausible: {
      ...plausible,
      MG: { min: "30", max: "45", source: "Choix de la laiterie : taux butyreux de son lait de tank" },
    },
  };
}

describe("import checked against the workbook's grids", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-grids-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("a producer on « Grille ma-laiterie », on the sud-est family, on sud-est-2018: each his grid's MG range", async () => {
    const sheets = smallOp();
    sheets.Producteurs = [
      ["Code", "Nom", "Grille"],
      ["P1", "Ferme 1", "ma-laiterie"],
      ["P2", "Ferme 2", "sud-est"],
      ["P3", "Ferme 3", "sud-est-2018"],
    ];
    sheets.Analyses = [["Date", "Code", "Critère", "Valeur"]];
    const wb = path.join(dir, "op.xlsx");
    fs.writeFileSync(wb, await xlsxBytes({ ...sheets, "Grille ma-laiterie": gridCells(maLaiterie()) }));
    const csv = path.join(dir, "lab.csv");
    fs.writeFileSync(
      csv,
      [
        "Code;Date;Critère;Valeur",
        "P1;17/03/2025;MG;50", // line 2: ma-laiterie 30–45 → rejected (sud-est-2018 would take it)
        "P1;18/03/2025;MG;41", // line 3: inside 30–45 → imported
        "P1;19/03/2025;MG;25", // line 4: below 30 → rejected
        "P2;17/02/2025;MG;50", // line 5: sud-est in 2025-02 is sud-est-2018, 20–70 → imported
        "P2;17/03/2025;MG;50", // line 6: sud-est in 2025-03 is ma-laiterie → rejected
        "P3;17/03/2025;MG;50", // line 7: sud-est-2018 by its id, 20–70 → imported
      ].join("\n") + "\n",
    );
    const out = path.join(dir, "out.xlsx");
    const err: string[] = [];
    const r = await runImportCli([wb, csv, "--out", out], {
      stdout: () => undefined,
      stderr: (t) => void err.push(t),
      isTTY: false,
    });
    expect(err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.plan!.summary).toMatchObject({ imported: 3, rejected: 3 });
    expect(r.plan!.rejects.map((x) => [x.line, x.reason])).toEqual([
      [2, expect.stringMatching(/^MG 50\u00a0g\/l hors des valeurs plausibles \(.*30.*45.* pour ma-laiterie\)/)],
      [4, expect.stringMatching(/^MG 25\u00a0g\/l hors des valeurs plausibles \(.* pour ma-laiterie\)/)],
      [6, expect.stringMatching(/^MG 50\u00a0g\/l hors des valeurs plausibles \(.* pour ma-laiterie\)/)],
    ]);
    const analyses = XlsxWorkbook.open(fs.readFileSync(out)).readTableSync("Analyses")!;
    expect(analyses.rows.map((row) => [row.values[1], row.values[3]])).toEqual([
      ["P1", 41],
      ["P2", 50],
      ["P3", 50],
    ]);
  });

  test("a family without a version for the row's month, and an unreadable grid sheet, are reasons, not guesses", async () => {
    const sheets = smallOp();
    const broken = gridCells(maLaiterie());
    // The sheet's id cell made unreadable: the grid cannot be used; a producer naming it is told why.
    const idRow = broken.findIndex((row) => row.includes("ma-laiterie"));
    broken[idRow] = broken[idRow].map((c) => (c === "ma-laiterie" ? "" : c));
    sheets.Producteurs = [
      ["Code", "Nom", "Grille"],
      ["P1", "Ferme 1", "ma-laiterie"],
      ["P2", "Ferme 2", "mooh"],
    ];
    sheets.Analyses = [["Date", "Code", "Critère", "Valeur"]];
    const wb = path.join(dir, "op2.xlsx");
    fs.writeFileSync(wb, await xlsxBytes({ ...sheets, "Grille ma-laiterie": broken }));
    const csv = path.join(dir, "lab2.csv");
    fs.writeFileSync(csv, "Code;Date;Critère;Valeur\nP1;17/03/2025;MG;40\nP2;17/12/2024;MG;4\nP2;17/03/2025;MG;4\n");
    const r = await runImportCli([wb, csv, "--out", path.join(dir, "out2.xlsx")], {
      stdout: () => undefined,
      stderr: () => undefined,
      isTTY: false,
    });
    expect(r.code).toBe(0);
    expect(r.plan!.rejects.map((x) => [x.line, x.reason])).toEqual([
      [
        2,
        expect.stringMatching(
          /^grille « ma-laiterie » du producteur P1 inutilisable \(la feuille « Grille ma-laiterie » a \d+ erreurs? .*\) : valeurs non vérifiables, non importées$/,
        ),
      ],
      [
        3,
        expect.stringMatching(
          /^producteur P2 : aucune version de la grille « mooh » n'est valable en 2024-12 .* : valeurs non vérifiables, non importées$/,
        ),
      ],
    ]);
    expect(r.plan!.summary).toMatchObject({ imported: 1, rejected: 2 });
  });
});
