/**
 * An invoice or credit note (InvoiceDocument, src/invoicing/types.ts) as PDF, with every mention of
 * shared/spec/invoices.md « What each invoice shows » (CGI annexe II art. 242 nonies A, Code de commerce L441-9):
 * « Facture » / « Avoir », number, issue date, period; seller (the producer) and buyer (the dairy) with address,
 * SIREN and VAT number (the seller's only when assujetti); the mandate or autofacturation mention; one line per
 * statement line (quantity and unit, unit price excluding VAT, amount excluding VAT); HT; VAT at the month's rate
 * and TTC, or the forfait mention with the flat-rate refund base as information; withholdings and net to pay;
 * due date, late-payment penalties and the 40 € recovery indemnity. A credit note names the invoice it cancels.
 *
 * Figures are printed, never computed, except the forfait refund shown for information (5,59 % × HT, rounded
 * half up to the cent): the invoice's amounts are the invoicing step's.
 *
 * `drawInvoice(pdf, doc)` draws on a pdfkit document that the Factur-X step creates (PDF/A-3): create it with
 * size "A4"; its automatic first page, if any, is used.
 */
import { Decimal, frDate, type IsoDate, type YearMonth } from "../../engine";
import { frNumber, frRounded } from "../../engine/format";
import type { InvoiceDocument, InvoiceLine, Party } from "../../invoicing/types";
import { monthLabel } from "../../run/cells";
import { paragraph, sideBySide } from "./blocks";
import { newPdf, pdfBytes } from "./document";
import { BOLD, REGULAR, type PdfFonts } from "./fonts";
import { drawDocument, gap, pageBox, useFonts, type Block } from "./layout";
import { addressLines, drawHead, headHeight, sirenText } from "./letterhead";
import { fitColumns, rowBlock, type Cell, type Column } from "./sheet";
import type { TextStyle } from "./text";

const SIZE = 9;
const BODY: TextStyle = { font: REGULAR, size: SIZE };
const STRONG: TextStyle = { font: BOLD, size: SIZE };
const LABEL: TextStyle = { font: BOLD, size: 8, color: "#1f3a5a" };
const SMALL: TextStyle = { font: REGULAR, size: 8, color: "#333333" };

/** Flat-rate refund of a farmer under the remboursement forfaitaire, for milk since 2014 (CGI art. 298 quater I bis). */
export const FORFAIT_REFUND_RATE = new Decimal("5.59");

export const MENTION = {
  forfait: "TVA non applicable : exploitant agricole au remboursement forfaitaire (art. 298 quater du CGI)",
  indemnity:
    "Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 € (art. L441-10 et D441-5 du Code de commerce)",
  noDiscount: "Pas d'escompte pour paiement anticipé",
  /** When the OP table gives no penalty text: the rate the law applies when the contract is silent (L441-10 II). */
  defaultPenalties:
    "taux de la Banque centrale européenne à son opération de refinancement la plus récente, majoré de 10 points (art. L441-10 du Code de commerce)",
} as const;

export function currencySymbol(currency: string): string {
  return currency === "EUR" ? "€" : currency;
}

export function money(value: Decimal, currency: string): string {
  return `${frRounded(value, 2)} ${currencySymbol(currency)}`;
}

/** A unit price with at least two decimals (a rate of 0,125 keeps its third). */
function unitPrice(value: Decimal): string {
  return frNumber(value, Math.max(2, value.decimalPlaces()));
}

export function invoiceTitle(doc: InvoiceDocument): string {
  return doc.type === "avoir" ? "Avoir" : doc.mode === "autofacturation" ? "Facture (autofacturation)" : "Facture";
}

/** First and last day of the month delivered. */
function monthBounds(month: YearMonth): [IsoDate, IsoDate] {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return [`${month}-01` as IsoDate, `${month}-${String(last).padStart(2, "0")}` as IsoDate];
}

/**
 * The legal mentions, in print order. Each required one is taken from `doc.mentions` when the invoicing step
 * wrote it (recognised by its key words), else written here; mentions of `doc.mentions` not recognised are
 * printed after them.
 */
