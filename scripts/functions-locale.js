/**
 * Localised custom-functions metadata: functions.json (as custom-functions-metadata generates it) with each
 * function's name and description, and each parameter's name and description, in another language.
 *
 * `translateMetadata(englishJson, translations, labels)` is the one place that applies translations, for
 * every language: same ids, same parameters in the same order, same types; only names and descriptions
 * change. Anything missing or extra (a function or a parameter without a translation, a translation
 * naming no function or no parameter, an invalid or repeated name) is an error, so the build fails
 * instead of shipping a half-translated file.
 *
 * Where the translations come from is the language's business:
 *   - French: @fr / @frparam tags in the JSDoc of src/functions/functions.ts (scripts/functions-fr.js);
 *   - German (de-CH): src/functions/metadata.de.json, read by `readJsonTranslations`:
 *       { "MILK_FAT_ADJUST": { "name": "MILCH_FETT_KORREKTUR", "description": "…",
 *                              "parameters": { "fat": { "name": "fettgehalt", "description": "…" } } } }
 *     keyed by the function's id and the parameter's English name, as in functions.json.
 * Used by webpack.config.js (FunctionsLocalizationPlugin).
 */
"use strict";

/**
 * @typedef {{name: string, description: string}} Text
 * @typedef {{name: string, description: string, params: Map<string, Text>, where: string}} Translation
 * @typedef {{language: string, fileName: string, missingFunction: (id: string) => string,
 *   missingParam: (param: string, id: string) => string, extraParam: (param: string, id: string) => string,
 *   unknownFunction: (id: string) => string}} Labels
 */

const FUNCTION_NAME = /^[\p{L}][\p{L}0-9._]*$/u;
const PARAMETER_NAME = /^[\p{L}][\p{L}0-9_]*$/u;

/**
 * @param {string} englishJson functions.json as generated
 * @param {Map<string, Translation>} translations by function id
 * @param {Labels} labels the language's name and its error wording
 * @returns {{json: string, errors: string[]}}
 */
function translateMetadata(englishJson, translations, labels) {
  const english = JSON.parse(englishJson);
  const errors = [];
  const names = new Set();
  const out = JSON.parse(englishJson);
  out.functions = english.functions.map((fn) => {
    const tr = translations.get(fn.id);
    const copy = JSON.parse(JSON.stringify(fn));
    if (!tr || !tr.name) {
      errors.push(`${labels.fileName}: ${labels.missingFunction(fn.id)}`);
      return copy;
    }
    if (!FUNCTION_NAME.test(tr.name))
      errors.push(`${tr.where}: ${labels.language} name "${tr.name}" of ${fn.id} is not a valid function name`);
    if (names.has(tr.name.toUpperCase())) errors.push(`${tr.where}: ${labels.language} name "${tr.name}" used twice`);
    names.add(tr.name.toUpperCase());
    copy.name = tr.name;
    copy.description = tr.description;
    copy.parameters = translateParameters(fn, tr, labels, errors);
    return copy;
  });
  for (const id of translations.keys()) {
    if (!english.functions.some((fn) => fn.id === id)) errors.push(`${labels.fileName}: ${labels.unknownFunction(id)}`);
  }
  return { json: JSON.stringify(out, null, 2), errors };
}

function translateParameters(fn, tr, labels, errors) {
  const used = new Set();
  const names = new Set();
  const parameters = (fn.parameters || []).map((p) => {
    const trp = tr.params.get(p.name);
    if (!trp) {
      errors.push(`${tr.where}: ${labels.missingParam(p.name, fn.id)}`);
      return p;
    }
    used.add(p.name);
    if (!PARAMETER_NAME.test(trp.name))
      errors.push(`${tr.where}: ${labels.language} parameter name "${trp.name}" of ${fn.id} is not valid`);
    if (names.has(trp.name.toLowerCase()))
      errors.push(`${tr.where}: ${labels.language} parameter name "${trp.name}" used twice in ${fn.id}`);
    names.add(trp.name.toLowerCase());
    return { ...p, name: trp.name, description: trp.description };
  });
  for (const name of tr.params.keys()) {
    if (!used.has(name)) errors.push(`${tr.where}: ${labels.extraParam(name, fn.id)}`);
  }
  return parameters;
}

/**
 * Translations from a JSON data file (see the header). A malformed entry throws, naming it.
 * @param {string} jsonText
 * @param {string} fileName for messages
 * @returns {Map<string, Translation>}
 */
function readJsonTranslations(jsonText, fileName) {
  const data = JSON.parse(jsonText);
  const byId = new Map();
  const text = (value, what) => {
    if (!value || typeof value.name !== "string" || typeof value.description !== "string" || !value.description.trim())
      throw new Error(`${fileName}: ${what} needs a "name" and a "description"`);
    return { name: value.name, description: value.description };
  };
  for (const [id, entry] of Object.entries(data)) {
    const { name, description } = text(entry, id);
    const params = new Map();
    for (const [param, value] of Object.entries(entry.parameters || {}))
      params.set(param, text(value, `parameter "${param}" of ${id}`));
    byId.set(id, { name, description, params, where: `${fileName} (${id})` });
  }
  return byId;
}

/**
 * Error wording for a JSON data file.
 * @param {string} language e.g. "German"
 * @param {string} fileName
 * @returns {Labels}
 */
function jsonLabels(language, fileName) {
  return {
    language,
    fileName,
    missingFunction: (id) => `custom function ${id} has no ${language} entry with a name and a description`,
    missingParam: (param, id) => `parameter "${param}" of ${id} has no ${language} name and description`,
    extraParam: (param, id) => `${language} parameter "${param}" of ${id} names no parameter`,
    unknownFunction: (id) => `${language} entry for unknown function ${id}`,
  };
}

/**
 * @param {string} englishJson functions.json as generated
 * @param {string} jsonText the language's data file
 * @param {string} fileName for messages
 * @param {string} language e.g. "German"
 */
function localizeFromJson(englishJson, jsonText, fileName, language) {
  return translateMetadata(englishJson, readJsonTranslations(jsonText, fileName), jsonLabels(language, fileName));
}

module.exports = { translateMetadata, readJsonTranslations, localizeFromJson };
