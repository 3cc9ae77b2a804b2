/**
 * Who gets an invoice for the month (invoices.md): a producer with a statement, a Régime TVA, a buyer, a
 * billing mandate in `mandat` mode, readable invoicing values, known withholdings, a grid in euros and
 * something to invoice. Everyone else is listed with the reason, in the JSON and in the checks sheet; a
 * reason is never guessed around (no Régime TVA → no invoice, never a default regime).
 */
import { codeKey } from "../inputs";
import { t } from "../messages";
import { whereText, type Issue } from "../inputs/issues";
import type { ProducerOutcome, RunResult } from "../run/types";
import { buildInvoice } from "./document";
import { DEFAULT_VAT_RATE, missingFields, toParty, vatRateFor, type BuyerRow, type InvoicingInputs } from "./inputs";
import type { InvoiceDocument } from "./types";
import type { IsoDate } from "../engine";

export interface NotInvoiced {
  producer: string;
  reason: string;
}

export interface Eligibility {
  candidates: InvoiceDocument[];
  notInvoiced: NotInvoiced[];
  /** For the checks sheet: the invoicing tables' bad values, then one line per producer left out (CHF once). */
  issues: Issue[];
}

function firstIssue(issues: readonly Issue[]): string {
  const i = issues[0];
  const where = whereText(i);
  return where ? t("invoicing.issueAt", { where, message: i.message }) : i.message;
}

/**
 * The producer's buyer row, or why it cannot be told. An Acheteurs row whose Code is blank or unreadable
 * (#N/A…) may be the one meant: a producer whose buyer is not found among the readable codes — or, with a
 * blank Acheteur, the only row when that row is unreadable — is withheld naming that row, never matched to
 * another buyer by guess. A producer whose code is found among the readable rows is invoiced to that row (the
 * unreadable row stays listed in the checks).
 */
function buyerFor(inputs: InvoicingInputs, code: string | null): BuyerRow | string {
  const rows = inputs.buyers.rows.filter((b) => b.code !== null);
  const unreadable = inputs.buyers.rows.filter((b) => b.code === null);
  const because = unreadable.length
    ? t("invoicing.unreadableBuyerCode", { issue: firstIssue(unreadable[0].issues) })
    : "";
  const sheet = inputs.buyers.sheet;
  if (code === null) {
    const all = inputs.buyers.rows.length;
    if (all === 1 && rows.length === 1) return rows[0];
    if (all === 0) return t("invoicing.noBuyer", { sheet });
    if (all === 1) return t("invoicing.buyerBlankOnlyRowUnreadable", { sheet, because });
    return t("invoicing.buyerBlankSeveral", { sheet, n: all });
  }
  const found = rows.filter((b) => codeKey(b.code!) === codeKey(code));
  if (found.length === 0) return t("invoicing.buyerNotFound", { code, sheet, because });
  if (found.length > 1) return t("invoicing.buyerDuplicate", { code, sheet, rows: found.map((b) => b.row).join(", ") });
  return found[0];
}

