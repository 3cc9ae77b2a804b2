/**
 * The invoicing step on an .xlsx file (invoices.md):
 *
 *   npm run invoices -- <workbook.xlsx> --month YYYY-MM [--date YYYY-MM-DD] [--grid ID] [--out FILE.xlsx]
 *                       [--json FILE.json] [--overwrite]
 *
 * Runs the month's statements, then issues the invoices and credit notes into the register « Registre des
 * factures » and one sheet per document, and writes the workbook to --out, never over the input. An existing
 * --out or --json is refused unless --overwrite is given (an issued invoice must not vanish by accident).
 * Exit status as the statements command: 0 done (producers not invoiced are in the checks and the JSON),
 * 1 the workbook or its register cannot be used (one-line reason), 2 wrong command line.
 */
import * as fs from "node:fs";
import { frNumber, gridIds } from "../engine";
import { invoicesJson } from "../invoicing/json";
import { runInvoices, type InvoiceResult } from "../invoicing/run";
import { RunError } from "../run";
import { openWorkbook } from "./nodeXlsx";
import { defaultOutPath } from "./statements";
import { EXIT_OK, EXIT_UNUSABLE, EXIT_USAGE, UsageError, checkMonth, failer, oneLine, processIO, readInput, sameFile, scanArgs, startCli, writeAtomic, type CliIO } from "./common";

export const USAGE = `Usage: npm run invoices -- <workbook.xlsx> --month YYYY-MM [--date YYYY-MM-DD] [--grid ID] [--out FILE.xlsx] [--json FILE.json] [--overwrite]

Runs the month's statements, then issues each invoiceable producer's invoice (and, after a correction, a
credit note for the earlier invoice) into the register « Registre des factures » and one printable sheet per
document. Producers that cannot be invoiced are listed in « Contrôles YYYY-MM » with the reason.

Options:
  --month YYYY-MM    month delivered (required)
  --date YYYY-MM-DD  issue date (default: today); never before the register's last date nor the month's end
  --grid ID          grid for producers whose Grille column is blank. Grids: ${gridIds().join(", ")}
  --out FILE.xlsx    output workbook (default: <input name>-YYYY-MM.xlsx beside the input; never the input)
  --json FILE.json   also write the documents issued and the producers not invoiced as JSON
  --overwrite        replace an existing --out / --json file (refused otherwise)
  --quiet            no summary
  -h, --help         this help

Exit status: 0 done; 1 the workbook or its register cannot be used (reason on one line); 2 wrong command line.`;

export interface InvoiceCliArgs {
  input: string;
  month: string;
  date: string;
  grid?: string;
  out?: string;
  json?: string;
  overwrite: boolean;
  quiet: boolean;
  help: boolean;
}

/** Today on the accountant's calendar (local time, not UTC). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

export function parseArgs(argv: readonly string[]): InvoiceCliArgs {
  const a: Partial<InvoiceCliArgs> = { overwrite: false };
  const { positional, help, quiet } = scanArgs(argv, (flag, value) => {
    if (flag === "--month") a.month = value();
    else if (flag === "--date") a.date = value();
    else if (flag === "--grid") a.grid = value();
    else if (flag === "--out") a.out = value();
    else if (flag === "--json") a.json = value();
    else if (flag === "--overwrite") a.overwrite = true;
    else return false;
    return true;
  });
  if (help) return { input: "", month: "", date: "", overwrite: false, quiet, help };
  if (positional.length === 0) throw new UsageError("missing the workbook (.xlsx) to read");
  if (positional.length > 1) throw new UsageError(`one workbook at a time (got ${positional.join(", ")})`);
  if (a.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(a.date)) throw new UsageError(`--date ${a.date}: expected YYYY-MM-DD`);
  return { ...a, input: positional[0], month: checkMonth(a.month), date: a.date ?? today(), overwrite: a.overwrite!, quiet, help } as InvoiceCliArgs;
}

export function summaryText(r: InvoiceResult, outPath: string): string {
  const credit = r.issued.filter((d) => d.type === "avoir").length;
  const invoices = r.issued.length - credit;
  const lines = [
    `${r.statements.month} : ${invoices} facture${invoices > 1 ? "s" : ""}, ${credit} avoir${credit > 1 ? "s" : ""} émis ; ${r.unchanged.length} facture${r.unchanged.length > 1 ? "s" : ""} inchangée${r.unchanged.length > 1 ? "s" : ""} ; ${r.notInvoiced.length} producteur${r.notInvoiced.length > 1 ? "s" : ""} non facturé${r.notInvoiced.length > 1 ? "s" : ""} (voir « Contrôles ${r.statements.month} »)`,
  ];
  for (const d of r.issued) lines.push(`  ${d.number} ${d.type.padEnd(7)} ${d.producer.padEnd(8)} TTC ${frNumber(d.ttc, 2)} € net ${frNumber(d.net, 2)} €${d.cancels ? ` (annule ${d.cancels})` : ""}`);
  lines.push(`  → ${outPath}`);
  return lines.join("\n") + "\n";
}

export interface InvoiceCliOutcome {
  code: number;
  result?: InvoiceResult;
  outPath?: string;
  reason?: string;
}

export async function runCli(argv: readonly string[], io: CliIO = processIO): Promise<InvoiceCliOutcome> {
  const fail = failer("invoices", io);
  const started = startCli("invoices", io, USAGE, () => parseArgs(argv));
  if ("exit" in started) return started.exit;
  const args = started.args;
  const outPath = args.out ?? defaultOutPath(args.input, args.month);
  if (sameFile(outPath, args.input)) return fail(EXIT_USAGE, `--out ${outPath} is the input workbook: the input is never overwritten; choose another file`);
  if (args.json && (sameFile(args.json, args.input) || sameFile(args.json, outPath))) return fail(EXIT_USAGE, `--json ${args.json} would overwrite a workbook`);
  for (const f of [outPath, args.json]) {
    if (f && !args.overwrite && fs.existsSync(f)) return fail(EXIT_USAGE, `${f} exists: add --overwrite to replace it (or choose another --out / --json)`);
  }
  const bytes = readInput(args.input);
  if (typeof bytes === "string") return fail(EXIT_UNUSABLE, bytes);
  const port = openWorkbook(args.input, bytes);
  if (typeof port === "string") return fail(EXIT_UNUSABLE, port);
  let result: InvoiceResult;
  try {
    result = await runInvoices(port, { month: args.month, grid: args.grid, issueDate: args.date });
    writeAtomic(outPath, port.toBytes());
    if (args.json) writeAtomic(args.json, JSON.stringify(invoicesJson(result), null, 2) + "\n");
  } catch (e) {
    if (e instanceof RunError) return fail(EXIT_UNUSABLE, oneLine(e.message));
    return fail(EXIT_UNUSABLE, `${args.input} : ${oneLine((e as Error).message)}`);
  }
  if (!args.quiet) io.stdout(summaryText(result, outPath));
  return { code: EXIT_OK, result, outPath };
}

if (typeof require !== "undefined" && require.main === module) {
  runCli(process.argv.slice(2)).then(
    (o) => {
      process.exitCode = o.code;
    },
    (e) => {
      process.stderr.write(`invoices: ${oneLine((e as Error)?.stack ?? String(e))}\n`);
      process.exitCode = EXIT_UNUSABLE;
    },
  );
}
