/**
 * The German catalogues (de-CH, issue 15): every French key has its German text, with the same parameters, in
 * Swiss spelling (ss, never ß; «…» quotes without the French inner spaces). The other parts, the task pane's
 * words among them, are checked alike by catalogue.test.ts (parameters) and parts.test.ts (keys, spelling).
 */
import { de } from "../../src/messages/messages.de";
import { fr } from "../../src/messages/messages.fr";

/** The parameters of a command-line template: `{name}` and the number of `{n:one|other}` (as catalogue.test). */
const params = (template: string) =>
  [...new Set([...template.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)].map((m) => m[1]))].sort();

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
