/**
 * Data intake on an .xlsx workbook:
 *
 *   npm run import -- <workbook.xlsx> <file.csv|file.xlsx> [--mapping NAME] [--kind analyses|livraisons]
 *                     [--grid ID] [--save-mapping NAME] [--sheet NAME] [--out FILE.xlsx] [--quiet]
 *
 * Imports a lab's results (→ Analyses) or a buyer's volumes (→ Livraisons) and writes the workbook to --out
 * (default: beside the input, `<name>-import.xlsx`), never over the input nor over the imported file.
 * Exit status as the statements command: 0 the import completed (rejected rows are in « Import rejets »),
 * 1 the workbook or the file cannot be used (one-line reason), 2 wrong command line.
 */
import * as path from "node:path";
import { FIELDS, ImportError, findMapping, guessMapping, importFile, openSource, separatorName, summaryLine, type ImportKind, type Mapping, type ImportPlan, REJECTS_SHEET } from "../intake";
import { openWorkbook } from "./nodeXlsx";
import { EXIT_OK, EXIT_UNUSABLE, EXIT_USAGE, UsageError, failer, oneLine, processIO, readInput, sameFile, scanArgs, startCli, writeAtomic, type CliIO } from "./common";

export const USAGE = `Usage: npm run import -- <workbook.xlsx> <file> [--mapping NAME] [--kind analyses|livraisons]
                         [--grid ID] [--save-mapping NAME] [--sheet NAME] [--out FILE.xlsx] [--quiet]

Imports a lab's results (Infolabo export, CSV or .xlsx, long or wide layout) into the Analyses sheet, or a
buyer's volumes into Livraisons, and writes a copy of the workbook. Columns are recognised from their
headers (or taken from a mapping saved in the workbook); encoding (UTF-8, Windows-1252) and separator
(; , tab) are detected. Rows already in the workbook are not added again; rejected rows are listed with
their line and reason in the sheet « ${REJECTS_SHEET} ». The input files are never modified.

Options:
  --mapping NAME       use the mapping saved under NAME in the workbook (sheet « Import mappings »)
  --kind KIND          analyses (results) or livraisons (volumes); default: from the mapping, else guessed
  --grid ID            grid of the producers whose Grille is blank, for the plausible values (its unit);
                       default: the only grid named in PrixDeBase
  --save-mapping NAME  save the mapping used under NAME, for next month's import
  --sheet NAME         .xlsx file: the sheet to read (default: the first)
  --out FILE.xlsx      output workbook (default: <workbook name>-import.xlsx beside it; never the input)
  --quiet              no summary
  -h, --help           this help

Exit status: 0 the import completed (rejected rows are in « ${REJECTS_SHEET} »);
             1 the workbook or the file cannot be used (missing sheet, incomplete mapping, empty file…);
             2 wrong command line.`;

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
}

export function parseImportArgs(argv: readonly string[]): ImportArgs {
  const args: Partial<ImportArgs> & { quiet: boolean; help: boolean } = { quiet: false, help: false };
  const { positional, help, quiet } = scanArgs(argv, (flag, value) => {
    if (flag === "--mapping") args.mapping = value();
    else if (flag === "--save-mapping") args.saveMapping = value();
    else if (flag === "--sheet") args.sheet = value();
    else if (flag === "--out") args.out = value();
    else if (flag === "--kind") args.kind = kindOf(value());
    else if (flag === "--grid") args.grid = value();
    else return false;
    return true;
  });
  args.help = help;
  args.quiet = quiet;
  if (args.help) return { workbook: "", file: "", ...args } as ImportArgs;
  if (positional.length < 2) throw new UsageError(positional.length === 0 ? "missing the workbook (.xlsx) and the file to import" : "missing the file to import");
  if (positional.length > 2) throw new UsageError(`one workbook and one file at a time (got ${positional.join(", ")})`);
  return { ...args, workbook: positional[0], file: positional[1] } as ImportArgs;
}

function kindOf(text: string): ImportKind {
  const k = text.toLowerCase();
  if (k === "analyses" || k === "resultats" || k === "résultats") return "analyses";
  if (k === "livraisons" || k === "volumes") return "livraisons";
  throw new UsageError(`--kind ${k}: expected analyses or livraisons`);
}

export function defaultImportOut(workbook: string): string {
  const ext = path.extname(workbook);
  return path.join(path.dirname(workbook), `${path.basename(workbook, ext)}-import${ext.toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx"}`);
}