/** The reason a producer with a statement gets no invoice, or his candidate invoice. */
function decide(o: ProducerOutcome, inputs: InvoicingInputs, issueDate: IsoDate): InvoiceDocument | string {
  const s = o.statement!;
  if (s.currency !== "EUR") return t("invoicing.swissGrid", { grid: s.grid, currency: s.currency });
  const op = inputs.op;
  if (!op.settings) return t("invoicing.opUnusable", { issue: firstIssue(op.issues) });
  const w = o.withholdings;
  if (w && "issues" in w) return t("invoicing.withholdingsUnreadable", { issue: firstIssue(w.issues) });
  const p = inputs.producers.get(codeKey(o.code));
  const sheet = inputs.producersSheet;
  if (!p) return t("invoicing.notInProducers", { sheet });
  if (p.issues.length) return t("invoicing.unreadableValue", { issue: firstIssue(p.issues) });
  if (p.regime === null) return t("invoicing.noVatRegime", { sheet, row: p.row });
  const sellerMissing = missingFields(p.fields, p.regime === "assujetti");
  if (sellerMissing.length)
    return t("invoicing.sellerMissing", {
      n: sellerMissing.length,
      fields: sellerMissing.join(", "),
      sheet,
      row: p.row,
    });
  if (op.settings.mode === "mandat") {
    if (p.mandate === null) return t("invoicing.noMandate", { sheet, row: p.row });
    if (p.mandate > issueDate) return t("invoicing.mandateAfterIssue", { date: p.mandate });
  }
  const buyer = buyerFor(inputs, p.buyer);
  if (typeof buyer === "string") return buyer;
  if (buyer.issues.length)
    return t("invoicing.buyerUnreadable", { code: String(buyer.code), issue: firstIssue(buyer.issues) });
  const buyerMissing = missingFields(buyer.fields, true);
  if (buyerMissing.length) {
    const fields = buyerMissing.join(", ");
    return t("invoicing.buyerMissingFields", {
      code: String(buyer.code),
      fields,
      sheet: inputs.buyers.sheet,
      row: buyer.row,
    });
  }
  const rate = vatRateFor(inputs, s.month);
  if ("issues" in rate && p.regime === "assujetti")
    return t("invoicing.vatRateUnreadable", { month: s.month, issue: firstIssue(rate.issues) });
  if (s.total.lte(0))
    return t(s.total.isZero() ? "invoicing.zeroAmount" : "invoicing.negativeAmount", { month: s.month });
  return buildInvoice(s, w && "lines" in w ? w.lines : [], o.input!.grid.amountDivisor, {
    producer: o.code,
    buyerCode: buyer.code!,
    seller: toParty(p.fields),
    buyer: toParty(buyer.fields),
    op: op.settings,
    mandateDate: p.mandate,
    vatRegime: p.regime,
    // Forfait: no VAT, the rate is not used (an unreadable TauxTVA row does not withhold a forfait invoice).
    vatRate: "rate" in rate ? rate.rate : DEFAULT_VAT_RATE,
  });
}

export function eligibility(result: RunResult, inputs: InvoicingInputs, issueDate: IsoDate): Eligibility {
  const candidates: InvoiceDocument[] = [];
  const notInvoiced: NotInvoiced[] = [];
  const issues: Issue[] = [];
  const seen = new Set<Issue>();
  const addIssues = (list: readonly Issue[]) => {
    for (const i of list)
      if (!seen.has(i)) {
        seen.add(i);
        issues.push(i);
      }
  };
  addIssues(inputs.op.issues);
  const currencies = new Map<string, string[]>();
  for (const o of result.producers) {
    let reason: string;
    if (o.status === "no-consent") reason = t("invoicing.noConsent");
    else if (o.status === "error") reason = t("invoicing.withheld");
    else {
      const d = decide(o, inputs, issueDate);
      if (typeof d !== "string") {
        candidates.push(d);
        continue;
      }
      reason = d;
      if (o.statement!.currency !== "EUR") {
        const list = currencies.get(o.statement!.grid) ?? [];
        list.push(o.code);
        currencies.set(o.statement!.grid, list);
        notInvoiced.push({ producer: o.code, reason });
        continue;
      }
    }
    notInvoiced.push({ producer: o.code, reason });
    const p = inputs.producers.get(codeKey(o.code));
    if (p) addIssues(p.issues);
    issues.push({
      severity: "warning",
      code: "INVOICE",
      producer: o.code,
      message: t("invoicing.noInvoice", { reason }),
    });
  }
  for (const [grid, codes] of currencies) {
    issues.push({
      severity: "warning",
      code: "INVOICE",
      message: t("invoicing.noInvoiceForGrid", { n: codes.length, grid }),
    });
  }
  for (const b of inputs.buyers.rows) addIssues(b.issues);
  if (inputs.vatRates) for (const r of inputs.vatRates.rows) addIssues(r.issues);
  return { candidates, notInvoiced, issues };
}
