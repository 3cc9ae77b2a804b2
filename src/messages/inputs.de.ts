/**
 * Reading the input tables, in Swiss Standard German (de-CH: ss, «…» without inner spaces). Same keys and
 * parameters as inputs.fr.ts; the workbook's sheet, column and grid-sheet words stay French.
 */
import type { inputsFr } from "./inputs.fr";

export const inputsDe: { [K in keyof typeof inputsFr]: string } = {
  "inputs.cell.quoted": "«{text}»",
  "inputs.cell.blank": "leer",
  "inputs.cell.true": "WAHR",
  "inputs.cell.false": "FALSCH",
  "inputs.cell.formula": "Formel",

  "inputs.excelError": "{code}: Die Zelle enthält einen Excel-Fehler; korrigieren Sie die Formel oder den Wert",
  "inputs.formulaWithoutValue":
    "Formel ohne berechneten Wert: Berechnen Sie die Arbeitsmappe in Excel neu und speichern Sie sie",
  "inputs.notDate": "{cell} ist kein Datum: Datum erwartet (z. B. 04/03/2025 oder 2025-03-04)",
  "inputs.invalidDate": "{cell} ist kein gültiges Datum (Tag, Monat oder Jahr unmöglich)",
  "inputs.implausibleDate":
    "{cell} ist kein plausibles Datum ({from}–{to}): Datum erwartet (z. B. 04/03/2025 oder 2025-03-04)",
  "inputs.dateExpected": "{cell}: Datum erwartet (z. B. 04/03/2025 oder 2025-03-04)",
  "inputs.notMonth": "{cell} ist kein Monat: Monat erwartet (z. B. 2025-03, 03/2025 oder ein Datum des Monats)",
  "inputs.invalidMonth": "{cell} ist kein gültiger Monat",
  "inputs.notTime": "{cell} ist keine Uhrzeit: Uhrzeit erwartet (z. B. 06:30)",
  "inputs.timeExpected": "{cell}: Uhrzeit erwartet (z. B. 06:30)",
  "inputs.notFinite": "{cell} ist keine endliche Zahl",
  "inputs.numberExpected": "{cell}: Zahl erwartet (z. B. 38,5 oder 100 000)",
  "inputs.notNumber": "{cell} ist keine Zahl: Zahl erwartet (z. B. 38,5 oder 100 000)",
  "inputs.negative": "{cell} ist negativ: Ein Wert grösser oder gleich null wird erwartet",
  "inputs.ambiguous":
    "{text}: mehrdeutiges Trennzeichen (Tausender oder Dezimalstellen?): Geben Sie {what} ohne Tausendertrennzeichen ({thousands}) oder mit Dezimalkomma und höchstens zwei Dezimalstellen ({decimals}) neu ein",
  "inputs.quantity.value": "den Wert",
  "inputs.quantity.volume": "die Menge",
  "inputs.quantity.amount": "den Betrag",
  "inputs.quantity.count": "die Zählung",
  "inputs.positiveFreezingPoint":
    "positiver Gefrierpunkt ({value}): Eine negative Temperatur in °C wird erwartet (z. B. −0,520)",
  "inputs.unexpected": "{cell}: {expected}",
  "inputs.expected.yesNo": "oui oder non (ja oder nein) erwartet",
  "inputs.expected.inhibitor": "positiv oder negativ erwartet (POS/NEG, 1/0, WAHR/FALSCH)",
  "inputs.expected.place": "ferme (Hof) oder centre (Sammelstelle) erwartet",
  "inputs.expected.criterion": "Kriterium erwartet: MG, MP, GERMES, CELLULES, BUTYRIQUES, PC oder INHIBITEURS",
  "inputs.expected.eventType": "Typ erwartet: ALERTE, EPANDAGE oder DOMMAGES",

  "inputs.blankCell": "{what}: Die Zelle ist leer",
  "inputs.missing.code": "Produzentencode fehlt",
  "inputs.missing.date": "Datum fehlt",
  "inputs.missing.volume": "Menge fehlt",
  "inputs.missing.eventType": "Ereignistyp fehlt",
  "inputs.missing.criterion": "Kriterium fehlt",
  "inputs.missing.price": "Preis fehlt",
  "inputs.missingAmount": "Betrag fehlt für ein Ereignis {type}: Erfassen Sie die Kosten (nie als 0 gezählt)",

  "inputs.tableNotFound": "Blatt oder Tabelle «{name}» nicht gefunden (Blätter der Arbeitsmappe: {sheets})",
  "inputs.noSheets": "keine",
  "inputs.missingColumns":
    "Blatt {sheet}: {n:obligatorische Spalte|obligatorische Spalten} {columns} {n:fehlt|fehlen} (Überschriften in Zeile {row}: {found})",
  "inputs.noHeaders": "keine",
  "inputs.where.row": "Zeile {row}",
  "inputs.where.column": "Spalte {column}",

  "inputs.gridUnusable": "Raster «{name}» nicht verwendbar: {why}",
  "inputs.gridUnknown": "Raster «{name}» unbekannt; verfügbare Raster: {grids}",
  "inputs.gridSheetBroken": "das Blatt «{sheet}» hat {n} Fehler (siehe Kontrollen; erster: {first})",
  "inputs.gridSheetProblem": "Zeile {row}: {message}",
  "inputs.gridSheetProblemColumn": "Zeile {row}, Spalte {column}: {message}",
  "inputs.gridReplaced": "Raster «{id}»: {by} ersetzt {was} mit derselben Kennung",
  "inputs.gridFromSheet": "das Blatt «{sheet}»",
  "inputs.gridFromFile": "die Datei {file}",
  "inputs.gridBuiltIn": "das eingebaute Raster",

  "inputs.grid.unknownWord": "«{text}» unbekannt; erwartet: {words}",
  "inputs.grid.columnMissing": "Spalte «{column}» fehlt in der Überschriftenzeile; erwartet: {columns}",
  "inputs.grid.integerExpected": "{value}: ganze Zahl erwartet",
  "inputs.grid.paramMissing": "Parameter fehlt; erwartet: {params}",
  "inputs.grid.paramUnknown": "unbekannter Parameter «{label}»; erwartet: {params}",
  "inputs.grid.componentCodeMissing": "Code der Komponente fehlt",
  "inputs.grid.componentWithoutType": "Komponente «{code}» ohne Zeile «Composant … Type» darüber",
  "inputs.grid.componentDuplicate": "Komponente «{code}» weiter oben bereits definiert",
  "inputs.grid.sectionUnknown": "unbekannte Rubrik «{section}»; erwartet: {sections}",
  "inputs.grid.sectionMissing": "Rubrik fehlt; erwartet: {sections}",
  "inputs.grid.choiceMissing": "Text der Wahl fehlt",
  "inputs.grid.expectedEither": "erwartet: {first} oder {second}",
  "inputs.grid.blankOr": "«{text}»: leer oder «{word}» erwartet",
  "inputs.grid.placeMissing": "Ort fehlt: ferme oder centre",
  "inputs.grid.criterionMissingOf": "Kriterium fehlt; erwartet: {criteria}",
  "inputs.grid.idMismatch":
    "die Kennung «{id}» entspricht nicht dem Namen des Blatts («{sheet}»): Benennen Sie das eine oder das andere um",
  "inputs.grid.fieldProblem": "{field}: {problem}",
};
