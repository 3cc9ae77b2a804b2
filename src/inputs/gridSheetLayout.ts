/**
 * The readable grid sheet « Grille <id> »: one value per cell, French labels, one row per fact, so that a
 * grid can be checked line by line against the dairy's PDF and edited in Excel. This file is the shared
 * vocabulary of the writer (gridSheetWrite.ts) and the reader (gridSheetRead.ts): both go through these
 * tables, which is what makes sheet ↔ JSON round-trip without loss.
 *
 * Columns: Rubrique | Code | Critère | Paramètre | N° | Borne basse | Seuil bas | Borne haute | Seuil haut |
 * Valeur | Unité | Remarque. « Unité » is shown for reading beside rates and thresholds; it is data only on
 * a criterion's « Unité » row (and is otherwise ignored when read back).
 */

export const GRID_SHEET_PREFIX = "Grille ";
/** Excel limits a sheet name to 31 characters: « Grille » + an id of 24 at most (the schema's limit). */
export function gridSheetName(id: string): string {
  return `${GRID_SHEET_PREFIX}${id}`;
}

/** The id a sheet name announces (« Grille sud-est-2026 » → "sud-est-2026"), or null for another sheet. */
export function gridIdOfSheet(name: string): string | null {
  const m = /^grille\s+(\S.*)$/i.exec(name.trim());
  return m ? m[1].trim() : null;
}

export const COLUMNS = {
  section: "Rubrique",
  code: "Code",
  criterion: "Critère",
  param: "Paramètre",
  rank: "N°",
  lowerWord: "Borne basse",
  lower: "Seuil bas",
  upperWord: "Borne haute",
  upper: "Seuil haut",
  value: "Valeur",
  unit: "Unité",
  note: "Remarque",
} as const;
export type ColumnKey = keyof typeof COLUMNS;
export const COLUMN_KEYS = Object.keys(COLUMNS) as ColumnKey[];
/** 0-based position of each column. */
export const COL: Record<ColumnKey, number> = Object.fromEntries(COLUMN_KEYS.map((k, i) => [k, i])) as Record<
  ColumnKey,
  number
>;

export const SECTION = {
  grid: "Grille",
  criterion: "Critère",
  component: "Composant",
  band: "Tranche",
  contestation: "Contestation",
  level: "Palier",
  destruction: "Participation destruction",
  condition: "Condition",
  window: "Horaire toléré",
  plausible: "Valeur plausible",
  choice: "Choix",
} as const;

export type ValueType = "text" | "textOrEmpty" | "int" | "decimal" | "month" | "yesNo" | "word";

/** A parameter row: the JSON path (dots, relative to its object), the French label, how its value reads. */
export interface Param {
  path: string;
  label: string;
  type: ValueType;
  /** For `word`: JSON value → French word. */
  words?: Record<string, string>;
}

export const GRID_PARAMS: Param[] = [
  { path: "formatVersion", label: "Version du format", type: "int" },
  { path: "id", label: "Identifiant", type: "text" },
  { path: "family", label: "Famille", type: "text" },
  { path: "validFrom", label: "Valable à partir de", type: "month" },
  { path: "validTo", label: "Valable jusqu'à", type: "month" },
  { path: "name", label: "Nom", type: "text" },
  { path: "source", label: "Source", type: "text" },
  { path: "currency", label: "Devise", type: "text" },
  { path: "priceUnit", label: "Unité de prix", type: "text" },
  { path: "amountDivisor", label: "Diviseur du montant", type: "decimal" },
  { path: "volumeUnit", label: "Unité de volume", type: "text" },
];

export const METHOD_WORDS = {
  arithmetic: "moyenne arithmétique",
  geometric: "moyenne géométrique",
  weighted: "moyenne pondérée par le volume",
  worst: "pire résultat",
};

