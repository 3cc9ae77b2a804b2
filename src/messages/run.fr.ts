/**
 * The statement run (src/run): why a producer is withheld or warned about, why the run stops (RunError).
 * French, the reference: run.en.ts and run.de.ts have the same keys and parameters.
 */
export const runFr = {
  "run.badMonth": "mois « {month} » invalide : AAAA-MM attendu (ex. 2025-03)",
  "run.noConsent": "pas de consentement : aucun relevé pour ce producteur",
  "run.gridOutsideValidity":
    "grille {grid} utilisée pour {month}, hors de sa validité (de {from}) : vérifiez la colonne Grille, PrixDeBase ou --grid",
  "run.gridOutsideValidityTo":
    "grille {grid} utilisée pour {month}, hors de sa validité (de {from} à {to}) : vérifiez la colonne Grille, PrixDeBase ou --grid",

  // ---------------------------------------------------------------- base prices (PrixDeBase)
  "run.priceWithoutGrid": "prix de base de {month} sans grille",
  "run.priceGridIgnored": "{problem} : prix de base ignoré",
  "run.twoBasePrices": "deux prix de base différents pour {month} et la grille {grid} (lignes {first} et {second})",
  "run.severalPricedGrids":
    "plusieurs grilles ont un prix de base en {month} ({grids}) : précisez la grille des producteurs sans Grille avec --grid",
  "run.noBasePrice": "pas de prix de base pour {month} dans la feuille {sheet}{detail}",
  "run.noBasePriceOfGrid": "pas de prix de base pour {month} et la grille {grid} dans la feuille {sheet}{detail}",
  "run.noBasePriceDetail": " ({sheet} ligne {row} : {message})",
  "run.noBasePriceDetailColumn": " ({sheet} ligne {row}, colonne {column} : {message})",
  "run.producerWithoutBasePrice": "pas de prix de base pour {month} et la grille {grid} dans {sheet}",

  // ---------------------------------------------------------------- producers and their rows
  "run.duplicateCode":
    "code producteur « {code} » en double (lignes {first} et {second}) : aucun relevé tant que le doublon n'est pas corrigé",
  "run.noEventsSheet": "pas de feuille {sheet} : aucun événement (alerte, épandage, dommages) pris en compte",
  "run.unknownProducer":
    "code producteur « {code} » absent de {sheet} : {n} {n:ligne ignorée|lignes ignorées} (première ligne {first})",
  "run.notValidated": "{problem} (résultat non validé, non compté)",
  "run.engineFailed": "calcul impossible : {detail}",
  "run.eventWithoutEffect": "événement {type} du {date} sans effet : la grille {grid} ne le prévoit pas",

  // ---------------------------------------------------------------- writing the month's sheets
  "run.sheetOfOtherMonth":
    "la feuille « {sheet} » a été générée pour {other}, pas pour {month} : renommez-la ou supprimez-la, puis relancez (rien n'a été écrit)",
  "run.sheetNotGenerated":
    "la feuille « {sheet} » existe déjà et n'a pas été générée par la paie du lait : renommez-la ou supprimez-la, puis relancez (rien n'a été écrit)",
  "run.json.atColumn": "colonne {column} : {message}",
};
