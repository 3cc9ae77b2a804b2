/**
 * The catalogue's machinery without any catalogue: the language in use, the templates' filling, and
 * `wording(catalogues)`, which makes the `t` and `message` of a set of catalogues. index.ts makes them for
 * the whole catalogue; inputs.ts for the input readers' part alone and engine.ts for the engine's, so that the
 * custom functions' bundle (functions.js, which reads cells with src/inputs and prices with src/engine) does
 * not carry every message of every front.
 */

export type Lang = "fr" | "en" | "de";

/** The languages shipped. */
export const LANGS: readonly Lang[] = ["fr", "en", "de"];

let chosen: Lang | null = null;

/** The language of `tag` ("en", "en_GB.UTF-8", "fr-CH"…), French for anything not shipped. */
export function languageOf(tag: string | undefined | null): Lang {
  const code = (tag ?? "").trim().slice(0, 2).toLowerCase();
  return (LANGS as readonly string[]).includes(code) ? (code as Lang) : "fr";
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

/** A message named by its key, worded when it is shown (see `Param`). */
export interface Message<K extends string = string> {
  key: K;
  params?: Params;
}

/** A template's parameter: text, a number, or a message worded in the language of the one that holds it. */
export type Param = string | number | Message;
export type Params = Record<string, Param>;

/** Fills `{name}` and `{n:one|other}` placeholders; `word` words a parameter that is a message. */
export function fillWith(template: string, params: Params, lang: Lang, word: (m: Message) => string): string {
  return template.replace(
    /\{(\w+)(?::([^{}|]*)\|([^{}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      const v = params[name];
      if (v === undefined) return whole;
      if (one === undefined) return typeof v === "object" ? word(v) : String(v);
      const n = Math.abs(Number(v));
      return (lang === "fr" ? n < 2 : n === 1) ? one : other!;
    },
  );
}

/** The `t` and `message` of a set of catalogues (one per language, the same keys in each). */
export function wording<K extends string>(catalogues: Record<Lang, Record<K, string>>) {
  /** The message `key` in the language in use, its parameters filled in. */
  function t(key: K, params: Params = {}, lang: Lang = language()): string {
    return fillWith(catalogues[lang][key], params, lang, (m) => t(m.key as K, m.params, lang));
  }
  /** The message `key` with its parameters, to be worded later (a parameter of another message, a Bad). */
  function message(key: K, params?: Params): Message<K> {
    return params === undefined ? { key } : { key, params };
  }
  return { t, message };
}
