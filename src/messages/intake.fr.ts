/**
 * The importer (src/intake): a file that cannot be read, a mapping of columns that does not fit the file, why
 * a row of the file is rejected (the « Import rejets » sheet's Motif column: a message, in the language of
 * the session that imported it, under French headers), and the counts at the end. French, the reference:
 * intake.en.ts and intake.de.ts have the same keys and parameters. The headers a lab's file is recognised by
 * (« date prelevement », « n ede »… in src/intake/mapping.ts) are matching data, not messages.
 * Where the input readers already have the words (inputs.missing.*, inputs.gridUnknown…), the importer uses
 * theirs.
 */
export const intakeFr = {
  // ---------------------------------------------------------------- the file to import (source.ts, csv.ts)
  "intake.emptyFile": "{file} : le fichier est vide (aucune ligne à importer)",
  "intake.unreadableXlsx": "{file} n'est pas un classeur Excel lisible : {error}",
  "intake.notXlsx": "{file} n'est pas un classeur Excel lisible (pas un fichier .xlsx)",
  "intake.xls": "{file} : les classeurs .xls (Excel 97-2003) ne sont pas lus ; enregistrez-le en .xlsx ou en CSV",
  "intake.noSheet": "{file} : le classeur n'a aucune feuille",
  "intake.sheetNotFound": "{file} : feuille « {sheet} » introuvable (feuilles : {sheets})",
  "intake.emptySheet": "{file} : la feuille « {sheet} » est vide (aucune ligne à importer)",
  // A cell of an .xlsx file holding a formula without a value, in the rejects' Contenu column.
  "intake.rawFormula": "(formule)",
  "intake.separator.semicolon": "point-virgule",
  "intake.separator.comma": "virgule",
  "intake.separator.tab": "tabulation",
  "intake.separator.pipe": "barre verticale",

  // ---------------------------------------------------------------- the mapping of columns (mapping.ts, store.ts)
  "intake.field.date": "Date",
  "intake.field.code": "Code producteur",
  "intake.field.criterion": "Critère",
  "intake.field.value": "Valeur",
  "intake.field.validated": "Validé",
  "intake.field.volume": "Volume",
  "intake.field.time": "Heure",
  "intake.field.temperature": "Température",
  "intake.field.place": "Lieu",
  "intake.mapping.incomplete": "correspondance des colonnes incomplète : {problems} (en-têtes du fichier : {headers})",
  // Between two problems of an incomplete mapping.
  "intake.mapping.and": " ; ",
  "intake.mapping.noColumn": "aucune colonne pour « {label} »",
  "intake.mapping.columnAbsent": "colonne « {header} » ({label}) absente du fichier",
  "intake.mapping.noCriterionColumn": "aucune colonne de critère (MG, MP, Germes, Cellules…)",
  "intake.mapping.unreadable": "correspondance illisible (objet JSON attendu)",
  "intake.mapping.unknownKind": "correspondance : type « {kind} » inconnu (analyses ou livraisons)",
  "intake.mapping.unknownLayout": "correspondance : disposition « {layout} » inconnue (long ou wide)",
  "intake.mapping.unknownCriterion": "correspondance : critère « {criterion} » inconnu pour la colonne « {column} »",
  "intake.mapping.notFound":
    "correspondance « {name} » introuvable dans la feuille « {sheet} » (enregistrées : {names})",
  "intake.mapping.noneSaved": "aucune",
  // The Type column of « Import mappings ».
  "intake.kind.analyses": "résultats (Analyses)",
  "intake.kind.livraisons": "volumes (Livraisons)",
  "intake.kindMismatch": "la correspondance est pour {mapped}, pas pour {wanted}",
  "intake.kindOf.analyses": "des résultats",
  "intake.kindOf.livraisons": "des volumes",

  // ---------------------------------------------------------------- the workbook (importer.ts, write.ts, store.ts)
  "intake.tableNotFound": "feuille ou tableau « {name} » introuvable dans le classeur (feuilles : {sheets})",
  "intake.cannotAppend": "ce classeur ne permet pas d'ajouter des lignes",
  "intake.userSheet":
    "la feuille « {sheet} » existe mais n'a pas été créée par l'import : renommez-la ou supprimez-la (elle n'est pas modifiée)",

  // ---------------------------------------------------------------- the grid values are checked against (validate.ts)
  "intake.noKnownGrid": "aucune grille connue dans {sheet}",
  "intake.severalGrids": "plusieurs grilles dans {sheet} ({grids})",
  "intake.producerGridUnusable":
    "grille « {grid} » du producteur {code} inutilisable ({why}) : valeurs non vérifiables, non importées",
  "intake.producerGridUnknown":
    "grille « {grid} » du producteur {code} inconnue (grilles disponibles : {grids}) : valeurs non vérifiables, non importées",
  "intake.gridUndecidable":
    "producteur {code} sans Grille et grille de l'import indécidable ({why}) : précisez la grille (Grille dans {sheet}, ou --grid)",
  "intake.familyUnusable": "producteur {code} : {why} : valeurs non vérifiables, non importées",
  "intake.unitMismatch":
    "{criterion} : l'en-tête du fichier indique des {declared}, la grille {grid} paie des teneurs en {unit} : valeur non convertie, à vérifier",

  // ---------------------------------------------------------------- why a row is rejected (rowChecks, results, volumes)
  "intake.rowShort": "ligne incomplète : {n} {n:champ|champs} au lieu de {width}",
  "intake.rowLong": "ligne trop longue : {n} champs au lieu de {width} (séparateur dans une valeur sans guillemets ?)",
  "intake.unknownProducer": "producteur « {code} » inconnu dans {sheet}",
  "intake.noConsent": "producteur {code} : Consentement = non, résultats non importés",
  // What the rejects' Contenu column shows of a row of a producer without consent: his data is not copied.
  "intake.noConsentContent": "(contenu non repris : producteur sans consentement)",
  "intake.missingValue": "valeur manquante",
  "intake.labelled": "{label} : {problem}",
  "intake.validatedBad": "Validé : {problem}",
  "intake.noValidatedColumn":
    "la feuille {sheet} n'a pas de colonne « Validé » : ce résultat non validé y serait compté comme validé (ajoutez la colonne Validé puis importez à nouveau)",
  "intake.conflict":
    "{label} : {code} a déjà un résultat {criterion} le {date} ({place}) avec la valeur {before} ; la nouvelle valeur {value} n'est pas importée : vérifiez auprès du laboratoire",
  "intake.conflictNotValidated":
    "{label} : {code} a déjà un résultat non validé {criterion} le {date} ({place}) avec la valeur {before} ; la nouvelle valeur {value} n'est pas importée : vérifiez auprès du laboratoire",
  // Where the result already there is: a line of the file, or a row of the sheet.
  "intake.conflictAtLine": "{file}, ligne {line}",
  "intake.conflictAtRow": "{sheet}, ligne {row}",
  "intake.lostColumn":
    "la feuille {sheet} n'a pas de colonne « {column} » : la valeur serait perdue (ajoutez la colonne puis importez à nouveau)",

  // ---------------------------------------------------------------- the counts at the end (plan.ts summaryLine)
  // `v` is the count as written (1 200), `n` the number its word agrees with.
  "intake.summary": "{lines} ({read}) : {imported}, {duplicates}, {rejected}, {noConsent}",
  "intake.count.lines": "{v} {n:ligne lue|lignes lues}",
  "intake.count.results": "{v} {n:résultat|résultats}",
  "intake.count.deliveries": "{v} {n:livraison|livraisons}",
  "intake.count.imported": "{v} {n:importé|importés}",
  "intake.count.duplicates": "{v} {n:doublon|doublons}",
  "intake.count.rejected": "{v} {n:rejeté|rejetés}",
  "intake.count.noConsent": "{v} sans consentement",
};