export function invoiceMentions(doc: InvoiceDocument): string[] {
  const own = [...doc.mentions];
  const take = (pattern: RegExp, fallback: string): string => {
    const i = own.findIndex((m) => pattern.test(m));
    return i < 0 ? fallback : own.splice(i, 1)[0];
  };
  const out: string[] = [];
  if (doc.mode === "mandat") {
    const date = doc.mandateDate ? ` du ${frDate(doc.mandateDate)}` : "";
    out.push(
      take(
        /au nom et pour le compte/i,
        `Facture établie par ${doc.op.name} au nom et pour le compte de ${doc.seller.name}, mandat de facturation${date}`,
      ),
    );
  } else out.push(take(/^autofacturation/i, "Autofacturation"));
  if (doc.vatRegime === "forfait") out.push(take(/298 quater/i, MENTION.forfait));
  // The invoicing step's « Pour information : base du remboursement forfaitaire… » is printed with its amount above.
  if (doc.vatRegime === "forfait") take(/^Pour information : base du remboursement forfaitaire/i, "");
  out.push(
    take(/p[ée]nalit[ée]s de retard/i, `Pénalités de retard : ${doc.op.latePenaltyText ?? MENTION.defaultPenalties}`),
  );
  out.push(take(/40(,00)?\s*€/, MENTION.indemnity)); // « 40,00 € » as the invoicing step writes it
  out.push(take(/escompte/i, MENTION.noDiscount));
  return [...out, ...own];
}

function partyLines(title: string, p: Party, vat: boolean): { text: string; style: TextStyle }[] {
  return [
    { text: title, style: LABEL },
    { text: p.name, style: STRONG },
    ...addressLines(p).map((text) => ({ text, style: BODY })),
    { text: `SIREN ${sirenText(p.siren)}`, style: BODY },
    ...(vat && p.vatNumber ? [{ text: `N° TVA intracommunautaire ${p.vatNumber}`, style: BODY }] : []),
  ];
}

const cell = (col: number, text: string, numeric = false, style: Cell["style"] = "text"): Cell => ({
  col,
  text,
  numeric,
  style,
});

function lineCells(l: InvoiceLine, currency: string): Cell[] {
  const symbol = currencySymbol(currency);
  const lump = l.unit === "forfait";
  const basis = l.priceBasis.equals(1) ? "" : `${frNumber(l.priceBasis)} `;
  return [
    cell(0, l.description),
    cell(1, lump ? "forfait" : `${frNumber(l.quantity)} ${l.unit}`, true),
    cell(
      2,
      lump ? `${unitPrice(l.unitPrice)} ${symbol}` : `${unitPrice(l.unitPrice)} ${symbol}/${basis}${l.unit}`,
      true,
    ),
    cell(3, frRounded(l.amount, 2), true),
  ];
}

/** The totals: HT, VAT or none, TTC, withholdings, net to pay (label in columns 1–2, amount in column 3). */
function totalRows(
  pdf: PDFKit.PDFDocument,
  doc: InvoiceDocument,
  columns: Column[],
  byIndex: Map<number, number>,
): Block[] {
  const row = (label: string, amount: Decimal, style: Cell["style"] = "text") =>
    rowBlock(
      pdf,
      [cell(1, label, false, style === "total" ? "header" : style), cell(3, money(amount, doc.currency), true, style)],
      columns,
      byIndex,
      SIZE,
      false,
    );
  const rows: Block[] = [row("Total HT", doc.ht, "total")];
  if (doc.vatRegime === "assujetti") {
    rows.push(row(`TVA ${frNumber(doc.vatRate ?? new Decimal(0))} %`, doc.vat));
    rows.push(row("Total TTC", doc.ttc, "header"));
  } else rows.push(row("Total (TVA non applicable)", doc.ttc, "header"));
  const perUnit = doc.lines.find((l) => l.unit !== "forfait");
  const basis = perUnit && !perUnit.priceBasis.equals(1) ? `${frNumber(perUnit.priceBasis)} ` : "";
  for (const w of doc.withholdings) {
    const base =
      w.base === "montant"
        ? `${frNumber(w.rate)} % du montant HT`
        : `${frNumber(w.rate)} ${currencySymbol(doc.currency)}/${basis}${doc.volumeUnit} × ${frNumber(doc.volume)} ${doc.volumeUnit}`;
    rows.push(row(`Retenue ${w.label} (${base})`, w.amount.negated()));
  }
  if (doc.withholdings.length > 1) rows.push(row("Total des retenues", doc.withholdingsTotal.negated()));
  rows.push(row(doc.type === "avoir" ? "Net à déduire" : "Net à payer", doc.net, "total"));
  return rows;
}

