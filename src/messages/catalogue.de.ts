/**
 * The whole catalogue in German (de-CH): every part, one spread each.
 * Loaded with the French one on Node (index.ts → languages.ts); in the browser bundles, on demand by
 * loadLanguage (a chunk of its own), so that French users in Excel do not load it.
 */
import { de as cliDe } from "./messages.de";
import { inputsDe } from "./inputs.de";
import { runDe } from "./run.de";
import { invoicingDe } from "./invoicing.de";
import { pricesDe } from "./prices.de";
import { documentsDe } from "./documents.de";
import { intakeDe } from "./intake.de";
import { paneDe } from "./pane.de";
import { gridProblemsDe } from "./gridProblems.de";
import { gridSchemaDe } from "./gridSchema.de";
import { engineDe } from "./engine.de";
import type { Messages } from "./catalogue.fr";

export const de: Messages = {
  ...cliDe,
  ...inputsDe,
  ...runDe,
  ...invoicingDe,
  ...pricesDe,
  ...documentsDe,
  ...intakeDe,
  ...paneDe,
  ...gridProblemsDe,
  ...gridSchemaDe,
  ...engineDe,
};

/** The parts one by one (each part's keys are its own: the catalogue test checks that no two parts share one). */
export const deParts: readonly Readonly<Record<string, string>>[] = [
  cliDe,
  inputsDe,
  runDe,
  invoicingDe,
  pricesDe,
  documentsDe,
  intakeDe,
  paneDe,
  gridProblemsDe,
  gridSchemaDe,
  engineDe,
];
