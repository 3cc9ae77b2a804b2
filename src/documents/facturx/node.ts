/**
 * facturXPdf for Node (command line, tests): the Factur-X PDF with DejaVu Sans read from the
 * dejavu-fonts-ttf package. The browser passes the font bytes to renderFacturXPdf (pdf.ts) itself.
 */
import { readFileSync } from "fs";
import path from "path";
import type { InvoiceDocument } from "../../invoicing/types";
import { type FacturXPdfOptions, type InvoiceRenderer, renderFacturXPdf } from "./pdf";

let dejaVuSans: Uint8Array | null = null;

/** DejaVu Sans (regular), read once. */
export function dejaVuSansBytes(): Uint8Array {
  if (!dejaVuSans) {
    const dir = path.dirname(require.resolve("dejavu-fonts-ttf/package.json"));
    dejaVuSans = readFileSync(path.join(dir, "ttf", "DejaVuSans.ttf"));
  }
  return dejaVuSans;
}

/** The Factur-X PDF/A-3 of `doc` (see renderFacturXPdf), font DejaVu Sans unless options say otherwise. */
export function facturXPdf(
  doc: InvoiceDocument,
  renderBody?: InvoiceRenderer,
  options?: Partial<FacturXPdfOptions>,
): Promise<Uint8Array> {
  return renderFacturXPdf(doc, renderBody, { ...options, font: options?.font ?? dejaVuSansBytes() });
}
