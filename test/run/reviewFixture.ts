/**
 * A run's result made by hand for the review's tests (test/run/review.test.ts) and the pane's result view
 * (test/taskpane/resultView.test.tsx): two grids, a producer withheld by an error and one without an issue of
 * his own, one without consent, an unknown code's rows, the same freezing-point warning for two producers.
 */
import { Decimal, getGrid, type Statement } from "../../src/engine";
import type { Issue, ProducerOutcome, RunResult } from "../../src/run";

/** A statement with only the figures the review reads. */
function statement(producer: string, grid: string, volume: string, total: string, basePrice: string): Statement {
  const g = getGrid(grid);
  return {
    producer,
    grid,
    month: "2025-03",
    currency: g.currency,
    priceUnit: g.priceUnit,
    volumeUnit: g.volumeUnit,
    volume: new Decimal(volume),
    basePrice: new Decimal(basePrice),
    lines: [],
    total: new Decimal(total),
    pricePerUnit: null,
    effectivePrice: null,
    monthlyValues: [],
    notes: [],
    suspension: false,
  };
}

function withStatement(s: Statement, name: string): ProducerOutcome {
  return {
    code: s.producer,
    name,
    grid: s.grid,
    status: "statement",
    statement: s,
    input: { grid: getGrid(s.grid) } as ProducerOutcome["input"],
  };
}

export const FREEZING = "Point de congélation : point de congélation entre −0,511 et −0,507 °C : avertissement";

/** Two grids, a withheld producer, one without consent, a repeated warning: every figure chosen by hand. */
export function handMadeResult(): RunResult {
  const a1 = statement("A1", "sud-est-2018", "30000", "13512.40", "450");
  const a2 = statement("A2", "sud-est-2018", "12500", "5601.85", "450");
  const m1 = statement("M1", "mooh-2025", "18250", "13067.15", "72");
  const bad: Issue = {
    severity: "error",
    code: "VALUE",
    sheet: "Analyses",
    row: 12,
    column: "Valeur (D)",
    producer: "a3", // codes are matched whatever their case
    message: "« abc » n'est pas un nombre : nombre attendu (ex. 38,5 ou 100 000)",
  };
  const consent: Issue = {
    severity: "warning",
    code: "CONSENT",
    sheet: "Producteurs",
    row: 6,
    column: "Consentement (E)",
    producer: "A4",
    message: "pas de consentement : aucun relevé pour ce producteur",
  };
  const unknown: Issue = {
    severity: "error",
    code: "UNKNOWN_PRODUCER",
    sheet: "Livraisons",
    row: 40,
    message: "code producteur « P99 » absent de Producteurs : 1 ligne ignorée (première ligne 40)",
  };
  const freezing = (producer: string, value: string): Issue => ({
    severity: "warning",
    code: "WARNING",
    producer,
    message: FREEZING,
    criterion: "PC",
    value,
  });
  return {
    month: "2025-03",
    grid: "sud-est-2018",
    statements: [a1, a2, m1],
    producers: [
      withStatement(a1, "GAEC du Pré"),
      withStatement(a2, "Ferme des Saules"),
      { code: "A3", name: "EARL Martin", grid: "sud-est-2018", status: "error" },
      { code: "A4", name: null, grid: "sud-est-2018", status: "no-consent" },
      { code: "A5", name: "Ferme Blanche", grid: null, status: "error" },
      withStatement(m1, "Hof Meier"),
    ],
    issues: [bad, unknown, consent, freezing("A1", "-0.509"), freezing("A2", "-0.508")],
    summary: {
      producers: 6,
      statements: 3,
      withheld: 2,
      noConsent: 1,
      errors: 2,
      warnings: 3,
      // By hand: 13 512,40 + 5 601,85 = 19 114,25 € over 30 000 + 12 500 = 42 500 L.
      totals: [
        {
          grid: "sud-est-2018",
          amountDivisor: new Decimal(1000),
          currency: "EUR",
          volumeUnit: "L",
          priceUnit: "€/1000 L",
          statements: 2,
          volume: new Decimal(42500),
          total: new Decimal("19114.25"),
        },
        // No amountDivisor: the grid's own (mooh: CHF → cts, 100).
        {
          grid: "mooh-2025",
          currency: "CHF",
          volumeUnit: "kg",
          priceUnit: "cts/kg",
          statements: 1,
          volume: new Decimal(18250),
          total: new Decimal("13067.15"),
        },
      ],
    },
    sheets: [],
    replaced: [],
  };
}
