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

export function invoiceSheet(doc: InvoiceDocument): OutputSheet {
  const rows: (OutputCell[] | null)[] = [];
  const note = (value: string) => {
    for (const line of wrap(value, NOTE_WIDTH)) rows.push([text(line, "note")]);
  };
  const title = doc.type === "facture" ? "Facture" : "Avoir";
  rows.push([text(`${title} n° ${doc.number}`, "title")]);
  rows.push([text("Date d'émission"), date(doc.issueDate)]);
  rows.push([
    text("Période"),
    text(`${monthLabel(doc.month)} : livraisons du ${frDate(`${doc.month}-01`)} au ${frDate(monthEnd(doc.month))}`),
  ]);
  rows.push([text("Date d'échéance"), date(doc.dueDate)]);
  if (doc.cancels) rows.push([text("Annule la facture"), text(doc.cancels)]);
  rows.push(null);

  // Seller (the producer) on the left, buyer (the dairy) on the right.
  rows.push([text("Vendeur (producteur)", "header"), EMPTY, EMPTY, text("Acheteur (laiterie)", "header")]);
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
  rows.push(null);
  note(doc.mentions[0]); // mandate or autofacturation
  rows.push(null);

  // Lines: the statement's, as they are.
  rows.push([
    text("Désignation", "header"),
    text("Quantité", "header"),
    text("Unité", "header"),
    text(`Prix unitaire HT`, "header"),
    text("pour", "header"),
    text(`Montant HT (${doc.currency})`, "header"),
  ]);
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
  rows.push([text("Total HT", "header"), EMPTY, EMPTY, EMPTY, EMPTY, num(doc.ht, "total")]);
  if (doc.vatRegime === "assujetti") {
    rows.push([text(`TVA ${frNumber(doc.vatRate!)} %`), EMPTY, EMPTY, EMPTY, EMPTY, num(doc.vat, "money")]);
    rows.push([text("Total TTC", "header"), EMPTY, EMPTY, EMPTY, EMPTY, num(doc.ttc, "total")]);
  } else {
    rows.push([text("Total TTC (sans TVA)", "header"), EMPTY, EMPTY, EMPTY, EMPTY, num(doc.ttc, "total")]);
    for (const m of doc.mentions.filter((m) => m.startsWith("TVA non applicable") || m.startsWith("Pour information")))
      note(m);
  }
  rows.push(null);

  // Withholdings: outside the VAT base, deducted from what the buyer pays.
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
  } else rows.push([text("Retenues"), EMPTY, EMPTY, EMPTY, EMPTY, num(doc.withholdingsTotal, "money")]);
  rows.push([text("Net à payer", "header"), EMPTY, EMPTY, EMPTY, EMPTY, num(doc.net, "total")]);
  rows.push(null);

  rows.push([text("Conditions de paiement", "header")]);
  note(
    `Échéance : ${frDate(doc.dueDate)} (fin du mois livré + ${doc.op.paymentDays} jours). Pas d'escompte pour paiement anticipé.`,
  );
  for (const m of doc.mentions.filter(
    (m) => m.startsWith("Pénalités") || m.startsWith("Indemnité") || m.startsWith("Avoir annulant"),
  ))
    note(m);
  rows.push(null);
  note(
    `Émis par ${doc.op.name} (SIREN ${doc.op.siren}) — registre des factures n° ${doc.number} — empreinte ${doc.fingerprint.slice(0, 16)}…`,
  );

  return {
    name: invoiceSheetName(doc),
    rows,
    columnWidths: WIDTHS,
    print: { orientation: "portrait", fitToOnePage: true, area: `A1:F${rows.length}` },
  };
}
