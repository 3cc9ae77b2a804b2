import { detectHost } from "../../src/taskpane/host";
import { languageOf, translator } from "../../src/taskpane/i18n";
import { lastCompleteMonth, monthChoices } from "../../src/taskpane/months";

function win(office: unknown, language = "fr-FR"): Window & typeof globalThis {
  return { Office: office, navigator: { language } } as unknown as Window & typeof globalThis;
}

describe("where the pane runs", () => {
  it("runs standalone without office.js, in the browser's language", async () => {
    expect(await detectHost(win(undefined, "en-US"))).toEqual({ kind: "standalone", lang: "en" });
    expect(await detectHost(win(undefined, "de-DE"))).toEqual({ kind: "standalone", lang: "fr" });
  });

  it("runs in Excel when Office says so, in Office's display language", async () => {
    const office = { onReady: async () => ({ host: "Excel", platform: "PC" }), context: { displayLanguage: "en-GB" } };
    expect(await detectHost(win(office, "fr-FR"))).toEqual({ kind: "excel", lang: "en" });
    const fr = { onReady: async () => ({ host: "Excel", platform: "Mac" }), context: { displayLanguage: "fr-CH" } };
    expect(await detectHost(win(fr, "en-US"))).toEqual({ kind: "excel", lang: "fr" });
  });

  it("runs standalone when office.js is loaded but no Office host is there", async () => {
    const office = { onReady: async () => ({ host: null, platform: null }), context: {} };
    expect(await detectHost(win(office))).toEqual({ kind: "standalone", lang: "fr" });
  });
});

describe("words and months", () => {
  it("is French unless the language is English", () => {
    expect(["en", "en-US", "EN-gb", "fr-FR", "fr", "de-CH", "", null].map(languageOf)).toEqual([
      "en",
      "en",
      "en",
      "fr",
      "fr",
      "fr",
      "fr",
      "fr",
    ]);
  });

  it("puts plurals where French and English do", () => {
    const fr = translator("fr");
    const en = translator("en");
    expect([0, 1, 2].map((n) => fr("statements", { n }))).toEqual(["0 relevé", "1 relevé", "2 relevés"]);
    expect([0, 1, 2].map((n) => en("statements", { n }))).toEqual(["0 statements", "1 statement", "2 statements"]);
  });

  it("defaults to the last complete month, January included", () => {
    expect(lastCompleteMonth(new Date(2025, 3, 15))).toBe("2025-03");
    expect(lastCompleteMonth(new Date(2025, 0, 1))).toBe("2024-12");
    const choices = monthChoices(new Date(2025, 3, 15));
    expect(choices[0]).toBe("2025-04");
    expect(choices[1]).toBe("2025-03");
    expect(choices).toHaveLength(61);
  });
});
