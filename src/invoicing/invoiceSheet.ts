/**
 * One invoice or credit note as a printable sheet (A4 portrait, one page wide, French), carrying every
 * mention of invoices.md "What each invoice shows": title and number, issue date, period, due date; seller
 * (the producer) and buyer (the dairy) with name, address, SIREN and VAT number; the mandate or
 * autofacturation mention; one line per statement line (description, quantity and unit, unit price excluding
 * VAT, amount excluding VAT); HT, VAT and TTC, or the forfait mention with the flat-rate refund base; the
 * withholdings and the net to pay; payment terms, late-payment penalties and the 40 € recovery indemnity.
 */
import { frDate, frNumber } from "../engine";
import { EMPTY, monthLabel, num, text, wrap } from "../run/cells";
import { isoToSerial } from "../inputs";
import type { OutputCell, OutputSheet } from "../workbook/port";
import { monthEnd } from "./numbering";
import type { InvoiceDocument, Party } from "./types";

const WIDTHS = [40, 12, 8, 14, 12, 15];
const NOTE_WIDTH = 95;

function date(iso: string): OutputCell {
  return { value: isoToSerial(iso), style: "date" };
}

function partyRows(p: Party, withVat: boolean): string[] {
  const rows = [p.name, p.address, `${p.postalCode} ${p.city}`, `SIREN ${p.siren}`];
  if (withVat && p.vatNumber) rows.push(`N° TVA ${p.vatNumber}`);
  return rows;
}

/** Sheet name of a document: its number (within Excel's 31 characters: prefix ≤ 10 + 12). */
export function invoiceSheetName(doc: InvoiceDocument): string {
  return doc.number;
}

type Row = OutputCell[] | null;

/** A long mention wrapped into note rows. */
function note(value: string): Row[] {
  return wrap(value, NOTE_WIDTH).map((line) => [text(line, "note")]);
}

/** A total or withholding row: label first, figure in the last column. */
function amountRow(label: OutputCell, amount: OutputCell): Row {
  return [label, EMPTY, EMPTY, EMPTY, EMPTY, amount];
}

/** Title and number, issue date, period, due date, the invoice a credit note cancels. */
function headRows(doc: InvoiceDocument): Row[] {
  const title = doc.type === "facture" ? "Facture" : "Avoir";
  const period = `${monthLabel(doc.month)} : livraisons du ${frDate(`${doc.month}-01`)} au ${frDate(monthEnd(doc.month))}`;
  return [
    [text(`${title} n° ${doc.number}`, "title")],
    [text("Date d'émission"), date(doc.issueDate)],
    [text("Période"), text(period)],
    [text("Date d'échéance"), date(doc.dueDate)],
    ...(doc.cancels ? [[text("Annule la facture"), text(doc.cancels)]] : []),
    null,
  ];
}

/** Seller (the producer) on the left, buyer (the dairy) on the right; then the mandate or autofacturation. */
function partiesRows(doc: InvoiceDocument): Row[] {
  const rows: Row[] = [[text("Vendeur (producteur)", "header"), EMPTY, EMPTY, text("Acheteur (laiterie)", "header")]];
  const seller = partyRows(doc.seller, doc.vatRegime === "assujetti");
  const buyer = partyRows(doc.buyer, true);
  for (let i = 0; i < Math.max(seller.length, buyer.length); i++)
    rows.push([text(seller[i] ?? null), EMPTY, EMPTY, text(buyer[i] ?? null)]);
  rows.push([
    text(`Code producteur ${doc.producer}`, "note"),
    EMPTY,
    EMPTY,
    text(`Code acheteur ${doc.buyerCode}`, "note"),
  ]);
  return [...rows, null, ...note(doc.mentions[0]), null];
}

