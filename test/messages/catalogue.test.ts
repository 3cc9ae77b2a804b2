/**
 * The command-line message catalogue: every language has every key, with the same parameters; templates are
 * filled as documented; the language follows MILKPAY_LANG (French by default); every usage error of every
 * command line is French.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import type { CliIO } from "../../src/cli/common";
import { runGridsCli } from "../../src/cli/grids";
import { runImportCli } from "../../src/cli/import";
import { runPricesCli } from "../../src/cli/prices";
import { runCli } from "../../src/cli/statements";
import { CATALOGUES, fill, language, languageOf, setLanguage, t, type Lang } from "../../src/messages";

const params = (template: string) =>
  [...new Set([...template.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)].map((m) => m[1]))].sort();

describe("the catalogue", () => {
  const langs = Object.keys(CATALOGUES) as Lang[];

  it("ships French and English with the same keys", () => {
    expect(langs.sort()).toEqual(["de", "en", "fr"]);
    const keys = Object.keys(CATALOGUES.fr).sort();
    for (const lang of langs) expect(Object.keys(CATALOGUES[lang]).sort()).toEqual(keys);
  });

  it.each(Object.keys(CATALOGUES.fr))("%s has the same parameters in every language, and no empty text", (key) => {
    const fr = CATALOGUES.fr[key as keyof typeof CATALOGUES.fr];
    expect(fr.trim()).not.toBe("");
    for (const lang of langs) expect(params(CATALOGUES[lang][key as keyof typeof CATALOGUES.fr])).toEqual(params(fr));
  });

  it("fills named parameters and plural forms (French: 0 and 1 singular; English: 1 only)", () => {
    expect(fill("{n} {n:relevé|relevés} pour {who}", { n: 0, who: "P1" }, "fr")).toBe("0 relevé pour P1");
    expect(fill("{n} {n:relevé|relevés}", { n: 2 }, "fr")).toBe("2 relevés");
    expect(fill("{n} {n:statement|statements}", { n: 0 }, "en")).toBe("0 statements");
    expect(fill("{n} {n:statement|statements}", { n: 1 }, "en")).toBe("1 statement");
    expect(fill("{missing} stays", {}, "fr")).toBe("{missing} stays");
    expect(t("cli.monthFormat", { month: "2025-13" }, "fr")).toBe(
      "--month 2025-13 : attendu AAAA-MM, par exemple 2025-03",
    );
    expect(t("cli.monthFormat", { month: "2025-13" }, "en")).toBe("--month 2025-13: expected YYYY-MM, e.g. 2025-03");
  });

  it("the language: MILKPAY_LANG, French by default and for a language not shipped", () => {
    const saved = process.env.MILKPAY_LANG;
    try {
      delete process.env.MILKPAY_LANG;
      expect(language()).toBe("fr");
      process.env.MILKPAY_LANG = "en_GB.UTF-8";
      expect(language()).toBe("en");
      expect(t("cli.unknownOption", { flag: "--x" })).toBe("unknown option --x");
      process.env.MILKPAY_LANG = "de_CH.UTF-8";
      expect(language()).toBe("de");
      process.env.MILKPAY_LANG = "it";
      expect(language()).toBe("fr");
      setLanguage("en");
      process.env.MILKPAY_LANG = "fr";
      expect(language()).toBe("en");
    } finally {
      setLanguage(null);
      if (saved === undefined) delete process.env.MILKPAY_LANG;
      else process.env.MILKPAY_LANG = saved;
    }
    expect(languageOf("fr-CH")).toBe("fr");
    expect(languageOf(undefined)).toBe("fr");
  });
});

describe("every command line speaks French to the accountant", () => {
  function io(): CliIO & { out: string; err: string } {
    const o = {
      out: "",
      err: "",
      isTTY: false,
      stdout: (s: string) => void (o.out += s),
      stderr: (s: string) => void (o.err += s),
    };
    return o;
  }

  it.each([
    [
      "statements",
      ["op.xlsx", "--month", "2025-13"],
      "statements: --month 2025-13 : attendu AAAA-MM, par exemple 2025-03 (--help pour l'aide)",
    ],
    ["statements", ["op.xlsx"], "statements: il manque --month AAAA-MM (--help pour l'aide)"],
    ["statements", ["--month", "2025-03"], "statements: il manque le classeur (.xlsx) à lire (--help pour l'aide)"],
    [
      "statements",
      ["op.xlsx", "--month", "2025-03", "--out"],
      "statements: --out attend une valeur (--help pour l'aide)",
    ],
    [
      "statements",
      ["op.xlsx", "--month", "2025-03", "--force"],
      "statements: option inconnue --force (--help pour l'aide)",
    ],
    [
      "compare",
      ["op.xlsx", "--month", "2025-03", "--kg-per-litre", "abc"],
      "compare: --kg-per-litre abc : attendu un nombre positif, par exemple 1,03 (--help pour l'aide)",
    ],
    [
      "compare",
      ["a.xlsx", "b.xlsx", "--month", "2025-03"],
      "compare: un seul classeur à la fois (reçu : a.xlsx, b.xlsx) (--help pour l'aide)",
    ],
    [
      "price-a",
      ["op.xlsx", "--month", "2025/03"],
      "price-a: --month 2025/03 : attendu AAAA-MM, par exemple 2025-03 (--help pour l'aide)",
    ],
    ["price-a", [], "price-a: il manque le classeur (.xlsx) à lire (--help pour l'aide)"],
    ["import", [], "import: il manque le classeur (.xlsx) et le fichier à importer (--help pour l'aide)"],
    ["import", ["op.xlsx"], "import: il manque le fichier à importer (--help pour l'aide)"],
    [
      "import",
      ["op.xlsx", "a.csv", "b.csv"],
      "import: un classeur et un fichier à la fois (reçu : op.xlsx, a.csv, b.csv) (--help pour l'aide)",
    ],
    [
      "import",
      ["op.xlsx", "a.csv", "--kind", "prix"],
      "import: --kind prix : attendu analyses ou livraisons (--help pour l'aide)",
    ],
    ["grids", [], "grids: il manque la commande : list, show, export, check, import ou copy (--help pour l'aide)"],
    [
      "grids",
      ["remove", "x"],
      "grids: commande inconnue « remove » ; attendu : list, show, export, check, import ou copy (--help pour l'aide)",
    ],
    ["grids", ["show"], "grids: il manque l'identifiant de la grille (--help pour l'aide)"],
    ["grids", ["check", "a.json", "b.json"], "grids: arguments en trop : b.json (--help pour l'aide)"],
    ["grids", ["import", "g.json"], "grids: il manque --into <classeur.xlsx> (--help pour l'aide)"],
    [
      "grids",
      ["copy", "sud-est", "--into", "op.xlsx", "--from-month", "2026-01"],
      "grids: il manque --as <nouvel id> (--help pour l'aide)",
    ],
    [
      "grids",
      ["show", "sud-est", "--month", "2025-3"],
      "grids: --month 2025-3 : attendu AAAA-MM, par exemple 2025-03 (--help pour l'aide)",
    ],
  ] as const)("%s %j", async (tool, argv, message) => {
    const o = io();
    const r =
      tool === "statements"
        ? await runCli(argv, o)
        : tool === "import"
          ? await runImportCli(argv, o)
          : tool === "grids"
            ? await runGridsCli(argv, o)
            : await runPricesCli(tool, argv, o);
    expect(r.code).toBe(2);
    expect(o.err).toBe(message + "\n");
  });

  it.each(["statements", "compare", "price-a", "import"] as const)("%s --help is French", async (tool) => {
    const o = io();
    const r =
      tool === "statements"
        ? await runCli(["--help"], o)
        : tool === "import"
          ? await runImportCli(["-h"], o)
          : await runPricesCli(tool, ["--help"], o);
    expect(r.code).toBe(0);
    expect(o.out).toMatch(new RegExp(`^Usage : npm run ${tool} -- <classeur.xlsx>`));
    expect(o.out).toMatch(/--overwrite +remplace une sortie qui existe déjà/);
    expect(o.out).toContain("Les chemins relatifs partent du dossier où la commande est tapée");
  });

  it("grids --help is French", async () => {
    const o = io();
    expect((await runGridsCli(["--help"], o)).code).toBe(0);
    expect(o.out).toMatch(/^Usage : npm run grids -- <commande>/);
    expect(o.out).toMatch(/--overwrite +remplace une sortie qui existe déjà/);
    expect(o.out).toContain("Les chemins relatifs partent du dossier où la commande est tapée");
  });

  const tsx = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");
  const proc = (args: string[]) =>
    spawnSync(process.execPath, [tsx, ...args], { encoding: "utf8", env: { ...process.env, MILKPAY_LANG: "" } });

  it("npm run sample and the prices script without a command, as real processes", () => {
    const sample = proc(["scripts/sample.ts", "--producers", "zero"]);
    expect(sample.status).toBe(2);
    expect(sample.stderr).toBe("sample: --producers : attendu un nombre entier positif (--help pour l'aide)\n");
    const grid = proc(["scripts/sample.ts", "--grid", "nord"]);
    expect(grid.stderr).toBe("sample: --grid nord : attendu sud-est-2018 ou mooh-2025 (--help pour l'aide)\n");
    const help = proc(["scripts/sample.ts", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage : npm run sample -- /);
    const prices = proc(["src/cli/prices.ts"]);
    expect(prices.status).toBe(2);
    expect(prices.stderr).toBe("usage : tsx src/cli/prices.ts compare|price-a <classeur.xlsx> --month AAAA-MM …\n");
  });
});
