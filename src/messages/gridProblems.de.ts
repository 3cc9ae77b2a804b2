/**
 * The grid engine's own words, in German (de-CH: ss, «…» without inner spaces; MILKPAY_LANG=de). Same keys and
 * parameters as gridProblems.fr.ts. A grid is a « Raster », as in the command line's messages.
 */
import type { gridProblemsFr } from "./gridProblems.fr";

export const gridProblemsDe: { [K in keyof typeof gridProblemsFr]: string } = {
  "gridProblem.error": "Raster «{id}»: {field}: {problem}",
  "gridProblem.errorMore": "{error} (und {n} {n:weiteres Problem|weitere Probleme})",

  "gridProblem.missing": "fehlt",
  "gridProblem.expected": "erwartet: {what}",
  "gridProblem.expectedGot": "erwartet: {what}, erhalten: {got}",
  "gridProblem.unknownValue": "unbekannter Wert {value}; erwartet: {allowed}",
  "gridProblem.missingOneOf": "fehlt; erwartet: {allowed}",
  "gridProblem.object": "ein Objekt { … }",
  "gridProblem.list": "eine Liste [ … ]",
  "gridProblem.nonEmptyText": "ein nicht leerer Text",
  "gridProblem.number": "eine Zahl",
  "gridProblem.integerRange": "eine ganze Zahl von {min} bis {max}",
  "gridProblem.positive": "eine Zahl grösser als null",
  "gridProblem.quotedDecimal": "eine Zahl mit Dezimalpunkt, in Anführungszeichen (z. B. {example})",

  "gridProblem.monthFrom": "ein Monat ab validFrom ({validFrom})",
  "gridProblem.duplicateCode": "Code «{code}» doppelt vergeben",
  "gridProblem.noBase": 'ein Raster braucht eine Komponente vom Typ "base" (den Grundpreis)',
  "gridProblem.unitMissing": "Einheit fehlt",
  "gridProblem.geometricRound": "ein geometrisches Mittel wird auf ganze Zahlen gerundet (round: 0)",
  "gridProblem.noCriterionRule": "«{criterion}» hat keinen Eintrag in criteria",
  "gridProblem.noCriterionRuleWhy": "«{criterion}» hat keinen Eintrag in criteria (wie sein Monatswert ermittelt wird)",
  "gridProblem.antibioticCriterion":
    "die Antibiotikatests werden aus dem Kriterium INHIBITEURS gelesen, das in criteria fehlt",
  "gridProblem.window": '["HH:MM", "HH:MM"] mit Beginn ≤ Ende',
  "gridProblem.belowOrUpTo": "eine Bedingung auf den Monatswert hat entweder below oder upTo (genau eines von beiden)",
  "gridProblem.atLeastOneBand": "mindestens ein Bereich",
  "gridProblem.firstBandFrom": "der erste Bereich beginnt bei −∞ (kein from)",
  "gridProblem.lastBandTo": "der letzte Bereich reicht bis +∞ (kein to)",
  "gridProblem.previousTo": "das to des vorherigen Bereichs ({prev})",
  "gridProblem.bandsUnsorted": "Bereiche in falscher Reihenfolge: to muss über from liegen",
  "gridProblem.atLeastOneTier": "mindestens eine Stufe",
  "gridProblem.twoLowerBounds":
    "eine Stufe hat nur eine untere Grenze: from (inklusive) oder above (exklusive), nicht beide",
  "gridProblem.twoUpperBounds":
    "eine Stufe hat nur eine obere Grenze: below (exklusive) oder upTo (inklusive), nicht beide",
  "gridProblem.rateOrPercent": "eine Stufe hat entweder rate oder percentOfBase (genau eines von beiden)",
  "gridProblem.firstTierLower": "die erste Stufe hat keine untere Grenze (sie beginnt bei −∞)",
  "gridProblem.lastTierUpper": "die letzte Stufe hat keine obere Grenze (sie reicht bis +∞)",
  "gridProblem.upperBelowLower": "Stufen in falscher Reihenfolge: obere Grenze unter der unteren",
  "gridProblem.onlyLastUnbounded": "nur die letzte Stufe darf ohne obere Grenze sein",
  "gridProblem.onlyFirstUnbounded": "nur die erste Stufe darf ohne untere Grenze sein",
  "gridProblem.tiersUnsorted": "Stufen in falscher Reihenfolge: jede Stufe muss über der vorherigen beginnen",
  "gridProblem.tiersOverlap": "Stufen überschneiden sich: beginnt bei {lower} vor dem Ende der vorherigen ({prev})",
  "gridProblem.tiersGap": "Lücke zwischen den Stufen: von {from} bis {to} keine Stufe",
  "gridProblem.boundInTwo": "Stufen überschneiden sich: {bound} liegt in zwei Stufen (upTo und from)",
  "gridProblem.boundInNone": "Lücke zwischen den Stufen: {bound} liegt in keiner Stufe (below und above)",
  "gridProblem.atLeastOneLevel": "mindestens eine Stufe",
  "gridProblem.levelsInOrder": "die Stufen folgen der Reihe nach 1, 2, 3… (erwartet: {n})",
  "gridProblem.atLeastOneStep": "mindestens eine Schwelle",
  "gridProblem.stepsUnsorted": "Schwellen in falscher Reihenfolge: from und count müssen steigen",
  "gridProblem.atLeastOneAmount": "mindestens ein Betrag",

  "gridProblem.plausibleObject": "ein Objekt { MG: { min, max, source }, … }",
  "gridProblem.unknownKey": "unbekannter Schlüssel; erwartet: {keys}",
  "gridProblem.notCriterion": "«{key}» ist kein Kriterium des Rasters (criteria)",
  "gridProblem.minAboveMax": "min {min} liegt über max {max}",
  "gridProblem.boundsSource": "ein Text, der angibt, woher die Grenzen stammen (source)",
  "gridProblem.range": "{min} bis {max}{unit}",
  "gridProblem.implausible": "{what} {value} ausserhalb der plausiblen Werte ({range} für {grid}): {hint}",
  "gridProblem.volume": "Menge",
  "gridProblem.otherUnit":
    "Wert in {other}? Das Raster {grid} bezahlt Gehalte in {unit}: Wert nicht umgerechnet, Eingabe prüfen",
  "gridProblem.check": "Eingabe prüfen",
  "gridProblem.checkGuess": "Eingabe prüfen ({guess}?)",

  "gridProblem.noVersion": "keine Version des Rasters «{family}» gilt im Monat {month}; Versionen: {versions}",
  "gridProblem.versionFrom": "{id} (ab {from})",
  "gridProblem.versionFromTo": "{id} (von {from} bis {to})",
  "gridProblem.available": "{ids} (Familien: {families})",
};
