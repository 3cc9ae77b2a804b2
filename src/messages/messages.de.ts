/**
 * The command-line tools' messages in Swiss Standard German (de-CH: ss for sharp s, «…» quotes, formal Sie).
 * Same keys and parameters as messages.fr.ts. The workbook's sheet, table and column names («Livraisons»,
 * «Contrôles JJJJ-MM», «Grille»…), file names and options stay French: they are the workbook's own names.
 */
import type { Messages } from "./messages.fr";

export const de: Messages = {
  // ---------------------------------------------------------------- command line, every tool
  "cli.usageHint": "{reason} (--help für die Hilfe)",
  "cli.needsValue": "{flag} braucht einen Wert",
  "cli.unknownOption": "unbekannte Option {flag}",
  "cli.monthMissing": "es fehlt --month JJJJ-MM",
  "cli.monthFormat": "--month {month}: erwartet JJJJ-MM, zum Beispiel 2025-03",
  "cli.workbookMissing": "es fehlt die zu lesende Arbeitsmappe (.xlsx)",
  "cli.oneWorkbook": "nur eine Arbeitsmappe auf einmal (erhalten: {files})",
  "cli.crash": "unerwarteter Fehler: {detail}",

  // ---------------------------------------------------------------- reading the input
  "input.unreadable": "{file} kann nicht gelesen werden: {reason}",
  "input.notWorkbook": "{file} ist keine lesbare Excel-Arbeitsmappe: {reason}",
  "input.empty": "{file} ist leer: Das ist keine Excel-Arbeitsmappe",
  "input.encrypted":
    "{file} ist eine kennwortgeschützte Arbeitsmappe: Öffnen Sie sie in Excel, entfernen Sie das Kennwort (Datei > Informationen > Arbeitsmappe schützen) und speichern Sie sie als .xlsx",
  "input.xls":
    "{file} hat das alte Format Excel 97-2003 (.xls): Öffnen Sie die Datei in Excel und speichern Sie sie als .xlsx (Datei > Speichern unter > Excel-Arbeitsmappe)",
  "input.ods":
    "{file} ist eine OpenDocument-Tabelle (.ods, LibreOffice): Speichern Sie sie im Format Excel-Arbeitsmappe (.xlsx) (Datei > Speichern unter)",
  "input.csv":
    "{file} ist eine Textdatei (CSV), keine Arbeitsmappe: Um ihre Zeilen der Arbeitsmappe der OP anzufügen, verwenden Sie npm run import -- <arbeitsmappe.xlsx> {file}",
  "input.unknown": "{file} ist keine Excel-Arbeitsmappe (.xlsx)",
  "input.csvPane":
    "{file} ist eine Textdatei (CSV), keine Arbeitsmappe: Öffnen Sie die Arbeitsmappe der OP (.xlsx) und fügen Sie diese Datei dann unter «Datenimport» hinzu",

  // ---------------------------------------------------------------- writing the outputs
  "output.isInput":
    "{flag} {file} ist die Eingabe-Arbeitsmappe: Die Eingabe wird nie ersetzt, auch nicht mit --overwrite; wählen Sie eine andere Datei",
  "output.isImported": "{flag} {file} ist die zu importierende Datei: Wählen Sie eine andere Datei",
  "output.twice": "{flag} {file} ist auch die Ausgabe von {other}: Wählen Sie zwei verschiedene Dateien",
  "output.exists":
    "{file} existiert bereits: Fügen Sie --overwrite hinzu, um die Datei zu ersetzen, oder wählen Sie mit {flag} eine andere Datei",
  "output.isFolder": "{file} ist ein Ordner: Geben Sie bei {flag} einen Dateinamen an",
  "output.noFolder": "{file} kann nicht geschrieben werden: Der Ordner {folder} existiert nicht",
  "output.parentNotFolder": "{file} kann nicht geschrieben werden: {folder} ist kein Ordner",
  "output.failed": "{file} kann nicht geschrieben werden: {reason}",

  // ---------------------------------------------------------------- system errors (reason of the above)
  "errno.ENOENT": "Datei oder Ordner nicht gefunden",
  "errno.EACCES": "Zugriff verweigert",
  "errno.EPERM": "Vorgang nicht erlaubt",
  "errno.EISDIR": "das ist ein Ordner",
  "errno.ENOTDIR": "ein Teil des Pfads ist kein Ordner",
  "errno.EROFS": "schreibgeschützter Datenträger",
  "errno.ENOSPC": "Datenträger voll",
  "errno.EBUSY": "Datei wird von einem anderen Programm verwendet (schliessen Sie sie in Excel)",
  "errno.other": "Fehler {code}",

  // ---------------------------------------------------------------- npm run statements
  "statements.usage": `Aufruf: npm run statements -- <arbeitsmappe.xlsx> --month JJJJ-MM [--grid ID] [--grid-file DATEI.json]… [--out DATEI.xlsx] [--json DATEI.json] [--pdf ORDNER] [--overwrite]

Berechnet die Milchgeldabrechnungen des Monats für jeden Produzenten der Arbeitsmappe der OP und schreibt eine
Kopie der Arbeitsmappe mit der Übersicht («Synthèse JJJJ-MM»), einer Abrechnung pro Produzent («JJJJ-MM <code>»)
und der Liste der Kontrollen («Contrôles JJJJ-MM»). Die Eingabe-Arbeitsmappe wird nie verändert; wird derselbe
Monat erneut auf der Ausgabe berechnet, ersetzt dies genau die für diesen Monat erzeugten Blätter (ein erzeugtes
Blatt, das Sie umbenannt haben, gehört Ihnen: Es bleibt erhalten).

Optionen:
  --month JJJJ-MM      zu berechnender Monat (obligatorisch)
  --grid ID            Preisraster der Produzenten mit leerer Spalte «Grille» (Standard: das einzige Raster mit
                       einem Basispreis in diesem Monat): eine ID oder eine Familie (die in diesem Monat gültige
                       Version). Eingebaute Raster: {grids}; dazu die Blätter «Grille <id>» der Arbeitsmappe
  --grid-file F        eine zusätzliche Rasterdatei (JSON, schemas/grid.schema.json); wiederholbar
  --out DATEI.xlsx     Ausgabe-Arbeitsmappe (Standard: <Name der Eingabe>-JJJJ-MM.xlsx neben der Eingabe;
                       nie die Eingabe)
  --json DATEI.json    schreibt die Abrechnungen und die Kontrollen zusätzlich als JSON
  --pdf ORDNER         schreibt zusätzlich die PDF in ORDNER (wird bei Bedarf angelegt): «<Monat> <code> releve.pdf»
                       pro Abrechnung, «<Monat> synthese.pdf» und «<Monat> impression.pdf» (alle Abrechnungen, zum
                       Drucken). Ein vorhandenes PDF wird nie ersetzt: Die Berechnung bricht vor jedem Schreiben ab
  --overwrite          ersetzt eine bereits vorhandene Ausgabe (sonst wird sie verweigert)
  --quiet              weder Fortschritt noch Zusammenfassung
  -h, --help           diese Hilfe

Relative Pfade gehen vom Ordner aus, in dem der Befehl eingegeben wird.

Exit-Code: 0 die Berechnung ist erfolgt (Fehler pro Produzent stehen im Kontrollblatt und im JSON);
           1 die Arbeitsmappe ist nicht verwendbar (Blatt oder Spalte fehlt, Datei unlesbar, Preisraster
             unbekannt, kein Basispreis) oder eine Ausgabe kann nicht geschrieben werden – der Grund steht
             auf einer Zeile;
           2 falsche Befehlszeile (oder vorhandene Ausgabe ohne --overwrite).`,
  "statements.phaseRead": "Lesen der Tabellen",
  "statements.phaseCompute": "Berechnen der Abrechnungen",
  "statements.phaseWrite": "Schreiben der Blätter",
  "statements.phaseSave": "Speichern der Arbeitsmappe",
  "statements.phasePdf": "Schreiben der PDF",
  "statements.pdfsWritten": "  → {n} PDF in {dir}\n",
  "documents.noLetterhead": "  ⚠ PDF ohne Briefkopf der OP – {reason}\n",
  "statements.summary": "{month}: {statements} {statements:Abrechnung|Abrechnungen} für {producers} Produzenten",
  "statements.summaryWithheld": ", {n} wegen Fehler zurückbehalten",
  "statements.summaryNoConsent": ", {n} ohne Einwilligung",
  "statements.summaryTotal": "  {grid}: {volume} {unit}, Total {total} {currency}",
  "statements.summaryIssues": "  {errors} Fehler, {warnings} {warnings:Warnung|Warnungen} (Blatt «Contrôles {month}»)",
  "statements.summaryReplaced": "  {n} {n:Blatt|Blätter} von {month} ersetzt",
  "cli.outputLine": "  → {file}",

  // ---------------------------------------------------------------- npm run invoices
  "invoices.usage": `Aufruf: npm run invoices -- <arbeitsmappe.xlsx> --month JJJJ-MM [--date JJJJ-MM-TT] [--grid ID] [--out DATEI.xlsx] [--json DATEI.json] [--pdf ORDNER] [--overwrite]

Berechnet die Abrechnungen des Monats und stellt dann jedem fakturierbaren Produzenten seine Rechnung aus (und
nach einer Korrektur eine Gutschrift, welche die frühere Rechnung storniert), im Register «Registre des
factures», mit einem druckbaren Blatt pro Dokument. Produzenten, die nicht fakturiert werden können, stehen mit
dem Grund in «Contrôles JJJJ-MM». Die Eingabe-Arbeitsmappe wird nie verändert.

Optionen:
  --month JJJJ-MM      Liefermonat (obligatorisch)
  --date JJJJ-MM-TT    Ausstellungsdatum (Standard: heute); nie vor dem letzten Datum des Registers und nie vor
                       dem Ende des fakturierten Monats
  --grid ID            Preisraster der Produzenten mit leerer Spalte «Grille». Raster: {grids}
  --out DATEI.xlsx     Ausgabe-Arbeitsmappe (Standard: <Name der Eingabe>-JJJJ-MM.xlsx neben der Eingabe;
                       nie die Eingabe)
  --json DATEI.json    schreibt die ausgestellten Dokumente und die nicht fakturierten Produzenten zusätzlich
                       als JSON
  --pdf ORDNER         schreibt zusätzlich die PDF des Monats in ORDNER (wird bei Bedarf angelegt): eines pro
                       Abrechnung («JJJJ-MM <code> releve.pdf»), jede im Monat ausgestellte oder beibehaltene
                       Rechnung und Gutschrift als Factur-X EN 16931 (PDF/A-3 mit factur-x.xml, «JJJJ-MM <code>
                       <Nummer>.pdf»), die Übersicht und «JJJJ-MM impression.pdf» zum Drucken; Briefkopf der OP
                       (Blatt OP)
  --overwrite          ersetzt eine bereits vorhandene Ausgabe (sonst wird sie verweigert)
  --quiet              keine Zusammenfassung
  -h, --help           diese Hilfe

Relative Pfade gehen vom Ordner aus, in dem der Befehl eingegeben wird.

Exit-Code: 0 die Ausstellung ist erfolgt (nicht fakturierte Produzenten stehen in den Kontrollen und im JSON);
           1 die Arbeitsmappe oder ihr Register ist nicht verwendbar, oder eine Ausgabe kann nicht geschrieben
             werden – der Grund steht auf einer Zeile;
           2 falsche Befehlszeile (oder vorhandene Ausgabe ohne --overwrite).`,
  "invoices.dateFormat": "--date {date}: erwartet ein Datum JJJJ-MM-TT, zum Beispiel 2025-04-02",
  "invoices.summary":
    "{month}: {invoices} {invoices:Rechnung|Rechnungen}, {credit} {credit:Gutschrift|Gutschriften} ausgestellt; {unchanged} {unchanged:Rechnung|Rechnungen} unverändert; {left} {left:Produzent|Produzenten} nicht fakturiert (siehe «Contrôles {month}»)",
  "invoices.document": "  {number} {type} {producer} inkl. MWST {ttc} € netto {net} €",
  "invoices.cancels": " (storniert {number})",

  // ---------------------------------------------------------------- npm run compare / price-a
  "compare.usage": `Aufruf: npm run compare -- <arbeitsmappe.xlsx> --month JJJJ-MM [--grid ID] [--grid-file DATEI.json]… [--kg-per-litre 1.03] [--out DATEI.xlsx] [--json DATEI.json] [--overwrite]

Vergleicht die Preisraster für den Monat: den Produzenten-Standardpreis (PSP) jedes Rasters (zu seinem
Basispreis des Monats) und für jeden Produzenten, was derselbe Monat mit denselben Daten unter jedem Raster
ausbezahlt hätte. Schreibt eine Kopie der Arbeitsmappe mit dem Blatt «Comparaison JJJJ-MM» (Standard:
<Eingabe>-comparaison-JJJJ-MM.xlsx neben der Eingabe).

  --grid ID            Preisraster der Produzenten mit leerer «Grille» (die Einheiten ihrer Daten)
  --grid-file F        eine Rasterdatei (JSON), zusätzlich zu den eingebauten Rastern und den Blättern
                       «Grille <id>» der Arbeitsmappe verglichen; wiederholbar
  --kg-per-litre F     Umrechnungsfaktor Liter/Kilogramm (Standard 1.03)
  --out DATEI.xlsx     Ausgabe-Arbeitsmappe (nie die Eingabe)
  --json DATEI.json    schreibt den Vergleich zusätzlich als JSON
  --overwrite          ersetzt eine bereits vorhandene Ausgabe (sonst wird sie verweigert)
  --quiet              keine Ausgabe, wenn alles in Ordnung ist

Relative Pfade gehen vom Ordner aus, in dem der Befehl eingegeben wird. Exit-Code: 0 erledigt; 1 die
Arbeitsmappe ist nicht verwendbar oder eine Ausgabe kann nicht geschrieben werden; 2 falsche Befehlszeile.`,
  "priceA.usage": `Aufruf: npm run price-a -- <arbeitsmappe.xlsx> --month JJJJ-MM [--grid ID] [--out DATEI.xlsx] [--json DATEI.json] [--overwrite]

Berechnet den Sodiaal-Preis A des Monats aus der Tabelle Indicateurs (Mois, Indicateur, Valeur, Poids):
Produktmix des Monats + 50 % × (FAM − SODIAAL_A) von m − 3 + SAISONNALITE des Monats. Schreibt eine Kopie der
Arbeitsmappe mit dem Blatt «Prix A JJJJ-MM» und dem Preis, in PrixDeBase für diesen Monat und dieses Raster
ergänzt (ein bereits vorhandener abweichender Preis wird nie ersetzt). Standardausgabe:
<Eingabe>-prix-a-JJJJ-MM.xlsx neben der Eingabe.

  --grid ID            Preisraster, dessen Basispreis der Preis A ist (Standard: das einzige Raster in €/1000 L)
  --out DATEI.xlsx     Ausgabe-Arbeitsmappe (nie die Eingabe)
  --json DATEI.json    schreibt die Berechnung zusätzlich als JSON
  --overwrite          ersetzt eine bereits vorhandene Ausgabe (sonst wird sie verweigert)
  --quiet              keine Ausgabe, wenn alles in Ordnung ist

Relative Pfade gehen vom Ordner aus, in dem der Befehl eingegeben wird. Exit-Code: 0 erledigt; 1 die
Arbeitsmappe ist nicht verwendbar oder eine Ausgabe kann nicht geschrieben werden; 2 falsche Befehlszeile.`,
  "prices.whichCommand": "Aufruf: tsx src/cli/prices.ts compare|price-a <arbeitsmappe.xlsx> --month JJJJ-MM …",
  "compare.factorFormat": "--kg-per-litre {value}: erwartet eine positive Zahl, zum Beispiel 1.03",
  "compare.title": "Vergleich der Preisraster {month} (1 l = {factor} kg)",
  "compare.psp": "  PSP {grid}: {price} {unit} ({perKg} {perKgUnit}), Basis {base}",
  "compare.pspProblem": "  PSP {grid}: {problem}",
  "compare.producer": "  {code} ({grid}): {parts}",
  "compare.underGrid": "{grid} {total} {currency} = {price} {unit}",
  "compare.underGridError": "{grid}: {error}",
  "priceA.title": "Preis A {month} ({grid}): {price} €/1000 L",

  // ---------------------------------------------------------------- npm run import
  "import.usage": `Aufruf: npm run import -- <arbeitsmappe.xlsx> <datei> [--mapping NAME] [--kind analyses|livraisons]
                          [--grid ID] [--save-mapping NAME] [--sheet NAME] [--out DATEI.xlsx] [--overwrite] [--quiet]

Importiert die Resultate eines Labors (Infolabo-Export, CSV oder .xlsx, eine Zeile pro Wert oder eine Spalte
pro Kriterium) ins Blatt Analyses oder die Milchmengen eines Milchkäufers in Livraisons und schreibt eine Kopie
der Arbeitsmappe. Die Spalten werden an ihren Überschriften erkannt (oder aus einer in der Arbeitsmappe
gespeicherten Zuordnung übernommen); Codierung (UTF-8, Windows-1252) und Trennzeichen (; , Tabulator) werden
erkannt. Zeilen, die schon in der Arbeitsmappe stehen, werden nicht ein zweites Mal angefügt; abgewiesene
Zeilen stehen mit Nummer und Grund im Blatt «{rejects}». Die Eingabedateien werden nie verändert.

Optionen:
  --mapping NAME       verwendet die unter NAME in der Arbeitsmappe gespeicherte Zuordnung (Blatt «Import mappings»)
  --kind TYP           analyses (Resultate) oder livraisons (Milchmengen); Standard: der Typ der Zuordnung,
                       sonst erraten
  --grid ID            Preisraster der Produzenten mit leerer «Grille», für die plausiblen Werte (seine Einheit);
                       Standard: das einzige in PrixDeBase genannte Raster
  --save-mapping NAME  speichert die verwendete Zuordnung unter NAME, für den Import des nächsten Monats
  --sheet NAME         .xlsx-Datei: das zu lesende Blatt (Standard: das erste)
  --out DATEI.xlsx     Ausgabe-Arbeitsmappe (Standard: <Name der Arbeitsmappe>-import.xlsx daneben; nie die Eingabe)
  --overwrite          ersetzt eine bereits vorhandene Ausgabe (sonst wird sie verweigert)
  --quiet              keine Zusammenfassung
  -h, --help           diese Hilfe

Relative Pfade gehen vom Ordner aus, in dem der Befehl eingegeben wird.

Exit-Code: 0 der Import ist erfolgt (abgewiesene Zeilen stehen in «{rejects}»);
           1 die Arbeitsmappe oder die Datei ist nicht verwendbar (Blatt fehlt, Zuordnung unvollständig,
             Datei leer …) oder die Ausgabe kann nicht geschrieben werden;
           2 falsche Befehlszeile (oder vorhandene Ausgabe ohne --overwrite).`,
  "import.bothMissing": "es fehlen die Arbeitsmappe (.xlsx) und die zu importierende Datei",
  "import.fileMissing": "es fehlt die zu importierende Datei",
  "import.tooMany": "nur eine Arbeitsmappe und eine Datei auf einmal (erhalten: {files})",
  "import.kindFormat": "--kind {kind}: erwartet analyses oder livraisons",
  "import.csvHow": "CSV {encoding}, Trennzeichen {separator}",
  "import.sheetHow": "Blatt «{sheet}»",
  "import.wide": "eine Spalte pro Kriterium",
  "import.long": "eine Zeile pro Wert",
  "import.head": "{file} ({how}, {layout}) → {target}",
  "import.columns": "  Spalten: {columns}",
  "import.columnPair": "{field} ← «{header}»",
  "import.appended": "  Zeilen {first} bis {last} an {sheet} angefügt",
  "import.rejects": "  {n} {n:Zeile|Zeilen} im Blatt «{sheet}»",
  "import.preamble": "  {n} {n:Zeile|Zeilen} vor der Kopfzeile ignoriert",
  "import.saved": "  Zuordnung gespeichert als «{name}»",

  // ---------------------------------------------------------------- npm run grids, --grid-file
  "grids.usage": `Aufruf: npm run grids -- <befehl> … [--overwrite] [--quiet]

  list [<arbeitsmappe.xlsx>]                    eingebaute Preisraster (und jene der Arbeitsmappe)
  show <id|familie> [--from <arbeitsmappe.xlsx>] [--month JJJJ-MM]
                                                das Raster als lesbare Tabelle
  export <id|familie> [--from <arbeitsmappe.xlsx>] [--month JJJJ-MM] --out DATEI.json
                                                das Raster als JSON-Datei (Format schemas/grid.schema.json)
  check DATEI.json                              prüft eine Rasterdatei (jedes Problem)
  import DATEI.json --into <arbeitsmappe.xlsx> [--out DATEI.xlsx]
                                                fügt das Blatt «Grille <id>» hinzu (Kopie der Arbeitsmappe)
  copy <id|familie> --as <neue id> --from-month JJJJ-MM --into <arbeitsmappe.xlsx> [--out DATEI.xlsx]
                                                kopiert ein Raster (eingebaut oder aus der Arbeitsmappe) als
                                                Ausgangspunkt der nächsten Version, gültig ab dem Monat

Optionen:
  --overwrite          ersetzt eine bereits vorhandene Ausgabe (sonst wird sie verweigert)
  --quiet              keine Ausgabe, wenn alles in Ordnung ist
  -h, --help           diese Hilfe

Eine Familie (z. B. sud-est) bezeichnet die für --month gültige Version (ohne --month die neueste).
import und copy schreiben eine Kopie der Arbeitsmappe (Standard <Name>-grille-<id>.xlsx daneben), nie darüber.
Relative Pfade gehen vom Ordner aus, in dem der Befehl eingegeben wird.

Exit-Code: 0 erledigt; 1 nicht verwendbar (Datei unlesbar, Raster ungültig oder unbekannt, Ausgabe nicht
           schreibbar); 2 falsche Befehlszeile (oder vorhandene Ausgabe ohne --overwrite).`,
  "grids.commandMissing": "es fehlt der Befehl: list, show, export, check, import oder copy",
  "grids.commandUnknown": "unbekannter Befehl «{command}»; erwartet: list, show, export, check, import oder copy",
  "grids.missing": "es fehlt {what}",
  "grids.gridName": "die ID des Preisrasters",
  "grids.tooMany": "überzählige Argumente: {args}",
  "grids.sheetExists":
    "das Blatt «{sheet}» existiert bereits in {workbook}: Ein Rasterblatt gehört dem Benutzer und wird nie ersetzt (benennen Sie es um oder wählen Sie eine andere ID)",
  "grids.builtInId": "«{id}» ist die ID eines eingebauten Rasters: Wählen Sie eine neue ID (z. B. {example})",
  "grids.idTaken": "die ID «{id}» ist bereits vergeben ({where})",
  "grids.unknown": "Preisraster «{name}» unbekannt; verfügbare Raster: {available}",
  "grids.valid": "{file}: Raster «{id}» gültig (Familie {family}, {validity})",
  "grids.exported": "Raster «{id}» → {file}",
  "grids.imported": "Blatt «{sheet}» hinzugefügt → {file}",
  "grids.copied": "Raster «{from}» kopiert als «{id}» (gültig ab {month}): Blatt «{sheet}» → {file}",
  "grids.sheetIssue": "{sheet}, Zeile {row}{column}: {message}",
  "grids.sheetIssueColumn": ", Spalte {column}",
  "grids.listHeader": "ID | Familie | Gültigkeit | Herkunft | Name",
  "grids.builtIn": "eingebaut",
  "grids.validFrom": "ab {from}",
  "grids.validFromTo": "von {from} bis {to}",
  "grids.copyName": "{name} (Kopie für {month}, mit dem Raster der Molkerei abzugleichen)",
  "grids.importProblems": "{first} (npm run grids -- check {file}: {n} Probleme)",
  "gridFile.unreadable": "{file}: nicht lesbar ({reason})",
  "gridFile.badJson": "{file}: JSON unlesbar ({reason})",
  "gridFile.problem": "{file}: Raster «{id}»: {field}: {problem}",
  "gridFile.more": "{first} (und {n} {n:weiteres Problem|weitere Probleme}: npm run grids -- check {file})",

  // ---------------------------------------------------------------- npm run sample / demo
  "sample.usage":
    "Aufruf: npm run sample -- [--grid sud-est-2018|mooh-2025] [--producers N] [--months N] [--end JJJJ-MM] [--seed N] [--plain] [--bench] [--out DATEI.xlsx] [--overwrite]",
  "sample.grid": "--grid {grid}: erwartet sud-est-2018 oder mooh-2025",
  "sample.wholeNumber": "{flag}: erwartet eine positive ganze Zahl",
  "sample.done": "{file}: {grid}, {rows} Eingabezeilen, letzter Monat {month} ({seconds} s)",
  "demo.sample":
    "Beispiel-Arbeitsmappe ({grid}): {file} – {producers} Produzenten, {months} Monate bis {month}, {rows} Eingabezeilen",
  "demo.run": "Abrechnungen {month}:",
  "demo.statements":
    "  {statements} {statements:Abrechnung|Abrechnungen} für {producers} Produzenten ({withheld} wegen eines fehlerhaften Werts zurückbehalten, {noConsent} ohne Einwilligung)",
  "demo.total": "  Total {total} {currency} für {volume} {unit} ({grid})",
  "demo.issues": "  {errors} Fehler, {warnings} {warnings:Warnung|Warnungen} – siehe Blatt «Contrôles {month}»",
  "demo.invoices": "Rechnungen {month}, ausgestellt am {date} («Registre des factures», ein Blatt pro Rechnung):",
  "demo.invoiceCounts":
    "  {invoices} {invoices:Rechnung|Rechnungen}, {credit} {credit:Gutschrift|Gutschriften}; {unchanged} unverändert; {left} {left:Produzent|Produzenten} nicht fakturiert (Gründe in «Contrôles {month}»)",
  "demo.output": "Arbeitsmappe: {file}",
  "demo.json": "JSON:         {file}",
  "demo.folder": "(die Demo überschreibt jedes Mal ihre eigenen Dateien in {folder})",

  // ---------------------------------------------------------------- the workbook ports (src/workbook): damaged or refused files, sheet limits
  "zip.notZip":
    "die Arbeitsmappe ist beschädigt (ZIP-Archiv unlesbar): Öffnen Sie sie in Excel und speichern Sie sie erneut als .xlsx (Datei > Speichern unter > Excel-Arbeitsmappe)",
  "zip.badDirectory":
    "die Arbeitsmappe ist beschädigt (Inhaltsverzeichnis des ZIP-Archivs defekt): Öffnen Sie sie in Excel und speichern Sie sie erneut als .xlsx (Datei > Speichern unter > Excel-Arbeitsmappe)",
  "zip.badEntry":
    "die Arbeitsmappe ist beschädigt (Element «{part}» des ZIP-Archivs defekt): Öffnen Sie sie in Excel und speichern Sie sie erneut als .xlsx (Datei > Speichern unter > Excel-Arbeitsmappe)",
  "zip.truncated":
    "die Arbeitsmappe ist unvollständig (Element «{part}» abgeschnitten: Datei nur teilweise kopiert oder heruntergeladen?): Nehmen Sie die Originaldatei, oder öffnen Sie sie in Excel und speichern Sie sie erneut als .xlsx (Datei > Speichern unter > Excel-Arbeitsmappe)",
  "zip.method":
    "die Arbeitsmappe verwendet eine Komprimierung, die dieses Programm nicht liest (Element «{part}», Methode {method}): Öffnen Sie sie in Excel und speichern Sie sie erneut als .xlsx (Datei > Speichern unter > Excel-Arbeitsmappe)",
  "zip.encrypted":
    "ein Teil der Arbeitsmappe ist verschlüsselt (Element «{part}»): Öffnen Sie sie in Excel, entfernen Sie das Kennwort (Datei > Informationen > Arbeitsmappe schützen) und speichern Sie sie als .xlsx",
  "zip.tooLarge":
    "die Arbeitsmappe würde 4 GB überschreiten, die maximale Grösse eines von diesem Programm geschriebenen .xlsx-Archivs: Verschieben Sie vergangene Monate in eine Archiv-Arbeitsmappe",
  "workbook.noContentTypes":
    "diese ZIP-Datei ist keine Excel-Arbeitsmappe ([Content_Types].xml fehlt): Öffnen Sie sie in Excel und speichern Sie sie erneut als .xlsx (Datei > Speichern unter > Excel-Arbeitsmappe)",
  "workbook.xlsb":
    "die Arbeitsmappe hat das Binärformat (.xlsb), das dieses Programm nicht liest: Öffnen Sie sie in Excel und speichern Sie sie als Excel-Arbeitsmappe (.xlsx) (Datei > Speichern unter)",
  "workbook.partMissing":
    "die Arbeitsmappe ist beschädigt (der Teil {part} fehlt): Öffnen Sie sie in Excel und speichern Sie sie erneut als .xlsx (Datei > Speichern unter > Excel-Arbeitsmappe)",
  "workbook.sheetPartMissing":
    "die Arbeitsmappe ist beschädigt (der Inhalt des Blatts «{sheet}» fehlt): Öffnen Sie sie in Excel und speichern Sie sie erneut als .xlsx (Datei > Speichern unter > Excel-Arbeitsmappe)",
  "workbook.noSheetList":
    "die Arbeitsmappe ist beschädigt (workbook.xml führt kein Blatt auf): Öffnen Sie sie in Excel und speichern Sie sie erneut als .xlsx (Datei > Speichern unter > Excel-Arbeitsmappe)",
  "workbook.badXml":
    "die Arbeitsmappe ist beschädigt (fehlerhaftes XML: {detail}): Öffnen Sie sie in Excel und speichern Sie sie erneut als .xlsx (Datei > Speichern unter > Excel-Arbeitsmappe)",
  "workbook.xml.unterminated": "«{what}» nie abgeschlossen",
  "workbook.xml.mismatchedEnd": "unerwartetes End-Tag </{name}>",
  "workbook.xml.twoRoots": "mehr als ein Wurzelelement",
  "workbook.xml.unclosed": "Element <{name}> nie geschlossen",
  "workbook.xml.noRoot": "kein Wurzelelement",
  "workbook.sheetDataMissing":
    "die Arbeitsmappe ist beschädigt (das Blatt «{sheet}» hat keinen lesbaren Datenbereich <sheetData>): Öffnen Sie sie in Excel und speichern Sie sie erneut als .xlsx (Datei > Speichern unter > Excel-Arbeitsmappe)",
  "workbook.sheetCut":
    "die Arbeitsmappe ist beschädigt (das Blatt «{sheet}» endet mitten in einer Zeile): Öffnen Sie sie in Excel und speichern Sie sie erneut als .xlsx (Datei > Speichern unter > Excel-Arbeitsmappe)",
  "workbook.sharedStringsCut":
    "die Arbeitsmappe ist beschädigt (die Textliste sharedStrings.xml ist abgeschnitten): Öffnen Sie sie in Excel und speichern Sie sie erneut als .xlsx (Datei > Speichern unter > Excel-Arbeitsmappe)",
  "workbook.strict":
    "die Arbeitsmappe ist im Format «Strict Open XML-Arbeitsmappe» gespeichert, das dieses Programm nicht schreibt: Speichern Sie sie im Format Excel-Arbeitsmappe (.xlsx) (Datei > Speichern unter) und starten Sie dann erneut",
  "workbook.excelTooOld":
    "diese Excel-Version ist zu alt, um die Abrechnungen zu schreiben (nötig ist ExcelApi 1.4: Excel 2016 oder neuer, oder Excel für das Web)",
  "workbook.noTable":
    "die Arbeitsmappe hat weder ein Blatt noch eine Tabelle «{name}»: Prüfen Sie den Namen des Blattregisters oder der Tabelle (Tabellenentwurf > Tabellenname)",
  "workbook.sheetNotFound":
    "das Blatt «{sheet}» existiert nicht mehr in der Arbeitsmappe (umbenannt oder gelöscht?): Starten Sie die Berechnung erneut",
  "workbook.noSuchSheet":
    "das Blatt «{sheet}» kann nicht ersetzt werden: Die Arbeitsmappe hat kein Blatt mit diesem Namen",
  "workbook.notGenerated":
    "das Blatt «{sheet}» wurde nicht von diesem Programm erstellt (keine Markierung {marker}): Es bleibt unverändert; benennen Sie es um oder löschen Sie es, und starten Sie dann erneut",
  "workbook.lastSheet":
    "diese Blätter können nicht gelöscht werden: Eine Arbeitsmappe muss mindestens ein sichtbares Blatt behalten",
  "workbook.totalsRow":
    "die Tabelle «{table}» hat eine Ergebniszeile: Deaktivieren Sie sie (Tabellenentwurf > Ergebniszeile), bevor Zeilen angefügt werden",
  "workbook.cellsBelowTable":
    "die Tabelle «{table}» hat direkt darunter ausgefüllte Zellen auf dem Blatt «{sheet}»: Verschieben Sie diese weiter nach unten oder an eine andere Stelle, bevor Zeilen angefügt werden",
  "workbook.tooManyRows":
    "das Blatt «{sheet}» würde die 1'048'576 Zeilen von Excel überschreiten (Zeile {row}): Verschieben Sie vergangene Monate in eine Archiv-Arbeitsmappe",
  "workbook.sheetTooManyRows": "das Blatt «{sheet}» hätte mehr Zeilen, als Excel erlaubt (1'048'576)",
  "workbook.sheetTooManyColumns": "das Blatt «{sheet}» hätte mehr Spalten, als Excel erlaubt (16'384)",
  "workbook.textTooLong":
    "Blatt «{sheet}», Zelle {cell}: Text mit {length} Zeichen, mehr als die 32'767, die Excel in einer Zelle zulässt: Kürzen Sie ihn",
  "workbook.cellTextTooLong":
    "Zelle {cell}: Text mit {length} Zeichen, mehr als die 32'767, die Excel in einer Zelle zulässt: Kürzen Sie ihn",
  "workbook.cellNoReference":
    "das Blatt «{sheet}» hat unter der Tabelle eine Zelle ohne Bezug (Datei von einem anderen Programm geschrieben): Öffnen Sie die Datei in Excel und speichern Sie sie erneut als .xlsx",
  "workbook.rowNoNumber":
    "das Blatt «{sheet}» hat unter der Tabelle eine Zeile ohne Nummer (Datei von einem anderen Programm geschrieben): Öffnen Sie die Datei in Excel und speichern Sie sie erneut als .xlsx",
  "workbook.badRange": "{what}: «{ref}» ist kein Zellbereich wie A1:F20",
  "workbook.tableLabel": "Tabelle «{table}»",
  "workbook.printAreaLabel": "Druckbereich des Blatts «{sheet}»",
  "workbook.mergeLabel": "verbundene Zellen des Blatts «{sheet}»",
  "workbook.cannotWriteSheet": "das Blatt kann nicht geschrieben werden: {problem}",
  "workbook.sheetNameTaken":
    "das Blatt «{sheet}» kann nicht geschrieben werden: Die Arbeitsmappe hat bereits ein Blatt namens «{other}»",
  "workbook.sheetNameEmpty": "ein Blattname darf nicht leer sein",
  "workbook.sheetNameTooLong": "der Blattname «{name}» ist zu lang ({length} Zeichen, Excel erlaubt 31)",
  "workbook.sheetNameForbidden": "der Blattname «{name}» enthält «{char}» (Excel verbietet [ ] : * ? / \\)",
  "workbook.sheetNameControl": "der Blattname {name} enthält ein Steuerzeichen",
  "workbook.sheetNameApostrophe": "der Blattname «{name}» darf weder mit einem Apostroph beginnen noch enden",
  "workbook.sheetNameReserved": "der Blattname «{name}» ist von Excel reserviert",
};
