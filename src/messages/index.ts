/**
 * The message catalogue of the command-line tools (npm run statements, compare, price-a, import, sample,
 * demo, invoices, grids) and of the workbook ports' errors (src/workbook: damaged files, tables, limits):
 * every sentence they print lives in messages.<lang>.ts, under a key, as a template with named parameters.
 * (The task pane's words are in src/taskpane/i18n.ts; the run's checks and the grid validation are French
 * sheet content, written where they are raised.) Code raises `t("output.exists", { file, flag })` and never holds the words, so a language is
 * added by adding a file (messages.de.ts typed `Messages`), listing it below, and nothing else.
 *
 * Templates: `{name}` is replaced by the parameter; `{n:relevé|relevés}` prints the singular or the plural
 * form according to the number n (French: 0 and 1 are singular; English and German: only 1).
 *
 * Language: MILKPAY_LANG ("fr", "en", "de"; "en_GB.UTF-8", "de_CH" work too), default French. The system's LANG is not
 * consulted on purpose: the users are French-speaking accountants whose machines are often set to English or
 * to C.UTF-8, and the generated sheets and the run's messages are French anyway — a half-English command
 * line read from LANG would mix two languages in one report.
 *
 * No Node import here: the standalone page (browser) uses the same catalogue.
 */
import { fr, type Messages } from "./messages.fr";
import { en } from "./messages.en";
import { de } from "./messages.de";

export type { Messages };
export type MessageKey = keyof Messages;
export type Lang = "fr" | "en" | "de";

/**
 * One catalogue per language. A domain that raises messages of its own (engine, run, import…) keeps them in
 * `<domain>.<lang>.ts` beside this file, typed against its French part, and spreads them in here.
 */
export const CATALOGUES: Record<Lang, Messages> = { fr, en, de };

let chosen: Lang | null = null;

/** The language of `tag` ("en", "en_GB.UTF-8", "fr-CH"…), French for anything not shipped. */
export function languageOf(tag: string | undefined | null): Lang {
  const code = (tag ?? "").trim().slice(0, 2).toLowerCase();
  return code in CATALOGUES ? (code as Lang) : "fr";
}

/** The language in use: set by setLanguage, else MILKPAY_LANG, else French. */
export function language(): Lang {
  if (chosen) return chosen;
  const env = typeof process !== "undefined" && process.env ? process.env.MILKPAY_LANG : undefined;
  return languageOf(env);
}

/** Forces the language (the standalone page follows the browser's; tests). null: back to MILKPAY_LANG. */
export function setLanguage(lang: Lang | null): void {
  chosen = lang;
}

export type Params = Record<string, string | number>;

/** The message `key` in the language in use, its parameters filled in. */
export function t(key: MessageKey, params: Params = {}, lang: Lang = language()): string {
  return fill(CATALOGUES[lang][key], params, lang);
}

/** Fills `{name}` and `{n:one|other}` placeholders; an unknown parameter is left visible as `{name}`. */
export function fill(template: string, params: Params, lang: Lang): string {
  return template.replace(
    /\{(\w+)(?::([^{}|]*)\|([^{}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      const v = params[name];
      if (v === undefined) return whole;
      if (one === undefined) return String(v);
      const n = Math.abs(Number(v));
      return (lang === "fr" ? n < 2 : n === 1) ? one : other!;
    },
  );
}
