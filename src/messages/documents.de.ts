/**
 * The month's documents, in Swiss Standard German (de-CH: ss, «…» without inner spaces). Same keys and
 * parameters as documents.fr.ts.
 */
import type { documentsFr } from "./documents.fr";

export const documentsDe: { [K in keyof typeof documentsFr]: string } = {
  "documents.cannotCreateFolder": "der Ordner {folder} kann nicht angelegt werden: {reason}",
  "documents.notFolder": "{folder} ist kein Ordner",
  "documents.pdfsExist":
    "{n} {n:PDF-Datei existiert|PDF-Dateien existieren} bereits in {folder} («{first}»{more}): Wählen Sie einen anderen Ordner oder löschen Sie sie (nichts wurde geschrieben)",

  "documents.facturx.impossible": "{document}: Factur-X unmöglich – {problems}",
  "documents.facturx.invoice": "Rechnung {number} (Produzent {producer})",
  "documents.facturx.creditNote": "Gutschrift {number} (Produzent {producer})",
  "documents.facturx.creditNoteWithoutInvoice": "die Gutschrift verweist nicht auf die Rechnung, die sie storniert",
  "documents.facturx.badCurrency": "Währung «{currency}»: ISO-4217-Code erwartet (EUR)",
  "documents.facturx.badIssueDate": "Ausstellungsdatum «{date}»: Datum JJJJ-MM-TT erwartet",
  "documents.facturx.badDueDate": "Fälligkeit «{date}»: Datum JJJJ-MM-TT erwartet",
  "documents.facturx.badMonth": "Monat «{month}»: JJJJ-MM erwartet",
  "documents.facturx.ofSeller": "des Verkäufers",
  "documents.facturx.ofBuyer": "des Milchkäufers",
  "documents.facturx.badSiren": "SIREN {role} «{siren}»: 9 Ziffern erwartet (Blatt {sheet}, Spalte SIREN)",
  "documents.facturx.noName": "Firmenname {role} leer (Blatt {sheet}, Spalte Raison sociale)",
  "documents.facturx.badCountry": "Land {role} «{country}»: zweistelliger ISO-3166-Code erwartet",
  "documents.facturx.forfaitWithVat": "MWST {vat} auf einer Rechnung zur landwirtschaftlichen Pauschale: 0 erwartet",
  "documents.facturx.sellerVatNumberMissing":
    "MWST-Nummer des steuerpflichtigen Produzenten fehlt (Blatt Producteurs, Spalte N° TVA)",
  "documents.facturx.vatRateMissing": "MWST-Satz fehlt für einen steuerpflichtigen Produzenten",
  "documents.facturx.vatMismatch": "MWST {vat} ≠ exkl. MWST × {rate} % = {expected}",
  "documents.facturx.noLines": "keine Zeile",
  "documents.facturx.lineUnit": "Zeile {line} ({code}): unbekannte Einheit «{unit}» (L, kg oder forfait)",
  "documents.facturx.lineBasis": "Zeile {line} ({code}): Preisbasis {basis} (positiv erwartet)",
  "documents.facturx.lineAmount": "Zeile {line} ({code}): Betrag {amount} nicht auf den Cent gerundet",
  "documents.facturx.notRounded": "{what} {value} nicht auf den Cent gerundet",
  "documents.facturx.unequal": "{what} {actual} ≠ {expected}",
  "documents.facturx.ht": "Total exkl. MWST",
  "documents.facturx.vat": "MWST",
  "documents.facturx.ttc": "Total inkl. MWST",
  "documents.facturx.withholdings": "Abzüge",
  "documents.facturx.withholdingsTotal": "Total der Abzüge",
  "documents.facturx.net": "Nettobetrag",
};
