/**
 * The grid engine's own words (src/engine/grid): `t` and `message` over the gridProblems part alone. The grid
 * code is bundled into the custom functions (functions.js), whose size is budgeted: it does not load the
 * whole catalogue (index.ts). Every key here is in the whole catalogue as well, so a message of this part may
 * be a parameter of any message.
 */
import { wording } from "./core";
import { gridProblemsDe } from "./gridProblems.de";
import { gridProblemsEn } from "./gridProblems.en";
import { gridProblemsFr } from "./gridProblems.fr";

export type GridProblemKey = keyof typeof gridProblemsFr;

export const { t, message } = wording<GridProblemKey>({ fr: gridProblemsFr, en: gridProblemsEn, de: gridProblemsDe });
