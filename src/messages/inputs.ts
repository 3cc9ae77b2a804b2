/**
 * The input readers' own words (src/inputs): `t` and `message` over the inputs part alone. The cell readers
 * serve the custom functions too, whose bundle must stay small: they do not load the whole catalogue.
 * Every key here is in the whole catalogue as well (index.ts), so a message of this part may be a parameter
 * of any message.
 */
import { wording } from "./core";
import { inputsDe } from "./inputs.de";
import { inputsEn } from "./inputs.en";
import { inputsFr } from "./inputs.fr";

export type InputsKey = keyof typeof inputsFr;

export const { t, message } = wording<InputsKey>({ fr: inputsFr, en: inputsEn, de: inputsDe });
