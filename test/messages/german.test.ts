/**
 * The German catalogues (de-CH, issue 15): every French key has its German text, with the same parameters, in
 * Swiss spelling (ss, never ß; «…» quotes without the French inner spaces).
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { de } from "../../src/messages/messages.de";
import { fr } from "../../src/messages/messages.fr";
import { translator, type Key } from "../../src/taskpane/i18n";
import { de as paneDe } from "../../src/taskpane/i18n.de";

/** The parameters of a command-line template: `{name}` and the number of `{n:one|other}` (as catalogue.test). */
const params = (template: string) =>
  [...new Set([...template.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)].map((m) => m[1]))].sort();

/** The parameters of a pane template, as the pane's translator fills them: `{name}` only. */
const paneParams = (template: string) => [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

/** The keys of the French pane table, which i18n.ts keeps private: read from its source, in order. */
function frenchPaneKeys(): Key[] {
  const source = readFileSync(path.join(__dirname, "../../src/taskpane/i18n.ts"), "utf8");
  const table = source.slice(source.indexOf("const fr = {"), source.indexOf("\n};", source.indexOf("const fr = {")));
  return [...table.matchAll(/^ {2}(\w+):/gm)].map((m) => m[1] as Key);
}

function expectSwissSpelling(text: string) {
  expect(text).not.toContain("ß");
  expect(text).not.toMatch(/« | »/);
}

describe("the command-line catalogue in German", () => {
  it("has every French key and no other", () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(fr).sort());
  });

  it.each(Object.keys(fr) as (keyof typeof fr)[])("%s: same parameters as French, Swiss spelling", (key) => {
    expect(de[key].trim()).not.toBe("");
    expect(params(de[key])).toEqual(params(fr[key]));
    expectSwissSpelling(de[key]);
  });
});

describe("the task pane's words in German", () => {
  const frenchPane = translator("fr");
  const keys = frenchPaneKeys();

  it("has every key of the French table and no other", () => {
    expect(keys.length).toBeGreaterThan(100);
    expect(Object.keys(paneDe).sort()).toEqual([...keys].sort());
  });

  // `{s}` is the French plural mark (an "s" after the count); German words its counts without it.
  it.each(keys)("%s: same parameters as French apart from the plural mark, Swiss spelling", (key) => {
    const french = frenchPane(key);
    expect(paneDe[key].trim()).not.toBe("");
    expect(paneParams(paneDe[key])).toEqual(paneParams(french).filter((name) => name !== "s"));
    expectSwissSpelling(paneDe[key]);
  });
});
