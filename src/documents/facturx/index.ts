/** Factur-X (EN 16931 profile): the CII XML of an invoice or credit note and the PDF/A-3 that carries it. */
export { ciiXml, typeCode, notes, FACTURX_GUIDELINE, FORFAIT_EXEMPTION_REASON } from "./cii";
export { FacturXError, checkForFacturX } from "./check";
