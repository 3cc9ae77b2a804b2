/**
 * Reading the input tables (src/inputs): what a cell that cannot be read says (cell.ts, numbers.ts), a blank
 * required cell, a missing sheet or column, a grid named but unknown, a grid sheet « Grille <id> » that cannot
 * be read. French, the reference: inputs.en.ts and inputs.de.ts have the same keys and parameters.
 * `{cell}` is the cell as the language quotes it (inputs.cell.*).
 */
export const inputsFr = {
  // ---------------------------------------------------------------- how a cell is quoted
  "inputs.cell.quoted": "« {text} »",
  "inputs.cell.blank": "vide",
  "inputs.cell.true": "VRAI",
  "inputs.cell.false": "FAUX",
  "inputs.cell.formula": "formule",

  // ---------------------------------------------------------------- a cell that cannot be read
  "inputs.excelError": "{code} : la cellule contient une erreur Excel ; corrigez la formule ou la valeur",
  "inputs.formulaWithoutValue": "formule sans valeur calculée : recalculez et enregistrez le classeur dans Excel",
  "inputs.notDate": "{cell} n'est pas une date : date attendue (ex. 04/03/2025 ou 2025-03-04)",
  "inputs.invalidDate": "{cell} n'est pas une date valide (jour, mois ou année impossible)",
  "inputs.implausibleDate":
    "{cell} n'est pas une date plausible ({from}–{to}) : date attendue (ex. 04/03/2025 ou 2025-03-04)",
  "inputs.dateExpected": "{cell} : date attendue (ex. 04/03/2025 ou 2025-03-04)",
  "inputs.notMonth": "{cell} n'est pas un mois : mois attendu (ex. 2025-03, 03/2025 ou une date du mois)",
  "inputs.invalidMonth": "{cell} n'est pas un mois valide",
  "inputs.notTime": "{cell} n'est pas une heure : heure attendue (ex. 06:30)",
  "inputs.timeExpected": "{cell} : heure attendue (ex. 06:30)",
  "inputs.notFinite": "{cell} n'est pas un nombre fini",
  "inputs.numberExpected": "{cell} : nombre attendu (ex. 38,5 ou 100 000)",
  "inputs.notNumber": "{cell} n'est pas un nombre : nombre attendu (ex. 38,5 ou 100 000)",
  "inputs.negative": "{cell} est négatif : une valeur positive ou nulle est attendue",
  "inputs.ambiguous":
    "{text} : séparateur ambigu (milliers ou décimales ?) : retapez {what} sans séparateur de milliers ({thousands}) ou avec une virgule décimale et au plus deux décimales ({decimals})",
  "inputs.quantity.value": "la valeur",
  "inputs.quantity.volume": "le volume",
  "inputs.quantity.amount": "le montant",
  "inputs.quantity.count": "le comptage",
  "inputs.positiveFreezingPoint":
    "point de congélation positif ({value}) : une température négative en °C est attendue (ex. −0,520)",
  "inputs.unexpected": "{cell} : {expected}",
  "inputs.expected.yesNo": "oui ou non attendu",
  "inputs.expected.inhibitor": "positif ou négatif attendu (POS/NEG, 1/0, VRAI/FAUX)",
  "inputs.expected.place": "ferme ou centre attendu",
  "inputs.expected.criterion": "critère attendu : MG, MP, GERMES, CELLULES, BUTYRIQUES, PC ou INHIBITEURS",
  "inputs.expected.eventType": "type attendu : ALERTE, EPANDAGE ou DOMMAGES",

  // ---------------------------------------------------------------- a required cell left blank
  "inputs.blankCell": "{what} : la cellule est vide",
  "inputs.missing.code": "code producteur manquant",
  "inputs.missing.date": "date manquante",
  "inputs.missing.volume": "volume manquant",
  "inputs.missing.eventType": "type d'événement manquant",
  "inputs.missing.criterion": "critère manquant",
  "inputs.missing.price": "prix manquant",
  "inputs.missingAmount": "montant manquant pour un événement {type} : saisissez le coût (jamais compté 0)",

  // ---------------------------------------------------------------- tables and columns
  "inputs.tableNotFound": "feuille ou tableau « {name} » introuvable (feuilles du classeur : {sheets})",
  "inputs.noSheets": "aucune",
  "inputs.missingColumns":
    "feuille {sheet} : {n:colonne obligatoire|colonnes obligatoires} {columns} {n:absente|absentes} (en-têtes trouvés ligne {row} : {found})",
  "inputs.noHeaders": "aucun",
  "inputs.where.row": "ligne {row}",
  "inputs.where.column": "colonne {column}",

  // ---------------------------------------------------------------- grids named by the workbook
  "inputs.gridUnusable": "grille « {name} » inutilisable : {why}",
  "inputs.gridUnknown": "grille « {name} » inconnue ; grilles disponibles : {grids}",
  "inputs.gridSheetBroken": "la feuille « {sheet} » a {n} {n:erreur|erreurs} (voir les contrôles ; première : {first})",
  "inputs.gridSheetProblem": "ligne {row} : {message}",
  "inputs.gridSheetProblemColumn": "ligne {row}, colonne {column} : {message}",
  "inputs.gridReplaced": "grille « {id} » : {by} remplace {was} du même identifiant",
  "inputs.gridFromSheet": "la feuille « {sheet} »",
  "inputs.gridFromFile": "le fichier {file}",
  "inputs.gridBuiltIn": "la grille intégrée",

  // ---------------------------------------------------------------- a grid sheet « Grille <id> »
  "inputs.grid.unknownWord": "« {text} » inconnu ; attendu : {words}",
  "inputs.grid.columnMissing": "colonne « {column} » absente de la ligne d'en-têtes ; attendu : {columns}",
  "inputs.grid.integerExpected": "{value} : nombre entier attendu",
  "inputs.grid.paramMissing": "paramètre manquant ; attendu : {params}",
  "inputs.grid.paramUnknown": "paramètre inconnu « {label} » ; attendu : {params}",
  "inputs.grid.componentCodeMissing": "code du composant manquant",
  "inputs.grid.componentWithoutType": "composant « {code} » sans ligne « Composant … Type » au-dessus",
  "inputs.grid.componentDuplicate": "composant « {code} » déjà défini plus haut",
  "inputs.grid.sectionUnknown": "rubrique inconnue « {section} » ; attendu : {sections}",
  "inputs.grid.sectionMissing": "rubrique manquante ; attendu : {sections}",
  "inputs.grid.choiceMissing": "texte du choix manquant",
  "inputs.grid.expectedEither": "attendu : {first} ou {second}",
  "inputs.grid.blankOr": "« {text} » : vide ou « {word} » attendu",
  "inputs.grid.placeMissing": "lieu manquant : ferme ou centre",
  "inputs.grid.criterionMissingOf": "critère manquant ; attendu : {criteria}",
  "inputs.grid.idMismatch":
    "l'identifiant « {id} » n'est pas celui du nom de la feuille (« {sheet} ») : renommez l'un ou l'autre",
  "inputs.grid.fieldProblem": "{field} : {problem}",
};
