/**
 * The invoices command's --json: every document issued this time and every producer not invoiced, numbers
 * as plain JSON numbers holding the rounded decimals (workbook.md).
 */
import type { InvoiceResult } from "./run";

export interface IssuedJson {
  number: string;
  type: "facture" | "avoir";
  producer: string;
  buyer: string;
  ht: number;
  vat: number;
  ttc: number;
  withholdings: number;
  net: number;
  cancels: string | null;
}

export interface InvoicesJson {
  month: string;
  issued: IssuedJson[];
  notInvoiced: { producer: string; reason: string }[];
}

export function invoicesJson(r: InvoiceResult): InvoicesJson {
  return {
    month: r.statements.month,
    issued: r.issued.map((d) => ({
      number: d.number,
      type: d.type,
      producer: d.producer,
      buyer: d.buyerCode,
      ht: d.ht.toNumber(),
      vat: d.vat.toNumber(),
      ttc: d.ttc.toNumber(),
      withholdings: d.withholdingsTotal.toNumber(),
      net: d.net.toNumber(),
      cancels: d.cancels,
    })),
    notInvoiced: r.notInvoiced.map((n) => ({ producer: n.producer, reason: n.reason })),
  };
}
