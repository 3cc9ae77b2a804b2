/**
 * What every workbook command (statements, invoices, compare, price-a) does around its own work, once:
 * resolve the paths from where the user typed the command, refuse the outputs before anything is read
 * (outputs.ts), open the workbook; at the end write the workbook, the JSON and the month's PDFs; map a
 * failure to its one-line reason; start the command when its file is run by tsx. The commands had four
 * copies of these lines (review of session 3, `duplicates`).
 */
import { DocumentsError, pdfTargets, writeMonthPdfs, type WrittenPdfs } from "../documents/write";
import type { InvoiceDocument } from "../invoicing/types";
import { readLetterhead } from "../invoicing/letterhead";
import { t } from "../messages";
import { RunError, type RunResult } from "../run";
import type { XlsxWorkbook } from "../workbook/xlsx";
import { EXIT_UNUSABLE, oneLine, readInput, userPath, type CliExit } from "./common";
import { openWorkbook } from "./nodeXlsx";
import { OutputError, checkOutputs, writeOutputs } from "./outputs";

export interface WorkbookCommandArgs {
  input: string;
  out?: string;
  json?: string;
  pdf?: string;
  overwrite: boolean;
}

export interface OpenedCommand {
  /** Absolute paths (userPath). */
  input: string;
  outPath: string;
  jsonPath?: string;
  pdfDir?: string;
  port: XlsxWorkbook;
}

/**
 * The command's files checked and its workbook opened, or the exit. `defaultOut` names the output from the
 * input as the user typed it when --out is not given.
 */
export function openCommand(
  args: WorkbookCommandArgs,
  defaultOut: (input: string) => string,
  fail: (code: number, reason: string) => CliExit,
): OpenedCommand | CliExit {
  const input = userPath(args.input);
  const outPath = userPath(args.out ?? defaultOut(args.input));
  const jsonPath = args.json === undefined ? undefined : userPath(args.json);
  const outputs = [{ flag: "--out", file: outPath }, ...(jsonPath ? [{ flag: "--json", file: jsonPath }] : [])];
  const refused = checkOutputs(outputs, [{ file: input, role: "output.isInput" }], args.overwrite);
  if (refused) return fail(refused.code, refused.reason);
  const bytes = readInput(input);
  if (typeof bytes === "string") return fail(EXIT_UNUSABLE, bytes);
  const port = openWorkbook(input, bytes);
  if (typeof port === "string") return fail(EXIT_UNUSABLE, port);
  return { input, outPath, jsonPath, pdfDir: args.pdf === undefined ? undefined : userPath(args.pdf), port };
}

export function isExit(x: OpenedCommand | CliExit): x is CliExit {
  return !("port" in x);
}

export interface MonthOutputs {
  /** The computed month's statements (the PDFs' content). */
  statements: RunResult;
  /** The JSON written with --json (asked for only then). */
  json: () => unknown;
  /** Invoices and credit notes to print beside the statements (invoices command), as Factur-X. */
  invoices?: InvoiceDocument[];
  overwrite: boolean;
  onSave?: () => void;
  onPdf?: (done: number, total: number) => void;
}

/**
 * Writes the workbook and the JSON together, then the PDFs (--pdf). The PDF names are checked before the
 * workbook is saved, so that a refused PDF writes nothing; the OP letterhead comes from the OP table, and
 * `letterheadProblem` says why there is none when that table cannot give one.
 */
export async function writeMonthOutputs(
  opened: OpenedCommand,
  o: MonthOutputs,
): Promise<{ pdfs?: WrittenPdfs; letterheadProblem: string | null }> {
  const heading = opened.pdfDir ? await readLetterhead(opened.port) : null;
  const pdfOptions = {
    letterhead: heading?.letterhead ?? null,
    overwrite: o.overwrite,
    ...(o.invoices ? { invoices: o.invoices } : {}),
  };
  if (opened.pdfDir) pdfTargets(opened.pdfDir, o.statements, pdfOptions);
  o.onSave?.();
  const files = [{ file: opened.outPath, data: opened.port.toBytes() }];
  if (opened.jsonPath)
    files.push({ file: opened.jsonPath, data: new TextEncoder().encode(JSON.stringify(o.json(), null, 2) + "\n") });
  writeOutputs(files);
  const pdfs = opened.pdfDir
    ? await writeMonthPdfs(opened.pdfDir, o.statements, {
        ...pdfOptions,
        facturX: o.invoices !== undefined,
        writeFile: writeOneFile,
        onProgress: o.onPdf,
      })
    : undefined;
  return { pdfs, letterheadProblem: heading?.problem ?? null };
}

/** One PDF written whole (temporary file, then rename). */
export function writeOneFile(file: string, data: Uint8Array): void {
  writeOutputs([{ file, data }]);
}

/** The PDFs line of the summary, and why they carry no letterhead when the OP sheet could not give one. */
export function pdfsText(pdfs: WrittenPdfs, letterheadProblem: string | null): string {
  return (
    t("statements.pdfsWritten", { n: pdfs.files.length, dir: pdfs.directory }) +
    (letterheadProblem ? t("documents.noLetterhead", { reason: letterheadProblem }) : "")
  );
}

/** A failure of the run or of a write: its own one-line message; anything else prefixed with the input. */
export function failureReason(e: unknown, input: string): string {
  if (e instanceof RunError || e instanceof OutputError || e instanceof DocumentsError) return oneLine(e.message);
  return `${input} : ${oneLine((e as Error).message)}`;
}

/** Starts a command from the command line: its exit status, or a crash said in one line. */
export function launchCli(
  tool: string,
  run: (argv: readonly string[]) => Promise<{ code: number }>,
  argv: readonly string[] = process.argv.slice(2),
): void {
  run(argv).then(
    (o) => {
      process.exitCode = o.code;
    },
    (e) => {
      process.stderr.write(`${tool}: ${t("cli.crash", { detail: oneLine((e as Error)?.stack ?? String(e)) })}\n`);
      process.exitCode = EXIT_UNUSABLE;
    },
  );
}
