/**
 * The words of the grid schema check (src/engine/grid/jsonSchema.ts): `t` and `message` over the gridProblems
 * and gridSchema parts together (a schema problem is a gridProblems sentence holding a gridSchema
 * description). Only the schema check imports it, and the schema check is not in the custom functions'
 * bundle: the gridSchema words stay out of functions.js.
 * It carries the part's French alone; English and German come from the whole catalogue when it is loaded
 * (core.ts `addTranslations`), which functions.js never is.
 */
import { wording } from "./core";
import { gridProblemsFr } from "./gridProblems.fr";
import { gridSchemaFr } from "./gridSchema.fr";

export type GridSchemaKey = keyof typeof gridProblemsFr | keyof typeof gridSchemaFr;

export const { t, message } = wording<GridSchemaKey>({ ...gridProblemsFr, ...gridSchemaFr });