/** Results unless the headers speak of volumes and not of results. */
export function guessKind(headers: readonly string[]): ImportKind {
  const a = guessMapping(headers, "analyses");
  const l = guessMapping(headers, "livraisons");
  const resultsLike = (a.layout === "wide" && Object.keys(a.criteria).length > 0) || (a.columns.criterion !== undefined && a.columns.value !== undefined);
  return !resultsLike && l.columns.volume !== undefined ? "livraisons" : "analyses";
}

export function mappingText(mapping: Mapping): string {
  const label = new Map(FIELDS[mapping.kind].map((f) => [f.field, f.label]));
  const parts = Object.entries(mapping.columns).map(([f, h]) => `${label.get(f as never) ?? f} ← « ${h} »`);
  if (mapping.layout === "wide") parts.push(...Object.entries(mapping.criteria).map(([h, c]) => `${c} ← « ${h} »`));
  return parts.join(", ");
}

export interface ImportCliOutcome {
  code: number;
  plan?: ImportPlan;
  outPath?: string;
  reason?: string;
}

export async function runImportCli(argv: readonly string[], io: CliIO = processIO): Promise<ImportCliOutcome> {
  const fail = failer("import", io);
  const started = startCli("import", io, USAGE, () => parseImportArgs(argv));
  if ("exit" in started) return started.exit;
  const args = started.args;
  const outPath = args.out ?? defaultImportOut(args.workbook);
  if (sameFile(outPath, args.workbook)) return fail(EXIT_USAGE, `--out ${outPath} is the input workbook: the input is never overwritten; choose another file`);
  if (sameFile(outPath, args.file)) return fail(EXIT_USAGE, `--out ${outPath} is the file to import: choose another file`);

  const wbBytes = readInput(args.workbook);
  if (typeof wbBytes === "string") return fail(EXIT_UNUSABLE, wbBytes);
  const fileBytes = readInput(args.file);
  if (typeof fileBytes === "string") return fail(EXIT_UNUSABLE, fileBytes);
  const wb = openWorkbook(args.workbook, wbBytes);
  if (typeof wb === "string") return fail(EXIT_UNUSABLE, wb);
  let plan: ImportPlan;
  let mapping: Mapping;
  try {
    const source = openSource(path.basename(args.file), fileBytes, { sheet: args.sheet });
    if (args.mapping) mapping = await findMapping(wb, args.mapping, args.kind);
    else mapping = guessMapping(source.headers, args.kind ?? guessKind(source.headers));
    plan = await importFile(wb, source, mapping, mapping.kind, { saveAs: args.saveMapping, grid: args.grid });
    writeAtomic(outPath, wb.toBytes());
  } catch (e) {
    if (e instanceof ImportError) return fail(EXIT_UNUSABLE, oneLine(e.message));
    return fail(EXIT_UNUSABLE, `${args.workbook} : ${oneLine((e as Error).message)}`);
  }
  if (!args.quiet) {
    const s = plan.summary;
    const how = s.format === "csv" ? `CSV ${s.encoding}, séparateur ${separatorName(s.separator as never)}` : `feuille « ${s.sheet} »`;
    const lines = [
      `${s.fileName} (${how}, ${s.layout === "wide" ? "une colonne par critère" : "une ligne par valeur"}) → ${plan.target}`,
      `  colonnes : ${mappingText(mapping)}`,
      `  ${summaryLine(s)}`,
    ];
    if (s.appended) lines.push(`  lignes ${s.appended.firstRow} à ${s.appended.lastRow} ajoutées à ${s.appended.sheet}`);
    if (plan.rejects.length) lines.push(`  ${plan.rejects.length} ligne${plan.rejects.length > 1 ? "s" : ""} dans la feuille « ${REJECTS_SHEET} »`);
    if (s.preamble) lines.push(`  ${s.preamble} ligne${s.preamble > 1 ? "s" : ""} avant l'en-tête ignorée${s.preamble > 1 ? "s" : ""}`);
    if (args.saveMapping) lines.push(`  correspondance enregistrée sous « ${args.saveMapping} »`);
    lines.push(`  → ${outPath}`);
    io.stdout(lines.join("\n") + "\n");
  }
  return { code: EXIT_OK, plan, outPath };
}

if (typeof require !== "undefined" && require.main === module) {
  runImportCli(process.argv.slice(2)).then(
    (o) => {
      process.exitCode = o.code;
    },
    (e) => {
      process.stderr.write(`import: ${oneLine((e as Error)?.stack ?? String(e))}\n`);
      process.exitCode = EXIT_UNUSABLE;
    },
  );
}
