/**
 * A statement service for the pane's jsdom tests: generate() waits until the test lets it finish (or fail),
 * reporting the steps the test gives; with `state`, monthState() answers a month's state (the contract of
 * services/types.ts) and records what it was asked; standalone, a workbook can be opened and downloaded.
 */
import { act } from "@testing-library/react";
import { Decimal } from "../../src/engine";
import type { Issue, RunResult } from "../../src/run";
import type { GenerateOutcome, MonthState, StatementService, Step } from "../../src/taskpane/services/types";

export const ISSUES: Issue[] = [
  {
    severity: "error",
    code: "VALUE",
    sheet: "Analyses",
    row: 12,
    column: "Valeur (D)",
    producer: "P003",
    message: "valeur « 38,5x » illisible",
  },
  { severity: "warning", code: "HISTORY", producer: "P010", message: "historique incomplet" },
  {
    severity: "warning",
    code: "COOLING",
    sheet: "Livraisons",
    row: 40,
    producer: "P011",
    message: "lait refroidi trop tard",
  },
];

export function runResult(month = "2025-03", issues: Issue[] = ISSUES): RunResult {
  return {
    month,
    grid: "sud-est-2018",
    statements: [],
    producers: [],
    issues,
    summary: {
      producers: 120,
      statements: 116,
      withheld: 3,
      noConsent: 1,
      errors: issues.filter((i) => i.severity === "error").length,
      warnings: issues.filter((i) => i.severity === "warning").length,
      totals: [
        {
          grid: "sud-est-2018",
          currency: "EUR",
          volumeUnit: "L",
          priceUnit: "€/1000 L",
          statements: 116,
          volume: new Decimal(9426510),
          total: new Decimal("4339781.47"),
        },
      ],
    },
    sheets: ["Synthèse 2025-03", "Contrôles 2025-03"],
    replaced: [],
  };
}

/** March 2025 of a workbook whose deliveries run from January to March 2025. */
export function monthState(month = "2025-03", overrides: Partial<MonthState> = {}): MonthState {
  return {
    month,
    monthsWithDeliveries: ["2025-01", "2025-02", "2025-03"],
    missingTables: [],
    producers: 12,
    collections: 360,
    analyses: 84,
    basePrices: [
      { grid: "sud-est-2018", gridName: "Laiterie Sud-Est 2018", price: "412,25", unit: "€/1000 L" },
      { grid: "mooh-2025", gridName: "mooh 2025", price: null, unit: "cts/kg" },
    ],
    indicators: false,
    statements: false,
    invoices: 0,
    ...overrides,
  };
}

export interface FakeOptions {
  /** The month's state for each month asked (undefined: the service has no monthState). */
  state?: (month: string | undefined) => MonthState;
}

export function fakeService(mode: "excel" | "standalone", options: FakeOptions = {}) {
  let finish!: (o: GenerateOutcome) => void;
  let fail!: (e: Error) => void;
  let step!: (s: Step) => void;
  const service: StatementService = {
    mode,
    phases: () =>
      mode === "excel"
        ? ["read", "compute", "write", "history", "charts"]
        : ["open", "read", "compute", "write", "save"],
    generate: jest.fn(
      (_req, onStep: (s: Step) => void) =>
        new Promise<GenerateOutcome>((resolve, reject) => {
          finish = resolve;
          fail = reject;
          step = onStep;
        }),
    ),
    createTemplate: jest.fn(async () => ({ created: ["Livraisons", "Analyses"], existing: ["Producteurs"] })),
    selectIssue: jest.fn(async () => undefined),
    openWorkbook: jest.fn(async (file: File) => ({ fileName: file.name, sheets: ["Producteurs", "Livraisons"] })),
  } as never;
  if (mode === "excel") delete (service as Partial<StatementService>).openWorkbook;
  else delete (service as Partial<StatementService>).selectIssue;
  if (options.state) {
    const state = options.state;
    service.monthState = jest.fn(async (month?: string) => state(month));
    service.addMissingTables = jest.fn(async () => ({ created: ["Indicateurs"], existing: ["Producteurs"] }));
    if (mode === "standalone")
      service.downloadWorkbook = jest.fn(() => ({ fileName: "OP mars.xlsx", blob: new Blob(["wb"]) }));
  }
  return {
    service,
    finish: (o: GenerateOutcome) => act(async () => finish(o)),
    fail: (e: Error) => act(async () => fail(e)),
    step: (s: Step) => act(async () => step(s)),
  };
}
