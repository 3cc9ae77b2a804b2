/**
 * The pane's words: the catalogue's "pane" part (src/messages/pane.fr.ts, pane.en.ts, pane.de.ts), chosen from
 * Office's display language (the browser's outside Excel). The panels name a word without its prefix
 * (`t("stepDone")` words "pane.stepDone"): the part is the pane's own, and the key stays checked against it.
 * Templates as everywhere in the catalogue: `{name}`, `{n:relevé|relevés}`. The generated sheets stay French
 * whatever the pane's language. Dates, months and amounts are formatted in format.ts.
 */
import { t, type Lang, type MessageKey, type Params } from "../messages";

/** The pane speaks the catalogue's languages, chosen as it chooses them ("en-US" → en, "de-CH" → de, else fr). */
export type { Lang };
export { languageOf } from "../messages";

/** The name of a catalogue key without the pane's prefix ("pane.stepDone" → "stepDone"); never for other parts. */
type PaneName<K> = K extends `pane.${infer Name}` ? Name : never;

/** A word of the pane, named without the part's prefix: "stepDone" for "pane.stepDone". */
export type Key = PaneName<MessageKey>;

/**
 * A word of the pane by its short name, or any catalogue key ("intake.field.code"): the pane shows the
 * importer's field names and counts, and the grids' words, in their own parts' words rather than a second copy.
 */
export type Translate = (key: Key | MessageKey, params?: Params) => string;

/** The pane's words in `lang`, their parameters filled in; an unknown parameter stays visible as `{name}`. */
export function translator(lang: Lang): Translate {
  return (key, params = {}) => t(key.includes(".") ? (key as MessageKey) : `pane.${key as Key}`, params, lang);
}
