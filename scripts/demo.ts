/**
 * npm run demo [-- --grid mooh-2025] [--producers N] [--months N]: the product's main job in one command.
 * Generates the sample OP workbook (sud-est-2018 by default) into the project's out/ folder, runs the statement
 * run for its last month through the command line's code path, then issues the month's invoices into the same output (the invoices command's
 * code path, issue date the 2nd of the next month, so that the demo is the same every day), and prints a short
 * summary with the output paths.
 *
 * The demo owns its files in out/ (sample-<grid>.xlsx, sample-<grid>-<month>.xlsx and .json): it rewrites
 * them every time (--overwrite), so that `npm run demo` — the README's first command — runs twice in a row.
 * Every other command refuses an existing output unless --overwrite.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Decimal, frNumber } from "../src/engine";
import { t } from "../src/messages";
import { UsageError, readCommandLine } from "../src/cli/args";
import { userPath } from "../src/cli/common";
import { runCli } from "../src/cli/statements";
import { runCli as runInvoicesCli } from "../src/cli/invoices";
import { addMonths } from "../src/engine";
import type { InvoiceResult } from "../src/invoicing/run";
import type { RunResult } from "../src/run";
import { PROJECT_OUT, SAMPLE_CHECKS, SAMPLE_OPTIONS, makeSample, sampleOptionsOf } from "./sample";

/** The statement run in a few lines: counts, totals by grid, errors and warnings. */
function printStatements(result: RunResult, month: string): void {
  const s = result.summary;
  console.log(t("demo.run", { month }));
  console.log(
    t("demo.statements", {
      statements: s.statements,
      producers: s.producers,
      withheld: s.withheld,
      noConsent: s.noConsent,
    }),
  );
  for (const x of s.totals)
    console.log(
      t("demo.total", {
        total: frNumber(x.total, 2),
        currency: x.currency,
        volume: frNumber(x.volume),
        unit: x.volumeUnit,
        grid: x.grid,
      }),
    );
  console.log(t("demo.issues", { errors: s.errors, warnings: s.warnings, month }));
}

/** The invoicing step in two lines: the issue date, then invoices, credit notes, unchanged, not invoiced. */
function printInvoices(result: InvoiceResult, month: string, date: string): void {
  const docs = result.issued;
  const credit = docs.filter((d) => d.type === "avoir").length;
  console.log(t("demo.invoices", { month, date }));
  console.log(
    t("demo.invoiceCounts", {
      invoices: docs.length - credit,
      credit,
      unchanged: result.unchanged.length,
      left: result.notInvoiced.length,
      month,
    }),
  );
}

async function main(): Promise<number> {
  // Options of the sample (--grid, --producers, --months…) pass through; --folder (tests) replaces out/.
  const read = readCommandLine(process.argv.slice(2), { ...SAMPLE_OPTIONS, folder: "value" }, SAMPLE_CHECKS);
  const folder = read.options.folder === undefined ? PROJECT_OUT : userPath(read.options.folder);
  const sampleOptions = sampleOptionsOf(read);
  const grid = sampleOptions.grid;
  const options = { ...sampleOptions, out: path.join(folder, path.basename(sampleOptions.out)) };
  fs.mkdirSync(folder, { recursive: true });
  const { file, rows, month } = await makeSample(options);
  const months = options.months ?? 13;
  console.log(
    t("demo.sample", {
      grid,
      file,
      producers: options.producers ?? 120,
      months,
      month,
      rows: frNumber(new Decimal(rows)),
    }),
  );
  const json = path.join(folder, `${path.basename(file, ".xlsx")}-${month}.json`);
  const outcome = await runCli([file, "--month", month, "--json", json, "--quiet", "--overwrite"]);
  if (outcome.code !== 0 || !outcome.result) return outcome.code || 1;
  printStatements(outcome.result, month);
  const invoicesJson = path.join(folder, `${path.basename(file, ".xlsx")}-${month}-factures.json`);
  const date = `${addMonths(month, 1)}-02`;
  const issue = await runInvoicesCli([
    file,
    "--month",
    month,
    "--date",
    date,
    "--out",
    outcome.outPath!,
    "--json",
    invoicesJson,
    "--overwrite",
    "--quiet",
  ]);
  if (issue.code !== 0 || !issue.result) return issue.code || 1;
  printInvoices(issue.result, month, date);
  console.log(t("demo.output", { file: outcome.outPath! }));
  console.log(t("demo.json", { file: json }));
  console.log(t("demo.json", { file: invoicesJson }));
  console.log(t("demo.folder", { folder }));
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    if (e instanceof UsageError) {
      process.stderr.write(`demo: ${e.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`demo: ${t("cli.crash", { detail: (e as Error)?.stack ?? String(e) })}\n`);
    process.exitCode = 1;
  },
);
