/**
 * dist/functions.json, dist/functions.fr.json and dist/functions.de.json as Excel reads them, the task pane
 * page of the shared runtime, and the size budget of dist/functions.js.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { DIST, loadFunctions, readDistJson } from "./helpers/bundle";

type Metadata = ReturnType<typeof readDistJson>;
let en: Metadata;
let fr: Metadata;
let de: Metadata;

beforeAll(() => {
  en = readDistJson("functions.json");
  fr = readDistJson("functions.fr.json");
  de = readDistJson("functions.de.json");
}, 10 * 60_000);

/** The public interface (shared/spec/functions.md): names and argument order; optional ones in brackets. */
const SIGNATURES: Record<string, string> = {
  MILK_FAT_ADJUST: "fat, grid",
  MILK_PROTEIN_ADJUST: "protein, grid",
  GERM_PENALTY: "results, grid, [prior_contestations]",
  CELL_PENALTY: "results, grid, [prior_contestations]",
  BUTYRIC_ADJUST: "results, grid",
  FREEZING_POINT_PENALTY: "results, grid, [base_price]",
  INHIBITOR_PENALTY: "results, grid, [prior_contestations]",
  ANTIBIOTIC_PENALTY: "day_volume, base_price, grid, [prior_positives]",
  QUALITY_PREMIUM:
    "grid, germ_results, cell_results, [butyric_results], [inhibitor_results], [freezing_results], [charter]",
  MILK_CONTESTATIONS: "results, grid, criterion",
  MILK_MEAN: "values, method, [weights]",
  MILK_PRICE_A: "mix, sodiaal_price_m3, fam_price_m3, [seasonality]",
  MILK_STANDARD_PRICE: "grid, base_price, [supplements], [annual_kg]",
  MILK_ROLLING_12M: "prices, [volumes]",
  MILK_GRIDS: "",
};

/** Range arguments: typed any, matrix, so that blanks arrive as blanks (never as 0). */
const RANGES = new Set([
  "results",
  "germ_results",
  "cell_results",
  "butyric_results",
  "inhibitor_results",
  "freezing_results",
  "values",
  "weights",
  "prices",
  "volumes",
]);

/** A1 (up to XFD1048576) or R1C1: such a name would be read as a cell reference. */
function looksLikeCellAddress(name: string): boolean {
  return /^[A-Z]{1,3}[0-9]+$/i.test(name) || /^R[0-9]*C[0-9]*$/i.test(name);
}

function signature(f: Metadata["functions"][number]): string {
  return f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
}

describe("functions.json", () => {
  it("has the functions of functions.md with their argument order", () => {
    const actual = Object.fromEntries(en.functions.map((f) => [f.id, signature(f)]));
    expect(actual).toEqual(SIGNATURES);
    for (const f of en.functions) expect(f.name).toBe(f.id);
  });

  it("holds exactly the functions the bundle registers", () => {
    const { ids } = loadFunctions();
    expect([...ids].sort()).toEqual(en.functions.map((f) => f.id).sort());
  });

  it("has unique ids and names, none of which looks like a cell address", () => {
    const ids = en.functions.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    const names = en.functions.map((f) => f.name.toUpperCase());
    expect(new Set(names).size).toBe(names.length);
    for (const f of en.functions) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
      expect({ name: f.name, cell: looksLikeCellAddress(f.name) }).toEqual({ name: f.name, cell: false });
      for (const p of f.parameters)
        expect({ param: p.name, cell: looksLikeCellAddress(p.name) }).toEqual({ param: p.name, cell: false });
    }
  });

  it("describes every function and every parameter", () => {
    for (const f of en.functions) {
      expect({ id: f.id, described: (f.description ?? "").length > 20 }).toEqual({ id: f.id, described: true });
      for (const p of f.parameters) {
        expect({ id: f.id, param: p.name, described: (p.description ?? "").length > 10 }).toEqual({
          id: f.id,
          param: p.name,
          described: true,
        });
      }
    }
  });

  it("types ranges as any matrices and returns numbers (MILK_GRIDS spills text)", () => {
    for (const f of en.functions) {
      for (const p of f.parameters) {
        if (RANGES.has(p.name))
          expect({ id: f.id, p: p.name, type: p.type, dim: p.dimensionality }).toEqual({
            id: f.id,
            p: p.name,
            type: "any",
            dim: "matrix",
          });
        else
          expect({ id: f.id, p: p.name, dim: p.dimensionality ?? "scalar" }).toEqual({
            id: f.id,
            p: p.name,
            dim: "scalar",
          });
      }
      if (f.id === "MILK_GRIDS") expect(f.result).toEqual({ type: "string", dimensionality: "matrix" });
      else expect({ id: f.id, result: f.result }).toEqual({ id: f.id, result: { type: "number" } });
    }
  });
});

