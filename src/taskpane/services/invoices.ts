/**
 * The pane's invoicing step (same code as `npm run invoices`: src/invoicing/run.ts) on any workbook port:
 * first a preview (the statements computed, nothing written) that says how many invoices, credit notes and
 * producers left out the issue will make, then the issue itself into the workbook.
 */
import { frNumber } from "../../engine";
import type { NotInvoiced } from "../../invoicing/eligibility";
import { printedDocuments, runInvoices, type InvoiceResult } from "../../invoicing/run";
import { readLetterhead } from "../../invoicing/letterhead";
import type { MonthPdfSource } from "./pdf";
import type { WorkbookPort } from "../../workbook/port";
import type { Download } from "./types";
import { message, t } from "../../messages";

export interface InvoiceCounts {
  invoices: number;
  creditNotes: number;
  /** The month's invoices kept with their number. */
  unchanged: number;
  notInvoiced: NotInvoiced[];
}

export interface InvoicesOutcome extends InvoiceCounts {
  /** "F2025-000001 facture P001 TTC 39 219,84 €, net 38 100,00 €", in register order, in the pane's language. */
  lines: string[];
  /** @deprecated Never set since the working workbook (issue 15): downloadWorkbook() gives every action's result. */
  download?: Download;
  /** « Télécharger les PDF » after the issue: the statements, and the invoices issued or kept this month. */
  pdfs: MonthPdfSource;
}

export interface InvoiceRequest {
  month: string;
  grid?: string;
  issueDate: string;
}

export interface InvoicesActions {
  /** What the issue would do, nothing written (a bad date or register is reported here already). */
  preview(request: InvoiceRequest): Promise<InvoiceCounts>;
  /** Issues the month's invoices into the workbook. */
  issue(request: InvoiceRequest): Promise<InvoicesOutcome>;
}

export function countsOf(r: InvoiceResult): InvoiceCounts {
  const creditNotes = r.issued.filter((d) => d.type === "avoir").length;
  return {
    invoices: r.issued.length - creditNotes,
    creditNotes,
    unchanged: r.unchanged.length,
    notInvoiced: r.notInvoiced,
  };
}

export async function previewOn(port: WorkbookPort, request: InvoiceRequest): Promise<InvoiceCounts> {
  return countsOf(
    await runInvoices(port, {
      month: request.month,
      grid: request.grid,
      issueDate: request.issueDate,
      write: false,
      rolling: false,
    }),
  );
}

export async function issueOn(port: WorkbookPort, request: InvoiceRequest): Promise<InvoicesOutcome> {
  // Before the issue's writes (Office.js: a read after them loads the workbook again).
  const heading = await readLetterhead(port);
  // keepSheets: the statements' laid-out sheets, for « Télécharger les PDF ».
  const r = await runInvoices(port, {
    month: request.month,
    grid: request.grid,
    issueDate: request.issueDate,
    keepSheets: true,
  });
  return {
    ...countsOf(r),
    // As `npm run invoices --pdf`: the invoices kept with their number, then those issued now.
    pdfs: {
      result: r.statements,
      letterhead: heading.letterhead,
      letterheadProblem: heading.problem,
      invoices: printedDocuments(r),
    },
    lines: r.issued.map((d) =>
      t("pane.invoiceLine", {
        number: d.number,
        // The register's word (facture, avoir) is its identifier; the pane says it in its language.
        type: message(d.type === "avoir" ? "pane.invoiceTypeCredit" : "pane.invoiceTypeInvoice"),
        producer: d.producer,
        ttc: frNumber(d.ttc, 2),
        net: frNumber(d.net, 2),
        cancels: d.cancels ? message("pane.invoiceCancels", { number: d.cancels }) : "",
      }),
    ),
  };
}
