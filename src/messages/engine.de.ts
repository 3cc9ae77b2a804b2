/**
 * The engine's notes, in Swiss Standard German (de-CH: ss, «…» without inner spaces). Same keys and
 * parameters as engine.fr.ts. « Resultat(en) » after « aus »: engine.value.results is always in the dative.
 */
import type { engineFr } from "./engine.fr";

export const engineDe: { [K in keyof typeof engineFr]: string } = {
  "engine.criterion.MG": "Fett",
  "engine.criterion.MP": "Eiweiss",
  "engine.criterion.GERMES": "Keimzahl",
  "engine.criterion.CELLULES": "Zellzahl",
  "engine.criterion.BUTYRIQUES": "Buttersäuresporen",
  "engine.criterion.PC": "Gefrierpunkt",
  "engine.criterion.INHIBITEURS": "Hemmstoffe",
  "engine.method.arithmetic": "arithmetisches Mittel",
  "engine.method.geometric": "geometrisches Mittel",
  "engine.method.weighted": "nach Menge gewichtetes Mittel",
  "engine.method.worst": "schlechtestes Resultat",

  "engine.value.results": "{n} {n:Resultat|Resultaten}",
  "engine.value.mean": "{method} {value} aus {results}",
  "engine.value.withPreviousLast":
    "{method} {value} aus {results} des Monats und dem letzten Resultat des Vormonats ({date}: {last})",
  "engine.value.singleResult": "{method} {value} aus nur {results} (kein Resultat im Vormonat zur Ergänzung)",
  "engine.value.previousMean": "kein Resultat in diesem Monat: Mittel des Vormonats übernommen ({month}: {value})",
  "engine.value.earlierMean":
    "kein Resultat, weder in diesem Monat noch seit {month}: letztes Mittel übernommen ({month}, vor {months} Monaten: {value}; höchstens {max} Monate zurück)",
  "engine.value.noResult": "kein Resultat in diesem Monat",
  "engine.value.staleMean":
    "kein Resultat in diesem Monat; das letzte Mittel ({month}) ist {months} Monate alt: älter als {max} Monate wird es nicht übernommen",
  "engine.value.noResultInMax":
    "kein Resultat, weder in diesem Monat noch in den {max} Vormonaten: kein Mittel zu übernehmen (höchstens {max} Monate zurück)",
  "engine.value.noHistory":
    "kein Resultat in diesem Monat und keine früheren Monate in der Arbeitsmappe: kein Mittel zu übernehmen",
  "engine.value.noResultInHeld":
    "kein Resultat, weder in diesem Monat noch in den Vormonaten der Arbeitsmappe ({held} {held:Monat|Monate}): kein Mittel zu übernehmen",

  "engine.fallback.fewResults": "{criterion}: weniger als {min} Resultate in diesem Monat, {explanation}",
  "engine.fallback.value": "{criterion}: {explanation}",
  "engine.weight.unweighted":
    "{criterion}: keine Lieferung am Tag der Probenahme ({dates}): arithmetisches statt gewichtetes Mittel ({month})",
  "engine.joker.refusedSeveral": "Joker abgelehnt: {n} Resultate > {threshold} in diesem Monat",
  "engine.joker.refusedEarlier": "Joker abgelehnt: Resultat von {value} am {date} in den {months} Vormonaten",
  "engine.joker.granted":
    "Keimzahl-Joker: Resultat von {value} vom {date} ausgeklammert (alle anderen Resultate des Monats und der {months} Vormonate ≤ {threshold})",
  "engine.joker.shortHistory":
    "{criterion}: Joker aufgrund von {held} {held:Monat|Monaten} Verlauf statt {months} entschieden",

  "engine.basePrice.rounded":
    "Basispreis {price} auf {rounded} {unit} gerundet: Dieser gerundete Preis gilt für alle Zeilen (Basis, % des Basispreises, Milchwert)",
  "engine.volume.none": "keine Lieferung im Monat {month}",
  "engine.outlier.above":
    "Lieferung vom {date}: {volume} {unit}, mehr als das {factor}-Fache der üblichen Lieferung des Produzenten (Median {median} {unit} aus {count} Lieferungen von {first} bis {month}): wie erfasst bezahlt, prüfen Sie die Menge",
  "engine.outlier.below":
    "Lieferung vom {date}: {volume} {unit}, weniger als 1/{factor} der üblichen Lieferung des Produzenten (Median {median} {unit} aus {count} Lieferungen von {first} bis {month}): wie erfasst bezahlt, prüfen Sie die Menge",

  "engine.missing.marginal": "{label}: {explanation}: Komponente nicht berechnet (nie als 0 gezählt)",
  "engine.missing.tiers": "{label}: {explanation}: Komponente für {month} nicht berechnet (nie als 0 gezählt)",
  "engine.missing.ladder": "{label}: kein Resultat in diesem Monat, keine Beanstandung",
  "engine.tier.warning": "{label}: {warning}",
  "engine.contestation.count": "{label}: {explanation} → {n} {n:Beanstandung|Beanstandungen}",
  "engine.ladder.shortHistory":
    "{label}: unvollständiger Verlauf, {covered} von {months} Vormonaten verfügbar, um die Beanstandungen zu zählen",
  "engine.ladder.suspension": "{label}: Liefersperre ({n} {n:Beanstandung|Beanstandungen} in {months} Monaten)",
  "engine.damages.withoutContestation": "Schäden vom {date} ohne Beanstandung bei {label} in diesem Monat",

  "engine.antibiotic.spreadingWithoutPositive":
    "Ausbringungskosten vom {date} ohne positiven Antibiotika-Test in diesem Monat",
  "engine.antibiotic.shortHistory":
    "Antibiotika: unvollständiger Verlauf vor dem {date}; frühere positive Tests innert {months} Monaten unbekannt",
  "engine.antibiotic.positiveWithoutDelivery":
    "Antibiotika: positiver Test vom {date} ohne Lieferung an diesem Tag, Strafe nicht berechnet",
  "engine.alert.shortHistory":
    "Antibiotika-Alarm: Verlauf des Jahres {year} unvollständig, frühere Alarme des Jahres unbekannt",
  "engine.alert.noIndemnity":
    "Alarm vom {date}: keine Entschädigung, bereits {n} {n:Alarm|Alarme} im Jahr {year} ({perYear} pro Jahr)",

  "engine.cooling.atTime": "{date} um {time}",
  "engine.cooling.atFarm": "{at} (Hof)",
  "engine.cooling.atCentre": "{at} (Sammelstelle)",
  "engine.cooling.above": "Kühlung: {temperature} °C am {at}, über {max} °C",
  "engine.cooling.unchecked":
    "Kühlung: {temperature} °C am {at}; Uhrzeit oder Ort fehlt, Toleranz bis {max} °C nicht prüfbar",
  "engine.cooling.outsideWindows":
    "Kühlung: {temperature} °C am {at}, ausserhalb der tolerierten Zeitfenster ({windows}): höchstens {max} °C",
};
