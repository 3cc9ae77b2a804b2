/**
 * Every language of the catalogue, loaded at once: what Node (command line, tests) uses. The browser bundles
 * (webpack.config.js) replace this module by languages.browser.ts, which loads English and German on demand.
 */
import { de, deParts } from "./catalogue.de";
import { en, enParts } from "./catalogue.en";
import { fr, frParts, type Messages } from "./catalogue.fr";
import type { Lang } from "./core";

/** One catalogue per language. */
export const CATALOGUES: Record<Lang, Messages> = { fr, en, de };

/** The parts one by one, by language. */
export const PARTS: Record<Lang, readonly Readonly<Record<string, string>>[]> = {
  fr: frParts,
  en: enParts,
  de: deParts,
};

/** The templates of `lang` other than French, when they are not loaded yet: on Node, they always are. */
export async function languageTemplates(lang: "en" | "de"): Promise<Messages> {
  return CATALOGUES[lang];
}
