/**
 * Factur-X (EN 16931 profile): the CII XML of an invoice or credit note and the PDF/A-3 that carries it.
 * Browser-safe; facturXPdf, which reads the font from node_modules, is in ./node.
 */
export { ciiXml, typeCode, notes, FACTURX_GUIDELINE, FORFAIT_EXEMPTION_REASON } from "./cii";
export { FacturXError, checkForFacturX } from "./check";
export {
  attachFacturX,
  facturXDocumentOptions,
  renderFacturXPdf,
  type FacturXPdfOptions,
  type InvoiceRenderer,
} from "./pdf";
export { drawPlainInvoice } from "./page";
export { facturXXmp, FACTURX_FILE_NAME, FACTURX_NAMESPACE, FACTURX_CONFORMANCE_LEVEL } from "./xmp";
