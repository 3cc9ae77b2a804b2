/**
 * The command-line tools' messages in French (the reference language: every key is defined here first).
 * See index.ts for the template syntax. Usage texts keep the option names (--month, --out…) untranslated.
 */
export const fr = {
  // ---------------------------------------------------------------- command line, every tool
  "cli.usageHint": "{reason} (--help pour l'aide)",
  "cli.needsValue": "{flag} attend une valeur",
  "cli.unknownOption": "option inconnue {flag}",
  "cli.monthMissing": "il manque --month AAAA-MM",
  "cli.monthFormat": "--month {month} : attendu AAAA-MM, par exemple 2025-03",
  "cli.workbookMissing": "il manque le classeur (.xlsx) à lire",
  "cli.oneWorkbook": "un seul classeur à la fois (reçu : {files})",
  "cli.crash": "erreur inattendue : {detail}",

  // ---------------------------------------------------------------- reading the input
  "input.unreadable": "impossible de lire {file} : {reason}",
  "input.notWorkbook": "{file} n'est pas un classeur Excel lisible : {reason}",
  "input.empty": "{file} est vide : ce n'est pas un classeur Excel",
  "input.encrypted":
    "{file} est un classeur protégé par mot de passe : ouvrez-le dans Excel, retirez le mot de passe (Fichier > Informations > Protéger le classeur) et enregistrez-le en .xlsx",
  "input.xls":
    "{file} est à l'ancien format Excel 97-2003 (.xls) : ouvrez-le dans Excel et enregistrez-le en .xlsx (Fichier > Enregistrer sous > Classeur Excel)",
  "input.ods":
    "{file} est un classeur OpenDocument (.ods, LibreOffice) : enregistrez-le au format Classeur Excel (.xlsx) (Fichier > Enregistrer sous)",
  "input.csv":
    "{file} est un fichier texte (CSV), pas un classeur : pour ajouter ses lignes au classeur de l'OP, utilisez npm run import -- <classeur.xlsx> {file}",
  "input.unknown": "{file} n'est pas un classeur Excel (.xlsx)",
  "input.csvPane":
    "{file} est un fichier texte (CSV), pas un classeur : ouvrez le classeur de l'OP (.xlsx), puis ajoutez-y ce fichier dans « Import des données »",

  // ---------------------------------------------------------------- writing the outputs
  "output.isInput":
    "{flag} {file} est le classeur d'entrée : l'entrée n'est jamais remplacée, même avec --overwrite ; choisissez un autre fichier",
  "output.isImported": "{flag} {file} est le fichier à importer : choisissez un autre fichier",
  "output.twice": "{flag} {file} est aussi la sortie de {other} : choisissez deux fichiers différents",
  "output.exists":
    "{file} existe déjà : ajoutez --overwrite pour le remplacer, ou choisissez un autre fichier avec {flag}",
  "output.isFolder": "{file} est un dossier : donnez à {flag} un nom de fichier",
  "output.noFolder": "impossible d'écrire {file} : le dossier {folder} n'existe pas",
  "output.parentNotFolder": "impossible d'écrire {file} : {folder} n'est pas un dossier",
  "output.failed": "impossible d'écrire {file} : {reason}",

  // ---------------------------------------------------------------- system errors (reason of the above)
  "errno.ENOENT": "fichier ou dossier introuvable",
  "errno.EACCES": "accès refusé",
  "errno.EPERM": "opération non permise",
  "errno.EISDIR": "c'est un dossier",
  "errno.ENOTDIR": "un élément du chemin n'est pas un dossier",
  "errno.EROFS": "disque en lecture seule",
  "errno.ENOSPC": "disque plein",
  "errno.EBUSY": "fichier utilisé par un autre programme (fermez-le dans Excel)",
  "errno.other": "erreur {code}",

  // ---------------------------------------------------------------- npm run statements
  "statements.usage": `Usage : npm run statements -- <classeur.xlsx> --month AAAA-MM [--grid ID] [--grid-file FICHIER.json]… [--out FICHIER.xlsx] [--json FICHIER.json] [--pdf DOSSIER] [--overwrite]

Calcule les relevés de paie du lait du mois pour chaque producteur du classeur de l'OP et écrit une copie du
classeur avec la synthèse (« Synthèse AAAA-MM »), un relevé par producteur (« AAAA-MM <code> ») et la liste
des contrôles (« Contrôles AAAA-MM »). Le classeur d'entrée n'est jamais modifié ; relancer le même mois sur
la sortie remplace exactement les feuilles générées pour ce mois (une feuille générée que vous avez renommée
est à vous : elle est gardée).

Options :
  --month AAAA-MM      mois à calculer (obligatoire)
  --grid ID            grille des producteurs dont la colonne Grille est vide (par défaut : la seule grille
                       qui a un prix de base ce mois-là) : un id, ou une famille (la version valable ce
                       mois-là). Grilles intégrées : {grids} ; et les feuilles « Grille <id> » du classeur
  --grid-file F        un fichier de grille (JSON, schemas/grid.schema.json) en plus ; répétable
  --out FICHIER.xlsx   classeur de sortie (par défaut : <nom de l'entrée>-AAAA-MM.xlsx à côté de l'entrée ;
                       jamais l'entrée)
  --json FICHIER.json  écrit aussi les relevés et les contrôles en JSON
  --pdf DOSSIER        écrit aussi les PDF dans DOSSIER (créé s'il manque) : « <mois> <code> releve.pdf » par
                       relevé, « <mois> synthese.pdf » et « <mois> impression.pdf » (tous les relevés, pour
                       imprimer). Un PDF existant n'est jamais remplacé : le calcul s'arrête avant toute écriture
  --overwrite          remplace une sortie qui existe déjà (sinon elle est refusée)
  --quiet              ni progression ni résumé
  -h, --help           cette aide

Les chemins relatifs partent du dossier où la commande est tapée.

Code de sortie : 0 le calcul est fait (les erreurs par producteur sont dans la feuille des contrôles et le JSON) ;
                 1 le classeur ne peut pas servir (feuille ou colonne absente, fichier illisible, grille
                   inconnue, pas de prix de base) ou une sortie ne peut pas être écrite — la raison tient sur
                   une ligne ;
                 2 ligne de commande incorrecte (ou sortie existante sans --overwrite).`,
  "statements.phaseRead": "lecture des tableaux",
  "statements.phaseCompute": "calcul des relevés",
  "statements.phaseWrite": "écriture des feuilles",
  "statements.phaseSave": "enregistrement du classeur",
  "statements.phasePdf": "écriture des PDF",
  "statements.pdfsWritten": "  → {n} PDF dans {dir}\n",
  "documents.noLetterhead": "  ⚠ PDF sans en-tête de l'OP — {reason}\n",
  "statements.summary":
    "{month} : {statements} {statements:relevé|relevés} sur {producers} {producers:producteur|producteurs}",
  "statements.summaryWithheld": ", {n} {n:retenu|retenus} pour erreur",
  "statements.summaryNoConsent": ", {n} sans consentement",
  "statements.summaryTotal": "  {grid} : {volume} {unit}, total {total} {currency}",
  "statements.summaryIssues":
    "  {errors} {errors:erreur|erreurs}, {warnings} {warnings:avertissement|avertissements} (feuille « Contrôles {month} »)",
  "statements.summaryReplaced": "  {n} {n:feuille|feuilles} de {month} {n:remplacée|remplacées}",
  "cli.outputLine": "  → {file}",

  // ---------------------------------------------------------------- npm run invoices
  "invoices.usage": `Usage : npm run invoices -- <classeur.xlsx> --month AAAA-MM [--date AAAA-MM-JJ] [--grid ID] [--out FICHIER.xlsx] [--json FICHIER.json] [--pdf DOSSIER] [--overwrite]

Calcule les relevés du mois, puis émet la facture de chaque producteur facturable (et, après une correction,
un avoir qui annule la facture précédente) dans le registre « Registre des factures » et une feuille
imprimable par document. Les producteurs qui ne peuvent pas être facturés sont listés avec la raison dans
« Contrôles AAAA-MM ». Le classeur d'entrée n'est jamais modifié.

Options :
  --month AAAA-MM      mois livré (obligatoire)
  --date AAAA-MM-JJ    date d'émission (par défaut : aujourd'hui) ; jamais avant la dernière date du registre
                       ni avant la fin du mois facturé
  --grid ID            grille des producteurs dont la colonne Grille est vide. Grilles : {grids}
  --out FICHIER.xlsx   classeur de sortie (par défaut : <nom de l'entrée>-AAAA-MM.xlsx à côté de l'entrée ;
                       jamais l'entrée)
  --json FICHIER.json  écrit aussi les documents émis et les producteurs non facturés en JSON
  --pdf DOSSIER        écrit aussi les PDF du mois dans DOSSIER (créé s'il manque) : un par relevé
                       (« AAAA-MM <code> releve.pdf »), chaque facture et avoir émis ou conservé du mois en
                       Factur-X EN 16931 (PDF/A-3 avec factur-x.xml, « AAAA-MM <code> <numéro>.pdf »), la
                       synthèse et « AAAA-MM impression.pdf » pour l'impression ; en-tête de l'OP (feuille OP)
  --overwrite          remplace une sortie qui existe déjà (sinon elle est refusée)
  --quiet              pas de résumé
  -h, --help           cette aide

Les chemins relatifs partent du dossier où la commande est tapée.

Code de sortie : 0 l'émission est faite (les producteurs non facturés sont dans les contrôles et le JSON) ;
                 1 le classeur ou son registre ne peut pas servir, ou une sortie ne peut pas être écrite —
                   la raison tient sur une ligne ;
                 2 ligne de commande incorrecte (ou sortie existante sans --overwrite).`,
  "invoices.dateFormat": "--date {date} : attendu une date AAAA-MM-JJ, par exemple 2025-04-02",
  "invoices.summary":
    "{month} : {invoices} {invoices:facture|factures}, {credit} {credit:avoir|avoirs} émis ; {unchanged} {unchanged:facture inchangée|factures inchangées} ; {left} {left:producteur non facturé|producteurs non facturés} (voir « Contrôles {month} »)",
  "invoices.document": "  {number} {type} {producer} TTC {ttc} € net {net} €",
  "invoices.cancels": " (annule {number})",

  // ---------------------------------------------------------------- npm run compare / price-a
  "compare.usage": `Usage : npm run compare -- <classeur.xlsx> --month AAAA-MM [--grid ID] [--grid-file FICHIER.json]… [--kg-per-litre 1.03] [--out FICHIER.xlsx] [--json FICHIER.json] [--overwrite]

Compare les grilles pour le mois : le prix standard producteur (PSP) de chaque grille (à son prix de base du
mois) et, pour chaque producteur, ce que le même mois aurait payé avec chaque grille, avec les mêmes données.
Écrit une copie du classeur avec la feuille « Comparaison AAAA-MM » (par défaut
<entrée>-comparaison-AAAA-MM.xlsx à côté de l'entrée).

  --grid ID            grille des producteurs dont la Grille est vide (les unités de leurs données)
  --grid-file F        un fichier de grille (JSON) comparé en plus des grilles intégrées et des feuilles
                       « Grille <id> » du classeur ; répétable
  --kg-per-litre F     facteur litre/kilogramme (par défaut 1,03)
  --out FICHIER.xlsx   classeur de sortie (jamais l'entrée)
  --json FICHIER.json  écrit aussi la comparaison en JSON
  --overwrite          remplace une sortie qui existe déjà (sinon elle est refusée)
  --quiet              rien n'est affiché si tout va bien

Les chemins relatifs partent du dossier où la commande est tapée. Code de sortie : 0 fait ; 1 le classeur
ne peut pas servir ou une sortie ne peut pas être écrite ; 2 ligne de commande incorrecte.`,
  "priceA.usage": `Usage : npm run price-a -- <classeur.xlsx> --month AAAA-MM [--grid ID] [--out FICHIER.xlsx] [--json FICHIER.json] [--overwrite]

Calcule le prix A Sodiaal du mois à partir du tableau Indicateurs (Mois, Indicateur, Valeur, Poids) : mix
produits du mois + 50 % × (FAM − SODIAAL_A) de m − 3 + SAISONNALITE du mois. Écrit une copie du classeur avec
la feuille « Prix A AAAA-MM » et le prix ajouté à PrixDeBase pour ce mois et cette grille (un prix différent
déjà présent n'est jamais remplacé). Sortie par défaut : <entrée>-prix-a-AAAA-MM.xlsx à côté de l'entrée.

  --grid ID            grille dont le prix A est le prix de base (par défaut : la seule grille en €/1000 L)
  --out FICHIER.xlsx   classeur de sortie (jamais l'entrée)
  --json FICHIER.json  écrit aussi le calcul en JSON
  --overwrite          remplace une sortie qui existe déjà (sinon elle est refusée)
  --quiet              rien n'est affiché si tout va bien

Les chemins relatifs partent du dossier où la commande est tapée. Code de sortie : 0 fait ; 1 le classeur
ne peut pas servir ou une sortie ne peut pas être écrite ; 2 ligne de commande incorrecte.`,
  "prices.whichCommand": "usage : tsx src/cli/prices.ts compare|price-a <classeur.xlsx> --month AAAA-MM …",
  "compare.factorFormat": "--kg-per-litre {value} : attendu un nombre positif, par exemple 1,03",
  "compare.title": "Comparaison des grilles {month} (1 l = {factor} kg)",
  "compare.psp": "  PSP {grid} : {price} {unit} ({perKg} {perKgUnit}), base {base}",
  "compare.pspProblem": "  PSP {grid} : {problem}",
  "compare.producer": "  {code} ({grid}) : {parts}",
  "compare.underGrid": "{grid} {total} {currency} = {price} {unit}",
  "compare.underGridError": "{grid} : {error}",
  "priceA.title": "Prix A {month} ({grid}) : {price} €/1000 L",

  // ---------------------------------------------------------------- npm run import
  "import.usage": `Usage : npm run import -- <classeur.xlsx> <fichier> [--mapping NOM] [--kind analyses|livraisons]
                         [--grid ID] [--save-mapping NOM] [--sheet NOM] [--out FICHIER.xlsx] [--overwrite] [--quiet]

Importe les résultats d'un laboratoire (export Infolabo, CSV ou .xlsx, une ligne par valeur ou une colonne par
critère) dans la feuille Analyses, ou les volumes d'un acheteur dans Livraisons, et écrit une copie du
classeur. Les colonnes sont reconnues à leurs en-têtes (ou prises d'une correspondance enregistrée dans le
classeur) ; l'encodage (UTF-8, Windows-1252) et le séparateur (; , tabulation) sont détectés. Les lignes déjà
dans le classeur ne sont pas ajoutées une seconde fois ; les lignes rejetées sont listées avec leur numéro et
leur raison dans la feuille « {rejects} ». Les fichiers d'entrée ne sont jamais modifiés.

Options :
  --mapping NOM        utilise la correspondance enregistrée sous NOM dans le classeur (feuille « Import mappings »)
  --kind TYPE          analyses (résultats) ou livraisons (volumes) ; par défaut : celui de la correspondance,
                       sinon deviné
  --grid ID            grille des producteurs dont la Grille est vide, pour les valeurs plausibles (son unité) ;
                       par défaut : la seule grille nommée dans PrixDeBase
  --save-mapping NOM   enregistre la correspondance utilisée sous NOM, pour l'import du mois suivant
  --sheet NOM          fichier .xlsx : la feuille à lire (par défaut : la première)
  --out FICHIER.xlsx   classeur de sortie (par défaut : <nom du classeur>-import.xlsx à côté de lui ; jamais l'entrée)
  --overwrite          remplace une sortie qui existe déjà (sinon elle est refusée)
  --quiet              pas de résumé
  -h, --help           cette aide

Les chemins relatifs partent du dossier où la commande est tapée.

Code de sortie : 0 l'import est fait (les lignes rejetées sont dans « {rejects} ») ;
                 1 le classeur ou le fichier ne peut pas servir (feuille absente, correspondance incomplète,
                   fichier vide…) ou la sortie ne peut pas être écrite ;
                 2 ligne de commande incorrecte (ou sortie existante sans --overwrite).`,
  "import.bothMissing": "il manque le classeur (.xlsx) et le fichier à importer",
  "import.fileMissing": "il manque le fichier à importer",
  "import.tooMany": "un classeur et un fichier à la fois (reçu : {files})",
  "import.kindFormat": "--kind {kind} : attendu analyses ou livraisons",
  "import.csvHow": "CSV {encoding}, séparateur {separator}",
  "import.sheetHow": "feuille « {sheet} »",
  "import.wide": "une colonne par critère",
  "import.long": "une ligne par valeur",
  "import.head": "{file} ({how}, {layout}) → {target}",
  "import.columns": "  colonnes : {columns}",
  "import.columnPair": "{field} ← « {header} »",
  "import.appended": "  lignes {first} à {last} ajoutées à {sheet}",
  "import.rejects": "  {n} {n:ligne|lignes} dans la feuille « {sheet} »",
  "import.preamble": "  {n} {n:ligne|lignes} avant l'en-tête {n:ignorée|ignorées}",
  "import.saved": "  correspondance enregistrée sous « {name} »",

  // ---------------------------------------------------------------- npm run grids, --grid-file
  "grids.usage": `Usage : npm run grids -- <commande> … [--overwrite] [--quiet]

  list [<classeur.xlsx>]                        grilles intégrées (et celles du classeur)
  show <id|famille> [--from <classeur.xlsx>] [--month AAAA-MM]
                                                la grille en tableau lisible
  export <id|famille> [--from <classeur.xlsx>] [--month AAAA-MM] --out FICHIER.json
                                                la grille en fichier JSON (format schemas/grid.schema.json)
  check FICHIER.json                            vérifie un fichier de grille (chaque problème en français)
  import FICHIER.json --into <classeur.xlsx> [--out FICHIER.xlsx]
                                                ajoute la feuille « Grille <id> » (copie du classeur)
  copy <id|famille> --as <nouvel id> --from-month AAAA-MM --into <classeur.xlsx> [--out FICHIER.xlsx]
                                                copie une grille (intégrée ou du classeur) comme point de
                                                départ de la version suivante, valable à partir du mois

Options :
  --overwrite          remplace une sortie qui existe déjà (sinon elle est refusée)
  --quiet              rien n'est affiché si tout va bien
  -h, --help           cette aide

Une famille (ex. sud-est) désigne la version valable pour --month (la plus récente sans --month).
import et copy écrivent une copie du classeur (par défaut <nom>-grille-<id>.xlsx à côté), jamais par-dessus.
Les chemins relatifs partent du dossier où la commande est tapée.

Code de sortie : 0 fait ; 1 inutilisable (fichier illisible, grille invalide ou inconnue, sortie impossible
                 à écrire) ; 2 ligne de commande incorrecte (ou sortie existante sans --overwrite).`,
  "grids.commandMissing": "il manque la commande : list, show, export, check, import ou copy",
  "grids.commandUnknown": "commande inconnue « {command} » ; attendu : list, show, export, check, import ou copy",
  "grids.missing": "il manque {what}",
  "grids.gridName": "l'identifiant de la grille",
  "grids.tooMany": "arguments en trop : {args}",
  "grids.sheetExists":
    "la feuille « {sheet} » existe déjà dans {workbook} : une feuille de grille appartient à l'utilisateur et n'est jamais remplacée (renommez-la ou choisissez un autre identifiant)",
  "grids.builtInId":
    "« {id} » est l'identifiant d'une grille intégrée : choisissez un nouvel identifiant (ex. {example})",
  "grids.idTaken": "l'identifiant « {id} » est déjà pris ({where})",
  "grids.unknown": "grille « {name} » inconnue ; grilles disponibles : {available}",
  "grids.valid": "{file} : grille « {id} » valide (famille {family}, {validity})",
  "grids.exported": "grille « {id} » → {file}",
  "grids.imported": "feuille « {sheet} » ajoutée → {file}",
  "grids.copied": "grille « {from} » copiée en « {id} » (valable à partir de {month}) : feuille « {sheet} » → {file}",
  "grids.sheetIssue": "{sheet}, ligne {row}{column} : {message}",
  "grids.sheetIssueColumn": ", colonne {column}",
  "grids.listHeader": "identifiant | famille | validité | origine | nom",
  "grids.builtIn": "intégrée",
  "grids.validFrom": "à partir de {from}",
  "grids.validFromTo": "de {from} à {to}",
  "grids.copyName": "{name} (copie pour {month}, à relire avec la grille de la laiterie)",
  "grids.importProblems": "{first} (npm run grids -- check {file} : {n} problèmes)",
  "gridFile.unreadable": "{file} : lecture impossible ({reason})",
  "gridFile.badJson": "{file} : JSON illisible ({reason})",
  "gridFile.problem": "{file} : grille « {id} » : {field} : {problem}",
  "gridFile.more": "{first} (et {n} {n:autre problème|autres problèmes} : npm run grids -- check {file})",

  // ---------------------------------------------------------------- npm run sample / demo
  "sample.usage":
    "Usage : npm run sample -- [--grid sud-est-2018|mooh-2025] [--producers N] [--months N] [--end AAAA-MM] [--seed N] [--plain] [--bench] [--out FICHIER.xlsx] [--overwrite]",
  "sample.grid": "--grid {grid} : attendu sud-est-2018 ou mooh-2025",
  "sample.wholeNumber": "{flag} : attendu un nombre entier positif",
  "sample.done": "{file} : {grid}, {rows} lignes d'entrée, dernier mois {month} ({seconds} s)",
  "demo.sample":
    "Classeur d'exemple ({grid}) : {file} — {producers} producteurs, {months} mois jusqu'à {month}, {rows} lignes d'entrée",
  "demo.run": "Relevés de {month} :",
  "demo.statements":
    "  {statements} {statements:relevé|relevés} pour {producers} producteurs ({withheld} {withheld:retenu|retenus} pour une valeur erronée, {noConsent} sans consentement)",
  "demo.total": "  total {total} {currency} pour {volume} {unit} ({grid})",
  "demo.issues":
    "  {errors} {errors:erreur|erreurs}, {warnings} {warnings:avertissement|avertissements} — voir la feuille « Contrôles {month} »",
  "demo.invoices": "Factures de {month} émises le {date} (« Registre des factures », une feuille par facture) :",
  "demo.invoiceCounts":
    "  {invoices} {invoices:facture|factures}, {credit} {credit:avoir|avoirs} ; {unchanged} {unchanged:inchangée|inchangées} ; {left} {left:producteur non facturé|producteurs non facturés} (raisons dans « Contrôles {month} »)",
  "demo.output": "Classeur : {file}",
  "demo.json": "JSON :     {file}",
  "demo.folder": "(la démo réécrit à chaque fois ses propres fichiers dans {folder})",

  // ---------------------------------------------------------------- the workbook ports (src/workbook): damaged or refused files, sheet limits
  "zip.notZip":
    "le classeur est endommagé (archive zip illisible) : ouvrez-le dans Excel et enregistrez-le de nouveau en .xlsx (Fichier > Enregistrer sous > Classeur Excel)",
  "zip.badDirectory":
    "le classeur est endommagé (table des matières de l'archive zip abîmée) : ouvrez-le dans Excel et enregistrez-le de nouveau en .xlsx (Fichier > Enregistrer sous > Classeur Excel)",
  "zip.badEntry":
    "le classeur est endommagé (élément « {part} » de l'archive zip abîmé) : ouvrez-le dans Excel et enregistrez-le de nouveau en .xlsx (Fichier > Enregistrer sous > Classeur Excel)",
  "zip.truncated":
    "le classeur est incomplet (élément « {part} » coupé : fichier copié ou téléchargé en partie ?) : reprenez le fichier d'origine, ou ouvrez-le dans Excel et enregistrez-le de nouveau en .xlsx (Fichier > Enregistrer sous > Classeur Excel)",
  "zip.method":
    "le classeur utilise une compression que ce programme ne lit pas (élément « {part} », méthode {method}) : ouvrez-le dans Excel et enregistrez-le de nouveau en .xlsx (Fichier > Enregistrer sous > Classeur Excel)",
  "zip.encrypted":
    "une partie du classeur est chiffrée (élément « {part} ») : ouvrez-le dans Excel, retirez le mot de passe (Fichier > Informations > Protéger le classeur) et enregistrez-le en .xlsx",
  "zip.tooLarge":
    "le classeur dépasserait 4 Go, la taille maximale d'une archive .xlsx écrite par ce programme : déplacez les mois passés dans un classeur d'archive",
  "workbook.noContentTypes":
    "ce fichier zip n'est pas un classeur Excel ([Content_Types].xml absent) : ouvrez-le dans Excel et enregistrez-le de nouveau en .xlsx (Fichier > Enregistrer sous > Classeur Excel)",
  "workbook.xlsb":
    "le classeur est au format binaire (.xlsb), que ce programme ne lit pas : ouvrez-le dans Excel et enregistrez-le en Classeur Excel (.xlsx) (Fichier > Enregistrer sous)",
  "workbook.partMissing":
    "le classeur est endommagé (la partie {part} manque) : ouvrez-le dans Excel et enregistrez-le de nouveau en .xlsx (Fichier > Enregistrer sous > Classeur Excel)",
  "workbook.sheetPartMissing":
    "le classeur est endommagé (le contenu de la feuille « {sheet} » manque) : ouvrez-le dans Excel et enregistrez-le de nouveau en .xlsx (Fichier > Enregistrer sous > Classeur Excel)",
  "workbook.noSheetList":
    "le classeur est endommagé (workbook.xml ne liste aucune feuille) : ouvrez-le dans Excel et enregistrez-le de nouveau en .xlsx (Fichier > Enregistrer sous > Classeur Excel)",
  "workbook.badXml":
    "le classeur est endommagé (XML mal formé : {detail}) : ouvrez-le dans Excel et enregistrez-le de nouveau en .xlsx (Fichier > Enregistrer sous > Classeur Excel)",
  "workbook.xml.unterminated": "« {what} » jamais refermé",
  "workbook.xml.mismatchedEnd": "balise fermante </{name}> inattendue",
  "workbook.xml.twoRoots": "plus d'un élément racine",
  "workbook.xml.unclosed": "élément <{name}> jamais fermé",
  "workbook.xml.noRoot": "aucun élément racine",
  "workbook.sheetDataMissing":
    "le classeur est endommagé (la feuille « {sheet} » n'a pas de zone de données <sheetData> lisible) : ouvrez-le dans Excel et enregistrez-le de nouveau en .xlsx (Fichier > Enregistrer sous > Classeur Excel)",
  "workbook.sheetCut":
    "le classeur est endommagé (la feuille « {sheet} » s'arrête au milieu d'une ligne) : ouvrez-le dans Excel et enregistrez-le de nouveau en .xlsx (Fichier > Enregistrer sous > Classeur Excel)",
  "workbook.sharedStringsCut":
    "le classeur est endommagé (la liste des textes sharedStrings.xml est coupée) : ouvrez-le dans Excel et enregistrez-le de nouveau en .xlsx (Fichier > Enregistrer sous > Classeur Excel)",
  "workbook.strict":
    "le classeur est enregistré au format « Feuille de calcul Open XML Strict », que ce programme n'écrit pas : enregistrez-le au format Classeur Excel (.xlsx) (Fichier > Enregistrer sous), puis relancez",
  "workbook.excelTooOld":
    "cette version d'Excel est trop ancienne pour écrire les relevés (il faut ExcelApi 1.4 : Excel 2016 ou plus récent, ou Excel sur le web)",
  "workbook.noTable":
    "le classeur n'a ni feuille ni tableau « {name} » : vérifiez le nom de l'onglet ou du tableau (Création de tableau > Nom du tableau)",
  "workbook.sheetNotFound":
    "la feuille « {sheet} » n'existe plus dans le classeur (renommée ou supprimée ?) : relancez le calcul",
  "workbook.noSuchSheet": "impossible de remplacer la feuille « {sheet} » : le classeur n'a pas de feuille de ce nom",
  "workbook.notGenerated":
    "la feuille « {sheet} » n'a pas été créée par ce programme (pas de marqueur {marker}) : elle est laissée telle quelle ; renommez-la ou supprimez-la, puis relancez",
  "workbook.lastSheet": "impossible de supprimer ces feuilles : un classeur doit garder au moins une feuille visible",
  "workbook.totalsRow":
    "le tableau « {table} » a une ligne de total : décochez-la (Création de tableau > Ligne des totaux) avant d'y ajouter des lignes",
  "workbook.cellsBelowTable":
    "le tableau « {table} » a des cellules remplies juste en dessous, sur la feuille « {sheet} » : déplacez-les plus bas ou ailleurs avant d'y ajouter des lignes",
  "workbook.tooManyRows":
    "la feuille « {sheet} » dépasserait les 1 048 576 lignes d'Excel (ligne {row}) : déplacez les mois passés dans un classeur d'archive",
  "workbook.sheetTooManyRows": "la feuille « {sheet} » aurait plus de lignes qu'Excel n'en permet (1 048 576)",
  "workbook.sheetTooManyColumns": "la feuille « {sheet} » aurait plus de colonnes qu'Excel n'en permet (16 384)",
  "workbook.textTooLong":
    "feuille « {sheet} », cellule {cell} : texte de {length} caractères, plus que les 32 767 qu'Excel accepte dans une cellule : raccourcissez-le",
  "workbook.cellTextTooLong":
    "cellule {cell} : texte de {length} caractères, plus que les 32 767 qu'Excel accepte dans une cellule : raccourcissez-le",
  "workbook.cellNoReference":
    "la feuille « {sheet} » a, sous le tableau, une cellule sans référence (fichier écrit par un autre programme) : ouvrez-le dans Excel et enregistrez-le de nouveau en .xlsx",
  "workbook.rowNoNumber":
    "la feuille « {sheet} » a, sous le tableau, une ligne sans numéro (fichier écrit par un autre programme) : ouvrez-le dans Excel et enregistrez-le de nouveau en .xlsx",
  "workbook.badRange": "{what} : « {ref} » n'est pas une plage de cellules comme A1:F20",
  "workbook.tableLabel": "tableau « {table} »",
  "workbook.printAreaLabel": "zone d'impression de la feuille « {sheet} »",
  "workbook.mergeLabel": "cellules fusionnées de la feuille « {sheet} »",
  "workbook.cannotWriteSheet": "impossible d'écrire la feuille : {problem}",
  "workbook.sheetNameTaken":
    "impossible d'écrire la feuille « {sheet} » : le classeur a déjà une feuille nommée « {other} »",
  "workbook.sheetNameEmpty": "un nom de feuille ne peut pas être vide",
  "workbook.sheetNameTooLong": "le nom de feuille « {name} » est trop long ({length} caractères, Excel en accepte 31)",
  "workbook.sheetNameForbidden": "le nom de feuille « {name} » contient « {char} » (Excel interdit [ ] : * ? / \\)",
  "workbook.sheetNameControl": "le nom de feuille {name} contient un caractère de contrôle",
  "workbook.sheetNameApostrophe": "le nom de feuille « {name} » ne peut ni commencer ni finir par une apostrophe",
  "workbook.sheetNameReserved": "le nom de feuille « {name} » est réservé par Excel",
};

export type Messages = { [K in keyof typeof fr]: string };
