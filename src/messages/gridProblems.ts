/**
 * The grid engine's own words (src/engine/grid): `t` and `message` over the gridProblems part alone. The grid
 * code is bundled into the custom functions (functions.js), whose size is budgeted: it does not load the
 * whole catalogue (index.ts). Every key here is in the whole catalogue as well, so a message of this part may
 * be a parameter of any message.
 * It carries the part's French alone; English and German come from the whole catalogue when it is loaded
 * (core.ts `addTranslations`), which functions.js never is.
 */
import { wording } from "./core";
import { gridProblemsFr } from "./gridProblems.fr";

export type GridProblemKey = keyof typeof gridProblemsFr;

export const { t, message } = wording<GridProblemKey>(gridProblemsFr);
