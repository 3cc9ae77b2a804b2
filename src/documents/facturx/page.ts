/**
 * A plain one-page rendering of an invoice with every mention of shared/spec/invoices.md (« What each
 * invoice shows »): the page facturXPdf draws when no renderer is given. The documents step passes its
 * own invoice renderer; this one keeps a Factur-X PDF complete and readable without it, and gives the
 * tests a page whose amounts they can read back.
 */
import { frNumber } from "../../engine";
import type { Decimal } from "../../engine";
import type { InvoiceDocument, Party } from "../../invoicing/types";
import { withholdingSign } from "./check";

const LEFT = 50;
const RIGHT = 545; // A4 width 595 − 50
const COLUMNS = { description: LEFT, quantity: 270, price: 360, amount: 455 };

export function drawPlainInvoice(pdf: PDFKit.PDFDocument, doc: InvoiceDocument): void {
  const title = doc.type === "avoir" ? "Avoir" : "Facture";
  pdf.fontSize(18).text(`${title} n° ${doc.number}`, LEFT, 50);
  pdf
    .fontSize(9)
    .text(`Date d'émission : ${frDay(doc.issueDate)}    Période : ${doc.month}    Échéance : ${frDay(doc.dueDate)}`);
  if (doc.cancels) pdf.text(`Annule la facture n° ${doc.cancels}`);
  const top = pdf.y + 12;
  party(pdf, "Vendeur (producteur)", doc.seller, LEFT, top);
  const afterSeller = pdf.y;
  party(pdf, "Acheteur", doc.buyer, 310, top);
  pdf.y = Math.max(afterSeller, pdf.y) + 14;
  lines(pdf, doc);
  totals(pdf, doc);
  pdf.moveDown(1).fontSize(8);
  for (const mention of doc.mentions) pdf.text(mention, LEFT, pdf.y, { width: RIGHT - LEFT });
}

function party(pdf: PDFKit.PDFDocument, role: string, p: Party, x: number, y: number): void {
  pdf.fontSize(8).text(role, x, y).fontSize(10).text(p.name, x, pdf.y, { width: 235 });
  pdf.fontSize(9).text(`${p.address}\n${p.postalCode} ${p.city}`, x, pdf.y, { width: 235 });
  pdf.text(`SIREN ${p.siren}${p.vatNumber ? `    N° TVA ${p.vatNumber}` : ""}`, x, pdf.y, { width: 235 });
}

function lines(pdf: PDFKit.PDFDocument, doc: InvoiceDocument): void {
  row(pdf, ["Désignation", "Quantité", "Prix unitaire HT", `Montant HT (${doc.currency})`], 8);
  pdf.moveTo(LEFT, pdf.y).lineTo(RIGHT, pdf.y).stroke();
  pdf.moveDown(0.3);
  for (const line of doc.lines) {
    const perUnit = line.priceBasis.eq(1) ? "" : ` / ${frNumber(line.priceBasis)} ${line.unit}`;
    row(
      pdf,
      [
        line.description,
        `${frNumber(line.quantity)} ${line.unit}`,
        `${frNumber(line.unitPrice, 2)}${perUnit}`,
        money(line.amount),
      ],
      9,
    );
  }
  pdf.moveTo(LEFT, pdf.y).lineTo(RIGHT, pdf.y).stroke();
  pdf.moveDown(0.3);
}

function row(pdf: PDFKit.PDFDocument, cells: [string, string, string, string], size: number): void {
  const y = pdf.y;
  pdf.fontSize(size);
  pdf.text(cells[0], COLUMNS.description, y, { width: COLUMNS.quantity - COLUMNS.description - 8 });
  const bottom = pdf.y;
  pdf.text(cells[1], COLUMNS.quantity, y, { width: COLUMNS.price - COLUMNS.quantity - 8, align: "right" });
  pdf.text(cells[2], COLUMNS.price, y, { width: COLUMNS.amount - COLUMNS.price - 8, align: "right" });
  pdf.text(cells[3], COLUMNS.amount, y, { width: RIGHT - COLUMNS.amount, align: "right" });
  pdf.y = Math.max(bottom, pdf.y);
}

function totals(pdf: PDFKit.PDFDocument, doc: InvoiceDocument): void {
  const entries: [string, Decimal][] = [["Total HT", doc.ht]];
  if (doc.vatRegime === "assujetti") entries.push([`TVA ${frNumber(doc.vatRate!)} %`, doc.vat], ["Total TTC", doc.ttc]);
  // A withholding is subtracted: shown negative on an invoice, positive on the credit note cancelling it.
  const onDocument = doc.type === "avoir" ? -withholdingSign(doc) : 1;
  for (const w of doc.withholdings) entries.push([w.label, w.amount.times(-onDocument)]);
  entries.push(["Net à payer", doc.net]);
  pdf.fontSize(10);
  for (const [label, value] of entries) {
    const y = pdf.y;
    pdf.text(label, 250, y, { width: COLUMNS.amount - 258 });
    const bottom = pdf.y;
    pdf.text(money(value), COLUMNS.amount, y, { width: RIGHT - COLUMNS.amount, align: "right" });
    pdf.y = Math.max(bottom, pdf.y);
  }
}

function money(value: Decimal): string {
  return frNumber(value, 2);
}

function frDay(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
