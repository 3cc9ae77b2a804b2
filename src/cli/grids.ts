/**
 * The grids of an OP, on the command line (the grid file format: schemas/grid.schema.json, README « Le format
 * des grilles »):
 *
 *   npm run grids -- list [<workbook.xlsx>]
 *   npm run grids -- show <id|famille> [--from <workbook.xlsx>] [--month YYYY-MM]
 *   npm run grids -- export <id|famille> [--from <workbook.xlsx>] [--month YYYY-MM] --out FILE.json
 *   npm run grids -- check FILE.json
 *   npm run grids -- import FILE.json --into <workbook.xlsx> [--out FILE.xlsx]
 *   npm run grids -- copy <id|famille> --as <nouvel id> --from-month YYYY-MM --into <workbook.xlsx> [--out FILE.xlsx]
 *
 * import and copy add the sheet « Grille <id> » to a copy of the workbook (default beside it,
 * <name>-grille-<id>.xlsx), never over the input, and never over an existing sheet. Exit status as
 * `npm run statements`: 0 done, 1 unusable (unreadable file, invalid or unknown grid: the reason on one
 * line, or every problem of a checked file), 2 wrong command line.
 */
import * as path from "node:path";
import { GridError, builtInCatalogue, loadGrid, type CatalogueEntry, type GridCatalogue } from "../engine";
import { gridSheet, type GridJson } from "../inputs/gridSheetWrite";
import { readWorkbookGrids } from "../run/workbookGrids";
import type { XlsxWorkbook } from "../workbook/xlsx";
import { EXIT_OK, EXIT_UNUSABLE, EXIT_USAGE, UsageError, checkMonth, failer, oneLine, processIO, readInput, sameFile, scanArgs, startCli, type CliIO } from "./common";
import { writeOutputs } from "./outputs";
import { readGridFile } from "./gridFiles";
import { openWorkbook } from "./nodeXlsx";

/** Every message of this command, in French (to move into the messages catalogue). */
const MSG = {
  usageCommand: "commande attendue : list, show, export, check, import ou copy",
  unknownCommand: (c: string) => `commande inconnue « ${c} » ; attendu : list, show, export, check, import ou copy`,
  missing: (what: string) => `${what} manquant`,
  tooMany: (got: string[]) => `arguments en trop : ${got.join(" ")}`,
  outIsInput: (out: string) => `--out ${out} est le classeur d'entrée : il n'est jamais modifié ; choisissez un autre fichier`,
  sheetExists: (sheet: string, wb: string) => `la feuille « ${sheet} » existe déjà dans ${wb} : une feuille de grille appartient à l'utilisateur et n'est jamais remplacée (renommez-la ou choisissez un autre identifiant)`,
  builtInId: (id: string) => `« ${id} » est l'identifiant d'une grille intégrée : choisissez un nouvel identifiant (ex. ${id.replace(/\d{4}$/, "") || id + "-"}${new Date().getFullYear() + 1})`,
  idTaken: (id: string, where: string) => `l'identifiant « ${id} » est déjà pris (${where})`,
  valid: (file: string, id: string, family: string, validity: string) => `${file} : grille « ${id} » valide (famille ${family}, ${validity})`,
  exported: (id: string, out: string) => `grille « ${id} » → ${out}`,
  imported: (sheet: string, out: string) => `feuille « ${sheet} » ajoutée → ${out}`,
  copied: (from: string, id: string, month: string, sheet: string, out: string) => `grille « ${from} » copiée en « ${id} » (valable à partir de ${month}) : feuille « ${sheet} » → ${out}`,
  brokenSheet: (sheet: string, n: number) => `${sheet} : ${n} erreur${n > 1 ? "s" : ""}`,
  listHeader: "identifiant | famille | validité | origine | nom",
  builtIn: "intégrée",
  validity: (from: string, to?: string) => (to ? `de ${from} à ${to}` : `à partir de ${from}`),
  copyName: (name: string, month: string) => `${name} (copie pour ${month}, à relire avec la grille de la laiterie)`,
};

export const USAGE = `Usage: npm run grids -- <commande> …

  list [<classeur.xlsx>]                        grilles intégrées (et celles du classeur)
  show <id|famille> [--from <classeur.xlsx>] [--month AAAA-MM]
                                                la grille en tableau lisible
  export <id|famille> [--from <classeur.xlsx>] [--month AAAA-MM] --out FICHIER.json
                                                la grille en fichier JSON (format schemas/grid.schema.json)
  check FICHIER.json                            vérifie un fichier de grille (chaque problème en français)
  import FICHIER.json --into <classeur.xlsx> [--out FICHIER.xlsx]
                                                ajoute la feuille « Grille <id> » (copie du classeur)
  copy <id|famille> --as <nouvel id> --from-month AAAA-MM --into <classeur.xlsx> [--out FICHIER.xlsx]
                                                copie une grille (intégrée ou du classeur) comme point de
                                                départ de la version suivante, valable à partir du mois

Une famille (ex. sud-est) désigne la version valable pour --month (la plus récente sans --month).
import et copy écrivent une copie du classeur (par défaut <nom>-grille-<id>.xlsx à côté), jamais par-dessus.
Code de sortie : 0 fait ; 1 inutilisable (fichier illisible, grille invalide ou inconnue) ; 2 ligne de
commande erronée.`;

