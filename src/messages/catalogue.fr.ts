/**
 * The whole catalogue in French: every part, one spread each (the reference: its keys are every language's).
 * Always loaded.
 */
import { fr as cliFr } from "./messages.fr";
import { inputsFr } from "./inputs.fr";
import { runFr } from "./run.fr";
import { invoicingFr } from "./invoicing.fr";
import { pricesFr } from "./prices.fr";
import { documentsFr } from "./documents.fr";
import { intakeFr } from "./intake.fr";
import { paneFr } from "./pane.fr";
import { gridProblemsFr } from "./gridProblems.fr";
import { gridSchemaFr } from "./gridSchema.fr";
import { engineFr } from "./engine.fr";

export const fr = {
  ...cliFr,
  ...inputsFr,
  ...runFr,
  ...invoicingFr,
  ...pricesFr,
  ...documentsFr,
  ...intakeFr,
  ...paneFr,
  ...gridProblemsFr,
  ...gridSchemaFr,
  ...engineFr,
};

export type Messages = { [K in keyof typeof fr]: string };
export type MessageKey = keyof Messages;

/** The parts one by one (each part's keys are its own: the catalogue test checks that no two parts share one). */
export const frParts: readonly Readonly<Record<string, string>>[] = [
  cliFr,
  inputsFr,
  runFr,
  invoicingFr,
  pricesFr,
  documentsFr,
  intakeFr,
  paneFr,
  gridProblemsFr,
  gridSchemaFr,
  engineFr,
];
