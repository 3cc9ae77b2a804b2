/**
 * The command line end to end on .xlsx files: arguments and exit codes, the JSON file, the output workbook
 * keeping everything the input had (a chart, defined names), the input never modified, re-runs and
 * collisions, and text that never becomes a formula.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { defaultOutPath, parseArgs, runCli } from "../../src/cli/statements";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { checkXlsxPackage } from "../helpers/xlsxPackage";
import { entries, entryText, smallOp, withChart, xlsxBytes } from "./workbooks";
import { io, tempFolder, sha } from "./io";

const dir = tempFolder("milkpay-cli-");

async function writeOp(
  name: string,
  patch?: (s: ReturnType<typeof smallOp>) => void,
  build?: (wb: ExcelJS.Workbook) => void,
): Promise<string> {
  const sheets = smallOp();
  patch?.(sheets);
  const file = path.join(dir, name);
  fs.writeFileSync(file, await xlsxBytes(sheets, build));
  return file;
}

async function loadExcelJs(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe("arguments", () => {
  it("parses the documented command line", () => {
    expect(
      parseArgs(["op.xlsx", "--month", "2025-03", "--grid", "mooh-2025", "--out", "o.xlsx", "--json", "o.json"]),
    ).toEqual({
      input: "op.xlsx",
      month: "2025-03",
      grid: "mooh-2025",
      out: "o.xlsx",
      json: "o.json",
      gridFiles: [],
      quiet: false,
      help: false,
      overwrite: false,
    });
    expect(
      parseArgs(["op.xlsx", "--month", "2025-03", "--grid-file", "a.json", "--grid-file=b.json"]).gridFiles,
    ).toEqual(["a.json", "b.json"]);
    expect(parseArgs(["--month=2025-03", "op.xlsx"])).toMatchObject({ input: "op.xlsx", month: "2025-03" });
    expect(defaultOutPath(path.join("a", "op.xlsx"), "2025-03")).toBe(path.join("a", "op-2025-03.xlsx"));
  });

  it("--help prints the usage and exits 0", async () => {
    const o = io();
    expect((await runCli(["--help"], o)).code).toBe(0);
    expect(o.out).toMatch(
      /^Usage : npm run statements -- <classeur.xlsx> --month AAAA-MM \[--grid ID\] \[--grid-file FICHIER.json\]… \[--out FICHIER.xlsx\] \[--json FICHIER.json\] \[--pdf DOSSIER\] \[--overwrite\]/,
    );
    expect(o.out).toContain("Code de sortie");
  });

  it.each([
    [["op.xlsx"], /^statements: il manque --month AAAA-MM \(--help pour l'aide\)\n$/],
    [["--month", "2025-03"], /^statements: il manque le classeur \(\.xlsx\) à lire/],
    [["op.xlsx", "--month", "2025-3"], /^statements: --month 2025-3 : attendu AAAA-MM, par exemple 2025-03/],
    [["op.xlsx", "--month", "2025-13"], /^statements: --month 2025-13 : attendu AAAA-MM/],
    [["op.xlsx", "--month", "2025-03", "--frobnicate"], /^statements: option inconnue --frobnicate/],
    [["a.xlsx", "b.xlsx", "--month", "2025-03"], /^statements: un seul classeur à la fois \(reçu : a\.xlsx, b\.xlsx\)/],
    [["op.xlsx", "--month"], /^statements: --month attend une valeur/],
  ])("a wrong command line %j exits 2 with a one-line reason", async (argv, reason) => {
    const o = io();
    expect((await runCli(argv, o)).code).toBe(2);
    expect(o.err).toMatch(reason);
    expect(o.err.trim().split("\n")).toHaveLength(1);
  });

  it("refuses to write over the input", async () => {
    const file = await writeOp("self.xlsx");
    const before = sha(file);
    for (const out of [file, path.join(dir, ".", "self.xlsx")]) {
      const o = io();
      expect((await runCli([file, "--month", "2025-03", "--out", out], o)).code).toBe(2);
      expect(o.err).toMatch(/est le classeur d'entrée : l'entrée n'est jamais remplacée, même avec --overwrite/);
    }
    fs.linkSync(file, path.join(dir, "hardlink.xlsx"));
    expect((await runCli([file, "--month", "2025-03", "--out", path.join(dir, "hardlink.xlsx")], io())).code).toBe(2);
    expect(sha(file)).toBe(before);
  });
});

describe("a workbook that cannot be used: exit 1, one line", () => {
  it.each([
    [
      "an absent file",
      async () => path.join(dir, "absent.xlsx"),
      [],
      /impossible de lire .*absent\.xlsx : fichier ou dossier introuvable \(ENOENT\)/,
    ],
    [
      "not a workbook",
      async () => {
        const f = path.join(dir, "garbage.xlsx");
        fs.writeFileSync(f, Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]));
        return f;
      },
      [],
      /garbage\.xlsx n'est pas un classeur Excel lisible/,
    ],
    ["a missing sheet", () => writeOp("nosheet.xlsx", (s) => delete s.Analyses), [], /« Analyses » introuvable/],
    [
      "a missing column",
      () => writeOp("nocol.xlsx", (s) => (s.Livraisons[0][2] = "Quantité")),
      [],
      /Livraisons : colonne obligatoire « Volume » absente/,
    ],
    [
      "an unknown grid",
      () => writeOp("grid.xlsx"),
      ["--grid", "sud-est-2019"],
      /grille « sud-est-2019 » inconnue ; grilles disponibles : sud-est-2018, mooh-2025/,
    ],
    [
      "no base price",
      () => writeOp("noprice.xlsx", (s) => (s.PrixDeBase[1][0] = "2025-02")),
      [],
      /pas de prix de base pour 2025-03/,
    ],
  ] as const)("%s", async (_what, make, extra, reason) => {
    const file = await make();
    const o = io();
    const outcome = await runCli([file, "--month", "2025-03", ...extra], o);
    expect(outcome.code).toBe(1);
    expect(o.err).toMatch(reason);
    expect(o.err.trim().split("\n")).toHaveLength(1);
    expect(fs.existsSync(defaultOutPath(file, "2025-03"))).toBe(false);
  });
});

describe("a run", () => {
  it("writes the output beside the input and the JSON, exits 0 even with a per-producer error", async () => {
    const file = await writeOp("op.xlsx", (s) => (s.Analyses[3][3] = "abc"));
    const before = sha(file);
    const json = path.join(dir, "op.json");
    const o = io();
    const outcome = await runCli([file, "--month", "2025-03", "--json", json], o);
    expect(outcome.code).toBe(0);
    expect(outcome.outPath).toBe(path.join(dir, "op-2025-03.xlsx"));
    expect(o.out).toContain("1 relevé sur 2 producteurs, 1 retenu pour erreur");
    expect(o.out).toContain(`→ ${path.join(dir, "op-2025-03.xlsx")}`);
    expect(sha(file)).toBe(before);
    const data = JSON.parse(fs.readFileSync(json, "utf8"));
    expect(Object.keys(data)).toEqual(["month", "statements", "issues"]);
    expect(data.statements).toHaveLength(1);
    expect(data.statements[0]).toMatchObject({
      producer: "P2",
      grid: "sud-est-2018",
      currency: "EUR",
      volume: 8000,
      pricePerUnit: 469.72,
      total: 3757.76,
    });
    expect(data.issues).toEqual([
      {
        severity: "error",
        sheet: "Analyses",
        row: 4,
        producer: "P1",
        message: expect.stringMatching(/^colonne Valeur \(D\) : « abc »/),
      },
    ]);
    const out = fs.readFileSync(outcome.outPath!);
    expect(checkXlsxPackage(out)).toEqual([]);
    const wb = await loadExcelJs(outcome.outPath!);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Producteurs",
      "Livraisons",
      "Analyses",
      "PrixDeBase",
      "Evenements",
      "Synthèse 2025-03",
      "Contrôles 2025-03",
      "2025-03 P2",
    ]);
    // The statement prints on one A4 page.
    const ws = wb.getWorksheet("2025-03 P2")!;
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
    });
  });

  it("keeps a chart and defined names intact and never modifies the input", async () => {
    const plain = await xlsxBytes(smallOp(), (wb) => {
      wb.definedNames.add("Livraisons!$C$2:$C$5", "VolumesMars");
      wb.definedNames.add("PrixDeBase!$C$2", "PrixMars");
    });
    // Livraisons is the second worksheet part written by ExcelJS.
    const bytes = withChart(plain, "xl/worksheets/sheet2.xml");
    const file = path.join(dir, "chart.xlsx");
    fs.writeFileSync(file, bytes);
    const before = sha(file);
    const outcome = await runCli([file, "--month", "2025-03", "--quiet"], io());
    expect(outcome.code).toBe(0);
    expect(sha(file)).toBe(before);
    const input = entries(bytes);
    const output = entries(fs.readFileSync(outcome.outPath!));
    // The chart, its drawing and their relationships come out byte for byte, still attached to Livraisons.
    for (const part of [
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/worksheets/_rels/sheet2.xml.rels",
      "xl/worksheets/sheet2.xml",
    ]) {
      expect(Buffer.from(output[part]).equals(Buffer.from(input[part]))).toBe(true);
    }
    // So do the input sheets and the other parts the run has no reason to touch.
    for (const part of Object.keys(input).filter((p) =>
      /^xl\/(worksheets\/sheet[1-5]\.xml|sharedStrings\.xml|theme\/)/.test(p),
    )) {
      expect(Buffer.from(output[part]).equals(Buffer.from(input[part]))).toBe(true);
    }
    const wbXml = entryText(fs.readFileSync(outcome.outPath!), "xl/workbook.xml");
    expect(wbXml).toMatch(/<definedName name="VolumesMars"[^>]*>Livraisons!\$C\$2:\$C\$5<\/definedName>/);
    expect(wbXml).toMatch(/<definedName name="PrixMars"[^>]*>PrixDeBase!\$C\$2<\/definedName>/);
    const ct = entryText(fs.readFileSync(outcome.outPath!), "[Content_Types].xml");
    expect(ct).toContain('PartName="/xl/charts/chart1.xml"');
    expect(checkXlsxPackage(fs.readFileSync(outcome.outPath!))).toEqual([]);
  });

  it("text from the input never becomes a formula", async () => {
    const file = await writeOp("inject.xlsx");
    const outcome = await runCli([file, "--month", "2025-03", "--quiet"], io());
    expect(outcome.code).toBe(0);
    const wb = await loadExcelJs(outcome.outPath!);
    const summary = wb.getWorksheet("Synthèse 2025-03")!;
    const names: unknown[] = [];
    summary.eachRow((row) => names.push(row.getCell(2).value));
    expect(names).toContain("=1+1");
    expect(names).toContain("@SUM(A1)");
    const statement = wb.getWorksheet("2025-03 P1")!;
    expect(statement.getCell("C2").value).toBe("=1+1");
    expect(statement.getCell("C2").type).toBe(ExcelJS.ValueType.String);
    // No formula anywhere in the generated sheets.
    const out = entries(fs.readFileSync(outcome.outPath!));
    const generated = Object.keys(out).filter((p) => /^xl\/worksheets\/sheet([6-9]|\d\d+)\.xml$/.test(p));
    expect(generated.length).toBe(4);
    for (const p of generated) expect(Buffer.from(out[p]).toString("utf8")).not.toMatch(/<f[ >]/);
  });

  it("re-running the month on the output replaces exactly the generated sheets; a user's sheet of that name stops it", async () => {
    const file = await writeOp("rerun.xlsx");
    const first = await runCli([file, "--month", "2025-03", "--quiet"], io());
    const out1 = first.outPath!;
    // Run again on the output, into another file: the same sheets, replaced, nothing else touched.
    const out2 = path.join(dir, "rerun-again.xlsx");
    const second = await runCli([out1, "--month", "2025-03", "--out", out2, "--quiet"], io());
    expect(second.code).toBe(0);
    expect(second.result!.replaced).toEqual(["Synthèse 2025-03", "Contrôles 2025-03", "2025-03 P1", "2025-03 P2"]);
    const names = (f: string) => XlsxWorkbook.open(fs.readFileSync(f)).sheetNamesSync();
    expect(names(out2)).toEqual(names(out1));
    const gen = XlsxWorkbook.open(fs.readFileSync(out2)).generatedSheetsSync();
    expect(gen.map((g) => [g.name, g.key])).toEqual([
      ["Synthèse 2025-03", "2025-03"],
      ["Contrôles 2025-03", "2025-03"],
      ["2025-03 P1", "2025-03"],
      ["2025-03 P2", "2025-03"],
    ]);

    // A user's sheet named like a statement: the run stops, nothing is written.
    const user = await writeOp("user.xlsx", (s) => (s["2025-03 P2"] = [["mes calculs"]]));
    const o = io();
    const blocked = await runCli([user, "--month", "2025-03"], o);
    expect(blocked.code).toBe(1);
    expect(o.err).toMatch(/la feuille « 2025-03 P2 » existe déjà et n'a pas été générée/);
    expect(fs.existsSync(defaultOutPath(user, "2025-03"))).toBe(false);
  });
});

describe("the real process", () => {
  const tsx = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");
  const run = (args: string[]) =>
    spawnSync(process.execPath, [tsx, "src/cli/statements.ts", ...args], { encoding: "utf8" });

  it("exits 0 on a run, 1 on an unusable workbook, 2 on a wrong command line", async () => {
    const file = await writeOp("proc.xlsx");
    const ok = run([file, "--month", "2025-03", "--out", path.join(dir, "proc-out.xlsx")]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("2 relevés sur 2 producteurs");
    const bad = run([file, "--month", "2025-03", "--grid", "nope"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe(
      "statements: grille « nope » inconnue ; grilles disponibles : sud-est-2018, mooh-2025 (familles : sud-est, mooh)",
    );
    expect(run([file]).status).toBe(2);
  });
});
