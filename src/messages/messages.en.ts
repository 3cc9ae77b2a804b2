/** The command-line tools' messages in English (MILKPAY_LANG=en). Same keys as messages.fr.ts. */
import type { Messages } from "./messages.fr";

export const en: Messages = {
  "cli.usageHint": "{reason} (--help for usage)",
  "cli.needsValue": "{flag} needs a value",
  "cli.unknownOption": "unknown option {flag}",
  "cli.monthMissing": "missing --month YYYY-MM",
  "cli.monthFormat": "--month {month}: expected YYYY-MM, e.g. 2025-03",
  "cli.workbookMissing": "missing the workbook (.xlsx) to read",
  "cli.oneWorkbook": "one workbook at a time (got {files})",
  "cli.crash": "unexpected error: {detail}",

  "input.unreadable": "cannot read {file}: {reason}",
  "input.notWorkbook": "{file} is not a readable Excel workbook: {reason}",
  "input.empty": "{file} is empty: it is not an Excel workbook",
  "input.encrypted":
    "{file} is a password-protected workbook: open it in Excel, remove the password (File > Info > Protect Workbook) and save it as .xlsx",
  "input.xls":
    "{file} is in the old Excel 97-2003 format (.xls): open it in Excel and save it as .xlsx (File > Save As > Excel Workbook)",
  "input.ods":
    "{file} is an OpenDocument spreadsheet (.ods, LibreOffice): save it as an Excel Workbook (.xlsx) (File > Save As)",
  "input.csv":
    "{file} is a text file (CSV), not a workbook: to add its rows to the OP workbook, use npm run import -- <workbook.xlsx> {file}",
  "input.unknown": "{file} is not an Excel workbook (.xlsx)",
  "input.csvPane":
    "{file} is a text file (CSV), not a workbook: open the OP workbook (.xlsx), then add this file under « Data import »",

  "output.isInput":
    "{flag} {file} is the input workbook: the input is never overwritten, even with --overwrite; choose another file",
  "output.isImported": "{flag} {file} is the file to import: choose another file",
  "output.twice": "{flag} {file} is also the output of {other}: choose two different files",
  "output.exists": "{file} already exists: add --overwrite to replace it, or choose another file with {flag}",
  "output.isFolder": "{file} is a folder: give {flag} a file name",
  "output.noFolder": "cannot write {file}: the folder {folder} does not exist",
  "output.parentNotFolder": "cannot write {file}: {folder} is not a folder",
  "output.failed": "cannot write {file}: {reason}",

  "errno.ENOENT": "no such file or folder",
  "errno.EACCES": "permission denied",
  "errno.EPERM": "operation not permitted",
  "errno.EISDIR": "it is a folder",
  "errno.ENOTDIR": "a part of the path is not a folder",
  "errno.EROFS": "read-only disk",
  "errno.ENOSPC": "disk full",
  "errno.EBUSY": "file in use by another program (close it in Excel)",
  "errno.other": "error {code}",

  "statements.usage": `Usage: npm run statements -- <workbook.xlsx> --month YYYY-MM [--grid ID] [--grid-file FILE.json]… [--out FILE.xlsx] [--json FILE.json] [--pdf DIR] [--overwrite]

Computes the month's milk payment statement of every producer of the OP workbook and writes a copy of the
workbook with the summary ("Synthèse YYYY-MM"), one statement sheet per producer ("YYYY-MM <code>") and the
checks list ("Contrôles YYYY-MM") added. The input file is never modified; running the same month on the
output again replaces exactly the sheets generated for that month (a generated sheet you renamed is yours:
it is kept).

Options:
  --month YYYY-MM   month to compute (required)
  --grid ID         grid for producers whose Grille column is blank (default: the only grid with a base
                    price for the month): an id, or a family (the version valid for the month).
                    Built-in grids: {grids}; the workbook's sheets « Grille <id> » too
  --grid-file F     a grid file (JSON, schemas/grid.schema.json) to use besides them; repeatable
  --out FILE.xlsx   output workbook (default: <input name>-YYYY-MM.xlsx beside the input; never the input)
  --json FILE.json  also write the statements and issues as JSON
  --pdf DIR         also write the PDFs into DIR (created if missing): "<month> <code> releve.pdf" per
                    statement, "<month> synthese.pdf", and "<month> impression.pdf" (every statement, for
                    printing). Existing PDFs are never overwritten: the run stops before writing anything
  --overwrite       replace an output that already exists (otherwise it is refused)
  --quiet           no progress line nor summary
  -h, --help        this help

Relative paths start from the folder where the command is typed.

Exit status: 0 the run completed (per-producer errors are in the checks sheet and the JSON);
             1 the workbook cannot be used (missing sheet or column, unreadable file, unknown grid,
               no base price) or an output cannot be written — the reason is printed on one line;
             2 wrong command line (or an existing output without --overwrite).`,
  "statements.phaseRead": "reading the tables",
  "statements.phaseCompute": "computing the statements",
  "statements.phaseWrite": "writing the sheets",
  "statements.phaseSave": "saving the workbook",
  "statements.phasePdf": "writing the PDFs",
  "statements.pdfsWritten": "  → {n} PDFs in {dir}\n",
  "documents.noLetterhead": "  ⚠ PDFs without the OP letterhead — {reason}\n",
  "statements.summary":
    "{month}: {statements} {statements:statement|statements} for {producers} {producers:producer|producers}",
  "statements.summaryWithheld": ", {n} withheld for an error",
  "statements.summaryNoConsent": ", {n} without consent",
  "statements.summaryTotal": "  {grid}: {volume} {unit}, total {total} {currency}",
  "statements.summaryIssues":
    "  {errors} {errors:error|errors}, {warnings} {warnings:warning|warnings} (sheet « Contrôles {month} »)",
  "statements.summaryReplaced": "  {n} {n:sheet|sheets} of {month} replaced",
  "cli.outputLine": "  → {file}",

  "invoices.usage": `Usage: npm run invoices -- <workbook.xlsx> --month YYYY-MM [--date YYYY-MM-DD] [--grid ID] [--out FILE.xlsx] [--json FILE.json] [--pdf DIR] [--overwrite]

Runs the month's statements, then issues each invoiceable producer's invoice (and, after a correction, a
credit note cancelling the earlier invoice) into the register « Registre des factures » and one printable
sheet per document. Producers that cannot be invoiced are listed with the reason in « Contrôles YYYY-MM ».
The input file is never modified.

Options:
  --month YYYY-MM    month delivered (required)
  --date YYYY-MM-DD  issue date (default: today); never before the register's last date nor the month's end
  --grid ID          grid for producers whose Grille column is blank. Grids: {grids}
  --out FILE.xlsx    output workbook (default: <input name>-YYYY-MM.xlsx beside the input; never the input)
  --json FILE.json   also write the documents issued and the producers not invoiced as JSON
  --pdf DIR          also write the month's PDFs into DIR (created if missing): one per statement
                     (« YYYY-MM <code> releve.pdf »), each invoice and credit note issued or kept this month as
                     Factur-X EN 16931 (PDF/A-3 with factur-x.xml, « YYYY-MM <code> <number>.pdf »), the
                     summary and « YYYY-MM impression.pdf » for printing; the OP's letterhead (OP sheet)
  --overwrite        replace an output that already exists (otherwise it is refused)
  --quiet            no summary
  -h, --help         this help

Relative paths start from the folder where the command is typed.

Exit status: 0 the documents are issued (producers not invoiced are in the checks and the JSON);
             1 the workbook or its register cannot be used, or an output cannot be written — the reason
               is printed on one line;
             2 wrong command line (or an existing output without --overwrite).`,
  "invoices.dateFormat": "--date {date}: expected a date YYYY-MM-DD, e.g. 2025-04-02",
  "invoices.summary":
    "{month}: {invoices} {invoices:invoice|invoices}, {credit} {credit:credit note|credit notes} issued; {unchanged} {unchanged:invoice|invoices} unchanged; {left} {left:producer|producers} not invoiced (see « Contrôles {month} »)",
  "invoices.document": "  {number} {type} {producer} TTC {ttc} € net {net} €",
  "invoices.cancels": " (cancels {number})",

  "compare.usage": `Usage: npm run compare -- <workbook.xlsx> --month YYYY-MM [--grid ID] [--grid-file FILE.json]… [--kg-per-litre 1.03] [--out FILE.xlsx] [--json FILE.json] [--overwrite]

Compares the grids for the month: the PSL standardized producer price of every grid (at its PrixDeBase of the
month) and, for each producer, what the same month would have paid under each grid with the same data.
Writes a copy of the workbook with the sheet "Comparaison YYYY-MM" (default <input>-comparaison-YYYY-MM.xlsx).

  --grid ID          grid of producers whose Grille is blank (the units their data is in)
  --grid-file F      a grid file (JSON) compared besides the built-in grids and the workbook's sheets
                     « Grille <id> »; repeatable
  --kg-per-litre F   litre/kilogram factor (default 1.03)
  --out FILE.xlsx    output workbook (never the input)
  --json FILE.json   also write the comparison as JSON
  --overwrite        replace an output that already exists (otherwise it is refused)
  --quiet            print nothing on success

Relative paths start from the folder where the command is typed. Exit status: 0 done; 1 the workbook cannot
be used or an output cannot be written; 2 wrong command line.`,
  "priceA.usage": `Usage: npm run price-a -- <workbook.xlsx> --month YYYY-MM [--grid ID] [--out FILE.xlsx] [--json FILE.json] [--overwrite]

Computes the Sodiaal price A of the month from the Indicateurs table (Mois, Indicateur, Valeur, Poids):
product mix of the month + 50 % × (FAM − SODIAAL_A) of m − 3 + SAISONNALITE of the month. Writes a copy of
the workbook with the sheet "Prix A YYYY-MM" and the price appended to PrixDeBase for that month and grid
(an existing different price is never overwritten). Default output <input>-prix-a-YYYY-MM.xlsx.

  --grid ID          grid whose base price price A is (default: the only grid priced in €/1000 L)
  --out FILE.xlsx    output workbook (never the input)
  --json FILE.json   also write the computation as JSON
  --overwrite        replace an output that already exists (otherwise it is refused)
  --quiet            print nothing on success

Relative paths start from the folder where the command is typed. Exit status: 0 done; 1 the workbook cannot
be used or an output cannot be written; 2 wrong command line.`,
  "prices.whichCommand": "usage: tsx src/cli/prices.ts compare|price-a <workbook.xlsx> --month YYYY-MM …",
  "compare.factorFormat": "--kg-per-litre {value}: expected a positive number, e.g. 1.03",
  "compare.title": "Grid comparison {month} (1 l = {factor} kg)",
  "compare.psp": "  PSP {grid}: {price} {unit} ({perKg} {perKgUnit}), base {base}",
  "compare.pspProblem": "  PSP {grid}: {problem}",
  "compare.producer": "  {code} ({grid}): {parts}",
  "compare.underGrid": "{grid} {total} {currency} = {price} {unit}",
  "compare.underGridError": "{grid}: {error}",
  "priceA.title": "Price A {month} ({grid}): {price} €/1000 L",

  "import.usage": `Usage: npm run import -- <workbook.xlsx> <file> [--mapping NAME] [--kind analyses|livraisons]
                         [--grid ID] [--save-mapping NAME] [--sheet NAME] [--out FILE.xlsx] [--overwrite] [--quiet]

Imports a lab's results (Infolabo export, CSV or .xlsx, long or wide layout) into the Analyses sheet, or a
buyer's volumes into Livraisons, and writes a copy of the workbook. Columns are recognised from their
headers (or taken from a mapping saved in the workbook); encoding (UTF-8, Windows-1252) and separator
(; , tab) are detected. Rows already in the workbook are not added again; rejected rows are listed with
their line and reason in the sheet « {rejects} ». The input files are never modified.

Options:
  --mapping NAME       use the mapping saved under NAME in the workbook (sheet « Import mappings »)
  --kind KIND          analyses (results) or livraisons (volumes); default: from the mapping, else guessed
  --grid ID            grid of the producers whose Grille is blank, for the plausible values (its unit);
                       default: the only grid named in PrixDeBase
  --save-mapping NAME  save the mapping used under NAME, for next month's import
  --sheet NAME         .xlsx file: the sheet to read (default: the first)
  --out FILE.xlsx      output workbook (default: <workbook name>-import.xlsx beside it; never the input)
  --overwrite          replace an output that already exists (otherwise it is refused)
  --quiet              no summary
  -h, --help           this help

Relative paths start from the folder where the command is typed.

Exit status: 0 the import completed (rejected rows are in « {rejects} »);
             1 the workbook or the file cannot be used (missing sheet, incomplete mapping, empty file…)
               or the output cannot be written;
             2 wrong command line (or an existing output without --overwrite).`,
  "import.bothMissing": "missing the workbook (.xlsx) and the file to import",
  "import.fileMissing": "missing the file to import",
  "import.tooMany": "one workbook and one file at a time (got {files})",
  "import.kindFormat": "--kind {kind}: expected analyses or livraisons",
  "import.csvHow": "CSV {encoding}, separator {separator}",
  "import.sheetHow": "sheet « {sheet} »",
  "import.wide": "one column per criterion",
  "import.long": "one row per value",
  "import.head": "{file} ({how}, {layout}) → {target}",
  "import.columns": "  columns: {columns}",
  "import.columnPair": "{field} ← « {header} »",
  "import.appended": "  rows {first} to {last} added to {sheet}",
  "import.rejects": "  {n} {n:row|rows} in the sheet « {sheet} »",
  "import.preamble": "  {n} {n:row|rows} before the header ignored",
  "import.saved": "  mapping saved as « {name} »",

  "sample.usage":
    "Usage: npm run sample -- [--grid sud-est-2018|mooh-2025] [--producers N] [--months N] [--end YYYY-MM] [--seed N] [--plain] [--bench] [--out FILE.xlsx] [--overwrite]",
  "sample.grid": "--grid {grid}: expected sud-est-2018 or mooh-2025",
  "sample.wholeNumber": "{flag}: expected a positive whole number",
  "sample.done": "{file}: {grid}, {rows} input rows, last month {month} ({seconds} s)",
  "demo.sample": "Sample OP ({grid}): {file} — {producers} producers, {months} months up to {month}, {rows} input rows",
  "demo.run": "Statement run for {month}:",
  "demo.statements":
    "  {statements} {statements:statement|statements} for {producers} producers ({withheld} withheld for a bad value, {noConsent} without consent)",
  "demo.total": "  total {total} {currency} for {volume} {unit} ({grid})",
  "demo.issues":
    "  {errors} {errors:error|errors}, {warnings} {warnings:warning|warnings} — see the sheet « Contrôles {month} »",
  "demo.invoices": "Invoices for {month} issued on {date} (« Registre des factures », one sheet per invoice):",
  "demo.invoiceCounts":
    "  {invoices} {invoices:invoice|invoices}, {credit} {credit:credit note|credit notes}; {unchanged} unchanged; {left} {left:producer|producers} not invoiced (reasons in « Contrôles {month} »)",
  "demo.output": "Output: {file}",
  "demo.json": "JSON:   {file}",
  "demo.folder": "(the demo rewrites its own files in {folder} every time)",
  "grids.usage": `Usage: npm run grids -- <command> … [--overwrite] [--quiet]

  list [<workbook.xlsx>]                        built-in grids (and the workbook's)
  show <id|family> [--from <workbook.xlsx>] [--month YYYY-MM]
                                                the grid as a readable table
  export <id|family> [--from <workbook.xlsx>] [--month YYYY-MM] --out FILE.json
                                                the grid as a JSON file (format schemas/grid.schema.json)
  check FILE.json                               checks a grid file (every problem)
  import FILE.json --into <workbook.xlsx> [--out FILE.xlsx]
                                                adds the sheet « Grille <id> » (copy of the workbook)
  copy <id|family> --as <new id> --from-month YYYY-MM --into <workbook.xlsx> [--out FILE.xlsx]
                                                copies a grid (built-in or the workbook's) as the starting
                                                point of the next version, valid from that month

Options:
  --overwrite          replaces an output that already exists (otherwise it is refused)
  --quiet              prints nothing when all is well
  -h, --help           this help

A family (e.g. sud-est) names the version valid for --month (the newest without --month).
import and copy write a copy of the workbook (default <name>-grille-<id>.xlsx beside it), never over it.
Relative paths start from the folder where the command is typed.

Exit status: 0 done; 1 unusable (unreadable file, invalid or unknown grid, output that cannot be
             written); 2 wrong command line (or an existing output without --overwrite).`,
  "grids.commandMissing": "missing the command: list, show, export, check, import or copy",
  "grids.commandUnknown": "unknown command « {command} »; expected: list, show, export, check, import or copy",
  "grids.missing": "missing {what}",
  "grids.gridName": "the grid's id",
  "grids.tooMany": "too many arguments: {args}",
  "grids.sheetExists":
    "the sheet « {sheet} » already exists in {workbook}: a grid sheet belongs to the user and is never replaced (rename it or choose another id)",
  "grids.builtInId": "« {id} » is the id of a built-in grid: choose a new id (e.g. {example})",
  "grids.idTaken": "the id « {id} » is already taken ({where})",
  "grids.unknown": "unknown grid « {name} »; grids available: {available}",
  "grids.valid": "{file}: grid « {id} » valid (family {family}, {validity})",
  "grids.exported": "grid « {id} » → {file}",
  "grids.imported": "sheet « {sheet} » added → {file}",
  "grids.copied": "grid « {from} » copied as « {id} » (valid from {month}): sheet « {sheet} » → {file}",
  "grids.sheetIssue": "{sheet}, row {row}{column}: {message}",
  "grids.sheetIssueColumn": ", column {column}",
  "grids.listHeader": "id | family | validity | origin | name",
  "grids.builtIn": "built-in",
  "grids.validFrom": "from {from}",
  "grids.validFromTo": "from {from} to {to}",
  "grids.copyName": "{name} (copy for {month}, to check against the dairy's grid)",
  "grids.importProblems": "{first} (npm run grids -- check {file}: {n} problems)",
  "gridFile.unreadable": "{file}: cannot read ({reason})",
  "gridFile.badJson": "{file}: unreadable JSON ({reason})",
  "gridFile.problem": "{file}: grid « {id} »: {field}: {problem}",
  "gridFile.more": "{first} (and {n} {n:other problem|other problems}: npm run grids -- check {file})",

  // ---------------------------------------------------------------- the workbook ports (src/workbook): damaged or refused files, sheet limits
  "zip.notZip":
    "the workbook is damaged (unreadable zip archive): open it in Excel and save it again as .xlsx (File > Save As > Excel Workbook)",
  "zip.badDirectory":
    "the workbook is damaged (zip archive's central directory is corrupt): open it in Excel and save it again as .xlsx (File > Save As > Excel Workbook)",
  "zip.badEntry":
    "the workbook is damaged (zip entry « {part} » is corrupt): open it in Excel and save it again as .xlsx (File > Save As > Excel Workbook)",
  "zip.truncated":
    "the workbook is incomplete (zip entry « {part} » is cut short: was the file only partly copied or downloaded?): take the original file again, or open it in Excel and save it again as .xlsx (File > Save As > Excel Workbook)",
  "zip.method":
    "the workbook uses a compression this program cannot read (zip entry « {part} », method {method}): open it in Excel and save it again as .xlsx (File > Save As > Excel Workbook)",
  "zip.encrypted":
    "part of the workbook is encrypted (zip entry « {part} »): open it in Excel, remove the password (File > Info > Protect Workbook) and save it as .xlsx",
  "zip.tooLarge":
    "the workbook would exceed 4 GB, the largest .xlsx archive this program writes: move past months to an archive workbook",
  "workbook.noContentTypes":
    "this zip file is not an Excel workbook ([Content_Types].xml is missing): open it in Excel and save it again as .xlsx (File > Save As > Excel Workbook)",
  "workbook.xlsb":
    "the workbook is in the binary format (.xlsb), which this program does not read: open it in Excel and save it as an Excel Workbook (.xlsx) (File > Save As)",
  "workbook.partMissing":
    "the workbook is damaged (part {part} is missing): open it in Excel and save it again as .xlsx (File > Save As > Excel Workbook)",
  "workbook.sheetPartMissing":
    "the workbook is damaged (the content of sheet « {sheet} » is missing): open it in Excel and save it again as .xlsx (File > Save As > Excel Workbook)",
  "workbook.noSheetList":
    "the workbook is damaged (workbook.xml lists no sheets): open it in Excel and save it again as .xlsx (File > Save As > Excel Workbook)",
  "workbook.badXml":
    "the workbook is damaged (malformed XML: {detail}): open it in Excel and save it again as .xlsx (File > Save As > Excel Workbook)",
  "workbook.xml.unterminated": "unterminated « {what} »",
  "workbook.xml.mismatchedEnd": "mismatched end tag </{name}>",
  "workbook.xml.twoRoots": "more than one root element",
  "workbook.xml.unclosed": "unclosed element <{name}>",
  "workbook.xml.noRoot": "no root element",
  "workbook.sheetDataMissing":
    "the workbook is damaged (sheet « {sheet} » has no readable <sheetData>): open it in Excel and save it again as .xlsx (File > Save As > Excel Workbook)",
  "workbook.sheetCut":
    "the workbook is damaged (sheet « {sheet} » ends in the middle of a row): open it in Excel and save it again as .xlsx (File > Save As > Excel Workbook)",
  "workbook.sharedStringsCut":
    "the workbook is damaged (the shared strings, sharedStrings.xml, are cut short): open it in Excel and save it again as .xlsx (File > Save As > Excel Workbook)",
  "workbook.strict":
    "the workbook is saved as Strict Open XML Spreadsheet, which this program does not write: save it as an Excel Workbook (.xlsx) (File > Save As) and run again",
  "workbook.excelTooOld":
    "this version of Excel is too old to write the statements (ExcelApi 1.4 is needed: Excel 2016 or later, or Excel on the web)",
  "workbook.noTable":
    "the workbook has no sheet or table « {name} »: check the tab's or table's name (Table Design > Table Name)",
  "workbook.sheetNotFound": "sheet « {sheet} » is no longer in the workbook (renamed or deleted?): run again",
  "workbook.noSuchSheet": "cannot replace sheet « {sheet} »: the workbook has no sheet of that name",
  "workbook.notGenerated":
    "sheet « {sheet} » was not generated by this program (no {marker} marker): it is left alone; rename or delete it, then run again",
  "workbook.lastSheet": "cannot delete these sheets: a workbook needs at least one visible sheet",
  "workbook.totalsRow": "table « {table} » has a totals row: remove it (Table Design > Total Row) before adding rows",
  "workbook.cellsBelowTable":
    "table « {table} » has filled cells right below it on sheet « {sheet} »: move them further down or elsewhere before adding rows",
  "workbook.tooManyRows":
    "sheet « {sheet} » would pass Excel's 1,048,576 rows (row {row}): move past months to an archive workbook",
  "workbook.sheetTooManyRows": "sheet « {sheet} » would have more rows than Excel allows (1,048,576)",
  "workbook.sheetTooManyColumns": "sheet « {sheet} » would have more columns than Excel allows (16,384)",
  "workbook.textTooLong":
    "sheet « {sheet} », cell {cell}: text of {length} characters, more than the 32,767 Excel takes in a cell: shorten it",
  "workbook.cellTextTooLong":
    "cell {cell}: text of {length} characters, more than the 32,767 Excel takes in a cell: shorten it",
  "workbook.cellNoReference":
    "sheet « {sheet} » has a cell without its reference below the table (file written by another program): open it in Excel and save it again as .xlsx",
  "workbook.rowNoNumber":
    "sheet « {sheet} » has a row without its number below the table (file written by another program): open it in Excel and save it again as .xlsx",
  "workbook.badRange": "{what}: « {ref} » is not a cell range such as A1:F20",
  "workbook.tableLabel": "table « {table} »",
  "workbook.printAreaLabel": "print area of sheet « {sheet} »",
  "workbook.mergeLabel": "merged cells of sheet « {sheet} »",
  "workbook.cannotWriteSheet": "cannot write sheet: {problem}",
  "workbook.sheetNameTaken": "cannot write sheet « {sheet} »: the workbook already has a sheet named « {other} »",
  "workbook.sheetNameEmpty": "a sheet name cannot be empty",
  "workbook.sheetNameTooLong": "sheet name « {name} » is too long ({length} characters, Excel allows 31)",
  "workbook.sheetNameForbidden": "sheet name « {name} » contains « {char} » (Excel forbids [ ] : * ? / \\)",
  "workbook.sheetNameControl": "sheet name {name} contains a control character",
  "workbook.sheetNameApostrophe": "sheet name « {name} » cannot begin or end with an apostrophe",
  "workbook.sheetNameReserved": "sheet name « {name} » is reserved by Excel",
};
