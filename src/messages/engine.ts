/**
 * The engine's own words (src/engine: its notes and what they embed): `t` and `message` over the engine part
 * alone. The engine is bundled into the custom functions, whose bundle must stay small: it does not load the
 * whole catalogue. Every key here is in the whole catalogue as well (index.ts), so the run words a note's
 * message again in French for the statement's Remarques.
 * It carries the part's French alone; English and German come from the whole catalogue when it is loaded
 * (core.ts `addTranslations`), which functions.js never is.
 */
import { wording } from "./core";
import { engineFr } from "./engine.fr";

export type EngineKey = keyof typeof engineFr;

export const { t, message } = wording<EngineKey>(engineFr);
