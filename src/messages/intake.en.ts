/** The importer, in English (MILKPAY_LANG=en). Same keys and parameters as intake.fr.ts. */
import type { intakeFr } from "./intake.fr";

export const intakeEn: { [K in keyof typeof intakeFr]: string } = {
  "intake.emptyFile": "{file}: the file is empty (no rows to import)",
  "intake.unreadableXlsx": "{file} is not a readable Excel workbook: {error}",
  "intake.notXlsx": "{file} is not a readable Excel workbook (not an .xlsx file)",
  "intake.xls": "{file}: .xls workbooks (Excel 97-2003) are not read; save it as .xlsx or as CSV",
  "intake.noSheet": "{file}: the workbook has no sheet",
  "intake.sheetNotFound": "{file}: sheet « {sheet} » not found (sheets: {sheets})",
  "intake.emptySheet": "{file}: the sheet « {sheet} » is empty (no rows to import)",
  "intake.rawFormula": "(formula)",
  "intake.separator.semicolon": "semicolon",
  "intake.separator.comma": "comma",
  "intake.separator.tab": "tab",
  "intake.separator.pipe": "vertical bar",

  "intake.field.date": "Date",
  "intake.field.code": "Producer code",
  "intake.field.criterion": "Criterion",
  "intake.field.value": "Value",
  "intake.field.validated": "Validated",
  "intake.field.volume": "Volume",
  "intake.field.time": "Time",
  "intake.field.temperature": "Temperature",
  "intake.field.place": "Place",
  "intake.mapping.incomplete": "incomplete column mapping: {problems} (headers of the file: {headers})",
  "intake.mapping.and": "; ",
  "intake.mapping.noColumn": "no column for « {label} »",
  "intake.mapping.columnAbsent": "column « {header} » ({label}) not in the file",
  "intake.mapping.noCriterionColumn": "no criterion column (MG, MP, Germes, Cellules…)",
  "intake.mapping.unreadable": "unreadable mapping (a JSON object is expected)",
  "intake.mapping.unknownKind": "mapping: unknown type « {kind} » (analyses or livraisons)",
  "intake.mapping.unknownLayout": "mapping: unknown layout « {layout} » (long or wide)",
  "intake.mapping.unknownCriterion": "mapping: unknown criterion « {criterion} » for the column « {column} »",
  "intake.mapping.notFound": "mapping « {name} » not found in the sheet « {sheet} » (saved: {names})",
  "intake.mapping.noneSaved": "none",
  "intake.kind.analyses": "results (Analyses)",
  "intake.kind.livraisons": "volumes (Livraisons)",
  "intake.kindMismatch": "the mapping is for {mapped}, not for {wanted}",
  "intake.kindOf.analyses": "results",
  "intake.kindOf.livraisons": "volumes",

  "intake.tableNotFound": "sheet or table « {name} » not found in the workbook (sheets: {sheets})",
  "intake.cannotAppend": "this workbook does not allow rows to be added",
  "intake.userSheet":
    "the sheet « {sheet} » exists but was not created by the import: rename or delete it (it is left unchanged)",

  "intake.noKnownGrid": "no known grid in {sheet}",
  "intake.severalGrids": "several grids in {sheet} ({grids})",
  "intake.producerGridUnusable":
    "grid « {grid} » of producer {code} unusable ({why}): values cannot be checked, not imported",
  "intake.producerGridUnknown":
    "grid « {grid} » of producer {code} unknown (available grids: {grids}): values cannot be checked, not imported",
  "intake.gridUndecidable":
    "producer {code} has no Grille and the import's grid cannot be decided ({why}): specify the grid (Grille in {sheet}, or --grid)",
  "intake.familyUnusable": "producer {code}: {why}: values cannot be checked, not imported",
  "intake.unitMismatch":
    "{criterion}: the file's header gives {declared}, grid {grid} pays on contents in {unit}: value not converted, to be checked",

  "intake.rowShort": "incomplete row: {n} {n:field|fields} instead of {width}",
  "intake.rowLong": "row too long: {n} fields instead of {width} (a separator inside an unquoted value?)",
  "intake.unknownProducer": "producer « {code} » not found in {sheet}",
  "intake.noConsent": "producer {code}: Consentement = non, data not imported",
  "intake.noConsentContent": "(content not copied: producer without consent)",
  "intake.missingValue": "missing value",
  "intake.labelled": "{label}: {problem}",
  "intake.validatedBad": "Validé: {problem}",
  "intake.noValidatedColumn":
    "the sheet {sheet} has no « Validé » column: this non-validated result would be counted there as validated (add the Validé column, then import again)",
  "intake.conflict":
    "{label}: {code} already has a result for {criterion} on {date} ({place}) with the value {before}; the new value {value} is not imported: check with the laboratory",
  "intake.conflictNotValidated":
    "{label}: {code} already has a non-validated result for {criterion} on {date} ({place}) with the value {before}; the new value {value} is not imported: check with the laboratory",
  "intake.conflictAtLine": "{file}, line {line}",
  "intake.conflictAtRow": "{sheet}, row {row}",
  "intake.lostColumn":
    "the sheet {sheet} has no « {column} » column: the value would be lost (add the column, then import again)",

  "intake.summary": "{lines} ({read}): {imported}, {duplicates}, {rejected}, {noConsent}",
  "intake.count.lines": "{v} {n:line|lines} read",
  "intake.count.results": "{v} {n:result|results}",
  "intake.count.deliveries": "{v} {n:collection|collections}",
  // The same word for one and many: the form is there because French has two.
  "intake.count.imported": "{v} {n:imported|imported}",
  "intake.count.duplicates": "{v} {n:duplicate|duplicates}",
  "intake.count.rejected": "{v} {n:rejected|rejected}",
  "intake.count.noConsent": "{v} without consent",
};