/** The statement's lines, as they are, then HT, VAT and TTC (or the flat-rate mentions). */
function linesRows(doc: InvoiceDocument): Row[] {
  const rows: Row[] = [
    [
      text("Désignation", "header"),
      text("Quantité", "header"),
      text("Unité", "header"),
      text(`Prix unitaire HT`, "header"),
      text("pour", "header"),
      text(`Montant HT (${doc.currency})`, "header"),
    ],
  ];
  for (const l of doc.lines) {
    const perUnit = l.unit !== "forfait";
    rows.push([
      text(l.description),
      num(l.quantity, l.quantity.isInteger() ? "count" : "decimal2"),
      text(l.unit),
      num(l.unitPrice, perUnit ? "rate" : "money"),
      text(perUnit ? `${frNumber(l.priceBasis)} ${l.unit}` : "forfait"),
      num(l.amount, "money"),
    ]);
  }
  rows.push(amountRow(text("Total HT", "header"), num(doc.ht, "total")));
  if (doc.vatRegime === "assujetti") {
    rows.push(amountRow(text(`TVA ${frNumber(doc.vatRate!)} %`), num(doc.vat, "money")));
    rows.push(amountRow(text("Total TTC", "header"), num(doc.ttc, "total")));
  } else {
    rows.push(amountRow(text("Total TTC (sans TVA)", "header"), num(doc.ttc, "total")));
    for (const m of doc.mentions.filter((m) => m.startsWith("TVA non applicable") || m.startsWith("Pour information")))
      rows.push(...note(m));
  }
  return [...rows, null];
}

/** Withholdings: outside the VAT base, deducted from what the buyer pays; then the net to pay. */
function withholdingRows(doc: InvoiceDocument): Row[] {
  const rows: Row[] = [];
  if (doc.withholdings.length > 0) {
    rows.push([
      text("Retenues (hors base TVA)", "header"),
      EMPTY,
      EMPTY,
      text("Taux", "header"),
      EMPTY,
      text(`Montant (${doc.currency})`, "header"),
    ]);
    for (const w of doc.withholdings) {
      rows.push([
        text(w.label),
        EMPTY,
        EMPTY,
        w.base === "volume" ? num(w.rate, "rate") : text(`${frNumber(w.rate)} %`),
        text(
          w.base === "volume"
            ? `par ${frNumber(doc.lines.find((l) => l.unit !== "forfait")?.priceBasis ?? w.rate)} ${doc.volumeUnit}`
            : "du HT",
        ),
        num(w.amount.negated(), "money"),
      ]);
    }
  } else rows.push(amountRow(text("Retenues"), num(doc.withholdingsTotal, "money")));
  return [...rows, amountRow(text("Net à payer", "header"), num(doc.net, "total")), null];
}

/** Payment terms, penalties and indemnity, then who issued the document and its fingerprint. */
function paymentRows(doc: InvoiceDocument): Row[] {
  const terms = doc.mentions.filter(
    (m) => m.startsWith("Pénalités") || m.startsWith("Indemnité") || m.startsWith("Avoir annulant"),
  );
  return [
    [text("Conditions de paiement", "header")],
    ...note(
      `Échéance : ${frDate(doc.dueDate)} (fin du mois livré + ${doc.op.paymentDays} jours). Pas d'escompte pour paiement anticipé.`,
    ),
    ...terms.flatMap(note),
    null,
    ...note(
      `Émis par ${doc.op.name} (SIREN ${doc.op.siren}) — registre des factures n° ${doc.number} — empreinte ${doc.fingerprint.slice(0, 16)}…`,
    ),
  ];
}

export function invoiceSheet(doc: InvoiceDocument): OutputSheet {
  const rows = [...headRows(doc), ...partiesRows(doc), ...linesRows(doc), ...withholdingRows(doc), ...paymentRows(doc)];
  return {
    name: invoiceSheetName(doc),
    rows,
    columnWidths: WIDTHS,
    print: { orientation: "portrait", fitToOnePage: true, area: `A1:F${rows.length}` },
  };
}
