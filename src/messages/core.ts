/**
 * The catalogue's machinery without any catalogue: the language in use, the templates' filling, and
 * `wording(fr)`, which makes the `t` and `message` of a set of French templates. index.ts makes them for
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
  let text = "";
  for (const part of partsOf(template)) {
    if (typeof part === "string") {
      text += part;
      continue;
    }
    const v = params[part.name];
    if (v === undefined) text += part.whole;
    else if (part.one === undefined) text += typeof v === "object" ? word(v) : String(v);
    else {
      const n = Math.abs(Number(v));
      text += (lang === "fr" ? n < 2 : n === 1) ? part.one : part.other;
    }
  }
  return text;
}

/** A placeholder of a template: `{name}`, or `{name:one|other}` (a plural). */
interface Placeholder {
  whole: string;
  name: string;
  one?: string;
  other?: string;
}

const PLACEHOLDER = /\{(\w+)(?::([^{}|]*)\|([^{}]*))?\}/g;
const PARSED = new Map<string, readonly (string | Placeholder)[]>();

/**
 * A template cut into its text and its placeholders, once: the engine words every monthly value's explanation
 * of every statement (thousands a run), and a regular expression run on each cost about a fifth of the
 * engine's time (bench/engine.ts).
 */
function partsOf(template: string): readonly (string | Placeholder)[] {
  let parts = PARSED.get(template);
  if (parts) return parts;
  const cut: (string | Placeholder)[] = [];
  let at = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m.index > at) cut.push(template.slice(at, m.index));
    cut.push({ whole: m[0], name: m[1], one: m[2], other: m[3] });
    at = m.index + m[0].length;
  }
  if (at < template.length) cut.push(template.slice(at));
  PARSED.set(template, (parts = cut));
  return parts;
}

/**
 * The other languages' templates of every part, by key: filled by the whole catalogue (index.ts) when it loads.
 * A part's own wording (inputs.ts, engine.ts, gridProblems.ts, gridSchema.ts) carries its French alone and finds
 * English and German here, so the custom functions' bundle (functions.js, which loads those parts and never
 * index.ts) ships French only: 120.6 KiB minified (41.0 KiB gzip) instead of 149.1 (47.7) with the engine and
 * grid parts in three languages, against its 150 KiB budget. That bundle words in French in any case: it is its own copy of this module, which no one sets
 * to another language (no `process`, no setLanguage), and Excel shows its messages as they are.
 */
const translations: Partial<Record<Lang, Readonly<Record<string, string>>>> = {};

/** Makes `templates` (every part's, in `lang`) the ones every part's own wording uses for `lang`. */
export function addTranslations(lang: Lang, templates: Readonly<Record<string, string>>): void {
  translations[lang] = templates;
}

/**
 * The `t` and `message` of French templates (a part's, or the whole catalogue's): the other languages come from
 * `addTranslations`.
 */
export function wording<K extends string>(fr: Record<K, string>) {
  /** `key`'s template in `lang`; French while the other languages are not loaded (functions.js only). */
  function template(key: K, lang: Lang): string {
    return (lang === "fr" ? undefined : translations[lang]?.[key]) ?? fr[key];
  }
  /** The message `key` in the language in use, its parameters filled in. */
  function t(key: K, params: Params = {}, lang: Lang = language()): string {
    return fillWith(template(key, lang), params, lang, (m) => t(m.key as K, m.params, lang));
  }
  /** The message `key` with its parameters, to be worded later (a parameter of another message, a Bad). */
  function message(key: K, params?: Params): Message<K> {
    return params === undefined ? { key } : { key, params };
  }
  return { t, message };
}
