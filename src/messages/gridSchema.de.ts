/** The grid schema check's words, in German (de-CH; MILKPAY_LANG=de). Same keys and parameters as gridSchema.fr.ts. */
import type { gridSchemaFr } from "./gridSchema.fr";

export const gridSchemaDe: { [K in keyof typeof gridSchemaFr]: string } = {
  "gridSchema.nothing": "nichts",
  "gridSchema.unknownName": "unbekannter Name «{name}»; erwartet: {allowed}",
  "gridSchema.knownName": "ein bekannter Name",
  "gridSchema.unknownField": "Feld im Rasterformat unbekannt (Tippfehler?)",
  "gridSchema.refused": "Wert abgelehnt",
  "gridSchema.or": "{a} oder {b}",
  "gridSchema.text": "ein Text",
  "gridSchema.integer": "eine ganze Zahl",
  "gridSchema.boolean": "true oder false",
  "gridSchema.compared": "eine Zahl {op} {limit}",
  "gridSchema.maxLength": "höchstens {n} Zeichen",
  "gridSchema.minItems": "mindestens {n} {n:Element|Elemente} erwartet",
  "gridSchema.maxItems": "höchstens {n} {n:Element|Elemente} erwartet",
  "gridSchema.positiveDecimal": 'eine positive Zahl mit Dezimalpunkt (z. B. "1000")',
  "gridSchema.gridId":
    'eine Kennung in Kleinbuchstaben (Buchstaben, Ziffern, «-» und «.»), höchstens 24 Zeichen (z. B. "sud-est-2018")',
  "gridSchema.yearMonth": 'ein Monat JJJJ-MM (z. B. "2026-01")',
  "gridSchema.componentCode": 'ein Code aus Grossbuchstaben, Ziffern, «_» oder «-» (z. B. "GERMES")',
  "gridSchema.currency": 'ein ISO-Währungscode aus 3 Grossbuchstaben (z. B. "EUR", "CHF")',
  "gridSchema.time": 'eine Uhrzeit "HH:MM"',
  "gridSchema.pattern": "das Muster {pattern}",
  "gridSchema.thresholds": 'Schwellen { "mean": [ … ], "single": [ … ] } oder { "anyPositive": 1 }',
};
