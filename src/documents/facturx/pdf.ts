/**
 * The Factur-X PDF: a PDF/A-3b (pdfkit 0.20's `subset: "PDF/A-3b"`: pdfaid XMP, sRGB output intent) with
 * every font embedded (PDF/A forbids the 14 standard fonts, so the document's default font is a TrueType
 * given as bytes), factur-x.xml attached as an associated file (/AF of the catalog, AFRelationship
 * Alternative: the XML is the same invoice as the page) and the Factur-X XMP (xmp.ts).
 *
 * No Node import here: fonts come in as bytes, so the same code runs with pdfkit's browser build.
 * facturXPdf in node.ts reads DejaVu Sans from node_modules.
 */
import PDFDocument from "pdfkit";
import type { InvoiceDocument } from "../../invoicing/types";
import { ciiXml } from "./cii";
import { drawPlainInvoice } from "./page";
import { FACTURX_FILE_NAME, facturXXmp } from "./xmp";

export interface FacturXPdfOptions {
  /** TrueType bytes of the default font (DejaVu Sans), embedded (PDF/A). */
  font: Uint8Array;
  /** Creation date of the PDF and of the attached XML; now by default. */
  creationDate?: Date;
}

/** Draws the visible invoice on the document (its first page exists, the default font is set). */
export type InvoiceRenderer = (pdf: PDFKit.PDFDocument, doc: InvoiceDocument) => void;

const CREATOR = "Paie du lait OP";

/**
 * The constructor options of a Factur-X PDFDocument for `doc`. The document information is written by
 * pdfkit both in the Info dictionary and, unescaped, in the XMP (PDF/A wants both equal): a text with XML
 * markup characters (a name with « & ») is left out of both rather than written differently.
 */
export function facturXDocumentOptions(doc: InvoiceDocument, options: FacturXPdfOptions): PDFKit.PDFDocumentOptions {
  const title = `${doc.type === "avoir" ? "Avoir" : "Facture"} ${doc.number}`;
  const info: PDFKit.DocumentInfo = {
    Subject: `Factur-X EN 16931, ${doc.month}`,
    Creator: CREATOR,
    Producer: CREATOR,
    CreationDate: options.creationDate ?? new Date(),
  };
  // pdfkit reads every key it is given: an absent one is left out, not undefined.
  if (xmlSafe(title)) info.Title = title;
  if (xmlSafe(doc.seller.name)) info.Author = doc.seller.name;
  return {
    size: "A4",
    margin: 50,
    subset: "PDF/A-3b",
    pdfVersion: "1.7",
    lang: "fr-FR",
    // pdfkit accepts font bytes at run time; its types say string.
    font: options.font as unknown as string,
    info,
  };
}

function xmlSafe(text: string): boolean {
  return !/[<>&]/.test(text);
}

/** Attaches `xml` as factur-x.xml and adds the Factur-X XMP; call before pdf.end(). */
export function attachFacturX(
  pdf: PDFKit.PDFDocument,
  xml: string,
  doc: InvoiceDocument,
  when: Date = new Date(),
): void {
  const attachment = {
    name: FACTURX_FILE_NAME,
    type: "text/xml",
    relationship: "Alternative",
    description: `Factur-X EN 16931 : ${doc.type === "avoir" ? "avoir" : "facture"} ${doc.number}`,
    creationDate: when,
    modifiedDate: when,
  };
  pdf.file(new TextEncoder().encode(xml) as unknown as Buffer, attachment as PDFKit.Mixins.PDFAttachmentOptions);
  pdf.appendXML(facturXXmp());
}

/**
 * The Factur-X PDF of `doc`: the page drawn by `renderBody` (by default a plain page with every mention),
 * ciiXml(doc) attached. A document ciiXml refuses rejects with its FacturXError: no PDF without its XML.
 */
export async function renderFacturXPdf(
  doc: InvoiceDocument,
  renderBody: InvoiceRenderer | undefined,
  options: FacturXPdfOptions,
): Promise<Uint8Array> {
  const xml = ciiXml(doc);
  const pdf = new PDFDocument(facturXDocumentOptions(doc, options));
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    pdf.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    pdf.on("end", () => resolve(concat(chunks)));
    pdf.on("error", reject);
  });
  refuseStandardFonts(pdf);
  (renderBody ?? drawPlainInvoice)(pdf, doc);
  attachFacturX(pdf, xml, doc, pdf.info.CreationDate);
  pdf.end();
  return done;
}

/** The 14 standard PDF fonts: pdfkit never embeds them, PDF/A requires every font embedded. */
const STANDARD_FONTS = new Set([
  "Courier",
  "Courier-Bold",
  "Courier-Oblique",
  "Courier-BoldOblique",
  "Helvetica",
  "Helvetica-Bold",
  "Helvetica-Oblique",
  "Helvetica-BoldOblique",
  "Times-Roman",
  "Times-Bold",
  "Times-Italic",
  "Times-BoldItalic",
  "Symbol",
  "ZapfDingbats",
]);

/**
 * Makes pdf.font throw for a standard font a renderer did not register under that name itself: the page
 * would draw, and the PDF would silently stop being a PDF/A.
 */
function refuseStandardFonts(pdf: PDFKit.PDFDocument): void {
  const registered = new Set<string>();
  const register = pdf.registerFont.bind(pdf);
  const font = pdf.font.bind(pdf) as (...args: unknown[]) => PDFKit.PDFDocument;
  pdf.registerFont = (name: string, ...rest: unknown[]) => {
    registered.add(name);
    return (register as (...args: unknown[]) => PDFKit.PDFDocument)(name, ...rest);
  };
  pdf.font = ((src: unknown, ...rest: unknown[]) => {
    if (typeof src === "string" && STANDARD_FONTS.has(src) && !registered.has(src)) {
      throw new Error(
        `Factur-X (PDF/A-3): font "${src}" is a standard PDF font, never embedded; register a TrueType font (DejaVu) instead`,
      );
    }
    return font(src, ...rest);
  }) as typeof pdf.font;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
