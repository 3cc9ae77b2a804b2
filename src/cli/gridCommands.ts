/**
 * The six grids commands (`npm run grids -- list|show|export|check|import|copy`, the command line in grids.ts):
 * each gets its arguments read and its paths resolved, says what it did on stdout (unless --quiet), and throws
 * Refused (an output that may not be written) or Unusable (anything else: one line) for grids.ts to say.
 */
import { GridError, builtInCatalogue, loadGrid, type CatalogueEntry, type GridCatalogue } from "../engine";
import { gridSheet, type GridJson } from "../inputs/gridSheetWrite";
import { readWorkbookGrids } from "../inputs/workbookGrids";
import type { XlsxWorkbook } from "../workbook/xlsx";
import { t } from "../messages";
import { EXIT_OK, EXIT_UNUSABLE, readInput, type CliIO } from "./common";
import { besideInput, checkOutputs, writeOutputs, type Input } from "./outputs";
import { readGridFile } from "./gridFiles";
import { openWorkbook } from "./nodeXlsx";

export type Command = "list" | "show" | "export" | "check" | "import" | "copy";

/** A grids command line, read (grids.ts), every path already the user's. */
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

export interface GridsOutcome {
  code: number;
  outPath?: string;
}

/** A command that cannot be done: its one-line reason (exit 1). */
export class Unusable extends Error {}

/** An output refused by checkOutputs (exit 2 or 1, its reason). */
export class Refused extends Error {
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
  return besideInput(input, `grille-${id}`);
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

/** What a command prints: one line on stdout, unless --quiet. */
function sayer(args: GridsArgs, io: CliIO): (text: string) => void {
  return (text) => (args.quiet ? undefined : io.stdout(text + "\n"));
}

/** list [<workbook>]: every grid, built-in and the workbook's, one line each. */
async function listGrids(args: GridsArgs, io: CliIO): Promise<GridsOutcome> {
  const say = sayer(args, io);
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

/** show <grid>: the grid as its sheet reads, in columns (printed even with --quiet: it is the output). */
async function showGrid(args: GridsArgs, io: CliIO): Promise<GridsOutcome> {
  const { catalogue } = await catalogueOf(args.from, io);
  io.stdout(showText(entryOf(catalogue, args.target!, args.month).raw as GridJson));
  return { code: EXIT_OK };
}

/** export <grid> --out FILE.json: the grid as a file. */
async function exportGrid(args: GridsArgs, io: CliIO): Promise<GridsOutcome> {
  const out = args.out!;
  checkOutput(out, args.from ? [{ file: args.from, role: "output.isInput" }] : [], args.overwrite);
  const { catalogue } = await catalogueOf(args.from, io);
  const e = entryOf(catalogue, args.target!, args.month);
  // The built-in files' $schema is a path inside the repository: not the exported file's.
  const { $schema: _schema, ...exported } = e.raw as GridJson;
  writeOutputs([{ file: out, data: JSON.stringify(exported, null, 2) + "\n" }]);
  sayer(args, io)(t("grids.exported", { id: e.grid.id, file: out }));
  return { code: EXIT_OK, outPath: out };
}

/** check FILE.json: valid, or every problem on its own line on stderr (exit 1). */
async function checkGridFile(args: GridsArgs, io: CliIO): Promise<GridsOutcome> {
  const read = readGridFile(args.target!);
  if (!read.entry) {
    for (const p of read.problems) io.stderr(p + "\n");
    return { code: EXIT_UNUSABLE };
  }
  const g = read.entry.grid;
  sayer(args, io)(t("grids.valid", { file: args.target!, id: g.id, family: g.family, validity: validityText(g) }));
  return { code: EXIT_OK };
}

/**
 * import FILE.json --into <workbook>: the grid's sheet added to a copy of the workbook. Without --out the
 * output is named after the grid's id: the grid file is read before the output is checked.
 */
async function importGridFile(args: GridsArgs, io: CliIO): Promise<GridsOutcome> {
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
  sayer(args, io)(t("grids.imported", { sheet, file: out }));
  return { code: EXIT_OK, outPath: out };
}

/** copy <grid> --as <id> --from-month YYYY-MM --into <workbook>: a new version, as a sheet of a copy. */
async function copyGrid(args: GridsArgs, io: CliIO): Promise<GridsOutcome> {
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
  const copy = copiedGrid(source.raw as GridJson, id, args.fromMonth!);
  const sheet = await addGridSheet(port!, args.into!, copy, out);
  sayer(args, io)(t("grids.copied", { from: source.grid.id, id, month: args.fromMonth!, sheet, file: out }));
  return { code: EXIT_OK, outPath: out };
}

/** The copy of a grid under a new id from a month on, checked like any grid. */
function copiedGrid(raw: GridJson, id: string, fromMonth: string): GridJson {
  const { validTo: _drop, $schema: _schema, ...rest } = raw;
  // The grid's name is workbook content, French like every sheet the product writes.
  const copy: GridJson = {
    ...rest,
    id,
    validFrom: fromMonth,
    name: t("grids.copyName", { name: String(raw.name), month: fromMonth }, "fr"),
  };
  try {
    loadGrid(copy);
  } catch (e) {
    if (e instanceof GridError) throw new Unusable(e.message);
    throw e;
  }
  return copy;
}

export const GRID_COMMANDS: Record<Command, (args: GridsArgs, io: CliIO) => Promise<GridsOutcome>> = {
  list: listGrids,
  show: showGrid,
  export: exportGrid,
  check: checkGridFile,
  import: importGridFile,
  copy: copyGrid,
};
