/**
 * The whole catalogue in English: every part, one spread each.
 * Loaded with the French one on Node (index.ts → languages.ts); in the browser bundles, on demand by
 * loadLanguage (a chunk of its own), so that French users in Excel do not load it.
 */
import { en as cliEn } from "./messages.en";
import { inputsEn } from "./inputs.en";
import { runEn } from "./run.en";
import { invoicingEn } from "./invoicing.en";
import { pricesEn } from "./prices.en";
import { documentsEn } from "./documents.en";
import { intakeEn } from "./intake.en";
import { paneEn } from "./pane.en";
import { gridProblemsEn } from "./gridProblems.en";
import { gridSchemaEn } from "./gridSchema.en";
import { engineEn } from "./engine.en";
import type { Messages } from "./catalogue.fr";

export const en: Messages = {
  ...cliEn,
  ...inputsEn,
  ...runEn,
  ...invoicingEn,
  ...pricesEn,
  ...documentsEn,
  ...intakeEn,
  ...paneEn,
  ...gridProblemsEn,
  ...gridSchemaEn,
  ...engineEn,
};

/** The parts one by one (each part's keys are its own: the catalogue test checks that no two parts share one). */
export const enParts: readonly Readonly<Record<string, string>>[] = [
  cliEn,
  inputsEn,
  runEn,
  invoicingEn,
  pricesEn,
  documentsEn,
  intakeEn,
  paneEn,
  gridProblemsEn,
  gridSchemaEn,
  engineEn,
];
