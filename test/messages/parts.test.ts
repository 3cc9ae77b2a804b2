/**
 * The catalogue is composed of parts (command line, inputs, run, engine, invoicing, prices, documents): no key is
 * defined by two parts (a spread would silently keep the last one), every part has its English and German
 * text for every French key, and the German is Swiss (ss, «…» without inner spaces).
 */
import { CATALOGUES, PARTS, fill, message, t, type Lang } from "../../src/messages";

const langs = Object.keys(PARTS) as Lang[];

describe("the catalogue's parts", () => {
  it.each(langs)("%s: no key is defined by two parts, and the parts make the whole catalogue", (lang) => {
    const keys = PARTS[lang].flatMap((part) => Object.keys(part));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(Object.keys(CATALOGUES[lang]).sort());
  });

  it("each part has the same keys in every language", () => {
    PARTS.fr.forEach((part, i) => {
      for (const lang of langs) expect(Object.keys(PARTS[lang][i]).sort()).toEqual(Object.keys(part).sort());
    });
  });

  it.each(PARTS.de.slice(1).flatMap((part) => Object.entries(part)))("de %s: Swiss spelling", (_key, text) => {
    expect(text).not.toContain("ß");
    expect(text).not.toMatch(/« | »/);
  });
});

describe("a message as a parameter", () => {
  it("is worded in the language of the message that holds it", () => {
    const cell = message("inputs.cell.quoted", { text: "abc" });
    expect(fill("{cell} ?", { cell }, "fr")).toBe("« abc » ?");
    expect(fill("{cell} ?", { cell }, "de")).toBe("«abc» ?");
    expect(t("inputs.notNumber", { cell: message("inputs.cell.true") }, "en")).toBe(
      "TRUE is not a number: expected a number (e.g. 38,5 or 100 000)",
    );
    expect(t("inputs.notNumber", { cell: message("inputs.cell.true") }, "fr")).toBe(
      "VRAI n'est pas un nombre : nombre attendu (ex. 38,5 ou 100 000)",
    );
  });
});
