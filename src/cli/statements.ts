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
import { frNumber, gridIds } from "../engine";
import { runJson, runStatements, type RunProgress, type RunResult } from "../run";
import { readGridFiles } from "./gridFiles";
import type { WrittenPdfs } from "../documents/write";
import { t, type MessageKey } from "../messages";
import { UsageError, checkMonth, readCommandLine } from "./args";
import { EXIT_OK, EXIT_UNUSABLE, failer, processIO, startCli, userPath, type CliIO } from "./common";
import { besideInput } from "./outputs";
import { failureReason, isExit, launchCli, openCommand, pdfsText, writeMonthOutputs } from "./workbookCommand";

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

/** The statements command's own options (args.ts adds --help, --quiet, --overwrite). */
const OPTIONS = {
  month: "value",
  grid: "value",
  "grid-file": "values",
  out: "value",
  json: "value",
  pdf: "value",
} as const;

export function parseArgs(argv: readonly string[]): CliArgs {
  const { positional, help, quiet, overwrite, options } = readCommandLine(argv, OPTIONS);
  const { month, grid, "grid-file": gridFiles, out, json, pdf } = options;
  const args = { grid, gridFiles, out, json, pdf, quiet, help, overwrite };
  if (help) return { ...args, input: "", month: month ?? "" };
  if (positional.length === 0) throw new UsageError(t("cli.workbookMissing"));
  if (positional.length > 1) throw new UsageError(t("cli.oneWorkbook", { files: positional.join(", ") }));
  return { ...args, input: positional[0], month: checkMonth(month) };
}

export function defaultOutPath(input: string, month: string): string {
  return besideInput(input, month);
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
  for (const x of s.totals)
    lines.push(
      t("statements.summaryTotal", {
        grid: x.grid,
        volume: frNumber(x.volume),
        unit: x.volumeUnit,
        total: frNumber(x.total, 2),
        currency: x.currency,
      }),
    );
  lines.push(t("statements.summaryIssues", { errors: s.errors, warnings: s.warnings, month: result.month }));
  if (result.replaced.length)
    lines.push(t("statements.summaryReplaced", { n: result.replaced.length, month: result.month }));
  lines.push(t("cli.outputLine", { file: outPath }));
  return lines.join("\n") + "\n";
}

/** The command line, callable in-process (demo, tests): returns the exit code and what was done. */
export async function runCli(argv: readonly string[], io: CliIO = processIO): Promise<CliOutcome> {
  const fail = failer("statements", io);
  const started = startCli("statements", io, usage(), () => parseArgs(argv));
  if ("exit" in started) return started.exit;
  const args = started.args;
  const opened = openCommand(args, (input) => defaultOutPath(input, args.month), fail);
  if (isExit(opened)) return opened;
  const gridFiles = readGridFiles(args.gridFiles.map(userPath));
  if (typeof gridFiles === "string") return fail(EXIT_UNUSABLE, gridFiles);
  const progress = progressLine(io, args.quiet);
  let result: RunResult;
  let written: Awaited<ReturnType<typeof writeMonthOutputs>>;
  try {
    result = await runStatements(opened.port, {
      month: args.month,
      grid: args.grid,
      gridFiles,
      onProgress: progress.report,
      keepSheets: opened.pdfDir !== undefined,
    });
    const statements = result;
    written = await writeMonthOutputs(opened, {
      statements,
      json: () => runJson(statements),
      overwrite: args.overwrite,
      onSave: () => progress.report({ phase: "save", done: 0, total: 1 }),
      onPdf: (done, total) => progress.report({ phase: "pdf", done, total }),
    });
  } catch (e) {
    progress.end();
    return fail(EXIT_UNUSABLE, failureReason(e, opened.input));
  }
  progress.end();
  const { outPath, jsonPath } = opened;
  const { pdfs, letterheadProblem } = written;
  if (!args.quiet) io.stdout(summaryText(result, outPath) + (pdfs ? pdfsText(pdfs, letterheadProblem) : ""));
  return { code: EXIT_OK, result, outPath, jsonPath, pdfs };
}

if (typeof require !== "undefined" && require.main === module) launchCli("statements", runCli);
