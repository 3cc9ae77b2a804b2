import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runImportCli, guessKind } from "../../src/cli/import";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { cp1252, opWorkbook } from "./fixtures";

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), isTTY: false },
  };
}

describe("npm run import", () => {
  let dir: string;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-cli-"));
    fs.writeFileSync(path.join(dir, "op.xlsx"), await opWorkbook());
    fs.writeFileSync(
      path.join(dir, "lab.csv"),
      cp1252("Code;Date;Critère;Valeur\nP1;17/03/2025;Matière grasse;41,5\nP7;17/03/2025;MG;41\n"),
    );
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("imports beside the input, saves the mapping, never touches the input; the second run adds nothing", async () => {
    const input = path.join(dir, "op.xlsx");
    const before = fs.readFileSync(input);
    const a = io();
    const r1 = await runImportCli([input, path.join(dir, "lab.csv"), "--save-mapping", "Labo 26"], a.io);
    expect(r1.code).toBe(0);
    expect(r1.outPath).toBe(path.join(dir, "op-import.xlsx"));
    expect(a.out.join("")).toMatch(
      /2 lignes lues \(2 résultats\) : 1 importé, 0 doublon, 1 rejeté, 0 sans consentement/,
    );
    expect(Buffer.compare(before, fs.readFileSync(input))).toBe(0);
    const b = io();
    const second = path.join(dir, "second.xlsx");
    const r2 = await runImportCli(
      [r1.outPath!, path.join(dir, "lab.csv"), "--mapping", "labo 26", "--out", second],
      b.io,
    );
    expect(r2.code).toBe(0);
    expect(r2.plan!.summary).toMatchObject({ imported: 0, duplicates: 1, rejected: 1 });
    expect(XlsxWorkbook.open(fs.readFileSync(second)).readTableSync("Analyses")!.rows).toHaveLength(2);
  });

  test("exit codes: 2 for a wrong command line or --out = input, 1 for an unusable file, 0 for --help", async () => {
    const input = path.join(dir, "op.xlsx");
    expect((await runImportCli([input], io().io)).code).toBe(2);
    expect((await runImportCli([input, path.join(dir, "lab.csv"), "--out", input], io().io)).code).toBe(2);
    expect((await runImportCli([input, path.join(dir, "lab.csv"), "--kind", "x"], io().io)).code).toBe(2);
    fs.writeFileSync(path.join(dir, "empty.csv"), "");
    const e = io();
    expect((await runImportCli([input, path.join(dir, "empty.csv")], e.io)).code).toBe(1);
    expect(e.err.join("")).toMatch(/^import: empty.csv : le fichier est vide/);
    expect((await runImportCli([input, path.join(dir, "lab.csv"), "--mapping", "nope"], io().io)).code).toBe(1);
    expect((await runImportCli([input, path.join(dir, "missing.csv")], io().io)).code).toBe(1);
    const h = io();
    expect((await runImportCli(["--help"], h.io)).code).toBe(0);
    expect(h.out.join("")).toMatch(/^Usage : npm run import -- <classeur.xlsx> <fichier>/);
  });

  test("the kind is guessed from the headers", () => {
    expect(guessKind(["Date", "Code", "Volume"])).toBe("livraisons");
    expect(guessKind(["Date", "Code", "MG", "MP"])).toBe("analyses");
    expect(guessKind(["Date", "Code", "Critère", "Valeur"])).toBe("analyses");
  });
});