type Command = "list" | "show" | "export" | "check" | "import" | "copy";

export interface GridsArgs {
  command: Command;
  target?: string;
  from?: string;
  into?: string;
  out?: string;
  month?: string;
  as?: string;
  fromMonth?: string;
  quiet: boolean;
  help: boolean;
}

export function parseGridsArgs(argv: readonly string[]): GridsArgs {
  const a: Partial<GridsArgs> = {};
  const { positional, help, quiet } = scanArgs(argv, (flag, value) => {
    const key = ({ "--from": "from", "--into": "into", "--out": "out", "--month": "month", "--as": "as", "--from-month": "fromMonth" } as const)[flag];
    if (!key) return false;
    a[key] = value();
    return true;
  });
  if (help) return { command: "list", quiet, help };
  const [command, ...rest] = positional;
  if (!command) throw new UsageError(MSG.usageCommand);
  if (!["list", "show", "export", "check", "import", "copy"].includes(command)) throw new UsageError(MSG.unknownCommand(command));
  const args: GridsArgs = { ...a, command: command as Command, quiet, help };
  const want = (n: number, what: string) => {
    if (rest.length < n) throw new UsageError(MSG.missing(what));
    if (rest.length > n) throw new UsageError(MSG.tooMany(rest.slice(n)));
  };
  if (command === "list") {
    if (rest.length > 1) throw new UsageError(MSG.tooMany(rest.slice(1)));
    args.from = rest[0] ?? a.from;
  } else want(1, command === "check" || command === "import" ? "FICHIER.json" : "l'identifiant de la grille");
  args.target = rest[0];
  if (args.month) args.month = checkMonth(args.month);
  if (command === "export" && !args.out) throw new UsageError(MSG.missing("--out FICHIER.json"));
  if (command === "import" && !args.into) throw new UsageError(MSG.missing("--into <classeur.xlsx>"));
  if (command === "copy") {
    if (!args.into) throw new UsageError(MSG.missing("--into <classeur.xlsx>"));
    if (!args.as) throw new UsageError(MSG.missing("--as <nouvel id>"));
    if (!args.fromMonth) throw new UsageError(MSG.missing("--from-month AAAA-MM"));
    checkMonth(args.fromMonth);
  }
  return args;
}

export interface GridsOutcome {
  code: number;
  outPath?: string;
}

class Unusable extends Error {}

function openXlsx(file: string): XlsxWorkbook {
  const bytes = readInput(file);
  if (typeof bytes === "string") throw new Unusable(bytes);
  const port = openWorkbook(file, bytes);
  if (typeof port === "string") throw new Unusable(port);
  return port;
}

/** Built-in grids, plus the workbook's readable grid sheets (a broken sheet is said on stderr). */
async function catalogueOf(file: string | undefined, io: CliIO): Promise<{ catalogue: GridCatalogue; port?: XlsxWorkbook }> {
  if (!file) return { catalogue: builtInCatalogue() };
  const port = openXlsx(file);
  const grids = await readWorkbookGrids(port);
  for (const i of grids.issues.filter((x) => x.severity === "error")) io.stderr(`${i.sheet}, ligne ${i.row ?? "?"}${i.column ? `, colonne ${i.column}` : ""} : ${i.message}\n`);
  return { catalogue: grids.catalogue, port };
}

function entryOf(catalogue: GridCatalogue, name: string, month?: string): CatalogueEntry {
  try {
    const grid = catalogue.resolve(name, month);
    return catalogue.entry(grid.id)!;
  } catch (e) {
    throw new Unusable(e instanceof Error && e.name === "UnknownGridError" ? `grille « ${name} » inconnue ; grilles disponibles : ${catalogue.availableText()}` : (e as Error).message);
  }
}

function defaultOut(input: string, id: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}-grille-${id}${ext.toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx"}`);
}

/** Adds the sheet « Grille <id> » to a copy of the workbook; never over an existing sheet nor the input. */
async function addGridSheet(port: XlsxWorkbook, input: string, raw: GridJson, out: string | undefined): Promise<{ sheet: string; out: string }> {
  const sheet = gridSheet(raw);
  const existing = await port.sheetNames();
  if (existing.some((n) => n.toLowerCase() === sheet.name.toLowerCase())) throw new Unusable(MSG.sheetExists(sheet.name, input));
  const outPath = out ?? defaultOut(input, String(raw.id));
  // Written with the product's marker under the key "grille": a run replaces only its month's sheets, so it
  // never touches this sheet, and the user may edit it freely.
  await port.writeSheets([sheet], "grille", []);
  writeOutputs([{ file: outPath, data: port.toBytes() }]);
  return { sheet: sheet.name, out: outPath };
}

