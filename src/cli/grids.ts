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
 * <name>-grille-<id>.xlsx), never over the input, and never over an existing sheet. The conventions of every
 * command (outputs.ts): paths are the user's (userPath, for the workbook, FILE.json, --out, --into, --from);
 * the output (export --out, import/copy --out) is checked before anything is read — an existing one is
 * refused unless --overwrite, the input is never the output — and written at the end; every sentence comes
 * from the catalogue (src/messages, keys grids.* and gridFile.*). One exception to « before anything »: import
 * without --out names its default output after the grid's id, so the small grid file is read (and checked)
 * first, the output checked next, the workbook opened last.
 * Exit status as `npm run statements`: 0 done, 1 unusable (unreadable file, invalid or unknown grid, output
 * that cannot be written: the reason on one line, or every problem of a checked file), 2 wrong command line
 * (or an existing output without --overwrite).
 */
import * as path from "node:path";
import { GridError, builtInCatalogue, loadGrid, type CatalogueEntry, type GridCatalogue } from "../engine";
import { gridSheet, type GridJson } from "../inputs/gridSheetWrite";
import { readWorkbookGrids } from "../inputs/workbookGrids";
import type { XlsxWorkbook } from "../workbook/xlsx";
import { t } from "../messages";
import {
  EXIT_OK,
  EXIT_UNUSABLE,
  UsageError,
  checkMonth,
  failer,
  oneLine,
  processIO,
  readInput,
  scanArgs,
  startCli,
  userPath,
  type CliIO,
} from "./common";
import { OutputError, checkOutputs, writeOutputs, type Input } from "./outputs";
import { readGridFile } from "./gridFiles";
import { openWorkbook } from "./nodeXlsx";
import { launchCli } from "./workbookCommand";

/** The help text (catalogue "grids.usage"). */
export function usage(): string {
  return t("grids.usage");
}

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
  overwrite: boolean;
  quiet: boolean;
  help: boolean;
}

export function parseGridsArgs(argv: readonly string[]): GridsArgs {
  const a: Partial<GridsArgs> = {};
  const { positional, help, quiet, overwrite } = scanArgs(argv, (flag, value) => {
    const key = (
      {
        "--from": "from",
        "--into": "into",
        "--out": "out",
        "--month": "month",
        "--as": "as",
        "--from-month": "fromMonth",
      } as const
    )[flag];
    if (!key) return false;
    a[key] = value();
    return true;
  });
  if (help) return { command: "list", overwrite, quiet, help };
  const [command, ...rest] = positional;
  if (!command) throw new UsageError(t("grids.commandMissing"));
  if (!["list", "show", "export", "check", "import", "copy"].includes(command))
    throw new UsageError(t("grids.commandUnknown", { command }));
  const args: GridsArgs = { ...a, command: command as Command, overwrite, quiet, help };
  const missing = (what: string) => new UsageError(t("grids.missing", { what }));
  const want = (n: number, what: string) => {
    if (rest.length < n) throw missing(what);
    if (rest.length > n) throw new UsageError(t("grids.tooMany", { args: rest.slice(n).join(" ") }));
  };
  if (command === "list") {
    if (rest.length > 1) throw new UsageError(t("grids.tooMany", { args: rest.slice(1).join(" ") }));
    args.from = rest[0] ?? a.from;
  } else want(1, command === "check" || command === "import" ? "FICHIER.json" : t("grids.gridName"));
  args.target = rest[0];
  if (args.month) args.month = checkMonth(args.month);
  if (command === "export" && !args.out) throw missing("--out FICHIER.json");
  if (command === "import" && !args.into) throw missing("--into <classeur.xlsx>");
  if (command === "copy") {
    if (!args.into) throw missing("--into <classeur.xlsx>");
    if (!args.as) throw missing("--as <nouvel id>");
    if (!args.fromMonth) throw missing("--from-month AAAA-MM");
    checkMonth(args.fromMonth);
  }
  return args;
}

export interface GridsOutcome {
  code: number;
  outPath?: string;
}

class Unusable extends Error {}

/** An output refused by checkOutputs (exit 2 or 1, its reason). */
class Refused extends Error {
  constructor(
    readonly code: number,
    reason: string,
  ) {
    super(reason);
  }
}

/** Checks the one output of a command against its inputs (outputs.ts); Refused when it cannot be written. */
function checkOutput(out: string, inputs: readonly Input[], overwrite: boolean): void {
  const refused = checkOutputs([{ flag: "--out", file: out }], inputs, overwrite);
  if (refused) throw new Refused(refused.code, refused.reason);
}

