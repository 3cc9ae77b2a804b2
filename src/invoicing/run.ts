/**
 * The invoicing step (invoices.md): the statement run of the month, then the invoices from its computed
 * statements — never a price computed again. The same function serves the command line and the task pane.
 *
 * Order, so that a stop leaves nothing half done: read the invoicing tables and the register and check the
 * issue date (a RunError here writes nothing); run the statements; decide who is invoiced; number; then
 * write — the statements' sheets, the register (created once, then rows appended), one sheet per new
 * document (and unchanged invoices rewritten identically from the register), and the month's checks sheet
 * again with the invoicing lines added.
 */
import type { IsoDate } from "../engine";
import { isIsoDate } from "../engine";
import { checksSheet } from "../run/checksSheet";
import { RunError, sortIssues, type Issue } from "../inputs/issues";
import { t } from "../messages";
import { runStatements } from "../run/run";
import { checksSheetName, sheetKey } from "../run/sheetNames";
import type { RunOptions, RunResult } from "../run/types";
import type { WorkbookPort } from "../workbook/port";
import { contentText } from "./document";
import { eligibility, type NotInvoiced } from "./eligibility";
import { readInvoicingInputs } from "./inputs";
import { invoiceSheet, invoiceSheetName } from "./invoiceSheet";
import { checkIssueDate, planIssue } from "./numbering";
import { parseRegister, REGISTER_KEY, REGISTER_SHEET, registerRow, registerSheet } from "./register";
import type { InvoiceDocument } from "./types";

/** Tables the invoicing step reads besides the statement run's (the Office port loads them up front). */
export const INVOICING_TABLES = ["OP", "Acheteurs", "Retenues", "TauxTVA", REGISTER_SHEET];

/** Generated-sheet key of the invoice sheets: never a month, so a statement run never deletes an invoice. */
export const INVOICES_KEY = "factures";

export interface InvoiceOptions extends RunOptions {
  issueDate: IsoDate;
}

export interface InvoiceResult {
  statements: RunResult;
  /** Documents numbered by this issue, in register order. */
  issued: InvoiceDocument[];
  /** The month's invoices kept with their number (content unchanged). */
  unchanged: InvoiceDocument[];
  notInvoiced: NotInvoiced[];
  /** The invoicing lines added to the checks. */
  issues: Issue[];
  /** Sheets written by the invoicing (register, documents, checks). */
  sheets: string[];
}

/**
 * The month's documents to print (PDF, Factur-X): the invoices kept with their number, then those issued now
 * (register order). An invoice cancelled by a credit note now is not printed again: it went out when issued.
 */
export function printedDocuments(r: InvoiceResult): InvoiceDocument[] {
  return [...r.unchanged, ...r.issued];
}

export async function runInvoices(port: WorkbookPort, options: InvoiceOptions): Promise<InvoiceResult> {
  const { month, issueDate } = options;
  if (!isIsoDate(issueDate)) throw new RunError(t("invoicing.badIssueDate", { date: issueDate }));
  const inputs = await readInvoicingInputs(port);
  const register = parseRegister(await port.readTable(REGISTER_SHEET));
  checkIssueDate(register, month, issueDate);
  const write = options.write !== false;

  const statements = await runStatements(port, options);
  const decided = eligibility(statements, inputs, issueDate);
  const prefix = inputs.op.settings?.prefix ?? "F";
  const plan = planIssue(register, month, decided.candidates, issueDate, prefix);
  const result: InvoiceResult = {
    statements,
    issued: plan.issued,
    unchanged: plan.unchanged,
    notInvoiced: decided.notInvoiced,
    issues: decided.issues,
    sheets: [],
  };
  if (!write) return result;
  await checkNewNames(port, plan.issued);

  // Register: created once, then only appended to.
  const rows = plan.issued.map((d) => registerRow(d, contentText(d)));
  const hasRegister = register.length > 0 || (await port.readTable(REGISTER_SHEET)) !== null;
  if (rows.length > 0) {
    if (hasRegister) {
      if (!port.appendRows) throw new RunError(t("invoicing.cannotAppendRegister"));
      await port.appendRows(REGISTER_SHEET, rows);
    } else await port.writeSheets([registerSheet(rows)], REGISTER_KEY, []);
    result.sheets.push(REGISTER_SHEET);
  }

  // Documents: every document of the month, rebuilt from the register (identical: same content, number and
  // date) and followed by the new ones, so that the month's sheets stay in number order.
  const existing = new Set(
    (await port.generatedSheets()).filter((g) => g.key === INVOICES_KEY).map((g) => sheetKey(g.name)),
  );
  const docs = [...register.filter((e) => e.month === month).map((e) => e.doc), ...plan.issued];
  const replace = docs.map(invoiceSheetName).filter((n) => existing.has(sheetKey(n)));
  if (docs.length > 0) await port.writeSheets(docs.map(invoiceSheet), INVOICES_KEY, replace);
  result.sheets.push(...docs.map(invoiceSheetName));

  // The month's checks, again, with the invoicing lines.
  const checksName = checksSheetName(month);
  await port.writeSheets(
    [checksSheet(checksName, month, sortIssues([...statements.issues, ...decided.issues]))],
    month,
    [checksName],
  );
  result.sheets.push(checksName);
  return result;
}

/**
 * A new document's sheet name already taken (a user's sheet, or an invoice sheet left from a register that
 * was deleted) would stop the write half-way: refuse before the register is touched.
 */
async function checkNewNames(port: WorkbookPort, docs: readonly InvoiceDocument[]): Promise<void> {
  const taken = new Map((await port.sheetNames()).map((n) => [sheetKey(n), n]));
  for (const d of docs) {
    const clash = taken.get(sheetKey(invoiceSheetName(d)));
    if (clash !== undefined) {
      throw new RunError(t("invoicing.sheetNumberTaken", { sheet: clash }));
    }
  }
}
