/**
 * The statement run on an .xlsx file (workbook.md, "Command line"):
 *
 *   npm run statements -- <workbook.xlsx> --month YYYY-MM [--grid ID] [--out FILE.xlsx] [--json FILE.json] [--overwrite]
 *
 * Writes the workbook with the outputs added to --out (default: beside the input, `<name>-YYYY-MM.xlsx`),
 * never over the input, over an existing file only with --overwrite (outputs.ts). Paths are the user's
 * (userPath: from the folder where the command was typed). Exit status: 0 when the run completed (even with per-producer errors, listed in the
 * checks sheet and the JSON), 1 when the workbook cannot be used at all (one-line reason on stderr), 2 for a
 * wrong command line.
 */
import * as path from "node:path";
import { frNumber, gridIds } from "../engine";
import { RunError, runJson, runStatements, type RunProgress, type RunResult } from "../run";
import { readGridFiles } from "./gridFiles";
import { DocumentsError, pdfTargets, writeMonthPdfs, type WrittenPdfs } from "../documents/write";
import { readLetterhead } from "../invoicing/letterhead";
import { openWorkbook } from "./nodeXlsx";
import { t, type MessageKey } from "../messages";
import { EXIT_OK, EXIT_UNUSABLE, UsageError, checkMonth, failer, oneLine, processIO, readInput, scanArgs, startCli, userPath, type CliIO } from "./common";
import { OutputError, checkOutputs, writeOutputs } from "./outputs";


/** The help text (catalogue "statements.usage"), with the grids this build knows. */
export function usage(): string {
  return t("statements.usage", { grids: gridIds().join(", ") });
}

export interface CliArgs {
  input: string;
  month: string;
  grid?: string;
  gridFiles: string[];
  out?: string;
  json?: string;
  pdf?: string;
  quiet: boolean;
  help: boolean;
  /** Replace existing outputs (otherwise refused). */
  overwrite: boolean;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: Partial<CliArgs> & { quiet: boolean; help: boolean; overwrite: boolean; gridFiles: string[] } = { quiet: false, help: false, overwrite: false, gridFiles: [] };
  const { positional, help, quiet, overwrite } = scanArgs(argv, (flag, value) => {
    if (flag === "--month") args.month = value();
    else if (flag === "--grid") args.grid = value();
    else if (flag === "--grid-file") args.gridFiles.push(value());
    else if (flag === "--out") args.out = value();
    else if (flag === "--json") args.json = value();
    else if (flag === "--pdf") args.pdf = value();
    else return false;
    return true;
  });
  args.help = help;
  args.quiet = quiet;
  args.overwrite = overwrite;
  if (args.help) return { input: "", month: "", ...args } as CliArgs;
  if (positional.length === 0) throw new UsageError(t("cli.workbookMissing"));
  if (positional.length > 1) throw new UsageError(t("cli.oneWorkbook", { files: positional.join(", ") }));
  return { ...args, input: positional[0], month: checkMonth(args.month) } as CliArgs;
}

export function defaultOutPath(input: string, month: string): string {
  const ext = path.extname(input);
  const base = path.basename(input, ext);
  return path.join(path.dirname(input), `${base}-${month}${ext.toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx"}`);
}

/** The PDFs line of the summary, and why they carry no letterhead when the OP sheet could not give one. */
export function pdfsText(pdfs: WrittenPdfs, letterheadProblem: string | null): string {
  return t("statements.pdfsWritten", { n: pdfs.files.length, dir: pdfs.directory }) + (letterheadProblem ? t("documents.noLetterhead", { reason: letterheadProblem }) : "");
}

