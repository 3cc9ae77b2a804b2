/** The engine's notes, in English (MILKPAY_LANG=en). Same keys and parameters as engine.fr.ts. */
import type { engineFr } from "./engine.fr";

export const engineEn: { [K in keyof typeof engineFr]: string } = {
  "engine.criterion.MG": "Fat",
  "engine.criterion.MP": "Protein",
  "engine.criterion.GERMES": "Germ count",
  "engine.criterion.CELLULES": "Somatic cells",
  "engine.criterion.BUTYRIQUES": "Butyric spores",
  "engine.criterion.PC": "Freezing point",
  "engine.criterion.INHIBITEURS": "Inhibitors",
  "engine.method.arithmetic": "arithmetic mean",
  "engine.method.geometric": "geometric mean",
  "engine.method.weighted": "volume-weighted mean",
  "engine.method.worst": "worst result",

  "engine.value.results": "{n} {n:result|results}",
  "engine.value.mean": "{method} {value} over {results}",
  "engine.value.withPreviousLast":
    "{method} {value} over {results} of the month and the previous month's last result ({date}: {last})",
  "engine.value.singleResult": "{method} {value} over {results} only (no result in the previous month to complete it)",
  "engine.value.previousMean": "no result this month: the previous month's mean carried over ({month}: {value})",
  "engine.value.earlierMean":
    "no result this month nor since {month}: the last mean carried over ({month}, {months} months ago: {value}; at most {max} months back)",
  "engine.value.noResult": "no result this month",
  "engine.value.staleMean":
    "no result this month; the last mean ({month}) is {months} months old: beyond {max} months it is not carried over",
  "engine.value.noResultInMax":
    "no result this month nor in the previous {max} months: no mean to carry over (at most {max} months back)",
  "engine.value.noHistory": "no result this month and no earlier months in the workbook: no mean to carry over",
  "engine.value.noResultInHeld":
    "no result this month nor in the {held} previous {held:month|months} the workbook holds: no mean to carry over",

  "engine.fallback.fewResults": "{criterion}: fewer than {min} results this month, {explanation}",
  "engine.fallback.value": "{criterion}: {explanation}",
  "engine.weight.unweighted":
    "{criterion}: no delivery on the sampling day ({dates}): arithmetic mean instead of the weighted mean ({month})",
  "engine.joker.refusedSeveral": "joker refused: {n} results > {threshold} this month",
  "engine.joker.refusedEarlier": "joker refused: result of {value} on {date} within the previous {months} months",
  "engine.joker.granted":
    "germ joker: result of {value} on {date} set aside (every other result of the month and of the previous {months} months ≤ {threshold})",
  "engine.joker.shortHistory":
    "{criterion}: joker decided on {held} {held:month|months} of history instead of {months}",

  "engine.basePrice.rounded":
    "base price {price} rounded to {rounded} {unit}: this rounded price is used on every line (base, % of the base price, milk value)",
  "engine.volume.none": "no delivery in {month}",
  "engine.outlier.above":
    "Delivery on {date}: {volume} {unit}, more than {factor} times the producer's usual delivery (median {median} {unit} over {count} deliveries from {first} to {month}): paid as entered, check the volume",
  "engine.outlier.below":
    "Delivery on {date}: {volume} {unit}, less than 1/{factor} of the producer's usual delivery (median {median} {unit} over {count} deliveries from {first} to {month}): paid as entered, check the volume",

  "engine.missing.marginal": "{label}: {explanation}: component not calculated (never counted as 0)",
  "engine.missing.tiers": "{label}: {explanation}: component not calculated (never counted as 0) for {month}",
  "engine.missing.ladder": "{label}: no result this month, no contestation",
  "engine.tier.warning": "{label}: {warning}",
  "engine.contestation.count": "{label}: {explanation} → {n} {n:contestation|contestations}",
  "engine.ladder.shortHistory":
    "{label}: incomplete history, {covered} of the {months} previous months available to count the contestations",
  "engine.ladder.suspension": "{label}: delivery suspension ({n} {n:contestation|contestations} in {months} months)",
  "engine.damages.withoutContestation": "Damages of {date} with no contestation for {label} this month",

  "engine.antibiotic.spreadingWithoutPositive": "Spreading cost of {date} with no positive antibiotic test this month",
  "engine.antibiotic.shortHistory":
    "Antibiotics: incomplete history before {date}; earlier positive tests within {months} months unknown",
  "engine.antibiotic.positiveWithoutDelivery":
    "Antibiotics: positive test on {date} with no delivery that day, penalty not calculated",
  "engine.alert.shortHistory": "Antibiotic alert: history of {year} incomplete, earlier alerts of the year unknown",
  "engine.alert.noIndemnity":
    "Alert on {date}: no indemnity, already {n} {n:alert|alerts} in {year} ({perYear} a year)",

  "engine.cooling.atTime": "{date} at {time}",
  "engine.cooling.atFarm": "{at} (farm)",
  "engine.cooling.atCentre": "{at} (collection centre)",
  "engine.cooling.above": "Cooling: {temperature} °C on {at}, above {max} °C",
  "engine.cooling.unchecked":
    "Cooling: {temperature} °C on {at}; time or place missing, the tolerance up to {max} °C cannot be checked",
  "engine.cooling.outsideWindows":
    "Cooling: {temperature} °C on {at}, outside the tolerated time windows ({windows}): maximum {max} °C",
};
