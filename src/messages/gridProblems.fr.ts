/**
 * The grid engine's own words (src/engine/grid): what is wrong with a grid file (the JSON Schema's problems,
 * the rules it cannot say, the plausible block), a value outside the grid's plausible range, and the lookup
 * of a grid by family and month. French, the reference: gridProblems.en.ts and gridProblems.de.ts have the
 * same keys and parameters. The field paths (components[2].bands[0].from) and the JSON names (from, rate,
 * percentOfBase…) are the grid file's identifiers: they stay as they are in every language.
 *
 * The custom functions' bundle carries this part in every language (it reads grids): the pieces a problem
 * is made of (`expected` + what was expected) are shared rather than repeated in each sentence, and the
 * descriptions only the JSON Schema check uses (type names, patterns…) are the gridSchema part, left out.
 */
export const gridProblemsFr = {
  // ---------------------------------------------------------------- a grid that cannot be used
  "gridProblem.error": "grille « {id} » : {field} : {problem}",
  "gridProblem.errorMore": "{error} (et {n} {n:autre problème|autres problèmes})",

  // ---------------------------------------------------------------- what was expected, what was given
  "gridProblem.missing": "manquant",
  "gridProblem.expected": "attendu : {what}",
  "gridProblem.expectedGot": "attendu : {what}, reçu {got}",
  "gridProblem.unknownValue": "valeur inconnue {value} ; attendu : {allowed}",
  "gridProblem.missingOneOf": "manquant ; attendu : {allowed}",
  "gridProblem.object": "un objet { … }",
  "gridProblem.list": "une liste [ … ]",
  "gridProblem.nonEmptyText": "un texte non vide",
  "gridProblem.number": "un nombre",
  "gridProblem.integerRange": "un nombre entier de {min} à {max}",
  "gridProblem.positive": "un nombre strictement positif",
  "gridProblem.quotedDecimal": "un nombre écrit avec un point décimal, entre guillemets (ex. {example})",

  // ---------------------------------------------------------------- the grid's own rules (validate.ts)
  "gridProblem.monthFrom": "un mois à partir de validFrom ({validFrom})",
  "gridProblem.duplicateCode": "code « {code} » en double",
  "gridProblem.noBase": 'une grille a besoin d\'un composant de type "base" (le prix de base)',
  "gridProblem.unitMissing": "unité manquante",
  "gridProblem.geometricRound": "une moyenne géométrique est arrondie à l'unité (round: 0)",
  "gridProblem.noCriterionRule": "« {criterion} » n'a pas d'entrée dans criteria",
  "gridProblem.noCriterionRuleWhy":
    "« {criterion} » n'a pas d'entrée dans criteria (comment obtenir sa valeur du mois)",
  "gridProblem.antibioticCriterion": "les tests antibiotiques sont lus dans le critère INHIBITEURS, absent de criteria",
  "gridProblem.window": '["HH:MM", "HH:MM"] avec début ≤ fin',
  "gridProblem.belowOrUpTo": "une condition sur la valeur du mois a soit below, soit upTo (exactement un des deux)",
  // Marginal bands.
  "gridProblem.atLeastOneBand": "au moins une tranche",
  "gridProblem.firstBandFrom": "la première tranche part de −∞ (pas de from)",
  "gridProblem.lastBandTo": "la dernière tranche va jusqu'à +∞ (pas de to)",
  "gridProblem.previousTo": "le to de la tranche précédente ({prev})",
  "gridProblem.bandsUnsorted": "tranches dans le désordre : to doit dépasser from",
  // Tiers.
  "gridProblem.atLeastOneTier": "au moins une tranche",
  "gridProblem.twoLowerBounds": "une tranche a une seule borne basse : from (incluse) ou above (exclue), pas les deux",
  "gridProblem.twoUpperBounds": "une tranche a une seule borne haute : below (exclue) ou upTo (incluse), pas les deux",
  "gridProblem.rateOrPercent": "une tranche a soit rate, soit percentOfBase (exactement un des deux)",
  "gridProblem.firstTierLower": "la première tranche n'a pas de borne basse (elle part de −∞)",
  "gridProblem.lastTierUpper": "la dernière tranche n'a pas de borne haute (elle va jusqu'à +∞)",
  "gridProblem.upperBelowLower": "tranches dans le désordre : borne haute sous la borne basse",
  "gridProblem.onlyLastUnbounded": "seule la dernière tranche peut être sans borne haute",
  "gridProblem.onlyFirstUnbounded": "seule la première tranche peut être sans borne basse",
  "gridProblem.tiersUnsorted": "tranches dans le désordre : chaque tranche doit commencer au-dessus de la précédente",
  "gridProblem.tiersOverlap": "tranches qui se chevauchent : commence à {lower} avant la fin de la précédente ({prev})",
  "gridProblem.tiersGap": "trou entre les tranches : de {from} à {to}, aucune tranche",
  "gridProblem.boundInTwo": "tranches qui se chevauchent : {bound} est dans deux tranches (upTo et from)",
  "gridProblem.boundInNone": "trou entre les tranches : {bound} n'est dans aucune tranche (below et above)",
  // Ladders, contestation thresholds, antibiotic amounts.
  "gridProblem.atLeastOneLevel": "au moins un palier",
  "gridProblem.levelsInOrder": "les paliers vont 1, 2, 3… dans l'ordre (attendu : {n})",
  "gridProblem.atLeastOneStep": "au moins un seuil",
  "gridProblem.stepsUnsorted": "seuils dans le désordre : from et count doivent croître",
  "gridProblem.atLeastOneAmount": "au moins un montant",

  // ---------------------------------------------------------------- the plausible block, a value out of range
  "gridProblem.plausibleObject": "un objet { MG: { min, max, source }, … }",
  "gridProblem.unknownKey": "clé inconnue ; attendu : {keys}",
  "gridProblem.notCriterion": "« {key} » n'est pas un critère de la grille (criteria)",
  "gridProblem.minAboveMax": "min {min} est au-dessus de max {max}",
  "gridProblem.boundsSource": "un texte qui dit d'où viennent les bornes (source)",
  "gridProblem.range": "{min} à {max}{unit}",
  "gridProblem.implausible": "{what} {value} hors des valeurs plausibles ({range} pour {grid}) : {hint}",
  "gridProblem.volume": "volume",
  "gridProblem.otherUnit":
    "valeur en {other} ? la grille {grid} paie des teneurs en {unit} : valeur non convertie, vérifiez la saisie",
  "gridProblem.check": "vérifiez la saisie",
  "gridProblem.checkGuess": "vérifiez la saisie ({guess} ?)",

  // ---------------------------------------------------------------- a grid looked up by family and month
  "gridProblem.noVersion": "aucune version de la grille « {family} » n'est valable en {month} ; versions : {versions}",
  "gridProblem.versionFrom": "{id} (de {from})",
  "gridProblem.versionFromTo": "{id} (de {from} à {to})",
  "gridProblem.available": "{ids} (familles : {families})",
};