function openXlsx(file: string): XlsxWorkbook {
  const bytes = readInput(file);
  if (typeof bytes === "string") throw new Unusable(bytes);
  const port = openWorkbook(file, bytes);
  if (typeof port === "string") throw new Unusable(port);
  return port;
}

/** Built-in grids, plus the workbook's readable grid sheets (a broken sheet is said on stderr). */
async function catalogueOf(
  file: string | undefined,
  io: CliIO,
): Promise<{ catalogue: GridCatalogue; port?: XlsxWorkbook }> {
  if (!file) return { catalogue: builtInCatalogue() };
  const port = openXlsx(file);
  const grids = await readWorkbookGrids(port);
  for (const i of grids.issues.filter((x) => x.severity === "error")) {
    const column = i.column ? t("grids.sheetIssueColumn", { column: i.column }) : "";
    io.stderr(t("grids.sheetIssue", { sheet: i.sheet ?? "?", row: i.row ?? "?", column, message: i.message }) + "\n");
  }
  return { catalogue: grids.catalogue, port };
}

function entryOf(catalogue: GridCatalogue, name: string, month?: string): CatalogueEntry {
  try {
    const grid = catalogue.resolve(name, month);
    return catalogue.entry(grid.id)!;
  } catch (e) {
    // A grid without a version for the month: the engine's French sentence, which names the versions.
    throw new Unusable(
      e instanceof Error && e.name === "UnknownGridError"
        ? t("grids.unknown", { name, available: catalogue.availableText() })
        : (e as Error).message,
    );
  }
}

function defaultOut(input: string, id: string): string {
  const ext = path.extname(input);
  return path.join(
    path.dirname(input),
    `${path.basename(input, ext)}-grille-${id}${ext.toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx"}`,
  );
}

/** Adds the sheet « Grille <id> » to a copy of the workbook (out, already checked); never over an existing sheet. */
async function addGridSheet(port: XlsxWorkbook, input: string, raw: GridJson, out: string): Promise<string> {
  const sheet = gridSheet(raw);
  const existing = await port.sheetNames();
  if (existing.some((n) => n.toLowerCase() === sheet.name.toLowerCase()))
    throw new Unusable(t("grids.sheetExists", { sheet: sheet.name, workbook: input }));
  // Written with the product's marker under the key "grille": a run replaces only its month's sheets, so it
  // never touches this sheet, and the user may edit it freely.
  await port.writeSheets([sheet], "grille", []);
  writeOutputs([{ file: out, data: port.toBytes() }]);
  return sheet.name;
}

function showText(raw: GridJson): string {
  const rows = gridSheet(raw).rows.map((r) =>
    r === null
      ? []
      : r.map((c) => (c.value === null ? "" : String(c.value).replace(/\./g, typeof c.value === "number" ? "," : "."))),
  );
  const widths = rows[0].map((_, i) => Math.min(40, Math.max(...rows.map((r) => (r[i] ?? "").length))));
  return (
    rows
      .map((r) =>
        r.length === 0
          ? ""
          : r
              .map((v, i) => (i === r.length - 1 ? v : v.padEnd(widths[i])))
              .join(" | ")
              .trimEnd(),
      )
      .join("\n") + "\n"
  );
}

function validityText(g: { validFrom: string; validTo?: string }): string {
  return g.validTo
    ? t("grids.validFromTo", { from: g.validFrom, to: g.validTo })
    : t("grids.validFrom", { from: g.validFrom });
}

/** A new id for a copy of a built-in grid (sud-est-2018 → sud-est-<next year>), for the message. */
function exampleId(id: string): string {
  return `${id.replace(/\d{4}$/, "") || id + "-"}${new Date().getFullYear() + 1}`;
}

