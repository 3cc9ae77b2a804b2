/** Prices, in English (MILKPAY_LANG=en). Same keys and parameters as prices.fr.ts. */
import type { pricesFr } from "./prices.fr";

export const pricesEn: { [K in keyof typeof pricesFr]: string } = {
  "prices.rowUnreadable": "{sheet} row {row} unreadable: {message}",
  "prices.pricesTableNotFound": "sheet or table « {sheet} » not found",

  "prices.indicatorsNotFound":
    "sheet or table « {sheet} » not found (columns Mois, Indicateur, Valeur, Poids; sheets of the workbook: {sheets})",
  "prices.noSheets": "none",
  "prices.monthMissing": "missing month: the cell is blank",
  "prices.indicatorMissing": "missing indicator: the cell is blank",
  "prices.valueMissing": "missing value: the cell is blank",
  "prices.negativeWeight": "negative weight ({weight}): expected a weight ≥ 0",
  "prices.rowProblem": "{sheet} row {row}, {column}: {message}",
  "prices.enteredTwice": "{indicator} of {month} entered twice with different values (rows {rows})",
  "prices.and": " and ",
  "prices.famMissing": "{indicator} (FranceAgriMer price) of {month} (m − 3) missing",
  "prices.sodiaalMissing":
    "{indicator} (Sodiaal average price A) of {month} (m − 3) missing, and no price in {prices} for {month}",
  "prices.basePricesOfGrid": "{sheet} (grid {grid})",
  "prices.seasonalityMissing": "{indicator} (regional seasonality) of {month} missing (enter 0 if there is none)",
  "prices.indicatorDuplicate": "indicator {indicator} of {month} appears twice (rows {first} and {second})",
  "prices.noWeight":
    "indicator {indicator} of {month} (row {row}) has no weight: enter its Poids (default 2019 weights only for {defaults})",
  "prices.noMix": "no product-mix indicator for {month} (e.g. {examples})",
  "prices.zeroWeights": "the product-mix weights of {month} are all 0",
  "prices.priceAImpossible": "price A of {month} cannot be computed: {problems}",

  "prices.gridNotPerLitre": "grid {grid} is paid in {unit}: price A (€/1000 L) cannot be its base price",
  "prices.noGridPerLitre": "no grid in €/1000 L valid in {month}: price A cannot be the base price of any grid",
  "prices.severalGridsPerLitre": "several grids in €/1000 L ({grids}): give --grid",

  "prices.alreadyThere": "{sheet} row {row} already holds {price} for {month} and {grid}",
  "prices.otherPrice": "another price ({price})",
  "prices.rowInTheWay":
    "{sheet} row {row}: {what} for {month} and {grid}; correct or delete the row to write price A {price} there",
  "prices.notWritten": "price A not written to {sheet} (computation only)",
  "prices.cannotAppend": "this workbook cannot take a new row in {sheet}: enter {month} · {grid} · {price}",
  "prices.appended": "price A {price} added to {sheet} row {row} ({month}, {grid})",

  "prices.badKgPerLitre": "kg per litre factor {factor}: expected a positive number (1,03 by default)",
  "prices.standardizedFailed": "standardized price cannot be computed: {detail}",
  "prices.noConsent": "no consent: producer left out of the comparison",
  "prices.excluded": "producer left out of the comparison: {reasons}",
  "prices.unknownGrid": "unknown grid",
};
