/**
 * Prices, in Swiss Standard German (de-CH: ss, «…» without inner spaces). Same keys and parameters as
 * prices.fr.ts; the indicator codes (FAM, SODIAAL_A, SAISONNALITE) and column names stay as in the workbook.
 */
import type { pricesFr } from "./prices.fr";

export const pricesDe: { [K in keyof typeof pricesFr]: string } = {
  "prices.rowUnreadable": "{sheet} Zeile {row} unlesbar: {message}",
  "prices.pricesTableNotFound": "Blatt oder Tabelle «{sheet}» nicht gefunden",

  "prices.indicatorsNotFound":
    "Blatt oder Tabelle «{sheet}» nicht gefunden (Spalten Mois, Indicateur, Valeur, Poids; Blätter der Arbeitsmappe: {sheets})",
  "prices.noSheets": "keine",
  "prices.monthMissing": "Monat fehlt: Die Zelle ist leer",
  "prices.indicatorMissing": "Indikator fehlt: Die Zelle ist leer",
  "prices.valueMissing": "Wert fehlt: Die Zelle ist leer",
  "prices.negativeWeight": "negatives Gewicht ({weight}): Ein Gewicht ≥ 0 wird erwartet",
  "prices.rowProblem": "{sheet} Zeile {row}, {column}: {message}",
  "prices.enteredTwice": "{indicator} von {month} zweimal mit verschiedenen Werten erfasst (Zeilen {rows})",
  "prices.and": " und ",
  "prices.famMissing": "{indicator} (Preis FranceAgriMer) von {month} (m − 3) fehlt",
  "prices.sodiaalMissing":
    "{indicator} (mittlerer Preis A Sodiaal) von {month} (m − 3) fehlt, und kein Preis in {prices} für {month}",
  "prices.basePricesOfGrid": "{sheet} (Raster {grid})",
  "prices.seasonalityMissing":
    "{indicator} (regionale Saisonalität) von {month} fehlt (erfassen Sie 0, wenn es keine gibt)",
  "prices.indicatorDuplicate": "Indikator {indicator} von {month} doppelt (Zeilen {first} und {second})",
  "prices.noWeight":
    "Indikator {indicator} von {month} (Zeile {row}) ohne Gewicht: Erfassen Sie sein Poids (Standardgewichte 2019 nur für {defaults})",
  "prices.noMix": "kein Indikator des Produktmix für {month} (z. B. {examples})",
  "prices.zeroWeights": "die Gewichte des Produktmix von {month} sind alle 0",
  "prices.priceAImpossible": "Preis A von {month} nicht berechenbar: {problems}",

  "prices.gridNotPerLitre":
    "das Raster {grid} wird in {unit} bezahlt: Der Preis A (€/1000 L) kann nicht sein Basispreis sein",
  "prices.noGridPerLitre":
    "kein Raster in €/1000 L für {month} gültig: Der Preis A kann der Basispreis keines Rasters sein",
  "prices.severalGridsPerLitre": "mehrere Raster in €/1000 L ({grids}): Geben Sie --grid an",

  "prices.alreadyThere": "{sheet} Zeile {row} enthält bereits {price} für {month} und {grid}",
  "prices.otherPrice": "ein anderer Preis ({price})",
  "prices.rowInTheWay":
    "{sheet} Zeile {row}: {what} für {month} und {grid}; korrigieren oder löschen Sie die Zeile, um den Preis A {price} dort einzutragen",
  "prices.notWritten": "Preis A nicht in {sheet} geschrieben (nur Berechnung)",
  "prices.cannotAppend":
    "diese Arbeitsmappe erlaubt keine neue Zeile in {sheet}: Erfassen Sie {month} · {grid} · {price}",
  "prices.appended": "Preis A {price} in {sheet} Zeile {row} ergänzt ({month}, {grid})",

  "prices.badKgPerLitre": "Faktor kg pro Liter {factor}: Eine positive Zahl wird erwartet (Standard 1,03)",
  "prices.standardizedFailed": "Standardpreis nicht berechenbar: {detail}",
  "prices.noConsent": "keine Einwilligung: Produzent nicht im Vergleich",
  "prices.excluded": "Produzent nicht im Vergleich: {reasons}",
  "prices.unknownGrid": "unbekanntes Raster",
};
