/** Invoicing, in English (MILKPAY_LANG=en). Same keys and parameters as invoicing.fr.ts. */
import type { invoicingFr } from "./invoicing.fr";

export const invoicingEn: { [K in keyof typeof invoicingFr]: string } = {
  "invoicing.sheetNotFound": "sheet « {sheet} » not found: {why} (see the Invoices section of the README)",
  "invoicing.why.op": "it describes the OP that issues the invoices (one row)",
  "invoicing.why.buyers": "it describes the buying dairies",
  "invoicing.why.producers": "the list of producers",
  "invoicing.buyerCodeMissing": "missing buyer code: the cell is blank",
  "invoicing.opOneRow": "sheet {sheet}: one row expected under the headers (the issuing OP), {n} found",
  "invoicing.opFieldMissing": "the OP's {field} is missing: the cell is blank",
  "invoicing.badMode": "« {text} »: expected mode mandat or autofacturation",
  "invoicing.badPrefix": "prefix « {prefix} »: expected 1 to 10 letters, digits, - or _ (e.g. F)",
  "invoicing.badPaymentDays":
    "payment term of {days} days: expected a whole number of days from 0 to 60 (Code de commerce L441-10)",
  "invoicing.badRegime": "« {text} »: expected VAT regime assujetti or forfait",
  "invoicing.implausibleVatRate": "implausible VAT rate of {rate} %: enter the rate in percent (5,5 for 5,5 %)",
  "invoicing.vatFromMissing": "missing start month: the cell is blank",
  "invoicing.vatRateMissing": "missing rate: the cell is blank",
  "invoicing.noVatRateInForce": "no VAT rate in force in {month} in {sheet} (column Du)",
  "invoicing.field.name": "company name",
  "invoicing.field.siren": "SIREN",
  "invoicing.field.address": "address",
  "invoicing.field.postalCode": "postal code",
  "invoicing.field.city": "city",
  "invoicing.field.vatNumber": "VAT number",

  "invoicing.notSiren": "{cell} is not a SIREN: expected 9 digits (e.g. 552 100 554)",
  "invoicing.badSirenKey": "{cell} is not a valid SIREN (wrong check digit: a digit mistyped?)",
  "invoicing.notVatNumber":
    "{cell} is not a French intra-community VAT number: expected FR, a 2-character key and the SIREN (e.g. FR40 303 265 045)",
  "invoicing.vatNumberOtherSiren": "{cell}: the VAT number does not contain the SIREN {siren} of the same row",
  "invoicing.badVatKey": "{cell}: wrong VAT key ({key} expected for this SIREN)",
  "invoicing.notPostalCode": "{cell} is not a postal code: expected 5 digits",

  "invoicing.issueAt": "{where}: {message}",
  "invoicing.unreadableBuyerCode": "; unreadable code: {issue}",
  "invoicing.noBuyer": "no buyer in {sheet}",
  "invoicing.buyerBlankOnlyRowUnreadable":
    "Acheteur column blank and the only row of {sheet} has no readable code{because}",
  "invoicing.buyerBlankSeveral": "Acheteur column blank while {sheet} has {n}: give the dairy's code",
  "invoicing.buyerNotFound": "buyer « {code} » not in {sheet}{because}",
  "invoicing.buyerDuplicate": "buyer « {code} » appears twice in {sheet} (rows {rows})",
  "invoicing.swissGrid":
    "grid {grid} in {currency}: Swiss producer outside French VAT (LTVA art. 21 al. 2 ch. 26), statement with withholdings and no invoice",
  "invoicing.opUnusable": "OP row cannot be used ({issue}): no invoice until it is corrected",
  "invoicing.withholdingsUnreadable": "unreadable withholdings ({issue})",
  "invoicing.notInProducers": "not in {sheet}",
  "invoicing.unreadableValue": "unreadable value ({issue})",
  "invoicing.noVatRegime":
    "Régime TVA blank ({sheet} row {row}): no invoice, the regime is never guessed (assujetti or forfait)",
  "invoicing.sellerMissing": "missing seller {n:mention|mentions}: {fields} ({sheet} row {row})",
  "invoicing.noMandate":
    "no billing mandate (Mandat column of {sheet}, row {row}): the OP cannot invoice in the producer's name",
  "invoicing.mandateAfterIssue": "billing mandate signed on {date}, after the issue date",
  "invoicing.buyerUnreadable": "buyer {code}: unreadable value ({issue})",
  "invoicing.buyerMissingFields": "buyer {code}: missing {fields} ({sheet} row {row})",
  "invoicing.vatRateUnreadable": "unreadable VAT rate for {month} ({issue})",
  "invoicing.zeroAmount": "zero amount excl. VAT for {month}: nothing to invoice",
  "invoicing.negativeAmount": "negative amount excl. VAT for {month}: nothing to invoice",
  "invoicing.noConsent": "no consent: neither statement nor invoice",
  "invoicing.withheld": "withheld for errors: no statement, so no invoice (see this producer's errors)",
  "invoicing.noInvoice": "no invoice: {reason}",
  "invoicing.noInvoiceForGrid":
    "no invoice for the {n} {n:producer|producers} of grid {grid} (outside French VAT, LTVA art. 21 al. 2 ch. 26): statements with withholdings only",

  "invoicing.badIssueDate": "invalid issue date « {date} »: expected YYYY-MM-DD",
  "invoicing.cannotAppendRegister": "this workbook cannot take new rows in the register: no invoice is issued",
  "invoicing.sheetNumberTaken":
    "the sheet « {sheet} » already exists while the register gives this number now (register deleted or sheet renamed?): nothing is issued; restore the register or rename the sheet",
  "invoicing.issueDateBeforeLast":
    "issue date {date} is before the register's last one ({number} of {lastDate}, row {row}): dates never go back, choose {lastDate} or later",
  "invoicing.issueDateBeforeMonthEnd":
    "issue date {date} is before the end of the invoiced month {month}: a milk invoice is issued once the month is delivered ({monthEnd} or later)",

  "invoicing.register.rowUnreadable":
    "{sheet}, row {row}, column {column} ({letter}): {message} — unreadable register, no invoice is issued; restore the row as it was written",
  "invoicing.register.notNumber": "« {text} » is not an invoice number (e.g. F2025-000001)",
  "invoicing.register.badType": "« {text} »: expected facture or avoir",
  "invoicing.register.dateUnreadable": "unreadable issue date",
  "invoicing.register.monthUnreadable": "unreadable month",
  "invoicing.register.contentEmpty": "empty content",
  "invoicing.register.fingerprint": "the fingerprint does not match the content (row edited by hand?)",
  "invoicing.register.contentUnreadable": "unreadable content: {reason}",
  "invoicing.register.duplicateNumber": "number {number} appears twice (already row {row})",
  "invoicing.register.numberYear": "the number {number} is not of the year of its issue date",
  "invoicing.register.numberExpected":
    "number {number}: {expected} expected (the series is continuous, without gap or duplicate)",
  "invoicing.register.dateBackwards": "issue date before that of row {row} (dates never go back)",
  "invoicing.register.mismatch": "« {cell} » does not match the content (« {content} »)",
  "invoicing.register.amountMismatch": "amount differs from the content ({amount})",
  "invoicing.register.cancelsUnknown":
    "the credit note cancels « {number} », which is not an invoice higher up in the register",
  "invoicing.register.alreadyCancelled": "the invoice {number} is already cancelled higher up",
  "invoicing.register.missingColumns":
    "sheet {sheet}: {n:column|columns} {columns} missing: the register cannot be read, no invoice is issued",
  "invoicing.register.contentTooLong": "invoice {number}: content too long for an Excel cell ({length} characters)",
  "invoicing.content.numberExpected": "expected a number, found {found}",
  "invoicing.content.textExpected": "expected text, found {found}",
  "invoicing.content.unknownVersion": "unknown content version",
  "invoicing.content.unknownKind": "unknown type, mode or regime",
  "invoicing.content.notCanonical": "content not canonical (edited by hand?)",

  "invoicing.withholding.badBase": "« {text} »: expected base volume or montant",
  "invoicing.withholding.implausiblePercent":
    "implausible rate of {rate} %: expected a percent of the amount excl. VAT (e.g. 0,5)",
  "invoicing.withholding.implausibleRate": "implausible rate of {rate} per price unit (e.g. 1,22 €/1000 L)",
  "invoicing.withholding.endBeforeStart": "end {to} before the start {from}",
  "invoicing.withholding.codeMissing": "missing withholding code: the cell is blank",
  "invoicing.withholding.labelMissing": "missing label: the cell is blank",
  "invoicing.withholding.baseMissing": "missing base (volume or montant): the cell is blank",
  "invoicing.withholding.rateMissing": "missing rate: the cell is blank (never counted as 0)",
  "invoicing.withholding.buyerUnknown":
    "withholding {code} limited to buyer {buyer}: the buyer of producer {producer} is not known (Acheteur column of Producteurs)",

  "invoicing.letterhead.where": "sheet {sheet}, row {row}",
  "invoicing.letterhead.whereColumn": "sheet {sheet}, row {row}, column {column}",
  "invoicing.letterhead.problem": "{where}: {message}{more}",
  "invoicing.letterhead.more": " (and {n} other {n:error|errors})",
};