function showText(raw: GridJson): string {
  const rows = gridSheet(raw).rows.map((r) => (r === null ? [] : r.map((c) => (c.value === null ? "" : String(c.value).replace(/\./g, typeof c.value === "number" ? "," : ".")))));
  const widths = rows[0].map((_, i) => Math.min(40, Math.max(...rows.map((r) => (r[i] ?? "").length))));
  return rows.map((r) => (r.length === 0 ? "" : r.map((v, i) => (i === r.length - 1 ? v : v.padEnd(widths[i]))).join(" | ").trimEnd())).join("\n") + "\n";
}

async function execute(args: GridsArgs, io: CliIO): Promise<GridsOutcome> {
  const say = (t: string) => (args.quiet ? undefined : io.stdout(t + "\n"));
  switch (args.command) {
    case "list": {
      const { catalogue } = await catalogueOf(args.from, io);
      say(MSG.listHeader);
      for (const e of catalogue.list()) {
        say([e.grid.id, e.grid.family, MSG.validity(e.grid.validFrom, e.grid.validTo), e.origin.kind === "built-in" ? MSG.builtIn : (e.origin.where ?? ""), e.grid.name].join(" | "));
      }
      return { code: EXIT_OK };
    }
    case "show": {
      const { catalogue } = await catalogueOf(args.from, io);
      io.stdout(showText(entryOf(catalogue, args.target!, args.month).raw as GridJson));
      return { code: EXIT_OK };
    }
    case "export": {
      const { catalogue } = await catalogueOf(args.from, io);
      const e = entryOf(catalogue, args.target!, args.month);
      // The built-in files' $schema is a path inside the repository: not the exported file's.
      const { $schema: _schema, ...exported } = e.raw as GridJson;
      writeOutputs([{ file: args.out!, data: JSON.stringify(exported, null, 2) + "\n" }]);
      say(MSG.exported(e.grid.id, args.out!));
      return { code: EXIT_OK, outPath: args.out };
    }
    case "check": {
      const read = readGridFile(args.target!);
      if (!read.entry) {
        for (const p of read.problems) io.stderr(p + "\n");
        return { code: EXIT_UNUSABLE };
      }
      const g = read.entry.grid;
      say(MSG.valid(args.target!, g.id, g.family, MSG.validity(g.validFrom, g.validTo)));
      return { code: EXIT_OK };
    }
    case "import": {
      const read = readGridFile(args.target!);
      if (!read.entry) throw new Unusable(read.problems[0] + (read.problems.length > 1 ? ` (npm run grids -- check ${args.target} : ${read.problems.length} problèmes)` : ""));
      const port = openXlsx(args.into!);
      const done = await addGridSheet(port, args.into!, read.entry.raw as GridJson, args.out);
      say(MSG.imported(done.sheet, done.out));
      return { code: EXIT_OK, outPath: done.out };
    }
    case "copy": {
      const { catalogue, port } = await catalogueOf(args.into, io);
      const source = entryOf(catalogue, args.target!, args.fromMonth);
      const id = args.as!;
      const taken = catalogue.entry(id);
      if (taken) throw new Unusable(taken.origin.kind === "built-in" ? MSG.builtInId(id) : MSG.idTaken(id, taken.origin.where ?? ""));
      const raw = source.raw as GridJson;
      const { validTo: _drop, $schema: _schema, ...rest } = raw;
      const copy: GridJson = { ...rest, id, validFrom: args.fromMonth!, name: MSG.copyName(String(raw.name), args.fromMonth!) };
      try {
        loadGrid(copy);
      } catch (e) {
        if (e instanceof GridError) throw new Unusable(e.message);
        throw e;
      }
      const done = await addGridSheet(port!, args.into!, copy, args.out);
      say(MSG.copied(source.grid.id, id, args.fromMonth!, done.sheet, done.out));
      return { code: EXIT_OK, outPath: done.out };
    }
  }
}

/** The command line, callable in-process (tests): returns the exit code. */
export async function runGridsCli(argv: readonly string[], io: CliIO = processIO): Promise<GridsOutcome> {
  const fail = failer("grids", io);
  const started = startCli("grids", io, USAGE, () => parseGridsArgs(argv));
  if ("exit" in started) return started.exit;
  const args = started.args;
  const input = args.into ?? args.from;
  if (args.out && input && sameFile(args.out, input)) return fail(EXIT_USAGE, MSG.outIsInput(args.out));
  try {
    return await execute(args, io);
  } catch (e) {
    if (e instanceof Unusable) return fail(EXIT_UNUSABLE, oneLine(e.message));
    throw e;
  }
}

if (typeof require !== "undefined" && require.main === module) {
  runGridsCli(process.argv.slice(2)).then(
    (o) => {
      process.exitCode = o.code;
    },
    (e) => {
      process.stderr.write(`grids: ${oneLine((e as Error)?.stack ?? String(e))}\n`);
      process.exitCode = EXIT_UNUSABLE;
    },
  );
}