/** One PDF written whole (temporary file, then rename). */
export function writeOneFile(file: string, data: Uint8Array): void {
  writeOutputs([{ file, data }]);
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

const PHASE: Record<RunProgress["phase"] | "save" | "pdf", MessageKey> = {
  read: "statements.phaseRead",
  compute: "statements.phaseCompute",
  write: "statements.phaseWrite",
  save: "statements.phaseSave",
  pdf: "statements.phasePdf",
};

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
    const label = t(PHASE[p.phase]);
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
    t("statements.summary", { month: result.month, statements: s.statements, producers: s.producers }) +
      (s.withheld ? t("statements.summaryWithheld", { n: s.withheld }) : "") +
      (s.noConsent ? t("statements.summaryNoConsent", { n: s.noConsent }) : ""),
  ];
  for (const x of s.totals) lines.push(t("statements.summaryTotal", { grid: x.grid, volume: frNumber(x.volume), unit: x.volumeUnit, total: frNumber(x.total, 2), currency: x.currency }));
  lines.push(t("statements.summaryIssues", { errors: s.errors, warnings: s.warnings, month: result.month }));
  if (result.replaced.length) lines.push(t("statements.summaryReplaced", { n: result.replaced.length, month: result.month }));
  lines.push(t("cli.outputLine", { file: outPath }));
  return lines.join("\n") + "\n";
}

/** The command line, callable in-process (demo, tests): returns the exit code and what was done. */
export async function runCli(argv: readonly string[], io: CliIO = processIO): Promise<CliOutcome> {
  const fail = failer("statements", io);
  const started = startCli("statements", io, usage(), () => parseArgs(argv));
  if ("exit" in started) return started.exit;
  const args = started.args;
  const input = userPath(args.input);
  const outPath = userPath(args.out ?? defaultOutPath(args.input, args.month));
  const jsonPath = args.json === undefined ? undefined : userPath(args.json);
  const outputs = [{ flag: "--out", file: outPath }, ...(jsonPath ? [{ flag: "--json", file: jsonPath }] : [])];
  const refused = checkOutputs(outputs, [{ file: input, role: "output.isInput" }], args.overwrite);
  if (refused) return fail(refused.code, refused.reason);

  const bytes = readInput(input);
  if (typeof bytes === "string") return fail(EXIT_UNUSABLE, bytes);
  const port = openWorkbook(input, bytes);
  if (typeof port === "string") return fail(EXIT_UNUSABLE, port);
  const pdfDir = args.pdf === undefined ? undefined : userPath(args.pdf);
  const gridFiles = readGridFiles(args.gridFiles.map(userPath));
  if (typeof gridFiles === "string") return fail(EXIT_UNUSABLE, gridFiles);
  const progress = progressLine(io, args.quiet);
  let result: RunResult;
  let pdfs: WrittenPdfs | undefined;
  let letterheadProblem: string | null = null;
  try {
    result = await runStatements(port, { month: args.month, grid: args.grid, gridFiles, onProgress: progress.report, keepSheets: pdfDir !== undefined });
    // The OP letterhead comes from the OP table (invoicing's reader); without it, or unreadable, none (said below).
    const heading = pdfDir ? await readLetterhead(port) : null;
    const pdfOptions = { letterhead: heading?.letterhead ?? null, overwrite: args.overwrite };
    if (pdfDir) pdfTargets(pdfDir, result, pdfOptions);
    letterheadProblem = heading?.problem ?? null;
    progress.report({ phase: "save", done: 0, total: 1 });
    const files = [{ file: outPath, data: port.toBytes() }];
    if (jsonPath) files.push({ file: jsonPath, data: new TextEncoder().encode(JSON.stringify(runJson(result), null, 2) + "\n") });
    writeOutputs(files);
    if (pdfDir) pdfs = await writeMonthPdfs(pdfDir, result, { ...pdfOptions, writeFile: writeOneFile, onProgress: (done, total) => progress.report({ phase: "pdf", done, total }) });
  } catch (e) {
    progress.end();
    if (e instanceof RunError || e instanceof OutputError || e instanceof DocumentsError) return fail(EXIT_UNUSABLE, oneLine(e.message));
    return fail(EXIT_UNUSABLE, `${input} : ${oneLine((e as Error).message)}`);
  }
  progress.end();
  if (!args.quiet) io.stdout(summaryText(result, outPath) + (pdfs ? pdfsText(pdfs, letterheadProblem) : ""));
  return { code: EXIT_OK, result, outPath, jsonPath, pdfs };
}

if (typeof require !== "undefined" && require.main === module) {
  runCli(process.argv.slice(2)).then(
    (o) => {
      process.exitCode = o.code;
    },
    (e) => {
      process.stderr.write(`statements: ${t("cli.crash", { detail: oneLine((e as Error)?.stack ?? String(e)) })}\n`);
      process.exitCode = EXIT_UNUSABLE;
    },
  );
}
