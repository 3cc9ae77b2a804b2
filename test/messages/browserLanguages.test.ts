/**
 * The browser bundles' languages (src/messages/languages.browser.ts, put in place of languages.ts by
 * webpack.config.js): French at load, English and German fetched on demand — the same templates as the
 * catalogue Node loads at once.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadLanguage, setLanguage, t } from "../../src/messages";
import * as browser from "../../src/messages/languages.browser";
import { CATALOGUES } from "../../src/messages/languages";

describe("the catalogue in the browser bundles", () => {
  it("holds French at load and fetches English and German as Node has them", async () => {
    expect(browser.CATALOGUES.fr).toBe(CATALOGUES.fr);
    expect(browser.CATALOGUES.en).toBeUndefined();
    expect(await browser.languageTemplates("en")).toEqual(CATALOGUES.en);
    expect(await browser.languageTemplates("de")).toEqual(CATALOGUES.de);
  });

  it("words in the language loaded (loadLanguage, then setLanguage)", async () => {
    try {
      await loadLanguage("de");
      setLanguage("de");
      expect(t("pane.stepDone")).toBe("erledigt");
      await loadLanguage("fr");
      setLanguage("fr");
      expect(t("pane.stepDone")).toBe("fait");
    } finally {
      setLanguage(null);
    }
  });

  it("is what webpack puts in place of languages.ts", () => {
    const config = fs.readFileSync(path.join(__dirname, "../../webpack.config.js"), "utf8");
    expect(config).toContain('resource.request = "./languages.browser"');
  });
});
