/**
 * Invoicing, in Swiss Standard German (de-CH: ss, «…» without inner spaces). Same keys and parameters as
 * invoicing.fr.ts; French legal terms of the tables (assujetti, forfait, mandat…) stay as typed in the workbook.
 */
import type { invoicingFr } from "./invoicing.fr";

export const invoicingDe: { [K in keyof typeof invoicingFr]: string } = {
  "invoicing.sheetNotFound": "Blatt «{sheet}» nicht gefunden: {why} (siehe Abschnitt Rechnungen im README)",
  "invoicing.why.op": "es beschreibt die OP, welche die Rechnungen ausstellt (eine Zeile)",
  "invoicing.why.buyers": "es beschreibt die Milchkäufer",
  "invoicing.why.producers": "die Liste der Produzenten",
  "invoicing.buyerCodeMissing": "Code des Milchkäufers fehlt: Die Zelle ist leer",
  "invoicing.opOneRow":
    "Blatt {sheet}: eine einzige Zeile unter den Überschriften erwartet (die ausstellende OP), {n} gefunden",
  "invoicing.opFieldMissing": "{field} der OP fehlt: Die Zelle ist leer",
  "invoicing.badMode": "«{text}»: Modus mandat oder autofacturation erwartet",
  "invoicing.badPrefix": "Präfix «{prefix}»: 1 bis 10 Buchstaben, Ziffern, - oder _ erwartet (z. B. F)",
  "invoicing.badPaymentDays":
    "Zahlungsfrist von {days} Tagen: Eine ganze Zahl von 0 bis 60 Tagen wird erwartet (Code de commerce L441-10)",
  "invoicing.badRegime": "«{text}»: MWST-Regime assujetti oder forfait erwartet",
  "invoicing.implausibleVatRate":
    "MWST-Satz von {rate} % unplausibel: Erfassen Sie den Satz in Prozent (5,5 für 5,5 %)",
  "invoicing.vatFromMissing": "Anfangsmonat fehlt: Die Zelle ist leer",
  "invoicing.vatRateMissing": "Satz fehlt: Die Zelle ist leer",
  "invoicing.noVatRateInForce": "kein gültiger MWST-Satz für {month} in {sheet} (Spalte Du)",
  "invoicing.field.name": "Firmenname",
  "invoicing.field.siren": "SIREN",
  "invoicing.field.address": "Adresse",
  "invoicing.field.postalCode": "Postleitzahl",
  "invoicing.field.city": "Ort",
  "invoicing.field.vatNumber": "MWST-Nummer",

  "invoicing.notSiren": "{cell} ist keine SIREN: 9 Ziffern erwartet (z. B. 552 100 554)",
  "invoicing.badSirenKey": "{cell} ist keine gültige SIREN (falsche Prüfziffer: eine Ziffer vertippt?)",
  "invoicing.notVatNumber":
    "{cell} ist keine französische innergemeinschaftliche MWST-Nummer: FR, 2 Prüfzeichen und die SIREN erwartet (z. B. FR40 303 265 045)",
  "invoicing.vatNumberOtherSiren": "{cell}: Die MWST-Nummer enthält nicht die SIREN {siren} derselben Zeile",
  "invoicing.badVatKey": "{cell}: falsche MWST-Prüfzahl ({key} für diese SIREN erwartet)",
  "invoicing.notPostalCode": "{cell} ist keine Postleitzahl: 5 Ziffern erwartet",

  "invoicing.issueAt": "{where}: {message}",
  "invoicing.unreadableBuyerCode": "; Code unlesbar: {issue}",
  "invoicing.noBuyer": "kein Milchkäufer in {sheet}",
  "invoicing.buyerBlankOnlyRowUnreadable":
    "Spalte Acheteur leer und die einzige Zeile von {sheet} ohne lesbaren Code{because}",
  "invoicing.buyerBlankSeveral": "Spalte Acheteur leer, obwohl {sheet} {n} enthält: Geben Sie den Code der Molkerei an",
  "invoicing.buyerNotFound": "Milchkäufer «{code}» fehlt in {sheet}{because}",
  "invoicing.buyerDuplicate": "Milchkäufer «{code}» doppelt in {sheet} (Zeilen {rows})",
  "invoicing.swissGrid":
    "Raster {grid} in {currency}: Schweizer Produzent ausserhalb der französischen MWST (MWSTG Art. 21 Abs. 2 Ziff. 26), Abrechnung mit Abzügen ohne Rechnung",
  "invoicing.opUnusable": "Zeile OP nicht verwendbar ({issue}): keine Rechnung, bis sie korrigiert ist",
  "invoicing.withholdingsUnreadable": "Abzüge unlesbar ({issue})",
  "invoicing.notInProducers": "fehlt in {sheet}",
  "invoicing.unreadableValue": "unlesbarer Wert ({issue})",
  "invoicing.noVatRegime":
    "Régime TVA leer ({sheet} Zeile {row}): keine Rechnung, das Regime wird nie erraten (assujetti oder forfait)",
  "invoicing.sellerMissing": "{n:fehlende Angabe|fehlende Angaben} des Verkäufers: {fields} ({sheet} Zeile {row})",
  "invoicing.noMandate":
    "kein Fakturierungsmandat (Spalte Mandat von {sheet}, Zeile {row}): Die OP kann nicht in seinem Namen fakturieren",
  "invoicing.mandateAfterIssue": "Fakturierungsmandat am {date} unterzeichnet, nach dem Ausstellungsdatum",
  "invoicing.buyerUnreadable": "Milchkäufer {code}: unlesbarer Wert ({issue})",
  "invoicing.buyerMissingFields": "Milchkäufer {code}: {fields} fehlt ({sheet} Zeile {row})",
  "invoicing.vatRateUnreadable": "MWST-Satz für {month} unlesbar ({issue})",
  "invoicing.zeroAmount": "Betrag exkl. MWST null für {month}: nichts zu fakturieren",
  "invoicing.negativeAmount": "Betrag exkl. MWST negativ für {month}: nichts zu fakturieren",
  "invoicing.noConsent": "keine Einwilligung: weder Abrechnung noch Rechnung",
  "invoicing.withheld":
    "wegen Fehler zurückbehalten: keine Abrechnung, also keine Rechnung (siehe die Fehler dieses Produzenten)",
  "invoicing.noInvoice": "keine Rechnung: {reason}",
  "invoicing.noInvoiceForGrid":
    "keine Rechnung für {n} Produzenten des Rasters {grid} (ausserhalb der französischen MWST, MWSTG Art. 21 Abs. 2 Ziff. 26): nur Abrechnungen mit Abzügen",

  "invoicing.badIssueDate": "ungültiges Ausstellungsdatum «{date}»: JJJJ-MM-TT erwartet",
  "invoicing.cannotAppendRegister":
    "diese Arbeitsmappe erlaubt keine neuen Zeilen im Register: Es wird keine Rechnung ausgestellt",
  "invoicing.sheetNumberTaken":
    "das Blatt «{sheet}» existiert bereits, während das Register diese Nummer jetzt vergibt (Register gelöscht oder Blatt umbenannt?): Es wird nichts ausgestellt; stellen Sie das Register wieder her oder benennen Sie das Blatt um",
  "invoicing.issueDateBeforeLast":
    "Ausstellungsdatum {date} vor dem letzten des Registers ({number} vom {lastDate}, Zeile {row}): Die Daten gehen nie zurück, wählen Sie den {lastDate} oder später",
  "invoicing.issueDateBeforeMonthEnd":
    "Ausstellungsdatum {date} vor dem Ende des fakturierten Monats {month}: Eine Milchrechnung wird ausgestellt, wenn der Monat geliefert ist (am {monthEnd} oder später)",

  "invoicing.register.rowUnreadable":
    "{sheet}, Zeile {row}, Spalte {column} ({letter}): {message} – Register unlesbar, es wird keine Rechnung ausgestellt; stellen Sie die Zeile so wieder her, wie sie geschrieben wurde",
  "invoicing.register.notNumber": "«{text}» ist keine Rechnungsnummer (z. B. F2025-000001)",
  "invoicing.register.badType": "«{text}»: facture oder avoir erwartet",
  "invoicing.register.dateUnreadable": "Ausstellungsdatum unlesbar",
  "invoicing.register.monthUnreadable": "Monat unlesbar",
  "invoicing.register.contentEmpty": "Inhalt leer",
  "invoicing.register.fingerprint": "der Fingerabdruck entspricht nicht dem Inhalt (Zeile von Hand geändert?)",
  "invoicing.register.contentUnreadable": "Inhalt unlesbar: {reason}",
  "invoicing.register.duplicateNumber": "Nummer {number} doppelt (bereits Zeile {row})",
  "invoicing.register.numberYear": "die Nummer {number} gehört nicht zum Jahr ihres Ausstellungsdatums",
  "invoicing.register.numberExpected":
    "Nummer {number}: {expected} erwartet (die Reihe ist lückenlos, ohne Lücke und ohne Duplikat)",
  "invoicing.register.dateBackwards": "Ausstellungsdatum vor demjenigen der Zeile {row} (die Daten gehen nie zurück)",
  "invoicing.register.mismatch": "«{cell}» entspricht nicht dem Inhalt («{content}»)",
  "invoicing.register.amountMismatch": "Betrag weicht vom Inhalt ab ({amount})",
  "invoicing.register.cancelsUnknown":
    "die Gutschrift storniert «{number}», das weiter oben im Register keine Rechnung ist",
  "invoicing.register.alreadyCancelled": "die Rechnung {number} ist weiter oben bereits storniert",
  "invoicing.register.missingColumns":
    "Blatt {sheet}: {n:Spalte|Spalten} {columns} {n:fehlt|fehlen}: Das Register kann nicht gelesen werden, es wird keine Rechnung ausgestellt",
  "invoicing.register.contentTooLong": "Rechnung {number}: Inhalt zu lang für eine Excel-Zelle ({length} Zeichen)",
  "invoicing.content.numberExpected": "Zahl erwartet, {found} gefunden",
  "invoicing.content.textExpected": "Text erwartet, {found} gefunden",
  "invoicing.content.unknownVersion": "unbekannte Version des Inhalts",
  "invoicing.content.unknownKind": "unbekannter Typ, Modus oder unbekanntes Regime",
  "invoicing.content.notCanonical": "Inhalt nicht kanonisch (von Hand geändert?)",

  "invoicing.withholding.badBase": "«{text}»: Basis volume oder montant erwartet",
  "invoicing.withholding.implausiblePercent":
    "Satz von {rate} % unplausibel: Prozent des Betrags exkl. MWST erwartet (z. B. 0,5)",
  "invoicing.withholding.implausibleRate": "Satz von {rate} pro Preiseinheit unplausibel (z. B. 1,22 €/1000 L)",
  "invoicing.withholding.endBeforeStart": "Ende {to} vor dem Beginn {from}",
  "invoicing.withholding.codeMissing": "Code des Abzugs fehlt: Die Zelle ist leer",
  "invoicing.withholding.labelMissing": "Bezeichnung fehlt: Die Zelle ist leer",
  "invoicing.withholding.baseMissing": "Basis fehlt (volume oder montant): Die Zelle ist leer",
  "invoicing.withholding.rateMissing": "Satz fehlt: Die Zelle ist leer (nie als 0 gezählt)",
  "invoicing.withholding.buyerUnknown":
    "Abzug {code} auf den Milchkäufer {buyer} beschränkt: Der Milchkäufer des Produzenten {producer} ist nicht bekannt (Spalte Acheteur von Producteurs)",

  "invoicing.letterhead.where": "Blatt {sheet}, Zeile {row}",
  "invoicing.letterhead.whereColumn": "Blatt {sheet}, Zeile {row}, Spalte {column}",
  "invoicing.letterhead.problem": "{where}: {message}{more}",
  "invoicing.letterhead.more": " (und {n} {n:weiterer Fehler|weitere Fehler})",
};
