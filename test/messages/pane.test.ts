/**
 * The task pane's words are a part of the catalogue ("pane.…"): the pane's translator reads them from there, so
 * catalogue.test.ts and parts.test.ts check them with the others (same keys and parameters in every language,
 * no key shared with another part, Swiss German spelling).
 */
import { CATALOGUES, PARTS, message, setLanguage, t, type Lang } from "../../src/messages";
import { paneDe } from "../../src/messages/pane.de";
import { paneEn } from "../../src/messages/pane.en";
import { paneFr } from "../../src/messages/pane.fr";
import { translator, type Key } from "../../src/taskpane/i18n";

const LANGS: Lang[] = ["fr", "en", "de"];
const names = Object.keys(paneFr).map((key) => key.slice("pane.".length) as Key);

describe("the task pane's part of the catalogue", () => {
  it("is one of the parts, in every language, and holds every pane.… key", () => {
    expect(PARTS.fr).toContain(paneFr);
    expect(PARTS.en).toContain(paneEn);
    expect(PARTS.de).toContain(paneDe);
    expect(names.length).toBeGreaterThan(100);
    const paneKeys = Object.keys(CATALOGUES.fr).filter((key) => key.startsWith("pane."));
    expect(paneKeys.sort()).toEqual(Object.keys(paneFr).sort());
  });

  it.each(LANGS)("%s: the pane's translator words the catalogue's pane.… keys", (lang) => {
    const tr = translator(lang);
    for (const name of names) expect(tr(name, { n: 2 })).toBe(t(`pane.${name}`, { n: 2 }, lang));
  });

  it("speaks each language with its plurals", () => {
    const done = { n: 2, month: "mars 2025", errors: 1, warnings: 0 };
    expect(translator("fr")("announceDone", done)).toBe("2 relevés pour mars 2025 : 1 erreur, 0 avertissement.");
    expect(translator("en")("announceDone", { ...done, month: "March 2025" })).toBe(
      "2 statements for March 2025: 1 error, 0 warnings.",
    );
    expect(translator("de")("announceDone", { ...done, month: "März 2025" })).toBe(
      "2 Abrechnungen für März 2025: 1 Fehler, 0 Warnungen.",
    );
    const plan = { invoices: 3, credit: 1, unchanged: 0, left: 1 };
    expect(translator("en")("invoicesWillMake", plan)).toBe(
      "To issue: 3 invoices, 1 credit note; 0 unchanged invoices; 1 producer not invoiced.",
    );
    expect(translator("de")("invoicesWillMake", plan)).toBe(
      "Auszustellen: 3 Rechnungen, 1 Gutschrift; 0 unveränderte Rechnungen; 1 Produzent ohne Rechnung.",
    );
    // The pane words the importer's counts with its part (a catalogue key); participles do not change in en/de.
    const counts = (lang: Lang) => [1, 2].map((n) => translator(lang)("intake.count.rejected", { n, v: String(n) }));
    expect(counts("fr")).toEqual(["1 rejeté", "2 rejetés"]);
    expect(counts("en")).toEqual(["1 rejected", "2 rejected"]);
    expect(counts("de")).toEqual(["1 abgewiesen", "2 abgewiesen"]);
    expect(translator("de")("stepOf", { i: 2, n: 7, label: translator("de")("phaseRead") })).toMatch(/^Schritt 2\/7: /);
  });

  it("is worded in the language in use by the catalogue's own t (MILKPAY_LANG, setLanguage)", () => {
    try {
      expect(t("pane.title")).toBe("Paie du lait OP");
      setLanguage("en");
      expect(t("pane.title")).toBe("Milk pay OP");
      setLanguage("de");
      expect(t("pane.subtitle")).toBe("Das Milchgeld des Monats, Schritt für Schritt");
    } finally {
      setLanguage(null);
    }
  });

  it("takes a message of another part as a parameter, worded in the pane's language", () => {
    const cell = message("inputs.notNumber", { cell: message("inputs.cell.true") });
    expect(translator("en")("fileError", { message: cell })).toBe(
      "This file cannot be read: TRUE is not a number: expected a number (e.g. 38,5 or 100 000)",
    );
    expect(translator("fr")("fileError", { message: cell })).toBe(
      "Ce fichier ne peut pas être lu : VRAI n'est pas un nombre : nombre attendu (ex. 38,5 ou 100 000)",
    );
  });
});
