/**
 * Numbering an issue (invoices.md, "Numbering and the register"): one continuous, chronological series per
 * prefix and calendar year of issue, `<Préfixe><YYYY>-<NNNNNN>`, continued from the register.
 *
 * For each producer of the month that can be invoiced, against his live invoice for that month (the last
 * invoice not cancelled by a credit note):
 *  - same content (same fingerprint): no new number; the invoice is rewritten identically from the register;
 *  - different content: a credit note cancelling the live invoice whole, then a new invoice, next numbers;
 *  - none: a new invoice.
 * Producers not invoiced this time keep whatever they have (never cancelled behind the accountant's back).
 */
import { daysInMonth, frDate, type IsoDate, type YearMonth } from "../engine";
import { RunError } from "../inputs/issues";
import { t } from "../messages";
import { creditNoteFor, finish } from "./document";
import { formatNumber, type RegisterEntry } from "./register";
import type { InvoiceDocument } from "./types";

export interface IssuePlan {
  /** Documents numbered by this issue, in register order (credit note before the invoice replacing it). */
  issued: InvoiceDocument[];
  /** Live invoices of the month whose content did not change: their number is kept. */
  unchanged: InvoiceDocument[];
}

/** The last day of a month, "2025-03-31". */
export function monthEnd(month: YearMonth): IsoDate {
  return `${month}-${String(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))).padStart(2, "0")}`;
}

/**
 * Stops before anything is written when the issue date would break the register's chronology, or would
 * invoice a month not yet delivered in full.
 */
export function checkIssueDate(register: readonly RegisterEntry[], month: YearMonth, issueDate: IsoDate): void {
  const last = register[register.length - 1];
  if (last && issueDate < last.issueDate) {
    throw new RunError(
      t("invoicing.issueDateBeforeLast", {
        date: frDate(issueDate),
        number: last.number,
        lastDate: frDate(last.issueDate),
        row: last.row,
      }),
    );
  }
  if (issueDate < monthEnd(month)) {
    throw new RunError(
      t("invoicing.issueDateBeforeMonthEnd", { date: frDate(issueDate), month, monthEnd: frDate(monthEnd(month)) }),
    );
  }
}

/** The live invoice of each producer for `month`, by producer code. */
export function liveInvoices(register: readonly RegisterEntry[], month: YearMonth): Map<string, RegisterEntry> {
  const cancelled = new Set(register.filter((e) => e.type === "avoir").map((e) => e.cancels));
  const live = new Map<string, RegisterEntry>();
  for (const e of register)
    if (e.type === "facture" && e.month === month && !cancelled.has(e.number)) live.set(e.producer.toUpperCase(), e);
  return live;
}

/** Numbers the month's candidate invoices against the register (see the file comment). Pure. */
export function planIssue(
  register: readonly RegisterEntry[],
  month: YearMonth,
  candidates: readonly InvoiceDocument[],
  issueDate: IsoDate,
  prefix: string,
): IssuePlan {
  checkIssueDate(register, month, issueDate);
  const year = issueDate.slice(0, 4);
  let seq = 0;
  for (const e of register) if (e.prefix === prefix && e.year === year && e.seq > seq) seq = e.seq;
  const live = liveInvoices(register, month);
  const issued: InvoiceDocument[] = [];
  const unchanged: InvoiceDocument[] = [];
  const number = (doc: InvoiceDocument): InvoiceDocument => {
    doc.number = formatNumber(prefix, year, ++seq);
    doc.issueDate = issueDate;
    issued.push(doc);
    return doc;
  };
  for (const candidate of candidates) {
    const current = live.get(candidate.producer.toUpperCase());
    if (current && current.fingerprint === candidate.fingerprint) {
      unchanged.push(current.doc);
      continue;
    }
    if (current) number(creditNoteFor(current.doc));
    number(finish({ ...candidate }));
  }
  return { issued, unchanged };
}
