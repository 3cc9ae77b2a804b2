/**
 * The month's documents: one PDF per statement and per invoice or credit note, named
 * `<month> <producer code> releve.pdf` / `<month> <producer code> <number>.pdf`, the summary
 * (`<month> synthese.pdf`), and one combined PDF for printing (`<month> impression.pdf`: each producer's
 * statement then his invoices and credit notes, in the order of the Producteurs table, each document starting
 * on its own page and numbered on its own). Works in Node and in the browser: fonts are passed in.
 */
import type { YearMonth } from "../engine";
import type { InvoiceDocument } from "../invoicing/types";
import { codeKey } from "../inputs";
import { summarySheetName } from "../run/sheetNames";
import type { RunResult } from "../run/types";
import type { OutputSheet } from "../workbook/port";
import { collect, newPdf, pdfBytes } from "./pdf/document";
import { recordDrawing, replay } from "./pdf/replay";
import type { PdfFonts } from "./pdf/fonts";
import { drawInvoice, invoiceTitle } from "./pdf/invoice";
import type { Letterhead } from "./pdf/letterhead";
import { drawStatement, statementReference } from "./pdf/statement";
import { drawSummary } from "./pdf/summary";

export interface MonthDocument {
  fileName: string;
  kind: "releve" | "facture" | "avoir" | "synthese";
  /** Producer code (none for the summary). */
  producer: string | null;
  title: string;
  /** The invoice or credit note drawn (its Factur-X PDF is written instead of the plain one: write.ts, services/pdf.ts). */
  invoice?: InvoiceDocument;
  draw(pdf: PDFKit.PDFDocument): number;
}

export interface MonthDocumentsOptions {
  /** The OP table's letterhead; null without an OP table. */
  letterhead: Letterhead | null;
  /** The month's invoices and credit notes (invoicing step), printed after each producer's statement. */
  invoices?: readonly InvoiceDocument[];
}

/** Characters Windows refuses in file names (and control characters); a name never ends with a dot or space. */
// eslint-disable-next-line no-control-regex -- U+0000 to U+001F are refused by Windows: they must be matched.
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/g;

export function safeFileName(name: string): string {
  return name.replace(FORBIDDEN, "_").replace(/[. ]+$/, "");
}

export function combinedFileName(month: YearMonth): string {
  return `${month} impression.pdf`;
}

/** Hands out file names, adding « (2) » to a name that another document already has (case-insensitively, as Windows compares). */
class FileNamer {
  private readonly taken = new Set<string>();
  constructor(reserved: string[]) {
    for (const r of reserved) this.taken.add(r.toLowerCase());
  }
  take(base: string): string {
    const safe = safeFileName(base);
    let name = `${safe}.pdf`;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) name = `${safe} (${n}).pdf`;
    this.taken.add(name.toLowerCase());
    return name;
  }
}

/**
 * The documents of a run (run with `keepSheets: true`), statements in the order of the Producteurs table, each
 * followed by that producer's invoices and credit notes (in the order given), then invoices of producers
 * without a statement this run; the summary last.
 */
export function monthDocuments(result: RunResult, options: MonthDocumentsOptions): MonthDocument[] {
  if (!result.outputSheets) throw new Error("monthDocuments: the run must keep its sheets (keepSheets: true)");
  const sheets = new Map(result.outputSheets.map((s) => [s.name, s]));
  const month = result.month;
  const namer = new FileNamer([combinedFileName(month)]);
  const invoicesOf = new Map<string, InvoiceDocument[]>();
  for (const inv of options.invoices ?? []) {
    const key = codeKey(inv.producer);
    const list = invoicesOf.get(key);
    if (list) list.push(inv);
    else invoicesOf.set(key, [inv]);
  }
  const docs: MonthDocument[] = [];
  const addInvoices = (key: string) => {
    for (const inv of invoicesOf.get(key) ?? []) {
      docs.push({
        fileName: namer.take(`${month} ${inv.producer} ${inv.number}`),
        kind: inv.type,
        producer: inv.producer,
        title: `${invoiceTitle(inv)} ${inv.number}`,
        invoice: inv,
        draw: (pdf) => drawInvoice(pdf, inv),
      });
    }
    invoicesOf.delete(key);
  };
  for (const o of result.producers) {
    const statement = o.statement;
    const sheet = o.sheet ? sheets.get(o.sheet) : undefined;
    if (statement && sheet) {
      const input = { sheet, statement, producerName: o.name, letterhead: options.letterhead };
      docs.push({
        fileName: namer.take(`${month} ${o.code} releve`),
        kind: "releve",
        producer: o.code,
        title: `Relevé ${statementReference(statement, o.name)}`,
        draw: (pdf) => drawStatement(pdf, input),
      });
    }
    addInvoices(codeKey(o.code));
  }
  for (const key of [...invoicesOf.keys()]) addInvoices(key);
  const summary: OutputSheet | undefined = sheets.get(summarySheetName(month));
  if (summary) {
    docs.push({
      fileName: namer.take(`${month} synthese`),
      kind: "synthese",
      producer: null,
      title: `Synthèse ${month}`,
      draw: (pdf) => drawSummary(pdf, summary, month, options.letterhead),
    });
  }
  return docs;
}

export async function documentPdf(doc: MonthDocument, fonts: PdfFonts, author?: string): Promise<Uint8Array> {
  const pdf = newPdf(fonts, { title: doc.title, author });
  doc.draw(pdf);
  return pdfBytes(pdf);
}

/**
 * Every document into its own PDF (given to `onFile` in order) and the combined PDF for printing (returned;
 * null without statement nor invoice). Each document is drawn once: its pages are recorded and written into
 * the combined PDF as they are (pdf/replay.ts), or drawn again there when they cannot be (a character outside
 * the preloaded set).
 */
export async function renderMonth(
  docs: readonly MonthDocument[],
  month: YearMonth,
  fonts: PdfFonts,
  onFile: (doc: MonthDocument, bytes: Uint8Array) => void | Promise<void>,
  author?: string,
): Promise<Uint8Array | null> {
  const printable = docs.some((d) => d.kind !== "synthese");
  const combined = printable ? newPdf(fonts, { title: `Relevés et factures ${month}`, author }) : null;
  const finish = combined ? collect(combined) : null;
  for (const d of docs) {
    const pdf = newPdf(fonts, { title: d.title, author });
    const inCombined = combined !== null && d.kind !== "synthese";
    const recording = inCombined ? recordDrawing(pdf, () => d.draw(pdf)) : (d.draw(pdf), null);
    await onFile(d, await pdfBytes(pdf));
    if (inCombined) {
      if (recording) replay(combined, recording);
      else d.draw(combined);
    }
  }
  return finish ? finish() : null;
}

/** The combined PDF for printing: every statement, invoice and credit note (not the summary), one after the other. */
export async function combinedPdf(
  docs: readonly MonthDocument[],
  month: YearMonth,
  fonts: PdfFonts,
  author?: string,
): Promise<Uint8Array> {
  const pdf = newPdf(fonts, { title: `Relevés et factures ${month}`, author });
  for (const d of docs) if (d.kind !== "synthese") d.draw(pdf);
  return pdfBytes(pdf);
}
