/**
 * The engine's notes (src/engine: the warnings and infos a statement carries), and the words they embed that
 * the statement prints too: criterion names, mean methods, how a monthly value was obtained. French, the
 * reference: engine.en.ts and engine.de.ts have the same keys and parameters.
 *
 * The statement itself stays French (its Remarques, its monthly values' explanations are document content):
 * the engine words those with this part in French, and the run's issues in the language in use. Numbers,
 * dates and months come as parameters already written the French way (frNumber, frDate), in every language.
 */
export const engineFr = {
  // ---------------------------------------------------------------- words embedded in notes and explanations
  "engine.criterion.MG": "Matière grasse",
  "engine.criterion.MP": "Matière protéique",
  "engine.criterion.GERMES": "Germes",
  "engine.criterion.CELLULES": "Cellules",
  "engine.criterion.BUTYRIQUES": "Spores butyriques",
  "engine.criterion.PC": "Point de congélation",
  "engine.criterion.INHIBITEURS": "Inhibiteurs",
  "engine.method.arithmetic": "moyenne arithmétique",
  "engine.method.geometric": "moyenne géométrique",
  "engine.method.weighted": "moyenne pondérée par les volumes",
  "engine.method.worst": "plus mauvais résultat",

  // ---------------------------------------------------------------- how a monthly value was obtained
  "engine.value.results": "{n} {n:résultat|résultats}",
  "engine.value.mean": "{method} {value} sur {results}",
  "engine.value.withPreviousLast":
    "{method} {value} sur {results} du mois et le dernier résultat du mois précédent ({date} : {last})",
  "engine.value.singleResult":
    "{method} {value} sur {results} seulement (aucun résultat le mois précédent pour compléter)",
  "engine.value.previousMean": "aucun résultat ce mois : moyenne du mois précédent reprise ({month} : {value})",
  "engine.value.earlierMean":
    "aucun résultat ce mois ni depuis {month} : dernière moyenne reprise ({month}, il y a {months} mois : {value} ; au plus {max} mois en arrière)",
  "engine.value.noResult": "aucun résultat ce mois",
  "engine.value.staleMean":
    "aucun résultat ce mois ; la dernière moyenne ({month}) date de {months} mois : au-delà de {max} mois, elle n'est pas reprise",
  "engine.value.noResultInMax":
    "aucun résultat ce mois ni dans les {max} mois précédents : pas de moyenne à reprendre (au plus {max} mois en arrière)",
  "engine.value.noHistory":
    "aucun résultat ce mois et pas d'historique des mois précédents dans le classeur : pas de moyenne à reprendre",
  "engine.value.noResultInHeld":
    "aucun résultat ce mois ni dans les {held} mois précédents que le classeur contient : pas de moyenne à reprendre",

  // ---------------------------------------------------------------- monthly values (notes)
  "engine.fallback.fewResults": "{criterion} : moins de {min} résultats ce mois, {explanation}",
  "engine.fallback.value": "{criterion} : {explanation}",
  "engine.weight.unweighted":
    "{criterion} : pas de livraison le jour du prélèvement ({dates}) : moyenne arithmétique au lieu de la moyenne pondérée ({month})",
  "engine.joker.refusedSeveral": "joker refusé : {n} résultats > {threshold} ce mois",
  "engine.joker.refusedEarlier": "joker refusé : résultat de {value} le {date} dans les {months} mois précédents",
  "engine.joker.granted":
    "joker germes : résultat de {value} du {date} écarté (tous les autres résultats du mois et des {months} mois précédents ≤ {threshold})",
  "engine.joker.shortHistory": "{criterion} : joker décidé sur {held} mois d'historique au lieu de {months}",

  // ---------------------------------------------------------------- the month: base price, volumes
  "engine.basePrice.rounded":
    "prix de base {price} arrondi à {rounded} {unit} : ce prix arrondi sert à toutes les lignes (base, % du prix de base, valeur du lait)",
  "engine.volume.none": "aucune livraison en {month}",
  "engine.outlier.above":
    "Livraison du {date} : {volume} {unit}, plus de {factor} fois la livraison habituelle du producteur (médiane {median} {unit} sur {count} livraisons de {first} à {month}) : payée telle que saisie, vérifiez le volume",
  "engine.outlier.below":
    "Livraison du {date} : {volume} {unit}, moins du {factor}e de la livraison habituelle du producteur (médiane {median} {unit} sur {count} livraisons de {first} à {month}) : payée telle que saisie, vérifiez le volume",

  // ---------------------------------------------------------------- components (label: the grid's own)
  "engine.missing.marginal": "{label} : {explanation} : composante non calculée (jamais comptée 0)",
  "engine.missing.tiers": "{label} : {explanation} : composante non calculée (jamais comptée 0) pour {month}",
  "engine.missing.ladder": "{label} : aucun résultat ce mois, pas de contestation",
  "engine.tier.warning": "{label} : {warning}",
  "engine.contestation.count": "{label} : {explanation} → {n} {n:contestation|contestations}",
  "engine.ladder.shortHistory":
    "{label} : historique incomplet, {covered} des {months} mois précédents disponibles pour compter les contestations",
  "engine.ladder.suspension": "{label} : suspension de livraison ({n} {n:contestation|contestations} en {months} mois)",
  "engine.damages.withoutContestation": "Dommages du {date} sans contestation {label} ce mois",

  // ---------------------------------------------------------------- antibiotics
  "engine.antibiotic.spreadingWithoutPositive": "Coût d'épandage du {date} sans test antibiotique positif ce mois",
  "engine.antibiotic.shortHistory":
    "Antibiotiques : historique incomplet avant le {date} ; positivités antérieures sur {months} mois inconnues",
  "engine.antibiotic.positiveWithoutDelivery":
    "Antibiotiques : test positif du {date} sans livraison ce jour, pénalité non calculée",
  "engine.alert.shortHistory":
    "Alerte antibiotiques : historique de {year} incomplet, alertes antérieures de l'année inconnues",
  "engine.alert.noIndemnity":
    "Alerte du {date} : pas d'indemnité, déjà {n} {n:alerte|alertes} en {year} ({perYear} par an)",

  // ---------------------------------------------------------------- cooling (at: a date, with time and place)
  "engine.cooling.atTime": "{date} à {time}",
  "engine.cooling.atFarm": "{at} (ferme)",
  "engine.cooling.atCentre": "{at} (centre)",
  "engine.cooling.above": "Refroidissement : {temperature} °C le {at}, au-dessus de {max} °C",
  "engine.cooling.unchecked":
    "Refroidissement : {temperature} °C le {at} ; heure ou lieu manquant, tolérance jusqu'à {max} °C impossible à vérifier",
  "engine.cooling.outsideWindows":
    "Refroidissement : {temperature} °C le {at}, hors des plages tolérées ({windows}) : maximum {max} °C",
};
