/**
 * The special producers of the sample, by number: what each one shows, for each grid (the « Lisez-moi » sheet
 * lists them). The months they shape are in monthCases.ts.
 */
import type { SampleGrid } from "./generate";

/** The special producers, by number (code = producerCode(n)). Both grids share the numbers. */
export const CASE = {
  reference: 1,
  plain: 2,
  singleResults: 3,
  noResultsThisMonth: 4,
  newcomer: 5,
  gapLastMonth: 6,
  germsA: 7, // sud-est: joker granted — mooh: germ contestations in 3 of 5 months
  germsB: 8, // sud-est: joker refused — mooh: cell contestations
  antibioticA: 9, // sud-est: first positive + spreading — mooh: positive inhibitor + damages
  antibioticB: 10, // sud-est: repeat positive in 12 months — mooh: second positive in 12 months
  alertA: 11, // sud-est: alert, indemnity — mooh: single germ result ≥ 80 000
  alertB: 12, // sud-est: second alert of the year — mooh: freezing point −0,510
  noConsent: 13,
  badValue: 14,
  badDate: 15,
  badVolume: 16,
  cellsHigh: 17, // sud-est: cells > 400 000 — mooh: excellence
  germsMid: 18, // sud-est: germs 100 000–200 000 — mooh: freezing point −0,500
  freezingWarn: 19, // sud-est: −0,509 warning — mooh: cooling out of tolerance
  freezingPenalty: 20, // sud-est: −0,503 → −2 % — mooh: germ contestations 5 months running (suspension)
  noCharter: 21,
  notValidated: 22,
  typedAsText: 23,
  formulaName: 24,
  sporesHigh: 25,
} as const;

export const CASE_TEXT: Record<SampleGrid, Record<number, string>> = {
  "sud-est-2018": {
    1: "producteur de référence : valeurs fixes (5 000 L par collecte, MG 40,0, MP 33,0, germes 20 000, cellules 150 000, spores 500, PC −0,520) — relevé calculable à la main",
    3: "un seul résultat ce mois : moyenne complétée par le dernier résultat du mois précédent",
    4: "aucun résultat ce mois : moyenne du mois précédent reprise",
    5: "nouveau producteur : 3 mois d'historique seulement",
    6: "aucun résultat le mois précédent",
    7: "joker germes accordé (un résultat de 120 000 ce mois)",
    8: "joker germes refusé (accident il y a 2 mois)",
    9: "antibiotiques : 1re positivité ce mois + épandage",
    10: "antibiotiques : 2e positivité en 12 mois (200 %, 500 €) + épandage",
    11: "alerte antibiotiques : indemnité de 50 %",
    12: "deuxième alerte de l'année : pas d'indemnité",
    13: "Consentement non : aucun relevé",
    14: "valeur « abc » dans Analyses : relevé retenu",
    15: "date impossible dans Livraisons : relevé retenu",
    16: "volume « 2 5OO » (lettre O) dans Livraisons : relevé retenu",
    17: "cellules > 400 000 : −15 €/1000 L",
    18: "germes entre 100 000 et 200 000 : −9 €/1000 L",
    19: "point de congélation −0,509 : avertissement",
    20: "point de congélation −0,503 : −2 % du prix de base",
    21: "charte non signée : pas de prime qualité",
    22: "résultat non validé (germes 250 000) : non compté",
    23: "toutes les valeurs saisies en texte (« 38,5 », « 4 250 », dates « 04/03/2025 »)",
    24: "nom commençant par « = » : écrit comme texte, jamais comme formule",
    25: "spores butyriques > 3 000 : −15 €/1000 L",
  },
  "mooh-2025": {
    1: "producteur de référence : valeurs fixes (5 000 kg par collecte, MG 4,15 %, MP 3,25 %, germes 8 000, cellules 90 000, PC −0,520) — relevé calculable à la main",
    3: "un seul résultat ce mois : limites de contestation du résultat unique",
    4: "aucun résultat ce mois : pas de contestation, signalé",
    5: "nouveau producteur : 3 mois d'historique seulement",
    6: "aucun résultat le mois précédent",
    7: "germes : contestations 3 mois sur 5 → niveau 3",
    8: "cellules : contestations 2 mois sur 5 → niveau 2",
    9: "inhibiteurs positifs + dommages effectifs : niveau 1, suspension",
    10: "inhibiteurs : 2e positivité en 12 mois → niveau 2",
    11: "un seul résultat germes ≥ 80 000 : contestation",
    12: "point de congélation −0,510 : −0,65 cts/kg et contestation",
    13: "Consentement non : aucun relevé",
    14: "valeur « abc » dans Analyses : relevé retenu",
    15: "date impossible dans Livraisons : relevé retenu",
    16: "volume « 2 5OO » (lettre O) dans Livraisons : relevé retenu",
    17: "qualité excellente : supplément +0,50 cts/kg",
    18: "point de congélation −0,500 : −1,95 cts/kg",
    19: "refroidissement : 8 °C hors plage tolérée, 11 °C",
    20: "germes : contestations 5 mois de suite → niveau 5, suspension",
    21: "charte non signée (sans effet pour cette grille)",
    22: "résultat non validé (germes 250 000) : non compté",
    23: "toutes les valeurs saisies en texte (« 4,15 », « 4 250 », dates « 04/03/2025 »)",
    24: "nom commençant par « = » : écrit comme texte, jamais comme formule",
    25: "—",
  },
};

export function producerCode(n: number, total: number): string {
  return `P${String(n).padStart(Math.max(3, String(total).length), "0")}`;
}
