/**
 * Prices (src/prices): price A from the Indicateurs table, where it goes in PrixDeBase, the grid comparison.
 * French, the reference: prices.en.ts and prices.de.ts have the same keys and parameters. The terms of price
 * A and the comparison's conversions are the sheets' explanations (document content), not messages.
 */
export const pricesFr = {
  // ---------------------------------------------------------------- base prices
  "prices.rowUnreadable": "{sheet} ligne {row} illisible : {message}",
  "prices.pricesTableNotFound": "feuille ou tableau « {sheet} » introuvable",

  // ---------------------------------------------------------------- price A (Indicateurs)
  "prices.indicatorsNotFound":
    "feuille ou tableau « {sheet} » introuvable (colonnes Mois, Indicateur, Valeur, Poids ; feuilles du classeur : {sheets})",
  "prices.noSheets": "aucune",
  "prices.monthMissing": "mois manquant : la cellule est vide",
  "prices.indicatorMissing": "indicateur manquant : la cellule est vide",
  "prices.valueMissing": "valeur manquante : la cellule est vide",
  "prices.negativeWeight": "poids négatif ({weight}) : un poids ≥ 0 est attendu",
  "prices.rowProblem": "{sheet} ligne {row}, {column} : {message}",
  "prices.enteredTwice": "{indicator} de {month} saisi deux fois avec des valeurs différentes (lignes {rows})",
  "prices.and": " et ",
  "prices.famMissing": "{indicator} (prix FranceAgriMer) de {month} (m − 3) absent",
  "prices.sodiaalMissing":
    "{indicator} (prix A moyen Sodiaal) de {month} (m − 3) absent, et pas de prix dans {prices} pour {month}",
  "prices.basePricesOfGrid": "{sheet} (grille {grid})",
  "prices.seasonalityMissing":
    "{indicator} (saisonnalité régionale) de {month} absente (saisissez 0 s'il n'y en a pas)",
  "prices.indicatorDuplicate": "indicateur {indicator} de {month} en double (lignes {first} et {second})",
  "prices.noWeight":
    "indicateur {indicator} de {month} (ligne {row}) sans poids : saisissez son Poids (poids par défaut 2019 seulement pour {defaults})",
  "prices.noMix": "aucun indicateur du mix produits pour {month} (ex. {examples})",
  "prices.zeroWeights": "les poids du mix produits de {month} valent tous 0",
  "prices.priceAImpossible": "prix A de {month} impossible à calculer : {problems}",

  // ---------------------------------------------------------------- the grid price A is for
  "prices.gridNotPerLitre":
    "la grille {grid} est payée en {unit} : le prix A (€/1000 L) ne peut pas être son prix de base",
  "prices.noGridPerLitre":
    "aucune grille en €/1000 L valable en {month} : le prix A ne peut être le prix de base d'aucune grille",
  "prices.severalGridsPerLitre": "plusieurs grilles en €/1000 L ({grids}) : précisez --grid",

  // ---------------------------------------------------------------- price A into PrixDeBase
  "prices.alreadyThere": "{sheet} ligne {row} contient déjà {price} pour {month} et {grid}",
  "prices.otherPrice": "un autre prix ({price})",
  "prices.rowInTheWay":
    "{sheet} ligne {row} : {what} pour {month} et {grid} ; corrigez ou supprimez la ligne pour y écrire le prix A {price}",
  "prices.notWritten": "prix A non écrit dans {sheet} (calcul seul)",
  "prices.cannotAppend":
    "ce classeur ne permet pas d'ajouter une ligne à {sheet} : saisissez {month} · {grid} · {price}",
  "prices.appended": "prix A {price} ajouté à {sheet} ligne {row} ({month}, {grid})",

  // ---------------------------------------------------------------- the comparison
  "prices.badKgPerLitre": "facteur kg par litre {factor} : un nombre positif est attendu (1,03 par défaut)",
  "prices.standardizedFailed": "prix standardisé impossible : {detail}",
  "prices.noConsent": "pas de consentement : producteur hors comparaison",
  "prices.excluded": "producteur hors comparaison : {reasons}",
  "prices.unknownGrid": "grille inconnue",
};
