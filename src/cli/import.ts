/**
 * Data intake on an .xlsx workbook:
 *
 *   npm run import -- <workbook.xlsx> <file.csv|file.xlsx> [--mapping NAME] [--kind analyses|livraisons]
 *                     [--grid ID] [--save-mapping NAME] [--sheet NAME] [--out FILE.xlsx] [--overwrite] [--quiet]
 *
 * Imports a lab's results (→ Analyses) or a buyer's volumes (→ Livraisons) and writes the workbook to --out
 * (default: beside the input, `<name>-import.xlsx`), never over the input nor over the imported file.
 * Exit status as the statements command: 0 the import completed (rejected rows are in « Import rejets »),
 * 1 the workbook or the file cannot be used (one-line reason), 2 wrong command line.
 */
import * as path from "node:path";
import {
  FIELDS,
  ImportError,
  findMapping,
  guessMapping,
  importFile,
  openSource,
  separatorName,
  summaryLine,
  type ImportKind,
  type Mapping,
  type ImportPlan,
  REJECTS_SHEET,
} from "../intake";
import { openWorkbook } from "./nodeXlsx";
import { t } from "../messages";
import { fileKind } from "../workbook/fileKind";
import { UsageError, readCommandLine } from "./args";
import {
  EXIT_OK,
  EXIT_UNUSABLE,
  failer,
  oneLine,
  processIO,
  readInput,
  startCli,
  userPath,
  type CliIO,
} from "./common";
import { OutputError, besideInput, checkOutputs, writeOutputs } from "./outputs";
import { launchCli } from "./workbookCommand";

/** The help text (catalogue "import.usage"). */
export function usage(): string {
  return t("import.usage", { rejects: REJECTS_SHEET });
}

export interface ImportArgs {
  workbook: string;
  file: string;
  mapping?: string;
  kind?: ImportKind;
  grid?: string;
  saveMapping?: string;
  sheet?: string;
  out?: string;
  quiet: boolean;
  help: boolean;
  overwrite: boolean;
}

/** The import command's own options (args.ts adds --help, --quiet, --overwrite). */
const OPTIONS = {
  mapping: "value",
  "save-mapping": "value",
  sheet: "value",
  out: "value",
  kind: "value",
  grid: "value",
} as const;

export function parseImportArgs(argv: readonly string[]): ImportArgs {
  // --kind is checked as soon as it is read (before a later wrong option).
  const { positional, help, quiet, overwrite, options } = readCommandLine(argv, OPTIONS, { kind: kindOf });
  const { mapping, "save-mapping": saveMapping, sheet, out, grid } = options;
  const kind = options.kind === undefined ? undefined : kindOf(options.kind);
  const args = { mapping, kind, grid, saveMapping, sheet, out, quiet, help, overwrite };
  if (help) return { ...args, workbook: "", file: "" };
  if (positional.length < 2)
    throw new UsageError(positional.length === 0 ? t("import.bothMissing") : t("import.fileMissing"));
  if (positional.length > 2) throw new UsageError(t("import.tooMany", { files: positional.join(", ") }));
  return { ...args, workbook: positional[0], file: positional[1] };
}

function kindOf(text: string): ImportKind {
  const k = text.toLowerCase();
  if (k === "analyses" || k === "resultats" || k === "résultats") return "analyses";
  if (k === "livraisons" || k === "volumes") return "livraisons";
  throw new UsageError(t("import.kindFormat", { kind: k }));
}

export function defaultImportOut(workbook: string): string {
  return besideInput(workbook, "import");
}

/** Results unless the headers speak of volumes and not of results. */
export function guessKind(headers: readonly string[]): ImportKind {
  const a = guessMapping(headers, "analyses");
  const l = guessMapping(headers, "livraisons");
  const resultsLike =
    (a.layout === "wide" && Object.keys(a.criteria).length > 0) ||
    (a.columns.criterion !== undefined && a.columns.value !== undefined);
  return !resultsLike && l.columns.volume !== undefined ? "livraisons" : "analyses";
}

