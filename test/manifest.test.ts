/**
 * The add-in manifest, checked offline (office-addin-manifest validate needs the network): well-formed
 * XML, resources defined once and used, one shared runtime, https everywhere, icons that exist at their
 * size, custom functions wired with French and German metadata files that the build writes.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { DIST, ensureBundle } from "./helpers/bundle";

const ROOT = join(__dirname, "..");
const MANIFEST = join(ROOT, "manifest.xml");
const DEV_ORIGIN = "https://localhost:3000/";

interface XmlNode {
  tag: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
  parent: XmlNode | null;
}

/** fast-xml-parser's ordered output turned into a plain tree with parents. */
function parseTree(xml: string): XmlNode {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseAttributeValue: false,
    trimValues: true,
  });
  const ordered = parser.parse(xml) as Record<string, unknown>[];
  const root: XmlNode = { tag: "#document", attrs: {}, children: [], text: "", parent: null };
  const build = (items: Record<string, unknown>[], parent: XmlNode): void => {
    for (const item of items) {
      for (const key of Object.keys(item)) {
        if (key === ":@") continue;
        if (key === "#text") {
          parent.text += String(item[key]);
          continue;
        }
        if (key.startsWith("?")) continue; // <?xml …?>
        const node: XmlNode = {
          tag: key,
          attrs: (item[":@"] as Record<string, string>) ?? {},
          children: [],
          text: "",
          parent,
        };
        parent.children.push(node);
        build(item[key] as Record<string, unknown>[], node);
      }
    }
  };
  build(ordered, root);
  return root;
}

function all(node: XmlNode): XmlNode[] {
  return [node, ...node.children.flatMap(all)];
}

function local(tag: string): string {
  return tag.includes(":") ? tag.slice(tag.indexOf(":") + 1) : tag;
}

function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => local(c.tag) === name);
}

function path(node: XmlNode, ...names: string[]): XmlNode {
  let current = node;
  for (const name of names) {
    const next = child(current, name);
    if (!next) throw new Error(`<${current.tag}> has no <${name}>`);
    current = next;
  }
  return current;
}

