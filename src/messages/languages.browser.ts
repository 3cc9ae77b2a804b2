/**
 * languages.ts for the browser bundles (webpack.config.js replaces the one by the other): French only at
 * load, English and German each in a chunk of its own, fetched by loadLanguage when the pane (or the statement
 * worker) speaks it. The whole catalogue in three languages weighs about 40 KiB gzipped in taskpane.js, two
 * thirds of it for the languages a French pane never shows (measured: the Excel pane's scripts 353.9 KiB
 * gzipped with every language, over their 350 KiB budget).
 *
 * CATALOGUES and PARTS hold French alone here: no browser code reads another language from them (the command
 * line and the tests, which do, run on Node with languages.ts).
 */
import { fr, frParts, type Messages } from "./catalogue.fr";
import type { Lang } from "./core";

export const CATALOGUES = { fr } as Record<Lang, Messages>;

export const PARTS = { fr: frParts } as Record<Lang, readonly Readonly<Record<string, string>>[]>;

export async function languageTemplates(lang: "en" | "de"): Promise<Messages> {
  return lang === "en"
    ? (await import(/* webpackChunkName: "messages-en" */ "./catalogue.en")).en
    : (await import(/* webpackChunkName: "messages-de" */ "./catalogue.de")).de;
}
