/**
 * The words of the grid file format's JSON Schema check (src/engine/grid/jsonSchema.ts, ajv): the type names,
 * the patterns' descriptions, an unknown field or name, list and number limits. They complete the
 * gridProblems part (`expected`, `expectedGot`… with a description from here). A part of their own because
 * the schema check is not in the custom functions' bundle, which carries gridProblems in every language:
 * these words stay out of it. French, the reference: gridSchema.en.ts and gridSchema.de.ts have the same keys.
 */
export const gridSchemaFr = {
  "gridSchema.nothing": "rien",
  "gridSchema.unknownName": "nom inconnu « {name} » ; attendu : {allowed}",
  "gridSchema.knownName": "un nom connu",
  "gridSchema.unknownField": "champ inconnu du format des grilles (faute de frappe ?)",
  "gridSchema.refused": "valeur refusée",
  "gridSchema.or": "{a} ou {b}",
  "gridSchema.text": "un texte",
  "gridSchema.integer": "un nombre entier",
  "gridSchema.boolean": "true ou false",
  "gridSchema.compared": "un nombre {op} {limit}",
  "gridSchema.maxLength": "{n} caractères au plus",
  "gridSchema.minItems": "au moins {n} {n:élément attendu|éléments attendus}",
  "gridSchema.maxItems": "au plus {n} {n:élément attendu|éléments attendus}",
  "gridSchema.positiveDecimal": 'un nombre positif écrit avec un point décimal (ex. "1000")',
  "gridSchema.gridId":
    'un identifiant en minuscules (lettres, chiffres, « - » et « . »), 24 caractères au plus (ex. "sud-est-2018")',
  "gridSchema.yearMonth": 'un mois AAAA-MM (ex. "2026-01")',
  "gridSchema.componentCode": 'un code en majuscules, chiffres, « _ » ou « - » (ex. "GERMES")',
  "gridSchema.currency": 'un code de devise ISO en 3 majuscules (ex. "EUR", "CHF")',
  "gridSchema.time": 'une heure "HH:MM"',
  "gridSchema.pattern": "le motif {pattern}",
  "gridSchema.thresholds": 'des seuils { "mean": [ … ], "single": [ … ] } ou { "anyPositive": 1 }',
};
