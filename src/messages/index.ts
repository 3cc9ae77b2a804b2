/**
 * The message catalogue: every sentence the command-line tools print (npm run statements, compare, price-a,
 * import, sample, demo, invoices, grids), the workbook ports' errors (src/workbook: damaged files, tables,
 * limits) and what the run raises for the user — the reading of the input tables (src/inputs), the run's
 * issues and RunErrors (src/run), invoicing, prices and documents errors, the importer's (src/intake: files,
 * column mappings, rejected rows, counts) — lives in `<part>.<lang>.ts`, under a
 * key, as a template with named parameters. Code raises `t("output.exists", { file, flag })` and never holds
 * the words. The task pane's words are a part too (pane.<lang>.ts, keys "pane.…"): the pane calls them through
 * src/taskpane/i18n.ts, which adds the prefix, and formats its dates, months and amounts itself
 * (src/taskpane/format.ts).
 *
 * What is not a message, and stays French whatever the language: the content of the documents the run writes
 * — the statement's line labels and explanations (src/run/statementSheet.ts, the engine's explanations), the
 * summary and checks sheets' titles and column headers, the comparison and price A sheets' terms, the
 * invoice's mentions (legal French text), the PDFs — and every sheet, table and column name of the workbook
 * (Livraisons, PrixDeBase, « Registre des factures »…), which are its identifiers, quoted as they are in
 * every language. The issues a sheet lists (the checks sheet's Message column, the comparison's problems,
 * price A's note on PrixDeBase, the reasons in « Import rejets ») are messages: in an English session they are
 * English under French headers. So are the engine's notes (part engine): a note keeps its message, so that the
 * statement's Remarques word it in French while the run's issues have it in the language in use.
 *
 * Parts: messages.<lang>.ts (command line, workbook ports), inputs, run, invoicing, prices, documents, intake,
 * pane, engine (the notes of a statement), gridProblems (the grid engine: a grid's problems, implausible values,
 * a grid looked up by month), gridSchema (the grid file's JSON Schema check: type names, patterns). A part is
 * `<part>.fr.ts` (the reference) with `<part>.en.ts` and `<part>.de.ts` typed against it; it joins the
 * catalogue by one import and one spread in each catalogue.<lang>.ts. A language is added by one file per part (and
 * its code in core.ts). The machinery (language, templates) is core.ts; the input readers, the engine and the
 * grid engine word with their part alone (inputs.ts, engine.ts, gridProblems.ts; gridSchema.ts for the schema
 * check), which keeps the custom functions' bundle small.
 *
 * Templates: `{name}` is replaced by the parameter; `{n:relevé|relevés}` prints the singular or the plural
 * form according to the number n (French: 0 and 1 are singular; English and German: only 1). A parameter may
 * itself be a message (`message(key, params)`): it is worded in the language of the message holding it, when
 * that one is. (The cell readers' Bads are worded when read, so a memoised one follows the language in use.)
 *
 * Language: MILKPAY_LANG ("fr", "en", "de"; "en_GB.UTF-8", "de_CH" work too), default French. The system's LANG
 * is not consulted on purpose: the users are French-speaking accountants whose machines are often set to
 * English or to C.UTF-8, and the generated sheets are French anyway — a half-English command line read from
 * LANG would mix two languages in one report.
 *
 * No Node import here: the standalone page (browser) uses the same catalogue.
 */
import { fr, type MessageKey } from "./catalogue.fr";
import { addTranslations, fillWith, wording, type Lang, type Message, type Params } from "./core";
import { CATALOGUES, PARTS, languageTemplates } from "./languages";

export { language, languageOf, setLanguage, type Lang, type Message, type Param, type Params } from "./core";
export type { MessageKey, Messages } from "./catalogue.fr";
export { CATALOGUES, PARTS };

/**
 * `t(key, params)`: the message `key` in the language in use, its parameters filled in.
 * `message(key, params)`: the same, to be worded later (a parameter of another message, a Bad).
 */
export const { t, message } = wording<MessageKey>(fr);

// Every part's wording (this one, inputs.ts, engine.ts…) carries French alone and finds the others here.
if (CATALOGUES.en) addTranslations("en", CATALOGUES.en);
if (CATALOGUES.de) addTranslations("de", CATALOGUES.de);

/**
 * Makes `lang` ready to be worded: at once on Node, where every language is loaded; in the browser, English
 * and German come in their own chunk (languages.browser.ts). The pane and the statement worker await it
 * before setLanguage.
 */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (lang !== "fr") addTranslations(lang, await languageTemplates(lang));
}

/** Fills `{name}` and `{n:one|other}` placeholders; an unknown parameter is left visible as `{name}`. */
export function fill(template: string, params: Params, lang: Lang): string {
  return fillWith(template, params, lang, (m: Message) => t(m.key as MessageKey, m.params, lang));
}
