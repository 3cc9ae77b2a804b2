/**
 * Nothing of the user's lost by a command line: an existing output (--out, --json, or the default name) is
 * refused unless --overwrite; the input is never an output, even with --overwrite; every output is checked
 * before anything is read or written; a failed write names the output; relative paths start from the folder
 * where the command was typed (INIT_CWD). Tests run as root, for whom permissions do not fail: the outputs
 * that cannot be written here are under a missing folder, under a regular file, or a folder themselves.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { runImportCli } from "../../src/cli/import";
import { OutputError, checkOutputs, writeOutputs } from "../../src/cli/outputs";
import { runPricesCli } from "../../src/cli/prices";
import { runCli } from "../../src/cli/statements";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { smallOp, xlsxBytes } from "./workbooks";
import { io, tempFolder, sha } from "./io";

const dir = tempFolder("milkpay-outputs-");

async function op(name: string): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await xlsxBytes(smallOp()));
  return file;
}

/** A file with the accountant's work in it, and its fingerprint. */
function userFile(name: string, text = "notes du comptable"): { file: string; hash: string } {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return { file, hash: sha(file) };
}

/** The files of the test folder (to see that nothing was written, temporary files included). */
const listing = () => fs.readdirSync(dir).sort();

describe("an existing output is refused unless --overwrite", () => {
  it("statements: the default output, --out and --json; nothing is written, exit 2, one French line", async () => {
    const file = await op("op.xlsx");
    const defaultOut = userFile("op-2025-03.xlsx");
    const before = listing();
    const o = io();
    expect((await runCli([file, "--month", "2025-03"], o)).code).toBe(2);
    expect(o.err).toBe(
      `statements: ${defaultOut.file} existe déjà : ajoutez --overwrite pour le remplacer, ou choisissez un autre fichier avec --out\n`,
    );
    expect(sha(defaultOut.file)).toBe(defaultOut.hash);

    const json = userFile("mine.json", "{}");
    const out = path.join(dir, "fresh.xlsx");
    const j = io();
    expect((await runCli([file, "--month", "2025-03", "--out", out, "--json", json.file], j)).code).toBe(2);
    expect(j.err).toBe(
      `statements: ${json.file} existe déjà : ajoutez --overwrite pour le remplacer, ou choisissez un autre fichier avec --json\n`,
    );
    // The workbook was not written either: the JSON is checked before anything is done.
    expect(fs.existsSync(out)).toBe(false);
    expect(sha(json.file)).toBe(json.hash);
    expect(listing()).toEqual([...before, "mine.json"].sort());
  });

  it("statements --overwrite replaces both, and the new files are the run's", async () => {
    const file = await op("op2.xlsx");
    const out = userFile("op2-2025-03.xlsx");
    const json = userFile("op2.json", "{}");
    const o = io();
    const r = await runCli([file, "--month", "2025-03", "--json", json.file, "--overwrite", "--quiet"], o);
    expect(o.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.outPath).toBe(out.file);
    expect(XlsxWorkbook.open(fs.readFileSync(out.file)).sheetNamesSync()).toContain("Synthèse 2025-03");
    expect(JSON.parse(fs.readFileSync(json.file, "utf8")).month).toBe("2025-03");
  });

  it.each(["compare", "price-a"] as const)("%s: the default output and --json", async (command) => {
    const file = await op(`${command}.xlsx`);
    const defaultOut = userFile(`${command}-${command === "compare" ? "comparaison" : "prix-a"}-2025-03.xlsx`);
    const o = io();
    expect((await runPricesCli(command, [file, "--month", "2025-03", "--grid", "sud-est-2018"], o)).code).toBe(2);
    expect(o.err).toBe(
      `${command}: ${defaultOut.file} existe déjà : ajoutez --overwrite pour le remplacer, ou choisissez un autre fichier avec --out\n`,
    );
    const json = userFile(`${command}.json`, "[]");
    const j = io();
    expect(
      (
        await runPricesCli(
          command,
          [file, "--month", "2025-03", "--out", path.join(dir, `${command}-new.xlsx`), "--json", json.file],
          j,
        )
      ).code,
    ).toBe(2);
    expect(j.err).toContain(`${json.file} existe déjà`);
    expect(fs.existsSync(path.join(dir, `${command}-new.xlsx`))).toBe(false);
    expect(sha(defaultOut.file)).toBe(defaultOut.hash);
    expect(sha(json.file)).toBe(json.hash);
  });

  it("import: the default output; --overwrite replaces it", async () => {
    const file = await op("imp.xlsx");
    const csv = userFile("lab.csv", "Code;Date;Critère;Valeur\nP1;17/03/2025;MG;41,5\n");
    const out = userFile("imp-import.xlsx");
    const o = io();
    expect((await runImportCli([file, csv.file], o)).code).toBe(2);
    expect(o.err).toBe(
      `import: ${out.file} existe déjà : ajoutez --overwrite pour le remplacer, ou choisissez un autre fichier avec --out\n`,
    );
    expect(sha(out.file)).toBe(out.hash);
    expect((await runImportCli([file, csv.file, "--overwrite", "--quiet"], io())).code).toBe(0);
    expect(XlsxWorkbook.open(fs.readFileSync(out.file)).readTableSync("Analyses")!.rows.length).toBeGreaterThan(0);
  });
});