/** The checks every translated metadata file passes: French (fr-FR, fr-CH), German (de-CH, de-DE). */
function describeTranslation(file: string, translated: () => Metadata): void {
  describe(file, () => {
    let tr: Metadata;
    beforeAll(() => {
      tr = translated();
    });

    it("has the same functions, in the same order, with the same parameters", () => {
      expect(tr.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
      tr.functions.forEach((f, i) => {
        const e = en.functions[i];
        expect(f.result).toEqual(e.result);
        expect(f.parameters.map((p) => [p.type, p.dimensionality, p.optional])).toEqual(
          e.parameters.map((p) => [p.type, p.dimensionality, p.optional]),
        );
      });
    });

    it("translates every name and description", () => {
      tr.functions.forEach((f, i) => {
        const e = en.functions[i];
        expect({ id: f.id, translated: f.name !== e.name && f.description !== e.description }).toEqual({
          id: f.id,
          translated: true,
        });
        expect(f.name).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/); // as Excel shows function names, without accents
        expect(looksLikeCellAddress(f.name)).toBe(false);
        f.parameters.forEach((p, k) => {
          const ep = e.parameters[k];
          expect({
            id: f.id,
            param: ep.name,
            translated: p.description !== ep.description && (p.description ?? "").length > 10,
          }).toEqual({ id: f.id, param: ep.name, translated: true });
          expect(p.name).toMatch(/^[a-z][a-z0-9_]*$/);
          expect(looksLikeCellAddress(p.name)).toBe(false);
        });
        const names = f.parameters.map((p) => p.name);
        expect(new Set(names).size).toBe(names.length);
      });
      const names = tr.functions.map((f) => f.name);
      expect(new Set(names).size).toBe(names.length);
      // No translated name may take an English name of another function.
      const english = new Set(en.functions.map((f) => f.name));
      for (const n of names) expect(english.has(n)).toBe(false);
    });
  });
}

describeTranslation("functions.fr.json", () => fr);
describeTranslation("functions.de.json", () => de);

describe("functions.de.json (de-CH)", () => {
  it("is Swiss German: no sharp s, guillemets rather than quotes", () => {
    for (const f of de.functions) {
      for (const text of [f.name, f.description ?? "", ...f.parameters.flatMap((p) => [p.name, p.description ?? ""])]) {
        expect({ id: f.id, text, sharpS: text.includes("ß"), quotes: /["„“”]/.test(text) }).toEqual({
          id: f.id,
          text,
          sharpS: false,
          quotes: false,
        });
      }
    }
  });

  it("refers to other functions by their German names, never their English or French ones", () => {
    const foreign = [...en.functions, ...fr.functions].map((f) => f.name);
    const german = new Set(de.functions.map((f) => f.name));
    for (const f of de.functions) {
      const texts = [f.description ?? "", ...f.parameters.map((p) => p.description ?? "")].join(" ");
      for (const name of foreign)
        expect({ id: f.id, mentions: texts.includes(name) ? name : "" }).toEqual({
          id: f.id,
          mentions: "",
        });
      for (const ref of texts.match(/\bMILCH_[A-Z0-9_]+/g) ?? []) expect(german.has(ref)).toBe(true);
    }
  });

  it("has names of its own, shared with no French function", () => {
    const french = new Set(fr.functions.map((f) => f.name));
    for (const f of de.functions) expect({ id: f.id, french: french.has(f.name) }).toEqual({ id: f.id, french: false });
  });
});

describe("dist/ for the shared runtime", () => {
  it("serves every file the manifest points at", () => {
    const manifest = readFileSync(join(DIST, "manifest.xml"), "utf8");
    const urls = [...manifest.matchAll(/"https:\/\/localhost:3000\/([^"]+)"/g)].map((m) => m[1]);
    expect(urls).toEqual(
      expect.arrayContaining([
        "taskpane.html",
        "functions.js",
        "functions.json",
        "functions.fr.json",
        "functions.de.json",
      ]),
    );
    for (const file of new Set(urls))
      expect({ file, exists: existsSync(join(DIST, file)) }).toEqual({ file, exists: true });
  });

  it("loads Office.js and the functions in the task pane page, so it is the custom-functions runtime too", () => {
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    // office.js first (CustomFunctions must exist when functions.js registers), then functions.js, then the pane.
    const office = html.indexOf("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const functions = html.search(/<script[^>]*src=["']?functions\.js/);
    const taskpane = html.search(/<script[^>]*src=["']?taskpane\.js/);
    expect(office).toBeGreaterThan(-1);
    expect(functions).toBeGreaterThan(office);
    expect(taskpane).toBeGreaterThan(functions);
  });

  it("loads without error in a page without Office (no global CustomFunctions)", () => {
    const code = readFileSync(join(DIST, "functions.js"), "utf8");
    expect(() => vm.runInContext(code, vm.createContext({ console }))).not.toThrow();
  });

  it("keeps functions.js within its 150 KiB budget (it loads when Excel starts)", () => {
    expect(statSync(join(DIST, "functions.js")).size).toBeLessThanOrEqual(150 * 1024);
  });
});
