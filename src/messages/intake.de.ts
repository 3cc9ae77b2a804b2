/**
 * The importer, in Swiss Standard German (de-CH: ss, «…» without inner spaces). Same keys and parameters as
 * intake.fr.ts; the workbook's sheet and column names (Producteurs, Grille, Validé…) stay French.
 */
import type { intakeFr } from "./intake.fr";

export const intakeDe: { [K in keyof typeof intakeFr]: string } = {
  "intake.emptyFile": "{file}: Die Datei ist leer (keine Zeilen zu importieren)",
  "intake.unreadableXlsx": "{file} ist keine lesbare Excel-Arbeitsmappe: {error}",
  "intake.notXlsx": "{file} ist keine lesbare Excel-Arbeitsmappe (keine .xlsx-Datei)",
  "intake.xls":
    "{file}: .xls-Arbeitsmappen (Excel 97-2003) werden nicht gelesen; speichern Sie die Datei als .xlsx oder als CSV",
  "intake.noSheet": "{file}: Die Arbeitsmappe hat kein Blatt",
  "intake.sheetNotFound": "{file}: Blatt «{sheet}» nicht gefunden (Blätter: {sheets})",
  "intake.emptySheet": "{file}: Das Blatt «{sheet}» ist leer (keine Zeilen zu importieren)",
  "intake.rawFormula": "(Formel)",
  "intake.separator.semicolon": "Semikolon",
  "intake.separator.comma": "Komma",
  "intake.separator.tab": "Tabulator",
  "intake.separator.pipe": "senkrechter Strich",

  "intake.field.date": "Datum",
  "intake.field.code": "Produzentennummer",
  "intake.field.criterion": "Kriterium",
  "intake.field.value": "Wert",
  "intake.field.validated": "Validiert",
  "intake.field.volume": "Milchmenge",
  "intake.field.time": "Uhrzeit",
  "intake.field.temperature": "Temperatur",
  "intake.field.place": "Ort",
  "intake.mapping.incomplete": "Spaltenzuordnung unvollständig: {problems} (Überschriften der Datei: {headers})",
  "intake.mapping.and": "; ",
  "intake.mapping.noColumn": "keine Spalte für «{label}»",
  "intake.mapping.columnAbsent": "Spalte «{header}» ({label}) fehlt in der Datei",
  "intake.mapping.noCriterionColumn": "keine Spalte mit einem Kriterium (MG, MP, Germes, Cellules…)",
  "intake.mapping.unreadable": "Zuordnung nicht lesbar (JSON-Objekt erwartet)",
  "intake.mapping.unknownKind": "Zuordnung: unbekannter Typ «{kind}» (analyses oder livraisons)",
  "intake.mapping.unknownLayout": "Zuordnung: unbekannte Anordnung «{layout}» (long oder wide)",
  "intake.mapping.unknownCriterion": "Zuordnung: unbekanntes Kriterium «{criterion}» für die Spalte «{column}»",
  "intake.mapping.notFound": "Zuordnung «{name}» im Blatt «{sheet}» nicht gefunden (gespeichert: {names})",
  "intake.mapping.noneSaved": "keine",
  "intake.kind.analyses": "Resultate (Analyses)",
  "intake.kind.livraisons": "Milchmengen (Livraisons)",
  "intake.kindMismatch": "die Zuordnung gilt für {mapped}, nicht für {wanted}",
  "intake.kindOf.analyses": "Resultate",
  "intake.kindOf.livraisons": "Milchmengen",

  "intake.tableNotFound": "Blatt oder Tabelle «{name}» in der Arbeitsmappe nicht gefunden (Blätter: {sheets})",
  "intake.cannotAppend": "diese Arbeitsmappe erlaubt kein Anfügen von Zeilen",
  "intake.userSheet":
    "das Blatt «{sheet}» existiert, wurde aber nicht vom Import erstellt: Benennen Sie es um oder löschen Sie es (es wird nicht verändert)",

  "intake.noKnownGrid": "kein bekanntes Preisraster in {sheet}",
  "intake.severalGrids": "mehrere Preisraster in {sheet} ({grids})",
  "intake.producerGridUnusable":
    "Raster «{grid}» des Produzenten {code} nicht verwendbar ({why}): Werte nicht überprüfbar, nicht importiert",
  "intake.producerGridUnknown":
    "Raster «{grid}» des Produzenten {code} unbekannt (verfügbare Raster: {grids}): Werte nicht überprüfbar, nicht importiert",
  "intake.gridUndecidable":
    "Produzent {code} ohne Grille, und das Raster des Imports lässt sich nicht bestimmen ({why}): Geben Sie das Raster an (Grille in {sheet} oder --grid)",
  "intake.familyUnusable": "Produzent {code}: {why}: Werte nicht überprüfbar, nicht importiert",
  "intake.unitMismatch":
    "{criterion}: Die Überschrift der Datei gibt {declared} an, das Raster {grid} bezahlt Gehalte in {unit}: Wert nicht umgerechnet, bitte prüfen",

  "intake.rowShort": "unvollständige Zeile: {n} {n:Feld|Felder} statt {width}",
  "intake.rowLong": "Zeile zu lang: {n} Felder statt {width} (Trennzeichen in einem Wert ohne Anführungszeichen?)",
  "intake.unknownProducer": "Produzent «{code}» in {sheet} unbekannt",
  "intake.noConsent": "Produzent {code}: Consentement = non, Daten nicht importiert",
  "intake.noConsentContent": "(Inhalt nicht übernommen: Produzent ohne Einwilligung)",
  "intake.missingValue": "Wert fehlt",
  "intake.labelled": "{label}: {problem}",
  "intake.validatedBad": "Validé: {problem}",
  "intake.noValidatedColumn":
    "das Blatt {sheet} hat keine Spalte «Validé»: Dieses nicht validierte Resultat würde dort als validiert gezählt (fügen Sie die Spalte Validé hinzu und importieren Sie erneut)",
  "intake.conflict":
    "{label}: {code} hat bereits ein Resultat für {criterion} vom {date} ({place}) mit dem Wert {before}; der neue Wert {value} wird nicht importiert: Klären Sie dies mit dem Labor ab",
  "intake.conflictNotValidated":
    "{label}: {code} hat bereits ein nicht validiertes Resultat für {criterion} vom {date} ({place}) mit dem Wert {before}; der neue Wert {value} wird nicht importiert: Klären Sie dies mit dem Labor ab",
  "intake.conflictAtLine": "{file}, Zeile {line}",
  "intake.conflictAtRow": "{sheet}, Zeile {row}",
  "intake.lostColumn":
    "das Blatt {sheet} hat keine Spalte «{column}»: Der Wert ginge verloren (fügen Sie die Spalte hinzu und importieren Sie erneut)",

  "intake.summary": "{lines} ({read}): {imported}, {duplicates}, {rejected}, {noConsent}",
  "intake.count.lines": "{v} {n:Zeile|Zeilen} gelesen",
  "intake.count.results": "{v} {n:Resultat|Resultate}",
  "intake.count.deliveries": "{v} {n:Lieferung|Lieferungen}",
  // The same word for one and many: the form is there because French has two.
  "intake.count.imported": "{v} {n:importiert|importiert}",
  "intake.count.duplicates": "{v} {n:doppelt|doppelt}",
  "intake.count.rejected": "{v} {n:abgewiesen|abgewiesen}",
  "intake.count.noConsent": "{v} ohne Einwilligung",
};
