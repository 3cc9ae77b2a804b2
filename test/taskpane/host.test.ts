import { detectHost, themeOfColor } from "../../src/taskpane/host";
import { languageOf, translator } from "../../src/taskpane/i18n";
import { locale, readableMonths } from "../../src/taskpane/format";
import { lastCompleteMonth, monthChoices, monthGroups } from "../../src/taskpane/months";

function win(office: unknown, language = "fr-FR", dark = false): Window & typeof globalThis {
  const matchMedia = (query: string) => ({ matches: dark && query.includes("dark") });
  return { Office: office, navigator: { language }, matchMedia } as unknown as Window & typeof globalThis;
}

describe("where the pane runs", () => {
  it("runs standalone without office.js, in the browser's language and colour scheme", async () => {
    expect(await detectHost(win(undefined, "en-US"))).toEqual({ kind: "standalone", lang: "en", theme: "light" });
    expect(await detectHost(win(undefined, "de-DE", true))).toEqual({ kind: "standalone", lang: "de", theme: "dark" });
    expect(await detectHost(win(undefined, "it-IT"))).toEqual({ kind: "standalone", lang: "fr", theme: "light" });
  });

  it("runs in Excel when Office says so, in Office's display language and theme", async () => {
    const office = { onReady: async () => ({ host: "Excel", platform: "PC" }), context: { displayLanguage: "en-GB" } };
    expect(await detectHost(win(office, "fr-FR"))).toEqual({ kind: "excel", lang: "en", theme: "light" });
    const fr = { onReady: async () => ({ host: "Excel", platform: "Mac" }), context: { displayLanguage: "fr-CH" } };
    expect(await detectHost(win(fr, "en-US"))).toEqual({ kind: "excel", lang: "fr", theme: "light" });
    const dark = {
      onReady: async () => ({ host: "Excel", platform: "PC" }),
      context: { displayLanguage: "de-CH", officeTheme: { bodyBackgroundColor: "#262626" } },
    };
    expect(await detectHost(win(dark))).toEqual({ kind: "excel", lang: "de", theme: "dark" });
    // Office's theme wins over the system's.
    const light = { ...dark, context: { displayLanguage: "fr-FR", officeTheme: { bodyBackgroundColor: "#FFFFFF" } } };
    expect(await detectHost(win(light, "fr-FR", true))).toEqual({ kind: "excel", lang: "fr", theme: "light" });
  });

  it("runs standalone when office.js is loaded but no Office host is there", async () => {
    const office = { onReady: async () => ({ host: null, platform: null }), context: {} };
    expect(await detectHost(win(office))).toEqual({ kind: "standalone", lang: "fr", theme: "light" });
  });

  it("tells a dark body colour from a light one", () => {
    expect(
      ["#000000", "#1f1f1f", "#262626", "#444", "#ffffff", "#f3f2f1", "#e6e6e6", "teal", ""].map(themeOfColor),
    ).toEqual(["dark", "dark", "dark", "dark", "light", "light", "light", null, null]);
  });
});

describe("words and months", () => {
  it("is English or German when the language is, else French", () => {
    expect(["en", "en-US", "EN-gb", "fr-FR", "fr", "de-CH", "de", "de_AT", "", null].map(languageOf)).toEqual([
      "en",
      "en",
      "en",
      "fr",
      "fr",
      "de",
      "de",
      "de",
      "fr",
      "fr",
    ]);
    expect(locale("de")).toBe("de-CH");
  });

  it("puts plurals where each language does", () => {
    const fr = translator("fr");
    const en = translator("en");
    const de = translator("de");
    expect([0, 1, 2].map((n) => fr("statements", { n }))).toEqual(["0 relevé", "1 relevé", "2 relevés"]);
    expect([0, 1, 2].map((n) => en("statements", { n }))).toEqual(["0 statements", "1 statement", "2 statements"]);
    expect([0, 1, 2].map((n) => de("statements", { n }))).toEqual(["0 Abrechnungen", "1 Abrechnung", "2 Abrechnungen"]);
    expect([1, 2].map((n) => de("readyProducers", { n }))).toEqual(["1 Produzent", "2 Produzenten"]);
  });

  it("writes a message's months as the pane does, not those inside quotes", () => {
    expect(readableMonths("pas de prix de base pour 2026-10 et la grille sud-est-2018 dans PrixDeBase", "fr")).toBe(
      "pas de prix de base pour octobre 2026 et la grille sud-est-2018 dans PrixDeBase",
    );
    expect(readableMonths("feuille « Synthèse 2025-03 » et fichier op-2025-03.xlsx", "fr")).toBe(
      "feuille « Synthèse 2025-03 » et fichier op-2025-03.xlsx",
    );
    expect(readableMonths("no base price for 2025-03.", "en")).toBe("no base price for March 2025.");
    expect(readableMonths("kein Basispreis für 2025-03", "de")).toBe("kein Basispreis für März 2025");
  });

  it("defaults to the last complete month, January included", () => {
    expect(lastCompleteMonth(new Date(2025, 3, 15))).toBe("2025-03");
    expect(lastCompleteMonth(new Date(2025, 0, 1))).toBe("2024-12");
    const choices = monthChoices(new Date(2025, 3, 15));
    expect(choices[0]).toBe("2025-04");
    expect(choices[1]).toBe("2025-03");
    expect(choices).toHaveLength(61);
  });

  it("offers the workbook's months with deliveries first, then the others", () => {
    const groups = monthGroups(new Date(2026, 10, 15), ["2025-01", "2025-03", "2025-02"], "2025-03");
    expect(groups.delivered).toEqual(["2025-03", "2025-02", "2025-01"]);
    expect(groups.others[0]).toBe("2026-11");
    expect(groups.others).not.toContain("2025-03");
    // A month shown that is in neither list is still offered.
    expect(monthGroups(new Date(2026, 10, 15), [], "2019-05").others).toContain("2019-05");
  });
});
