/** The grid schema check's words, in English (MILKPAY_LANG=en). Same keys and parameters as gridSchema.fr.ts. */
import type { gridSchemaFr } from "./gridSchema.fr";

export const gridSchemaEn: { [K in keyof typeof gridSchemaFr]: string } = {
  "gridSchema.nothing": "nothing",
  "gridSchema.unknownName": "unknown name « {name} »; expected: {allowed}",
  "gridSchema.knownName": "a known name",
  "gridSchema.unknownField": "field unknown to the grid format (typing mistake?)",
  "gridSchema.refused": "value refused",
  "gridSchema.or": "{a} or {b}",
  "gridSchema.text": "a text",
  "gridSchema.integer": "a whole number",
  "gridSchema.boolean": "true or false",
  "gridSchema.compared": "a number {op} {limit}",
  "gridSchema.maxLength": "at most {n} characters",
  "gridSchema.minItems": "at least {n} {n:item|items} expected",
  "gridSchema.maxItems": "at most {n} {n:item|items} expected",
  "gridSchema.positiveDecimal": 'a positive number written with a decimal point (e.g. "1000")',
  "gridSchema.gridId":
    'a lower-case identifier (letters, digits, « - » and « . »), at most 24 characters (e.g. "sud-est-2018")',
  "gridSchema.yearMonth": 'a month YYYY-MM (e.g. "2026-01")',
  "gridSchema.componentCode": 'a code in capitals, digits, « _ » or « - » (e.g. "GERMES")',
  "gridSchema.currency": 'an ISO currency code in 3 capitals (e.g. "EUR", "CHF")',
  "gridSchema.time": 'a time "HH:MM"',
  "gridSchema.pattern": "the pattern {pattern}",
  "gridSchema.thresholds": 'thresholds { "mean": [ … ], "single": [ … ] } or { "anyPositive": 1 }',
};