describe("the input is never an output, even with --overwrite", () => {
  it.each([
    ["statements --out", (f: string) => runCli([f, "--month", "2025-03", "--out", f, "--overwrite"], io())],
    [
      "statements --json",
      (f: string) =>
        runCli([f, "--month", "2025-03", "--out", path.join(dir, "x.xlsx"), "--json", f, "--overwrite"], io()),
    ],
    [
      "compare --out",
      (f: string) => runPricesCli("compare", [f, "--month", "2025-03", "--out", f, "--overwrite"], io()),
    ],
    [
      "price-a --json",
      (f: string) => runPricesCli("price-a", [f, "--month", "2025-03", "--json", f, "--overwrite"], io()),
    ],
    [
      "import --out = workbook",
      (f: string) => runImportCli([f, path.join(dir, "lab.csv"), "--out", f, "--overwrite"], io()),
    ],
  ])("%s", async (_what, run) => {
    const file = await op("self.xlsx");
    fs.writeFileSync(path.join(dir, "lab.csv"), "Code;Date;Critère;Valeur\nP1;17/03/2025;MG;41,5\n");
    const before = sha(file);
    expect((await run(file)).code).toBe(2);
    expect(sha(file)).toBe(before);
  });

  it("import --out = the file to import, and --json = --out, are refused with their own message", async () => {
    const file = await op("self2.xlsx");
    const csv = path.join(dir, "lab2.csv");
    fs.writeFileSync(csv, "Code;Date;Critère;Valeur\n");
    const a = io();
    expect((await runImportCli([file, csv, "--out", csv, "--overwrite"], a)).code).toBe(2);
    expect(a.err).toBe(`import: --out ${csv} est le fichier à importer : choisissez un autre fichier\n`);
    const b = io();
    const out = path.join(dir, "both.xlsx");
    expect((await runCli([file, "--month", "2025-03", "--out", out, "--json", out], b)).code).toBe(2);
    expect(b.err).toBe(
      `statements: --json ${out} est aussi la sortie de --out : choisissez deux fichiers différents\n`,
    );
  });
});

