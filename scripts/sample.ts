/**
 * npm run sample -- [--grid sud-est-2018|mooh-2025] [--producers N] [--months N] [--end YYYY-MM] [--seed N]
 *                   [--plain] [--bench] [--out FILE.xlsx] [--overwrite]
 *
 * Generates a deterministic sample OP workbook (default: 120 producers, 13 months ending 2025-03, every special
 * case; see the "Lisez-moi" sheet). --bench: the benchmark workbook, 2 000 producers × 6 months (~480 000 rows).
 * Default output: the project's out/ folder (created); --out is taken from the folder where the command was
 * typed. An existing output is refused unless --overwrite, like every command-line tool.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { t } from "../src/messages";
import { UsageError, readCommandLine, type CommandLine } from "../src/cli/args";
import { EXIT_UNUSABLE, failer, processIO, startCli, userPath } from "../src/cli/common";
import { checkOutputs } from "../src/cli/outputs";
import { generateSample, sampleRowCount, type SampleGrid, type SampleOptions } from "./sample/generate";
import { writeSampleXlsx } from "./sample/write";

/** The project's own output folder (README: out/ is git-ignored). */
export const PROJECT_OUT = path.join(__dirname, "..", "out");

export interface SampleCliOptions extends SampleOptions {
  out: string;
  overwrite?: boolean;
  help?: boolean;
}

/** The sample's own options (args.ts adds --help, --quiet, --overwrite). */
export const SAMPLE_OPTIONS = {
  grid: "value",
  producers: "value",
  months: "value",
  seed: "value",
  end: "value",
  out: "value",
  plain: "switch",
  bench: "switch",
} as const;

function checkGrid(grid: string): asserts grid is SampleGrid {
  if (grid !== "sud-est-2018" && grid !== "mooh-2025") throw new UsageError(t("sample.grid", { grid }));
}

function checkWholeNumber(text: string, flag: string): void {
  const x = Number(text);
  if (!Number.isInteger(x) || x < 1) throw new UsageError(t("sample.wholeNumber", { flag }));
}

/** Each value checked as soon as it is read, so that the first wrong one is the one said. */
export const SAMPLE_CHECKS = {
  grid: checkGrid,
  producers: checkWholeNumber,
  months: checkWholeNumber,
  seed: checkWholeNumber,
};

export function parseSampleArgs(argv: readonly string[]): SampleCliOptions {
  return sampleOptionsOf(readCommandLine(argv, SAMPLE_OPTIONS, SAMPLE_CHECKS));
}

/** The sample's options from a command line read with SAMPLE_OPTIONS (the demo adds its own). */
export function sampleOptionsOf(read: CommandLine<typeof SAMPLE_OPTIONS>): SampleCliOptions {
  const { positional, help, overwrite, options } = read;
  if (positional.length) throw new UsageError(t("cli.unknownOption", { flag: positional[0] }));
  const { grid = "sud-est-2018", end, plain, bench } = options;
  checkGrid(grid);
  const o: SampleOptions = { grid };
  for (const key of ["producers", "months", "seed"] as const)
    if (options[key] !== undefined) o[key] = Number(options[key]);
  if (end !== undefined) o.end = end;
  if (plain) o.plain = true;
  if (bench) {
    o.producers ??= 2000;
    o.months ??= 6;
  }
  const name = bench ? `bench-${o.grid}-${o.producers}x${o.months}.xlsx` : `sample-${o.grid}.xlsx`;
  return {
    ...o,
    out: options.out === undefined ? path.join(PROJECT_OUT, name) : userPath(options.out),
    overwrite,
    help,
  };
}

/** Generates and writes the sample (no check: callers check the output first; tests write to temp folders). */
export async function makeSample(options: SampleCliOptions): Promise<{ file: string; rows: number; month: string }> {
  const sample = generateSample(options);
  await writeSampleXlsx(sample, options.out);
  return { file: options.out, rows: sampleRowCount(sample), month: sample.month };
}

async function main(): Promise<number> {
  const fail = failer("sample", processIO);
  const started = startCli("sample", processIO, t("sample.usage"), () => ({
    help: false,
    ...parseSampleArgs(process.argv.slice(2)),
  }));
  if ("exit" in started) return started.exit.code;
  const options = started.args;
  if (path.dirname(options.out) === PROJECT_OUT) fs.mkdirSync(PROJECT_OUT, { recursive: true });
  const refused = checkOutputs([{ flag: "--out", file: options.out }], [], Boolean(options.overwrite));
  if (refused) return fail(refused.code, refused.reason).code;
  const start = Date.now();
  const { file, rows, month } = await makeSample(options);
  processIO.stdout(
    t("sample.done", { file, grid: options.grid, rows, month, seconds: ((Date.now() - start) / 1000).toFixed(1) }) +
      "\n",
  );
  return 0;
}

if (typeof require !== "undefined" && require.main === module) {
  main().then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`sample: ${t("cli.crash", { detail: (e as Error).message })}\n`);
      process.exitCode = EXIT_UNUSABLE;
    },
  );
}
