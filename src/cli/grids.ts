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
import { t } from "../messages";
import { UsageError, checkMonth, readCommandLine } from "./args";
import { EXIT_UNUSABLE, failer, oneLine, processIO, startCli, userPath, type CliIO } from "./common";
import { GRID_COMMANDS, Refused, Unusable, type Command, type GridsArgs, type GridsOutcome } from "./gridCommands";
import { OutputError } from "./outputs";
import { launchCli } from "./workbookCommand";

/** The help text (catalogue "grids.usage"). */
export function usage(): string {
  return t("grids.usage");
}

/** The grids command's own options (args.ts adds --help, --quiet, --overwrite). */
const OPTIONS = {
  from: "value",
  into: "value",
  out: "value",
  month: "value",
  as: "value",
  "from-month": "value",
} as const;

export function parseGridsArgs(argv: readonly string[]): GridsArgs {
  const { positional, help, quiet, overwrite, options } = readCommandLine(argv, OPTIONS);
  const { "from-month": fromMonth, ...named } = options;
  const a: Partial<GridsArgs> = { ...named, fromMonth };
  if (help) return { command: "list", overwrite, quiet, help };
  const [command, ...rest] = positional;
  if (!command) throw new UsageError(t("grids.commandMissing"));
  if (!Object.keys(GRID_COMMANDS).includes(command)) throw new UsageError(t("grids.commandUnknown", { command }));
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
    const args = withUserPaths(started.args);
    return await GRID_COMMANDS[args.command](args, io);
  } catch (e) {
    if (e instanceof Refused) return fail(e.code, e.message);
    if (e instanceof Unusable || e instanceof OutputError) return fail(EXIT_UNUSABLE, oneLine(e.message));
    throw e;
  }
}

if (typeof require !== "undefined" && require.main === module) launchCli("grids", runGridsCli);