export const CRITERION_PARAMS: Param[] = [
  { path: "method", label: "Valeur du mois", type: "word", words: METHOD_WORDS },
  { path: "worst", label: "Pire résultat", type: "word", words: { highest: "le plus haut", lowest: "le plus bas" } },
  { path: "round", label: "Arrondi (décimales)", type: "int" },
  { path: "unit", label: "Unité", type: "textOrEmpty" },
  { path: "minResults", label: "Résultats minimum", type: "int" },
  { path: "fallback", label: "Repli", type: "word", words: { "previous-month": "mois précédent" } },
  { path: "joker.threshold", label: "Joker : seuil", type: "decimal" },
  { path: "joker.months", label: "Joker : mois", type: "int" },
];

export const KIND_WORDS = {
  base: "prix de base",
  marginal: "paiement à la teneur",
  tiers: "tranches",
  ladder: "échelle de contestations",
  antibiotic: "antibiotiques",
  bonus: "prime",
  cooling: "refroidissement",
};

/** A component's own parameters (all kinds: the schema refuses one that its kind does not have). */
export const COMPONENT_PARAMS: Param[] = [
  { path: "label", label: "Libellé", type: "text" },
  { path: "reference", label: "Référence", type: "decimal" },
  { path: "step", label: "Pas", type: "decimal" },
  { path: "rate", label: "Taux", type: "decimal" },
  { path: "windowMonths", label: "Fenêtre (mois)", type: "int" },
  { path: "contestation.anyPositive", label: "Contestations par mois avec un positif", type: "int" },
  { path: "damages", label: "Dommages facturés", type: "yesNo" },
  { path: "penaltyPercent.first", label: "Pénalité 1er positif (% de la valeur du lait)", type: "decimal" },
  { path: "penaltyPercent.repeat", label: "Pénalité récidive (% de la valeur du lait)", type: "decimal" },
  { path: "alert.percent", label: "Indemnité d'alerte (% de la valeur du lait)", type: "decimal" },
  { path: "alert.perCalendarYear", label: "Alertes indemnisées par an", type: "int" },
  { path: "maxTemperature", label: "Température maximale", type: "decimal" },
  { path: "tolerated.maxTemperature", label: "Température tolérée", type: "decimal" },
];

/** Tier bounds: the words of the grid (grids.md « Thresholds »). */
export const LOWER_WORDS = { from: "à partir de", above: "au-delà de" };
export const UPPER_WORDS = { upTo: "jusqu'à (inclus)", below: "en dessous de" };
/** Marginal bands are contiguous: each gram is paid at its band's rate, so the bound words are plain. */
export const BAND_LOWER = "de";
export const BAND_UPPER = "à";
/** What a tier's value is. */
export const TIER_VALUE_WORDS = { rate: "taux", percentOfBase: "% du prix de base" };
export const CONTESTATION_WORDS = { mean: "moyenne (2 résultats ou plus)", single: "résultat unique" };
export const STAT_WORDS = {
  monthly: "valeur du mois",
  max: "chaque résultat",
  noPositive: "aucun positif",
  charter: "charte signée",
};
export const SUSPENSION = "suspension";
export const RESULT_REQUIRED = "résultat exigé";
export const PLAUSIBLE_KEYS = ["MG", "MP", "GERMES", "CELLULES", "BUTYRIQUES", "PC", "VOLUME"];

/** Key order of the grid file, so that an export reads like the built-in files. */
export const TOP_ORDER = [
  "$schema",
  "formatVersion",
  "family",
  "validFrom",
  "validTo",
  "id",
  "name",
  "source",
  "currency",
  "priceUnit",
  "amountDivisor",
  "volumeUnit",
  "criteria",
  "components",
  "choices",
  "plausible",
];
export const COMPONENT_ORDER = [
  "code",
  "kind",
  "criterion",
  "label",
  "reference",
  "step",
  "bands",
  "rate",
  "windowMonths",
  "contestation",
  "damages",
  "tiers",
  "levels",
  "penaltyPercent",
  "destruction",
  "alert",
  "conditions",
  "maxTemperature",
  "tolerated",
];