function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  expect(data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(data.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

const xml = readFileSync(MANIFEST, "utf8");
const doc = parseTree(xml);
const app = doc.children.find((c) => c.tag === "OfficeApp")!;
const nodes = all(doc);
const resources = path(app, "VersionOverrides", "Resources");

/** Resource id → { kind: Images|Urls|ShortStrings|LongStrings, node } (duplicates collected separately). */
const definitions = new Map<string, { kind: string; node: XmlNode }[]>();
for (const group of resources.children) {
  for (const item of group.children) {
    const id = item.attrs.id;
    definitions.set(id, [...(definitions.get(id) ?? []), { kind: local(group.tag), node: item }]);
  }
}
const references = nodes.filter((n) => n.attrs.resid !== undefined);

function resource(id: string): XmlNode {
  const defs = definitions.get(id);
  if (!defs || defs.length !== 1) throw new Error(`resid "${id}" defined ${defs?.length ?? 0} times`);
  return defs[0].node;
}

function overrides(node: XmlNode): Map<string, string> {
  return new Map(node.children.filter((c) => local(c.tag) === "Override").map((c) => [c.attrs.Locale, c.attrs.Value]));
}

describe("manifest.xml", () => {
  it("is well-formed XML with an OfficeApp TaskPaneApp root and a fixed GUID", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(app).toBeDefined();
    expect(app.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(path(app, "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(path(app, "DisplayName").attrs.DefaultValue).toBe("Paie du lait OP");
    expect(path(app, "ProviderName").text.length).toBeGreaterThan(0);
    expect(path(app, "Hosts", "Host").attrs.Name).toBe("Workbook");
    expect(path(app, "DefaultSettings", "SourceLocation").attrs.DefaultValue).toBe(`${DEV_ORIGIN}taskpane.html`);
  });

  it("defines every resource id exactly once, and every reference points at a resource of the right kind", () => {
    for (const [id, defs] of definitions) {
      expect({ id, count: defs.length }).toEqual({ id, count: 1 });
      expect(id.length).toBeLessThanOrEqual(32);
    }
    expect(references.length).toBeGreaterThan(0);
    const expectedKind: Record<string, string> = {
      Image: "Images",
      SourceLocation: "Urls",
      Runtime: "Urls",
      FunctionFile: "Urls",
      Namespace: "ShortStrings",
      Label: "ShortStrings",
      Title: "ShortStrings",
      Description: "LongStrings",
    };
    for (const ref of references) {
      const id = ref.attrs.resid;
      const defs = definitions.get(id) ?? [];
      expect({ resid: id, defined: defs.length }).toEqual({ resid: id, defined: 1 });
      expect({ resid: id, element: ref.tag, kind: defs[0].kind }).toEqual({
        resid: id,
        element: ref.tag,
        kind: expectedKind[local(ref.tag)],
      });
    }
  });

  it("uses every resource it defines", () => {
    const used = new Set(references.map((r) => r.attrs.resid));
    expect([...definitions.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it("runs the task pane and the custom functions on one long-lived shared runtime", () => {
    const host = path(app, "VersionOverrides", "Hosts", "Host");
    expect(host.attrs["xsi:type"]).toBe("Workbook");
    const runtime = path(host, "Runtimes", "Runtime");
    expect(runtime.attrs.lifetime).toBe("long");
    const runtimeId = runtime.attrs.resid;

    const desktop = path(host, "DesktopFormFactor");
    expect(path(desktop, "FunctionFile").attrs.resid).toBe(runtimeId);

    const cf = path(host, "AllFormFactors", "ExtensionPoint");
    expect(cf.attrs["xsi:type"]).toBe("CustomFunctions");
    expect(path(cf, "Page", "SourceLocation").attrs.resid).toBe(runtimeId);

    const actions = all(desktop).filter((n) => local(n.tag) === "Action" && n.attrs["xsi:type"] === "ShowTaskpane");
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) expect(path(action, "SourceLocation").attrs.resid).toBe(runtimeId);

    expect(resource(runtimeId).attrs.DefaultValue).toBe(`${DEV_ORIGIN}taskpane.html`);
  });

  it("wires the custom functions: script, metadata (French for fr-FR and fr-CH, German for de-CH and de-DE), short namespace", () => {
    const cf = path(app, "VersionOverrides", "Hosts", "Host", "AllFormFactors", "ExtensionPoint");
    expect(resource(path(cf, "Script", "SourceLocation").attrs.resid).attrs.DefaultValue).toBe(
      `${DEV_ORIGIN}functions.js`,
    );

    const metadata = resource(path(cf, "Metadata", "SourceLocation").attrs.resid);
    expect(metadata.attrs.DefaultValue).toBe(`${DEV_ORIGIN}functions.json`);
    const fr = overrides(metadata);
    expect(fr.get("fr-FR")).toBe(`${DEV_ORIGIN}functions.fr.json`);
    expect(fr.get("fr-CH")).toBe(`${DEV_ORIGIN}functions.fr.json`);
    expect(fr.get("de-CH")).toBe(`${DEV_ORIGIN}functions.de.json`);
    expect(fr.get("de-DE")).toBe(`${DEV_ORIGIN}functions.de.json`);

    const namespace = resource(path(cf, "Namespace").attrs.resid);
    expect(namespace.attrs.DefaultValue).toBe("MILK");
    expect(overrides(namespace).get("de-CH")).toBe("MILCH");
    expect(overrides(namespace).get("de-DE")).toBe("MILCH");
    for (const value of [namespace.attrs.DefaultValue, ...overrides(namespace).values()]) {
      expect(value).toMatch(/^[A-Z][A-Z0-9_]{1,15}$/);
    }
  });

  it("shows a ribbon button 'Relevés du lait' (French) that opens the task pane", () => {
    const button = nodes.find((n) => local(n.tag) === "Control" && n.attrs["xsi:type"] === "Button")!;
    expect(button).toBeDefined();
    const label = resource(path(button, "Label").attrs.resid);
    expect(overrides(label).get("fr-FR")).toBe("Relevés du lait");
    expect(overrides(label).get("fr-CH")).toBe("Relevés du lait");
    expect(path(button, "Action").attrs["xsi:type"]).toBe("ShowTaskpane");
  });

  it("has French (fr-FR and fr-CH) and German (de-CH and de-DE) overrides for every string", () => {
    const strings = [...child(resources, "ShortStrings")!.children, ...child(resources, "LongStrings")!.children];
    expect(strings.length).toBeGreaterThan(0);
    for (const s of strings) {
      const o = overrides(s);
      expect({ id: s.attrs.id, locales: [...o.keys()].sort() }).toEqual({
        id: s.attrs.id,
        locales: ["de-CH", "de-DE", "fr-CH", "fr-FR"],
      });
      for (const v of o.values()) expect(v.trim().length).toBeGreaterThan(0);
    }
  });

  it("has a German (de-CH and de-DE) override wherever it has a French one, different from it", () => {
    const withOverrides = nodes.filter((n) => overrides(n).size > 0);
    expect(withOverrides.length).toBeGreaterThan(5);
    for (const n of withOverrides) {
      const o = overrides(n);
      const id = n.attrs.id ?? n.tag;
      expect({ id, locales: [...o.keys()].sort() }).toEqual({ id, locales: ["de-CH", "de-DE", "fr-CH", "fr-FR"] });
      // Swiss and German German read the same here; French and German differ (the OP's name aside).
      expect({ id, same: o.get("de-CH") === o.get("de-DE") }).toEqual({ id, same: true });
      if (o.get("fr-CH") !== "Paie du lait OP")
        expect({ id, german: o.get("de-CH") !== o.get("fr-CH") }).toEqual({ id, german: true });
      expect({ id, sharpS: o.get("de-CH")!.includes("ß") }).toEqual({ id, sharpS: false });
    }
  });

  it(
    "points every localized URL at a file the build writes to dist/",
    () => {
      const urls = child(resources, "Urls")!.children.flatMap((r) => [r.attrs.DefaultValue, ...overrides(r).values()]);
      const files = [...new Set(urls)].map((u) => u.slice(DEV_ORIGIN.length));
      expect(files).toEqual(expect.arrayContaining(["functions.fr.json", "functions.de.json"]));
      ensureBundle();
      for (const file of files) expect({ file, exists: existsSync(join(DIST, file)) }).toEqual({ file, exists: true });
    },
    10 * 60_000,
  );

  it("requires the shared runtime and the custom functions runtime", () => {
    const sets = path(app, "Requirements", "Sets").children.map((s) => `${s.attrs.Name} ${s.attrs.MinVersion}`);
    expect(sets).toEqual(expect.arrayContaining(["SharedRuntime 1.1", "CustomFunctionsRuntime 1.1"]));
  });

  it("uses https for every URL", () => {
    // Namespace declarations (xmlns, xmlns:bt…) are names, not locations.
    const urls = nodes
      .flatMap((n) =>
        Object.entries(n.attrs)
          .filter(([name]) => name !== "xmlns" && !name.startsWith("xmlns:"))
          .map(([, v]) => v),
      )
      .filter((v) => /^[a-z][a-z0-9+.-]*:/i.test(v));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\/[^/]+\//);
    const urlResources = child(resources, "Urls")!.children.concat(child(resources, "Images")!.children);
    for (const r of urlResources) {
      for (const v of [r.attrs.DefaultValue, ...overrides(r).values()]) expect(v).toMatch(/^https:\/\//);
    }
  });

  it("references icons that exist in assets/ with the declared pixel size", () => {
    const expected: { url: string; size: number }[] = [
      { url: path(app, "IconUrl").attrs.DefaultValue, size: 32 },
      { url: path(app, "HighResolutionIconUrl").attrs.DefaultValue, size: 64 },
    ];
    for (const img of nodes.filter((n) => n.tag === "bt:Image" && n.attrs.resid !== undefined)) {
      expected.push({ url: resource(img.attrs.resid).attrs.DefaultValue, size: Number(img.attrs.size) });
    }
    expect(expected.length).toBeGreaterThan(3);
    for (const { url, size } of expected) {
      expect(url.startsWith(`${DEV_ORIGIN}assets/`)).toBe(true);
      const file = join(ROOT, "assets", url.slice(`${DEV_ORIGIN}assets/`.length));
      expect(existsSync(file)).toBe(true);
      expect({ url, ...pngSize(file) }).toEqual({ url, width: size, height: size });
    }
  });

  it("ships every icon size in assets/", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(join(ROOT, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });
});