export function mappingText(mapping: Mapping): string {
  const label = new Map(FIELDS[mapping.kind].map((f) => [f.field, f.label]));
  const pair = (field: string, header: string) => t("import.columnPair", { field, header });
  const parts = Object.entries(mapping.columns).map(([f, h]) => pair(label.get(f as never) ?? f, h));
  if (mapping.layout === "wide") parts.push(...Object.entries(mapping.criteria).map(([h, c]) => pair(c, h)));
  return parts.join(", ");
}

/** What the import did, for stdout: the file read and how, the columns, counts, rejects, the output. */
function importText(plan: ImportPlan, mapping: Mapping, savedAs: string | undefined, outPath: string): string {
  const s = plan.summary;
  const how =
    s.format === "csv"
      ? t("import.csvHow", { encoding: s.encoding ?? "", separator: separatorName(s.separator as never) })
      : t("import.sheetHow", { sheet: s.sheet ?? "" });
  const lines = [
    t("import.head", {
      file: s.fileName,
      how,
      layout: t(s.layout === "wide" ? "import.wide" : "import.long"),
      target: plan.target,
    }),
    t("import.columns", { columns: mappingText(mapping) }),
    `  ${summaryLine(s)}`,
  ];
  if (s.appended)
    lines.push(t("import.appended", { first: s.appended.firstRow, last: s.appended.lastRow, sheet: s.appended.sheet }));
  if (plan.rejects.length) lines.push(t("import.rejects", { n: plan.rejects.length, sheet: REJECTS_SHEET }));
  if (s.preamble) lines.push(t("import.preamble", { n: s.preamble }));
  if (savedAs) lines.push(t("import.saved", { name: savedAs }));
  lines.push(t("cli.outputLine", { file: outPath }));
  return lines.join("\n") + "\n";
}

export interface ImportCliOutcome {
  code: number;
  plan?: ImportPlan;
  outPath?: string;
  reason?: string;
}

export async function runImportCli(argv: readonly string[], io: CliIO = processIO): Promise<ImportCliOutcome> {
  const fail = failer("import", io);
  const started = startCli("import", io, usage(), () => parseImportArgs(argv));
  if ("exit" in started) return started.exit;
  const args = started.args;
  const workbook = userPath(args.workbook);
  const file = userPath(args.file);
  const outPath = userPath(args.out ?? defaultImportOut(args.workbook));
  const inputs = [
    { file: workbook, role: "output.isInput" as const },
    { file, role: "output.isImported" as const },
  ];
  const refused = checkOutputs([{ flag: "--out", file: outPath }], inputs, args.overwrite);
  if (refused) return fail(refused.code, refused.reason);

  const wbBytes = readInput(workbook);
  if (typeof wbBytes === "string") return fail(EXIT_UNUSABLE, wbBytes);
  const fileBytes = readInput(file);
  if (typeof fileBytes === "string") return fail(EXIT_UNUSABLE, fileBytes);
  const wb = openWorkbook(workbook, wbBytes);
  if (typeof wb === "string") return fail(EXIT_UNUSABLE, wb);
  // The file to import may be a CSV or an .xlsx; an .xls, .ods or protected workbook gets its own message.
  const kind = fileKind(fileBytes);
  if (kind === "xls" || kind === "ods" || kind === "encrypted")
    return fail(EXIT_UNUSABLE, t(`input.${kind}`, { file }));
  let plan: ImportPlan;
  let mapping: Mapping;
  try {
    const source = openSource(path.basename(file), fileBytes, { sheet: args.sheet });
    if (args.mapping) mapping = await findMapping(wb, args.mapping, args.kind);
    else mapping = guessMapping(source.headers, args.kind ?? guessKind(source.headers));
    plan = await importFile(wb, source, mapping, mapping.kind, { saveAs: args.saveMapping, grid: args.grid });
    writeOutputs([{ file: outPath, data: wb.toBytes() }]);
  } catch (e) {
    if (e instanceof ImportError || e instanceof OutputError) return fail(EXIT_UNUSABLE, oneLine(e.message));
    return fail(EXIT_UNUSABLE, `${workbook} : ${oneLine((e as Error).message)}`);
  }
  if (!args.quiet) io.stdout(importText(plan, mapping, args.saveMapping, outPath));
  return { code: EXIT_OK, plan, outPath };
}

if (typeof require !== "undefined" && require.main === module) launchCli("import", runImportCli);