async function execute(args: GridsArgs, io: CliIO): Promise<GridsOutcome> {
  const say = (text: string) => (args.quiet ? undefined : io.stdout(text + "\n"));
  switch (args.command) {
    case "list": {
      const { catalogue } = await catalogueOf(args.from, io);
      say(t("grids.listHeader"));
      for (const e of catalogue.list()) {
        say(
          [
            e.grid.id,
            e.grid.family,
            validityText(e.grid),
            e.origin.kind === "built-in" ? t("grids.builtIn") : (e.origin.where ?? ""),
            e.grid.name,
          ].join(" | "),
        );
      }
      return { code: EXIT_OK };
    }
    case "show": {
      const { catalogue } = await catalogueOf(args.from, io);
      io.stdout(showText(entryOf(catalogue, args.target!, args.month).raw as GridJson));
      return { code: EXIT_OK };
    }
    case "export": {
      const out = args.out!;
      checkOutput(out, args.from ? [{ file: args.from, role: "output.isInput" }] : [], args.overwrite);
      const { catalogue } = await catalogueOf(args.from, io);
      const e = entryOf(catalogue, args.target!, args.month);
      // The built-in files' $schema is a path inside the repository: not the exported file's.
      const { $schema: _schema, ...exported } = e.raw as GridJson;
      writeOutputs([{ file: out, data: JSON.stringify(exported, null, 2) + "\n" }]);
      say(t("grids.exported", { id: e.grid.id, file: out }));
      return { code: EXIT_OK, outPath: out };
    }
    case "check": {
      const read = readGridFile(args.target!);
      if (!read.entry) {
        for (const p of read.problems) io.stderr(p + "\n");
        return { code: EXIT_UNUSABLE };
      }
      const g = read.entry.grid;
      say(t("grids.valid", { file: args.target!, id: g.id, family: g.family, validity: validityText(g) }));
      return { code: EXIT_OK };
    }
    case "import": {
      const inputs: Input[] = [
        { file: args.into!, role: "output.isInput" },
        { file: args.target!, role: "output.isImported" },
      ];
      if (args.out) checkOutput(args.out, inputs, args.overwrite);
      const read = readGridFile(args.target!);
      if (!read.entry)
        throw new Unusable(
          read.problems.length > 1
            ? t("grids.importProblems", { first: read.problems[0], file: args.target!, n: read.problems.length })
            : read.problems[0],
        );
      const out = args.out ?? defaultOut(args.into!, read.entry.grid.id);
      if (!args.out) checkOutput(out, inputs, args.overwrite);
      const port = openXlsx(args.into!);
      const sheet = await addGridSheet(port, args.into!, read.entry.raw as GridJson, out);
      say(t("grids.imported", { sheet, file: out }));
      return { code: EXIT_OK, outPath: out };
    }
    case "copy": {
      const id = args.as!;
      const out = args.out ?? defaultOut(args.into!, id);
      checkOutput(out, [{ file: args.into!, role: "output.isInput" }], args.overwrite);
      const { catalogue, port } = await catalogueOf(args.into, io);
      const source = entryOf(catalogue, args.target!, args.fromMonth);
      const taken = catalogue.entry(id);
      if (taken)
        throw new Unusable(
          taken.origin.kind === "built-in"
            ? t("grids.builtInId", { id, example: exampleId(id) })
            : t("grids.idTaken", { id, where: taken.origin.where ?? "" }),
        );
      const raw = source.raw as GridJson;
      const { validTo: _drop, $schema: _schema, ...rest } = raw;
      // The grid's name is workbook content, French like every sheet the product writes.
      const copy: GridJson = {
        ...rest,
        id,
        validFrom: args.fromMonth!,
        name: t("grids.copyName", { name: String(raw.name), month: args.fromMonth! }, "fr"),
      };
      try {
        loadGrid(copy);
      } catch (e) {
        if (e instanceof GridError) throw new Unusable(e.message);
        throw e;
      }
      const sheet = await addGridSheet(port!, args.into!, copy, out);
      say(t("grids.copied", { from: source.grid.id, id, month: args.fromMonth!, sheet, file: out }));
      return { code: EXIT_OK, outPath: out };
    }
  }
}

/** The arguments with every path the user's (relative to the folder where the command was typed). */
function withUserPaths(args: GridsArgs): GridsArgs {
  const resolve = (p: string | undefined) => (p === undefined ? undefined : userPath(p));
  const fileTarget = args.command === "check" || args.command === "import";
  return {
    ...args,
    target: fileTarget ? resolve(args.target) : args.target,
    from: resolve(args.from),
    into: resolve(args.into),
    out: resolve(args.out),
  };
}

/** The command line, callable in-process (tests): returns the exit code. */
export async function runGridsCli(argv: readonly string[], io: CliIO = processIO): Promise<GridsOutcome> {
  const fail = failer("grids", io);
  const started = startCli("grids", io, usage(), () => parseGridsArgs(argv));
  if ("exit" in started) return started.exit;
  try {
    return await execute(withUserPaths(started.args), io);
  } catch (e) {
    if (e instanceof Refused) return fail(e.code, e.message);
    if (e instanceof Unusable || e instanceof OutputError) return fail(EXIT_UNUSABLE, oneLine(e.message));
    throw e;
  }
}

if (typeof require !== "undefined" && require.main === module) launchCli("grids", runGridsCli);
