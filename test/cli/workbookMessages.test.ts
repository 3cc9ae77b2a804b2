/**
 * A workbook the .xlsx port refuses gets a French message saying what to do, through the command lines
 * (issue 11): a damaged zip, a workbook saved as Strict Open XML, an Excel table with a totals row to import
 * into. The messages come from the catalogue (workbook.*, zip.*); MILKPAY_LANG=en gives the English ones.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { runImportCli } from "../../src/cli/import";
import { runPricesCli } from "../../src/cli/prices";
import { runCli } from "../../src/cli/statements";
import { setLanguage } from "../../src/messages";
import { editText } from "../workbook/xlsx/fixtures";
import { smallOp, xlsxBytes } from "./workbooks";
import { io, tempFolder } from "./io";

const dir = tempFolder("milkpay-wbmsg-");
afterEach(() => setLanguage(null));

const RESAVE =
  "ouvrez-le dans Excel et enregistrez-le de nouveau en .xlsx (Fichier > Enregistrer sous > Classeur Excel)";

/** The first half of a real workbook: it starts like a zip (PK\3\4) but has lost its central directory. */
async function damagedZip(): Promise<string> {
  const whole = await xlsxBytes(smallOp());
  const file = path.join(dir, "endommagé.xlsx");
  fs.writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 2)));
  return file;
}

/** The same OP with workbook.xml in the Strict namespace (what Excel writes for « Open XML Strict »). */
async function strictWorkbook(): Promise<string> {
  const strict = editText(await xlsxBytes(smallOp()), "xl/workbook.xml", (s) =>
    s.replace(
      "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "http://purl.oclc.org/ooxml/spreadsheetml/main",
    ),
  );
  const file = path.join(dir, "strict.xlsx");
  fs.writeFileSync(file, strict);
  return file;
}

describe("a damaged zip", () => {
  it("is refused in French by every command line, saying to save it again from Excel", async () => {
    const file = await damagedZip();
    fs.writeFileSync(path.join(dir, "lab.csv"), "Code;Date;Critère;Valeur\nP1;17/03/2025;MG;41,5\n");
    const expected = `${file} n'est pas un classeur Excel lisible : le classeur est endommagé (archive zip illisible) : ${RESAVE}`;
    for (const run of [
      () => runCli([file, "--month", "2025-03"], io()),
      () => runPricesCli("compare", [file, "--month", "2025-03"], io()),
      () => runImportCli([file, path.join(dir, "lab.csv")], io()),
    ]) {
      const r = await run();
      expect(r.code).toBe(1);
      expect(r.reason).toBe(expected);
    }
  });

  it("is refused in English with MILKPAY_LANG=en", async () => {
    const file = await damagedZip();
    setLanguage("en");
    const r = await runCli([file, "--month", "2025-03"], io());
    expect(r.code).toBe(1);
    expect(r.reason).toBe(
      `${file} is not a readable Excel workbook: the workbook is damaged (unreadable zip archive): open it in Excel and save it again as .xlsx (File > Save As > Excel Workbook)`,
    );
  });
});

describe("a workbook saved as Strict Open XML", () => {
  it("statements: refused in French before anything is written, saying how to save it", async () => {
    const file = await strictWorkbook();
    const before = fs.readFileSync(file);
    const o = io();
    // --quiet: on a loaded machine the run passes the 1 s after which progress lines go to stderr.
    const r = await runCli([file, "--month", "2025-03", "--quiet"], o);
    expect(r.code).toBe(1);
    expect(r.reason).toBe(
      `${file} : le classeur est enregistré au format « Feuille de calcul Open XML Strict », que ce programme n'écrit pas : enregistrez-le au format Classeur Excel (.xlsx) (Fichier > Enregistrer sous), puis relancez`,
    );
    expect(o.err).toBe(`statements: ${r.reason}\n`);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

describe("importing into an Excel table with a totals row", () => {
  it("is refused in French naming the table and the Excel command that removes the row; the workbook is unchanged", async () => {
    const op = smallOp();
    const analyses = op.Analyses;
    delete (op as Partial<typeof op>).Analyses;
    const bytes = await xlsxBytes(op, (wb) => {
      wb.addWorksheet("Analyses").addTable({
        name: "tAnalyses",
        ref: "A1",
        headerRow: true,
        totalsRow: true,
        columns: [
          { name: "Date" },
          { name: "Code" },
          { name: "Critère" },
          { name: "Valeur", totalsRowFunction: "sum" },
        ],
        rows: analyses.slice(1) as (string | number)[][],
      });
    });
    const workbook = path.join(dir, "totaux.xlsx");
    fs.writeFileSync(workbook, bytes);
    const lab = path.join(dir, "labo.csv");
    fs.writeFileSync(lab, "Code;Date;Critère;Valeur\nP1;24/03/2025;MG;41,5\n");
    const o = io();
    const r = await runImportCli([workbook, lab], o);
    expect(r.code).toBe(1);
    expect(r.reason).toBe(
      `${workbook} : le tableau « tAnalyses » a une ligne de total : décochez-la (Création de tableau > Ligne des totaux) avant d'y ajouter des lignes`,
    );
    expect(o.err).toBe(`import: ${r.reason}\n`);
    expect(fs.readFileSync(workbook).equals(Buffer.from(bytes))).toBe(true);
  });
});
