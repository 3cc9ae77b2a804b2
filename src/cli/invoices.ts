/**
 * The invoicing step on an .xlsx file (invoices.md):
 *
 *   npm run invoices -- <workbook.xlsx> --month YYYY-MM [--date YYYY-MM-DD] [--grid ID] [--out FILE.xlsx]
 *                       [--json FILE.json] [--pdf DIR] [--overwrite]
 *
 * Runs the month's statements, then issues the invoices and credit notes into the register « Registre des
 * factures » and one sheet per document, and writes the workbook to --out, never over the input. Outputs
 * follow the conventions of every command (outputs.ts): checked before anything is read (an existing one is
 * refused unless --overwrite: an issued invoice must not vanish by accident), written together at the end;
 * paths are the user's (userPath); every sentence comes from the catalogue (src/messages).
 * --pdf DIR: the month's statement PDFs, each invoice and credit note issued or kept this month as its Factur-X
 * PDF/A-3 (`<month> <code> <number>.pdf`, factur-x.xml attached), the summary and the combined PDF for
 * printing, with the OP's letterhead (documents/write.ts); every file is checked before anything is written.
 * Exit status as the statements command: 0 done (producers not invoiced are in the checks and the JSON),
 * 1 the workbook or its register cannot be used, or an output cannot be written (one-line reason), 2 wrong
 * command line (or an existing output without --overwrite).
 */
import { frNumber, gridIds, isIsoDate } from "../engine";
import { invoicesJson } from "../invoicing/json";
import { printedDocuments, runInvoices, type InvoiceResult } from "../invoicing/run";
import { t } from "../messages";
import { UsageError, checkMonth, readCommandLine } from "./args";
import { EXIT_OK, EXIT_UNUSABLE, failer, processIO, startCli, type CliIO } from "./common";
import type { WrittenPdfs } from "../documents/write";
import { defaultOutPath } from "./statements";
import { failureReason, isExit, launchCli, openCommand, pdfsText, writeMonthOutputs } from "./workbookCommand";

/** The help text (catalogue "invoices.usage"), with the grids this build knows. */
export function usage(): string {
  return t("invoices.usage", { grids: gridIds().join(", ") });
}

export interface InvoiceCliArgs {
  input: string;
  month: string;
  date: string;
  grid?: string;
  out?: string;
  json?: string;
  pdf?: string;
  overwrite: boolean;
  quiet: boolean;
  help: boolean;
}

/** Today on the accountant's calendar (local time, not UTC). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** The invoices command's own options (args.ts adds --help, --quiet, --overwrite). */
const OPTIONS = { month: "value", date: "value", grid: "value", out: "value", json: "value", pdf: "value" } as const;

export function parseArgs(argv: readonly string[]): InvoiceCliArgs {
  const { positional, help, quiet, overwrite, options } = readCommandLine(argv, OPTIONS);
  const { month, date, grid, out, json, pdf } = options;
  if (help) return { input: "", month: "", date: "", overwrite, quiet, help };
  if (positional.length === 0) throw new UsageError(t("cli.workbookMissing"));
  if (positional.length > 1) throw new UsageError(t("cli.oneWorkbook", { files: positional.join(", ") }));
  // A calendar date (2025-02-30 is refused here, not after reading the workbook).
  if (date !== undefined && !isIsoDate(date)) throw new UsageError(t("invoices.dateFormat", { date }));
  return {
    input: positional[0],
    month: checkMonth(month),
    date: date ?? today(),
    grid,
    out,
    json,
    pdf,
    overwrite,
    quiet,
    help,
  };
}

export function summaryText(r: InvoiceResult, outPath: string): string {
  const credit = r.issued.filter((d) => d.type === "avoir").length;
  const month = r.statements.month;
  const lines = [
    t("invoices.summary", {
      month,
      invoices: r.issued.length - credit,
      credit,
      unchanged: r.unchanged.length,
      left: r.notInvoiced.length,
    }),
  ];
  for (const d of r.issued) {
    const line = t("invoices.document", {
      number: d.number,
      type: d.type.padEnd(7),
      producer: d.producer.padEnd(8),
      ttc: frNumber(d.ttc, 2),
      net: frNumber(d.net, 2),
    });
    lines.push(d.cancels ? line + t("invoices.cancels", { number: d.cancels }) : line);
  }
  lines.push(t("cli.outputLine", { file: outPath }));
  return lines.join("\n") + "\n";
}

export interface InvoiceCliOutcome {
  code: number;
  result?: InvoiceResult;
  outPath?: string;
  jsonPath?: string;
  /** The PDFs written with --pdf. */
  pdfs?: WrittenPdfs;
  reason?: string;
}

/** The command line, callable in-process (demo, tests): returns the exit code and what was done. */
export async function runCli(argv: readonly string[], io: CliIO = processIO): Promise<InvoiceCliOutcome> {
  const fail = failer("invoices", io);
  const started = startCli("invoices", io, usage(), () => parseArgs(argv));
  if ("exit" in started) return started.exit;
  const args = started.args;
  const opened = openCommand(args, (input) => defaultOutPath(input, args.month), fail);
  if (isExit(opened)) return opened;
  let result: InvoiceResult;
  let written: Awaited<ReturnType<typeof writeMonthOutputs>>;
  try {
    result = await runInvoices(opened.port, {
      month: args.month,
      grid: args.grid,
      issueDate: args.date,
      keepSheets: opened.pdfDir !== undefined,
    });
    const issued = result;
    written = await writeMonthOutputs(opened, {
      statements: issued.statements,
      json: () => invoicesJson(issued),
      invoices: printedDocuments(issued),
      overwrite: args.overwrite,
    });
  } catch (e) {
    return fail(EXIT_UNUSABLE, failureReason(e, opened.input));
  }
  const { outPath, jsonPath } = opened;
  const { pdfs, letterheadProblem } = written;
  if (!args.quiet) io.stdout(summaryText(result, outPath) + (pdfs ? pdfsText(pdfs, letterheadProblem) : ""));
  return { code: EXIT_OK, result, outPath, jsonPath, pdfs };
}

if (typeof require !== "undefined" && require.main === module) launchCli("invoices", runCli);