function invoiceBlocks(pdf: PDFKit.PDFDocument, doc: InvoiceDocument, x: number, width: number): Block[] {
  const blocks: Block[] = [];
  const half = width / 2;
  blocks.push(
    sideBySide(pdf, [
      { x, width: half - 8, lines: partyLines("Vendeur (producteur)", doc.seller, doc.vatRegime === "assujetti") },
      { x: x + half, width: half, lines: partyLines("Acheteur", doc.buyer, true) },
    ]),
  );
  blocks.push(gap(6));
  const [first, last] = monthBounds(doc.month);
  const facts = [
    `${invoiceTitle(doc)} N° ${doc.number}`,
    `Date d'émission : ${frDate(doc.issueDate)}`,
    `Période : ${monthLabel(doc.month)} (livraisons du ${frDate(first)} au ${frDate(last)})`,
    `Date d'échéance : ${frDate(doc.dueDate)}`,
  ];
  if (doc.type === "avoir") facts.push(`Avoir annulant la facture N° ${doc.cancels ?? "(non précisée)"}`);
  for (const f of facts)
    blocks.push(paragraph(pdf, f, f === facts[0] || f.startsWith("Avoir annulant") ? STRONG : BODY, x, width, 1));
  blocks.push(gap(4));
  blocks.push(paragraph(pdf, invoiceMentions(doc)[0], STRONG, x, width, 4));

  const columns = fitColumns([46, 16, 22, 16], 4, x, width);
  const byIndex = new Map(columns.map((c, i) => [c.index, i]));
  const header = rowBlock(
    pdf,
    [
      cell(0, "Désignation", false, "header"),
      cell(1, "Quantité", true, "header"),
      cell(2, "Prix unitaire HT", true, "header"),
      cell(3, `Montant HT (${currencySymbol(doc.currency)})`, true, "header"),
    ],
    columns,
    byIndex,
    SIZE,
    true,
  );
  header.keepWithNext = true;
  blocks.push(header);
  for (const l of doc.lines) {
    const b = rowBlock(pdf, lineCells(l, doc.currency), columns, byIndex, SIZE, false);
    b.repeat = header;
    blocks.push(b);
  }
  blocks.push(gap(4));
  blocks.push(...totalRows(pdf, doc, columns, byIndex));
  blocks.push(gap(8));
  if (doc.vatRegime === "forfait") {
    const refund = doc.ht.times(FORFAIT_REFUND_RATE).div(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    blocks.push(
      paragraph(
        pdf,
        `Pour information : base du remboursement forfaitaire ${money(doc.ht, doc.currency)} HT, taux ${frNumber(FORFAIT_REFUND_RATE)} % (lait, art. 298 quater I bis du CGI), soit ${money(refund, doc.currency)}.`,
        SMALL,
        x,
        width,
        4,
      ),
    );
  }
  blocks.push(paragraph(pdf, `Paiement à échéance du ${frDate(doc.dueDate)}.`, BODY, x, width, 2));
  for (const m of invoiceMentions(doc).slice(1))
    blocks.push(paragraph(pdf, m.endsWith(".") ? m : `${m}.`, SMALL, x, width, 2));
  return blocks;
}

/** Draws the invoice on new pages of `pdf` (or on its first, unused page); returns its page count. */
export function drawInvoice(pdf: PDFKit.PDFDocument, doc: InvoiceDocument, fonts?: PdfFonts): number {
  if (fonts) useFonts(pdf, fonts);
  const letterhead = doc.op;
  const box = pageBox("portrait", headHeight(letterhead));
  const title = invoiceTitle(doc);
  const blocks = invoiceBlocks(pdf, doc, box.left, box.right - box.left);
  return drawDocument(pdf, blocks, {
    box,
    first: (p) => drawHead(p, box, letterhead, title, `N° ${doc.number}`),
    runningHead: `${title} N° ${doc.number} — ${doc.seller.name} → ${doc.buyer.name}`,
    footer: `${title} N° ${doc.number} — ${monthLabel(doc.month)} — ${doc.producer}`,
  });
}

export function invoicePdfWith(doc: InvoiceDocument, fonts: PdfFonts): Promise<Uint8Array> {
  const pdf = newPdf(fonts, {
    title: `${invoiceTitle(doc)} ${doc.number}`,
    author: doc.mode === "mandat" ? doc.op.name : doc.buyer.name,
    subject: `${monthLabel(doc.month)} ${doc.producer}`,
  });
  drawInvoice(pdf, doc);
  return pdfBytes(pdf);
}
