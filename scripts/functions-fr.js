/**
 * French custom-functions metadata, generated at build time from the same source as functions.json.
 *
 * The French names and descriptions live in the JSDoc of each custom function, beside the English:
 *
 *     /**
 *      * Fat adjustment for a monthly fat content.        ← English description (functions.json)
 *      * @customfunction MILK_FAT_ADJUST
 *      * @param fat Monthly fat content (g/l or %).       ← English parameter description
 *      * @fr LAIT_AJUST_MG Ajustement matière grasse …    ← French name, then French description
 *      * @frparam fat teneur_mg Teneur mensuelle …        ← JS parameter, French name, French description
 *      *\/
 *
 * `localizeMetadata(englishJson, sourceText)` takes the functions.json produced by
 * custom-functions-metadata and returns the French JSON: same ids, same parameters in the same order,
 * translated names and descriptions (applied by scripts/functions-locale.js, as for every language).
 * Anything missing (a function without @fr, a parameter without @frparam, an @frparam naming no
 * parameter) is an error, so the build fails instead of shipping a half-translated file. Used by
 * webpack.config.js (FunctionsLocalizationPlugin).
 */
"use strict";

const ts = require("typescript");
const { translateMetadata } = require("./functions-locale");

/**
 * @returns {Map<string, {name: string, description: string,
 *   params: Map<string, {name: string, description: string}>, line: number, where: string}>}
 */
function readFrenchTags(sourceText, fileName) {
  const source = ts.createSourceFile(fileName, sourceText, ts.ScriptTarget.Latest, true);
  const byId = new Map();
  for (const statement of source.statements) {
    if (!ts.isFunctionDeclaration(statement) || !statement.name) continue;
    const tags = ts.getJSDocTags(statement);
    const cf = tags.find((t) => t.tagName.text.toLowerCase() === "customfunction");
    if (!cf) continue;
    const cfText = commentText(cf).trim();
    const id = (cfText.split(/\s+/)[0] || statement.name.text).toUpperCase();
    const line = source.getLineAndCharacterOfPosition(statement.getStart()).line + 1;
    const entry = { name: "", description: "", params: new Map(), line, where: `${fileName}:${line}` };
    for (const tag of tags) {
      const tagName = tag.tagName.text.toLowerCase();
      const text = commentText(tag).replace(/\s+/g, " ").trim();
      if (tagName === "fr") {
        const m = /^(\S+)\s+([\s\S]+)$/.exec(text);
        if (!m) throw new Error(`${fileName}:${line}: @fr of ${id} needs "NAME description"`);
        entry.name = m[1];
        entry.description = m[2];
      } else if (tagName === "frparam") {
        const m = /^(\S+)\s+(\S+)\s+([\s\S]+)$/.exec(text);
        if (!m) throw new Error(`${fileName}:${line}: @frparam of ${id} needs "param nom description"`);
        entry.params.set(m[1], { name: m[2], description: m[3] });
      }
    }
    byId.set(id, entry);
  }
  return byId;
}

function commentText(tag) {
  const c = tag.comment;
  if (c === undefined) return "";
  if (typeof c === "string") return c;
  return c.map((part) => part.text).join("");
}

/** French error wording: the translations are JSDoc tags. */
function frenchLabels(fileName) {
  return {
    language: "French",
    fileName,
    missingFunction: (id) => `custom function ${id} has no @fr NAME description`,
    missingParam: (param, id) => `parameter "${param}" of ${id} has no @frparam`,
    extraParam: (param, id) => `@frparam "${param}" of ${id} names no parameter`,
    unknownFunction: (id) => `@fr for unknown function ${id}`,
  };
}

/**
 * @param {string} englishJson functions.json as generated
 * @param {string} sourceText the functions source file
 * @param {string} fileName for messages
 * @returns {{json: string, errors: string[]}}
 */
function localizeMetadata(englishJson, sourceText, fileName) {
  return translateMetadata(englishJson, readFrenchTags(sourceText, fileName), frenchLabels(fileName));
}

module.exports = { localizeMetadata, readFrenchTags };
