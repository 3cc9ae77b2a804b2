/**
 * The input readers' own words (src/inputs): `t` and `message` over the inputs part alone. The cell readers
 * serve the custom functions too, whose bundle must stay small: they do not load the whole catalogue.
 * Every key here is in the whole catalogue as well (index.ts), so a message of this part may be a parameter
 * of any message.
 * It carries the part's French alone; English and German come from the whole catalogue when it is loaded
 * (core.ts `addTranslations`), which functions.js never is.
 */
import { wording } from "./core";
import { inputsFr } from "./inputs.fr";

export type InputsKey = keyof typeof inputsFr;

export const { t, message } = wording<InputsKey>(inputsFr);
