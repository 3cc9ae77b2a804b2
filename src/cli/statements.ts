/**
 * The statement run on an .xlsx file (workbook.md, "Command line"):
 *
 *   npm run statements -- <workbook.xlsx> --month YYYY-MM [--grid ID] [--out FILE.xlsx] [--json FILE.json]
 *
 * Writes the workbook with the outputs added to --out (default: beside the input, `<name>-YYYY-MM.xlsx`),
 * never over the input. Exit status: 0 when the run completed (even with per-producer errors, listed in the
 * checks sheet and the JSON), 1 when the workbook cannot be used at all (one-line reason on stderr), 2 for a
 * wrong command line.
 */
import * as path from "node:path";
import { frNumber, gridIds } from "../engine";
import { RunError, runJson, runStatements, type RunProgress, type RunResult } from "../run";
import { DocumentsError, pdfTargets, writeMonthPdfs, type WrittenPdfs } from "../documents/write";
import { openWorkbook } from "./nodeXlsx";
import { EXIT_OK, EXIT_UNUSABLE, EXIT_USAGE, UsageError, checkMonth, failer, oneLine, processIO, readInput, sameFile, scanArgs, startCli, writeAtomic, type CliIO } from "./common";


export const USAGE = `Usage: npm run statements -- <workbook.xlsx> --month YYYY-MM [--grid ID] [--out FILE.xlsx] [--json FILE.json] [--pdf DIR]

Computes the month's milk payment statement of every producer of the OP workbook and writes a copy of the
workbook with the summary ("Synthèse YYYY-MM"), one statement sheet per producer ("YYYY-MM <code>") and the
checks list ("Contrôles YYYY-MM") added. The input file is never modified; running the same month on the
output again replaces exactly the sheets generated for that month.

Options:
  --month YYYY-MM   month to compute (required)
  --grid ID         grid for producers whose Grille column is blank (default: the only grid with a base
                    price for the month). Grids: ${gridIds().join(", ")}
  --out FILE.xlsx   output workbook (default: <input name>-YYYY-MM.xlsx beside the input; never the input)
  --json FILE.json  also write the statements and issues as JSON
  --pdf DIR         also write the PDFs into DIR (created if missing): "<month> <code> releve.pdf" per
                    statement, "<month> synthese.pdf", and "<month> impression.pdf" (every statement, for
                    printing). Existing PDFs are never overwritten: the run stops before writing anything
  --quiet           no progress line nor summary
  -h, --help        this help

Exit status: 0 the run completed (per-producer errors are in the checks sheet and the JSON);
             1 the workbook cannot be used (missing sheet or column, unreadable file, unknown grid,
               no base price) — the reason is printed on one line;
             2 wrong command line.`;

export interface CliArgs {
  input: string;
  month: string;
  grid?: string;
  out?: string;
  json?: string;
  pdf?: string;
  quiet: boolean;
  help: boolean;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: Partial<CliArgs> & { quiet: boolean; help: boolean } = { quiet: false, help: false };
  const { positional, help, quiet } = scanArgs(argv, (flag, value) => {
    if (flag === "--month") args.month = value();
    else if (flag === "--grid") args.grid = value();
    else if (flag === "--out") args.out = value();
    else if (flag === "--json") args.json = value();
    else if (flag === "--pdf") args.pdf = value();
    else return false;
    return true;
  });
  args.help = help;
  args.quiet = quiet;
  if (args.help) return { input: "", month: "", ...args } as CliArgs;
  if (positional.length === 0) throw new UsageError("missing the workbook (.xlsx) to read");
  if (positional.length > 1) throw new UsageError(`one workbook at a time (got ${positional.join(", ")})`);
  return { ...args, input: positional[0], month: checkMonth(args.month) } as CliArgs;
}

export function defaultOutPath(input: string, month: string): string {
  const ext = path.extname(input);
  const base = path.basename(input, ext);
  return path.join(path.dirname(input), `${base}-${month}${ext.toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx"}`);
}

export interface CliOutcome {
  code: number;
  result?: RunResult;
  outPath?: string;
  jsonPath?: string;
  /** The PDFs written with --pdf. */
  pdfs?: WrittenPdfs;
  /** The one-line reason when code ≠ 0. */
  reason?: string;
}

const PHASE: Record<RunProgress["phase"], string> = { read: "lecture des tableaux", compute: "calcul des relevés", write: "écriture des feuilles" };