describe("an output that cannot be written is found before anything is done, and named", () => {
  it.each([
    [
      "under a missing folder",
      () => path.join(dir, "absent", "out.xlsx"),
      (f: string) => `impossible d'écrire ${f} : le dossier ${path.dirname(f)} n'existe pas`,
    ],
    [
      "under a regular file",
      () => path.join(dir, "plain.txt", "out.xlsx"),
      (f: string) => `impossible d'écrire ${f} : ${path.dirname(f)} n'est pas un dossier`,
    ],
    [
      "deeper under a regular file",
      () => path.join(dir, "plain.txt", "a", "out.xlsx"),
      (f: string) => `impossible d'écrire ${f} : ${path.join(dir, "plain.txt")} n'est pas un dossier`,
    ],
    [
      "a folder",
      () => path.join(dir, "afolder"),
      (f: string) => `${f} est un dossier : donnez à --json un nom de fichier`,
    ],
  ])("--json %s: exit before the workbook is written", async (_what, target, message) => {
    fs.writeFileSync(path.join(dir, "plain.txt"), "x");
    fs.mkdirSync(path.join(dir, "afolder"), { recursive: true });
    const file = await op("w.xlsx");
    const out = path.join(dir, "w-out.xlsx");
    const json = target();
    const o = io();
    const r = await runCli([file, "--month", "2025-03", "--out", out, "--json", json, "--overwrite"], o);
    expect(r.code).toBeGreaterThan(0);
    expect(o.err).toBe(`statements: ${message(json)}\n`);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("--out under a regular file: the message names the output, not the input nor a temporary file", async () => {
    fs.writeFileSync(path.join(dir, "plain.txt"), "x");
    const file = await op("w2.xlsx");
    const out = path.join(dir, "plain.txt", "w2-out.xlsx");
    for (const run of [
      () => runCli([file, "--month", "2025-03", "--out", out], io()),
      () => runPricesCli("price-a", [file, "--month", "2025-03", "--out", out], io()),
    ]) {
      const r = await run();
      expect(r.code).toBe(1);
      expect(r.reason).toBe(`impossible d'écrire ${out} : ${path.join(dir, "plain.txt")} n'est pas un dossier`);
      expect(r.reason).not.toContain(".tmp");
    }
  });

  it("a write that fails all the same (the folder vanished after the check) names the output and leaves no temporary file", () => {
    const sub = path.join(dir, "vanishing");
    fs.mkdirSync(sub);
    const out = path.join(sub, "o.xlsx");
    expect(checkOutputs([{ flag: "--out", file: out }], [], false)).toBeNull();
    fs.rmSync(sub, { recursive: true });
    expect(() => writeOutputs([{ file: out, data: "x" }])).toThrow(OutputError);
    expect(() => writeOutputs([{ file: out, data: "x" }])).toThrow(
      `impossible d'écrire ${out} : fichier ou dossier introuvable (ENOENT)`,
    );
    // Two outputs: the second fails, so neither is put in place and the first's temporary file is removed.
    const first = path.join(dir, "first.json");
    expect(() =>
      writeOutputs([
        { file: first, data: "1" },
        { file: out, data: "2" },
      ]),
    ).toThrow(out);
    expect(fs.existsSync(first)).toBe(false);
    expect(listing().filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("relative paths start from the folder where the command was typed (npm's INIT_CWD)", () => {
  const tsx = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");

  it("the real process started in the project folder, as npm run does, reads and writes in INIT_CWD", async () => {
    const typed = fs.mkdtempSync(path.join(dir, "typed-"));
    fs.writeFileSync(path.join(typed, "mon op.xlsx"), await xlsxBytes(smallOp()));
    const r = spawnSync(
      process.execPath,
      [tsx, "src/cli/statements.ts", "mon op.xlsx", "--month", "2025-03", "--json", "relevés.json"],
      {
        cwd: process.cwd(),
        env: { ...process.env, INIT_CWD: typed },
        encoding: "utf8",
      },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(fs.readdirSync(typed).sort()).toEqual(["mon op-2025-03.xlsx", "mon op.xlsx", "relevés.json"]);
    expect(r.stdout).toContain(`→ ${path.join(typed, "mon op-2025-03.xlsx")}`);
  });

  it("in-process: INIT_CWD when set, else the current folder", async () => {
    const typed = fs.mkdtempSync(path.join(dir, "typed2-"));
    fs.writeFileSync(path.join(typed, "op.xlsx"), await xlsxBytes(smallOp()));
    const saved = process.env.INIT_CWD;
    try {
      process.env.INIT_CWD = typed;
      const r = await runImportCli(["op.xlsx", "lab.csv"], io());
      expect(r.reason).toBe(
        `impossible de lire ${path.join(typed, "lab.csv")} : fichier ou dossier introuvable (ENOENT)`,
      );
      fs.writeFileSync(path.join(typed, "lab.csv"), "Code;Date;Critère;Valeur\nP1;17/03/2025;MG;41,5\n");
      const ok = await runImportCli(["op.xlsx", "lab.csv", "--out", "sortie.xlsx", "--quiet"], io());
      expect(ok.code).toBe(0);
      expect(ok.outPath).toBe(path.join(typed, "sortie.xlsx"));
      expect(fs.existsSync(path.join(typed, "sortie.xlsx"))).toBe(true);
      delete process.env.INIT_CWD;
      const here = await runCli(["op.xlsx", "--month", "2025-03"], io());
      expect(here.reason).toBe(
        `impossible de lire ${path.join(process.cwd(), "op.xlsx")} : fichier ou dossier introuvable (ENOENT)`,
      );
    } finally {
      if (saved === undefined) delete process.env.INIT_CWD;
      else process.env.INIT_CWD = saved;
    }
  });
});
