/**
 * `npm run grids` end to end on files: list, show, export, check, import, copy; exit codes as the
 * statements command; the input workbook never modified; then a copy edited in its sheet pays (statements
 * and --grid-file).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { runGridsCli } from "../../src/cli/grids";
import { runCli as runStatementsCli } from "../../src/cli/statements";
import { runPricesCli } from "../../src/cli/prices";
import { smallOp, xlsxBytes } from "./workbooks";
import { open, rowWhere } from "../grids/helpers";
import { io, tempFolder, sha } from "./io";

const dir = tempFolder("milkpay-grids-");

const file = (name: string) => path.join(dir, name);

async function op(name: string): Promise<string> {
  fs.writeFileSync(file(name), await xlsxBytes(smallOp()));
  return file(name);
}

describe("npm run grids", () => {
  test("list: the built-in grids, then the workbook's", async () => {
    const o = io();
    expect((await runGridsCli(["list"], o)).code).toBe(0);
    expect(o.out.split("\n")).toEqual([
      "identifiant | famille | validité | origine | nom",
      "sud-est-2018 | sud-est | à partir de 2018-01 | intégrée | Accord interprofessionnel Sud-Est (1er janvier 2018)",
      "mooh-2025 | mooh | à partir de 2025-01 | intégrée | mooh société coopérative (dès le 1er janvier 2025)",
      "",
    ]);
  });

  test("show: a family for a month, as the readable table (French decimal commas)", async () => {
    const o = io();
    expect((await runGridsCli(["show", "mooh", "--month", "2025-06"], o)).code).toBe(0);
    const lines = o.out.split("\n").map((l) => l.split("|").map((c) => c.trim()));
    expect(lines[0]).toEqual([
      "Rubrique",
      "Code",
      "Critère",
      "Paramètre",
      "N°",
      "Borne basse",
      "Seuil bas",
      "Borne haute",
      "Seuil haut",
      "Valeur",
      "Unité",
      "Remarque",
    ]);
    expect(lines).toContainEqual([
      "Tranche",
      "PC",
      "PC",
      "taux",
      "",
      "au-delà de",
      "-0,513",
      "jusqu'à (inclus)",
      "-0,508",
      "-0,65",
      "cts/kg",
      "",
    ]);
    expect(lines).toContainEqual([
      "Palier",
      "GERMES",
      "GERMES",
      "taux",
      "5",
      "",
      "",
      "",
      "",
      "-24",
      "cts/kg",
      "suspension",
    ]);
    const before = io();
    expect((await runGridsCli(["show", "mooh", "--month", "2024-12"], before)).code).toBe(1);
    expect(before.err).toBe(
      "grids: aucune version de la grille « mooh » n'est valable en 2024-12 ; versions : mooh-2025 (de 2025-01)\n",
    );
  });

  test("export → check → import: the sheet is added to a copy, the input is untouched, never twice", async () => {
    const wb = await op("import.xlsx");
    const before = sha(wb);
    const json = file("mooh.json");
    expect((await runGridsCli(["export", "mooh", "--out", json, "-q"], io())).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(json, "utf8")).id).toBe("mooh-2025");
    const checked = io();
    expect((await runGridsCli(["check", json], checked)).code).toBe(0);
    expect(checked.out).toBe(`${json} : grille « mooh-2025 » valide (famille mooh, à partir de 2025-01)\n`);

    const o = io();
    const r = await runGridsCli(["import", json, "--into", wb], o);
    expect(r).toEqual({ code: 0, outPath: file("import-grille-mooh-2025.xlsx") });
    expect(sha(wb)).toBe(before);
    const listed = io();
    await runGridsCli(["list", r.outPath!], listed);
    expect(listed.out).toContain(
      "mooh-2025 | mooh | à partir de 2025-01 | Grille mooh-2025 | mooh société coopérative (dès le 1er janvier 2025)",
    );

    const again = io();
    expect((await runGridsCli(["import", json, "--into", r.outPath!, "--out", file("again.xlsx")], again)).code).toBe(
      1,
    );
    expect(again.err).toBe(
      "grids: la feuille « Grille mooh-2025 » existe déjà dans " +
        r.outPath +
        " : une feuille de grille appartient à l'utilisateur et n'est jamais remplacée (renommez-la ou choisissez un autre identifiant)\n",
    );
    expect(fs.existsSync(file("again.xlsx"))).toBe(false);
  });

  test("check: every problem of a bad file on its own line, in French, exit 1", async () => {
    const bad = file("bad.json");
    const raw = JSON.parse(fs.readFileSync(path.join(__dirname, "../../grids/exemple-laiterie.json"), "utf8"));
    raw.components[3].tiers[0].rate = "2,00";
    delete raw.volumeUnit;
    fs.writeFileSync(bad, JSON.stringify(raw));
    const o = io();
    expect((await runGridsCli(["check", bad], o)).code).toBe(1);
    expect(o.err.split("\n")).toEqual([
      `${bad} : grille « exemple-laiterie » : volumeUnit : manquant`,
      `${bad} : grille « exemple-laiterie » : components[3].tiers[0].rate : attendu : un nombre écrit avec un point décimal, entre guillemets (ex. "-9.00"), reçu "2,00"`,
      "",
    ]);
    fs.writeFileSync(bad, "{ not json");
    const o2 = io();
    expect((await runGridsCli(["check", bad], o2)).code).toBe(1);
    expect(o2.err).toMatch(/^.*bad\.json : JSON illisible/);
  });

  test("wrong command lines exit 2; an unknown grid exits 1 with the list", async () => {
    const o = io();
    expect((await runGridsCli(["export", "sud-est"], o)).code).toBe(2);
    expect(o.err).toBe("grids: il manque --out FICHIER.json (--help pour l'aide)\n");
    expect((await runGridsCli([], io())).code).toBe(2);
    expect((await runGridsCli(["copy", "sud-est", "--as", "x", "--into", "a.xlsx"], io())).code).toBe(2);
    const wb = await op("same.xlsx");
    const same = io();
    expect((await runGridsCli(["import", "g.json", "--into", wb, "--out", wb], same)).code).toBe(2);
    expect(same.err).toContain("est le classeur d'entrée");
    const unknown = io();
    expect((await runGridsCli(["show", "nord"], unknown)).code).toBe(1);
    expect(unknown.err).toBe(
      "grids: grille « nord » inconnue ; grilles disponibles : sud-est-2018, mooh-2025 (familles : sud-est, mooh)\n",
    );
  });

  test("outputs follow the conventions: never over an existing file without --overwrite, never over an input", async () => {
    const wb = await op("conv.xlsx");
    const before = sha(wb);
    const json = file("conv.json");
    expect((await runGridsCli(["export", "sud-est", "--out", json, "-q"], io())).code).toBe(0);
    const exported = fs.readFileSync(json, "utf8");
    // export over an existing file: refused (exit 2, the path named), the file untouched; --overwrite replaces it.
    const again = io();
    expect((await runGridsCli(["export", "mooh", "--out", json], again)).code).toBe(2);
    expect(again.err).toBe(
      `grids: ${json} existe déjà : ajoutez --overwrite pour le remplacer, ou choisissez un autre fichier avec --out\n`,
    );
    expect(fs.readFileSync(json, "utf8")).toBe(exported);
    expect((await runGridsCli(["export", "mooh", "--out", json, "--overwrite", "-q"], io())).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(json, "utf8")).id).toBe("mooh-2025");
    // export from a workbook into that workbook: refused even with --overwrite.
    const intoInput = io();
    expect((await runGridsCli(["export", "mooh", "--from", wb, "--out", wb, "--overwrite"], intoInput)).code).toBe(2);
    expect(intoInput.err).toBe(
      `grids: --out ${wb} est le classeur d'entrée : l'entrée n'est jamais remplacée, même avec --overwrite ; choisissez un autre fichier\n`,
    );
    // import: the grid file is not an output either.
    const overJson = io();
    expect((await runGridsCli(["import", json, "--into", wb, "--out", json, "--overwrite"], overJson)).code).toBe(2);
    expect(overJson.err).toBe(`grids: --out ${json} est le fichier à importer : choisissez un autre fichier\n`);
    // import's default output exists: refused before the workbook is opened, then replaced with --overwrite.
    expect((await runGridsCli(["import", json, "--into", wb, "-q"], io())).code).toBe(0);
    const defaultOut = file("conv-grille-mooh-2025.xlsx");
    const exists = io();
    expect((await runGridsCli(["import", json, "--into", wb], exists)).code).toBe(2);
    expect(exists.err).toBe(
      `grids: ${defaultOut} existe déjà : ajoutez --overwrite pour le remplacer, ou choisissez un autre fichier avec --out\n`,
    );
    expect((await runGridsCli(["import", json, "--into", wb, "--overwrite", "-q"], io())).code).toBe(0);
    // copy: its default output exists → refused; with --out into a missing folder → exit 1 naming the path.
    expect(
      (
        await runGridsCli(
          ["copy", "sud-est", "--as", "sud-est-2030", "--from-month", "2030-01", "--into", wb, "-q"],
          io(),
        )
      ).code,
    ).toBe(0);
    const copyAgain = io();
    expect(
      (
        await runGridsCli(
          ["copy", "sud-est", "--as", "sud-est-2030", "--from-month", "2030-01", "--into", wb],
          copyAgain,
        )
      ).code,
    ).toBe(2);
    expect(copyAgain.err).toContain(`${file("conv-grille-sud-est-2030.xlsx")} existe déjà`);
    const noFolder = io();
    const missing = path.join(dir, "nowhere", "x.xlsx");
    expect(
      (
        await runGridsCli(
          ["copy", "sud-est", "--as", "sud-est-2031", "--from-month", "2031-01", "--into", wb, "--out", missing],
          noFolder,
        )
      ).code,
    ).toBe(1);
    expect(noFolder.err).toBe(
      `grids: impossible d'écrire ${missing} : le dossier ${path.join(dir, "nowhere")} n'existe pas\n`,
    );
    expect(sha(wb)).toBe(before);
  });

  test("relative paths start from the folder where the command was typed (INIT_CWD)", async () => {
    const saved = process.env.INIT_CWD;
    const sub = path.join(dir, "typed-here");
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, "op.xlsx"), await xlsxBytes(smallOp()));
    try {
      process.env.INIT_CWD = sub;
      expect((await runGridsCli(["export", "sud-est", "--out", "g.json", "-q"], io())).code).toBe(0);
      expect(JSON.parse(fs.readFileSync(path.join(sub, "g.json"), "utf8")).id).toBe("sud-est-2018");
      const checked = io();
      expect((await runGridsCli(["check", "g.json"], checked)).code).toBe(0);
      expect(checked.out).toBe(
        `${path.join(sub, "g.json")} : grille « sud-est-2018 » valide (famille sud-est, à partir de 2018-01)\n`,
      );
      const r = await runGridsCli(
        [
          "copy",
          "sud-est",
          "--as",
          "ma-laiterie",
          "--from-month",
          "2025-01",
          "--into",
          "op.xlsx",
          "--out",
          "copie.xlsx",
          "-q",
        ],
        io(),
      );
      expect(r).toEqual({ code: 0, outPath: path.join(sub, "copie.xlsx") });
      const listed = io();
      expect((await runGridsCli(["list", "copie.xlsx"], listed)).code).toBe(0);
      expect(listed.out).toContain("ma-laiterie | sud-est | à partir de 2025-01 | Grille ma-laiterie |");
      const shown = io();
      expect((await runGridsCli(["show", "ma-laiterie", "--from", "copie.xlsx"], shown)).code).toBe(0);
      // --grid-file of statements and compare too: g.json is found beside op.xlsx, not in the project's folder.
      expect(
        (
          await runStatementsCli(
            ["op.xlsx", "--month", "2025-03", "--grid-file", "g.json", "--out", "s.xlsx", "-q"],
            io(),
          )
        ).code,
      ).toBe(0);
      expect(
        (
          await runPricesCli(
            "compare",
            ["op.xlsx", "--month", "2025-03", "--grid", "sud-est-2018", "--grid-file", "g.json", "-q"],
            io(),
          )
        ).code,
      ).toBe(0);
      const missing = io();
      expect(
        (
          await runStatementsCli(
            ["op.xlsx", "--month", "2025-03", "--grid-file", "nope.json", "--out", "s2.xlsx"],
            missing,
          )
        ).code,
      ).toBe(1);
      expect(missing.err).toBe(
        `statements: ${path.join(sub, "nope.json")} : lecture impossible (fichier ou dossier introuvable (ENOENT))\n`,
      );
    } finally {
      if (saved === undefined) delete process.env.INIT_CWD;
      else process.env.INIT_CWD = saved;
    }
  });

  test("in English with MILKPAY_LANG=en (the engine's grid problems stay French)", async () => {
    const saved = process.env.MILKPAY_LANG;
    try {
      process.env.MILKPAY_LANG = "en";
      const o = io();
      expect((await runGridsCli(["list"], o)).code).toBe(0);
      expect(o.out.split("\n")[0]).toBe("id | family | validity | origin | name");
      expect(o.out).toContain("sud-est-2018 | sud-est | from 2018-01 | built-in |");
      const u = io();
      expect((await runGridsCli(["frobnicate"], u)).code).toBe(2);
      expect(u.err).toBe(
        "grids: unknown command « frobnicate »; expected: list, show, export, check, import or copy (--help for usage)\n",
      );
    } finally {
      if (saved === undefined) delete process.env.MILKPAY_LANG;
      else process.env.MILKPAY_LANG = saved;
    }
  });

  test("copy → edit the sheet → pay with it: next year's grid without a build", async () => {
    const wb = await op("copy.xlsx");
    const o = io();
    const copied = await runGridsCli(
      ["copy", "sud-est-2018", "--as", "sud-est-2026", "--from-month", "2025-03", "--into", wb],
      o,
    );
    expect(copied.code).toBe(0);
    expect(o.out).toBe(
      `grille « sud-est-2018 » copiée en « sud-est-2026 » (valable à partir de 2025-03) : feuille « Grille sud-est-2026 » → ${file("copy-grille-sud-est-2026.xlsx")}\n`,
    );
    // A built-in id cannot be taken by a copy.
    const taken = io();
    expect(
      (
        await runGridsCli(
          ["copy", "sud-est", "--as", "mooh-2025", "--from-month", "2026-01", "--into", wb, "--out", file("x.xlsx")],
          taken,
        )
      ).code,
    ).toBe(1);
    expect(taken.err).toContain("« mooh-2025 » est l'identifiant d'une grille intégrée");

    // The accountant edits the quality premium 6.00 → 6.50 in « Grille sud-est-2026 » (as Excel would save it).
    const port = open(fs.readFileSync(copied.outPath!));
    const table = (await port.readTable("Grille sud-est-2026"))!;
    const cells = [table.headers, ...table.rows.map((r) => r.values)];
    cells[rowWhere(cells, { 0: "Composant", 1: "PRIME", 3: "Taux" })][9] = "6,50";
    const sheets = smallOp();
    sheets.PrixDeBase = [
      ["Mois", "Grille", "Prix"],
      ["2025-03", "sud-est", 450],
    ];
    fs.writeFileSync(file("edited.xlsx"), await xlsxBytes({ ...sheets, "Grille sud-est-2026": cells }));

    // The run's grid and the base price name the family; in 2025-03 the newest version valid is the
    // workbook's sud-est-2026.
    const json = file("edited.json");
    const run = await runStatementsCli(
      [file("edited.xlsx"), "--month", "2025-03", "--grid", "sud-est", "--json", json, "-q"],
      io(),
    );
    expect(run.code).toBe(0);
    const out = JSON.parse(fs.readFileSync(json, "utf8"));
    expect(out.statements.map((s: { grid: string }) => s.grid)).toEqual(["sud-est-2026", "sud-est-2026"]);
    // P1 delivers 10 000 L and earns the premium: 6.50 × 10 000 / 1000 = 65.00 (60.00 with the built-in grid).
    const prime = (s: { lines: { code: string; amount: number }[] }) => s.lines.find((l) => l.code === "PRIME")!.amount;
    expect(prime(out.statements[0])).toBe(65);
  });

  test("--grid-file: statements and compare use a grid from a file; a bad file exits 1 naming it", async () => {
    const sheets = smallOp();
    sheets.PrixDeBase.push(["2025-03", "exemple-laiterie", 420]);
    const wb = file("files.xlsx");
    fs.writeFileSync(wb, await xlsxBytes(sheets));
    const example = path.join(__dirname, "../../grids/exemple-laiterie.json");
    const json = file("files.json");
    // An id names that exact grid (the family « exemple-laiterie » has no version in 2025-03).
    const r = await runStatementsCli(
      [wb, "--month", "2025-03", "--grid-file", example, "--grid", "exemple-laiterie", "--json", json, "-q"],
      io(),
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(fs.readFileSync(json, "utf8"));
    expect(out.statements.map((s: { grid: string }) => s.grid)).toEqual(["exemple-laiterie", "exemple-laiterie"]);
    // Valid only in 2026: used for 2025-03 by its id, it pays, and the checks say so once.
    expect(out.issues.filter((i: { message: string }) => /hors de sa validité/.test(i.message))).toEqual([
      {
        severity: "warning",
        sheet: null,
        row: null,
        producer: null,
        message:
          "grille exemple-laiterie utilisée pour 2025-03, hors de sa validité (de 2026-01 à 2026-12) : vérifiez la colonne Grille, PrixDeBase ou --grid",
      },
    ]);
    const o = io();
    const bad = file("bad2.json");
    fs.writeFileSync(bad, JSON.stringify({ id: "x" }));
    expect(
      (await runStatementsCli([wb, "--month", "2025-03", "--grid-file", bad, "--out", file("bad2-out.xlsx")], o)).code,
    ).toBe(1);
    expect(o.err).toMatch(
      /^statements: .*bad2\.json : grille « x » : formatVersion : manquant \(et \d+ autres problèmes : npm run grids -- check/,
    );
    const c = io();
    const compared = await runPricesCli(
      "compare",
      [wb, "--month", "2025-03", "--grid", "sud-est-2018", "--grid-file", example, "--json", file("cmp.json"), "-q"],
      c,
    );
    expect(compared.code).toBe(0);
    const cmp = JSON.parse(fs.readFileSync(file("cmp.json"), "utf8"));
    expect(cmp.grids.map((g: { grid: string }) => g.grid)).toEqual(["sud-est-2018", "mooh-2025", "exemple-laiterie"]);
  });
});