/** A progress line on stderr, shown only once the run has lasted a second (long runs). */
function progressLine(io: CliIO, quiet: boolean) {
  const start = Date.now();
  let shown = false;
  let lastPhase = "";
  let lastAt = 0;
  const report = (p: RunProgress | { phase: "save" | "pdf"; done: number; total: number }) => {
    if (quiet) return;
    const now = Date.now();
    if (now - start < 1000) return;
    const label = p.phase === "save" ? "enregistrement du classeur" : p.phase === "pdf" ? "écriture des PDF" : PHASE[p.phase];
    const line = `statements: ${label}${p.total > 1 ? ` ${p.done}/${p.total}` : ""} (${((now - start) / 1000).toFixed(1)} s)`;
    if (io.isTTY) {
      if (now - lastAt < 100 && p.done !== p.total) return;
      io.stderr(`\r${line.padEnd(70)}`);
      shown = true;
    } else if (p.phase !== lastPhase) {
      io.stderr(line + "\n");
    }
    lastPhase = p.phase;
    lastAt = now;
  };
  const end = () => {
    if (shown && io.isTTY) io.stderr(`\r${" ".repeat(70)}\r`);
  };
  return { report, end };
}

export function summaryText(result: RunResult, outPath: string): string {
  const s = result.summary;
  const lines = [
    `${result.month} : ${s.statements} relevé${s.statements > 1 ? "s" : ""} sur ${s.producers} producteur${s.producers > 1 ? "s" : ""}` +
      (s.withheld ? `, ${s.withheld} retenu${s.withheld > 1 ? "s" : ""} pour erreur` : "") +
      (s.noConsent ? `, ${s.noConsent} sans consentement` : ""),
  ];
  for (const t of s.totals) lines.push(`  ${t.grid} : ${frNumber(t.volume)} ${t.volumeUnit}, total ${frNumber(t.total, 2)} ${t.currency}`);
  lines.push(`  ${s.errors} erreur${s.errors > 1 ? "s" : ""}, ${s.warnings} avertissement${s.warnings > 1 ? "s" : ""} (feuille « Contrôles ${result.month} »)`);
  if (result.replaced.length) lines.push(`  ${result.replaced.length} feuille${result.replaced.length > 1 ? "s" : ""} de ${result.month} remplacée${result.replaced.length > 1 ? "s" : ""}`);
  lines.push(`  → ${outPath}`);
  return lines.join("\n") + "\n";
}

/** The command line, callable in-process (demo, tests): returns the exit code and what was done. */
export async function runCli(argv: readonly string[], io: CliIO = processIO): Promise<CliOutcome> {
  const fail = failer("statements", io);
  const started = startCli("statements", io, USAGE, () => parseArgs(argv));
  if ("exit" in started) return started.exit;
  const args = started.args;
  const outPath = args.out ?? defaultOutPath(args.input, args.month);
  if (sameFile(outPath, args.input)) return fail(EXIT_USAGE, `--out ${outPath} is the input workbook: the input is never overwritten; choose another file`);
  if (args.json && (sameFile(args.json, args.input) || sameFile(args.json, outPath))) return fail(EXIT_USAGE, `--json ${args.json} would overwrite a workbook`);

  const bytes = readInput(args.input);
  if (typeof bytes === "string") return fail(EXIT_UNUSABLE, bytes);
  const port = openWorkbook(args.input, bytes);
  if (typeof port === "string") return fail(EXIT_UNUSABLE, port);
  const progress = progressLine(io, args.quiet);
  let result: RunResult;
  let pdfs: WrittenPdfs | undefined;
  try {
    result = await runStatements(port, { month: args.month, grid: args.grid, onProgress: progress.report, keepSheets: args.pdf !== undefined });
    // The OP letterhead comes from the OP table (invoicing step); without it the PDFs have none.
    const pdfOptions = { letterhead: null };
    if (args.pdf) pdfTargets(args.pdf, result, pdfOptions);
    progress.report({ phase: "save", done: 0, total: 1 });
    const out = port.toBytes();
    writeAtomic(outPath, out);
    if (args.json) writeAtomic(args.json, JSON.stringify(runJson(result), null, 2) + "\n");
    if (args.pdf) pdfs = await writeMonthPdfs(args.pdf, result, { ...pdfOptions, onProgress: (done, total) => progress.report({ phase: "pdf", done, total }) });
  } catch (e) {
    progress.end();
    if (e instanceof RunError || e instanceof DocumentsError) return fail(EXIT_UNUSABLE, oneLine(e.message));
    return fail(EXIT_UNUSABLE, `${args.input} : ${oneLine((e as Error).message)}`);
  }
  progress.end();
  if (!args.quiet) io.stdout(summaryText(result, outPath) + (pdfs ? `  → ${pdfs.files.length} PDF dans ${pdfs.directory}\n` : ""));
  return { code: EXIT_OK, result, outPath, jsonPath: args.json, pdfs };
}

if (typeof require !== "undefined" && require.main === module) {
  runCli(process.argv.slice(2)).then(
    (o) => {
      process.exitCode = o.code;
    },
    (e) => {
      process.stderr.write(`statements: ${oneLine((e as Error)?.stack ?? String(e))}\n`);
      process.exitCode = EXIT_UNUSABLE;
    },
  );
}
