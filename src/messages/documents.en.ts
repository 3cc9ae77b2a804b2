/** The month's documents, in English (MILKPAY_LANG=en). Same keys and parameters as documents.fr.ts. */
import type { documentsFr } from "./documents.fr";

export const documentsEn: { [K in keyof typeof documentsFr]: string } = {
  "documents.cannotCreateFolder": "cannot create the folder {folder}: {reason}",
  "documents.notFolder": "{folder} is not a folder",
  "documents.pdfsExist":
    "{n} PDF {n:file already exists|files already exist} in {folder} (« {first} »{more}): choose another folder or delete them (nothing was written)",

  "documents.facturx.impossible": "{document}: Factur-X impossible — {problems}",
  "documents.facturx.invoice": "Invoice {number} (producer {producer})",
  "documents.facturx.creditNote": "Credit note {number} (producer {producer})",
  "documents.facturx.creditNoteWithoutInvoice": "the credit note does not refer to the invoice it cancels",
  "documents.facturx.badCurrency": "currency « {currency} »: expected an ISO 4217 code (EUR)",
  "documents.facturx.badIssueDate": "issue date « {date} »: expected a date YYYY-MM-DD",
  "documents.facturx.badDueDate": "due date « {date} »: expected a date YYYY-MM-DD",
  "documents.facturx.badMonth": "month « {month} »: expected YYYY-MM",
  "documents.facturx.ofSeller": "of the seller",
  "documents.facturx.ofBuyer": "of the buyer",
  "documents.facturx.badSiren": "SIREN {role} « {siren} »: expected 9 digits (sheet {sheet}, column SIREN)",
  "documents.facturx.noName": "company name {role} blank (sheet {sheet}, column Raison sociale)",
  "documents.facturx.badCountry": "country {role} « {country} »: expected a 2-letter ISO 3166 code",
  "documents.facturx.forfaitWithVat": "VAT {vat} on a flat-rate farmer's invoice: 0 expected",
  "documents.facturx.sellerVatNumberMissing":
    "VAT number of the VAT-registered producer missing (sheet Producteurs, column N° TVA)",
  "documents.facturx.vatRateMissing": "VAT rate missing for a VAT-registered producer",
  "documents.facturx.vatMismatch": "VAT {vat} ≠ excl. VAT × {rate} % = {expected}",
  "documents.facturx.noLines": "no line",
  "documents.facturx.lineUnit": "line {line} ({code}): unknown unit « {unit} » (L, kg or forfait)",
  "documents.facturx.lineBasis": "line {line} ({code}): price basis {basis} (positive expected)",
  "documents.facturx.lineAmount": "line {line} ({code}): amount {amount} not rounded to the cent",
  "documents.facturx.notRounded": "{what} {value} not rounded to the cent",
  "documents.facturx.unequal": "{what} {actual} ≠ {expected}",
  "documents.facturx.ht": "total excl. VAT",
  "documents.facturx.vat": "VAT",
  "documents.facturx.ttc": "total incl. VAT",
  "documents.facturx.withholdings": "withholdings",
  "documents.facturx.withholdingsTotal": "total withholdings",
  "documents.facturx.net": "net payable",
};
