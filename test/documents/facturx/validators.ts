/**
 * The validators that are not ours (shared/validation/en16931-cii/README.md): the official CII D16B XML
 * Schema through xmllint (Debian libxml2-utils), and CEN's EN 16931 business rules (Schematron compiled to
 * XSLT) through Saxon-JS. Nothing here is skipped: a missing tool or file throws, so the suite fails.
 *
 * The XSLT (725 kB) takes ~14 s to compile; it is compiled once with the xslt3 command into a SEF file
 * cached in the OS temp directory under the hash of the XSLT and the Saxon-JS version, loaded once, then
 * every XML is run in-process: 0.2-0.4 s each measured on the shared 2-core machine (0.5-0.8 s when the
 * stylesheet was passed by file name, re-read at every call).
 */
import { execFileSync, spawnSync } from "child_process";
import { createHash } from "crypto";
import { existsSync, mkdirSync, readFileSync, renameSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { XMLParser } from "fast-xml-parser";

const REPO = path.resolve(__dirname, "../../..");

/**
 * shared/ lies beside the repository (`../shared`: CI's clone, the main checkout); a worktree under a
 * sibling folder finds it one level higher. MILKPAY_SHARED names it explicitly.
 */
export function sharedDir(): string {
  const candidates = [
    process.env.MILKPAY_SHARED,
    path.resolve(REPO, "../shared"),
    path.resolve(REPO, "../../shared"),
  ].filter((c): c is string => !!c);
  const found = candidates.find((c) => existsSync(path.join(c, "validation/en16931-cii")));
  if (!found)
    throw new Error(`Validation artefacts not found (shared/validation/en16931-cii) in: ${candidates.join(", ")}`);
  return found;
}

export const VALIDATION = path.join(sharedDir(), "validation/en16931-cii");
export const CII_XSD = path.join(VALIDATION, "schema/CII/uncefact/data/standard/CrossIndustryInvoice_100pD16B.xsd");
export const EN16931_XSLT = path.join(VALIDATION, "xslt/EN16931-CII-validation.xslt");
export const EXAMPLE_VALID = path.join(VALIDATION, "example-valid.xml");

/** xmllint's verdict on `xml` against the CII D16B schema: null when valid, else its messages. */
export function schemaErrors(xml: string): string | null {
  for (const file of [CII_XSD]) if (!existsSync(file)) throw new Error(`Missing ${file}`);
  const run = spawnSync("xmllint", ["--noout", "--schema", CII_XSD, "-"], { input: xml, encoding: "utf8" });
  if (run.error) throw new Error(`xmllint cannot run (Debian package libxml2-utils): ${run.error.message}`);
  if (run.status === 0) return null;
  return `${run.stderr}`.trim() || `xmllint exited with ${run.status}`;
}

export interface RuleFailure {
  id: string;
  flag: string;
  text: string;
  location: string;
}

interface SaxonJS {
  transform(options: { stylesheetInternal: unknown; sourceText: string; destination: "serialized" }): {
    principalResult: string;
  };
}
// Saxon-JS is installed with xslt3 (devDependency) and has no type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const saxon = require("saxon-js") as SaxonJS;

let sefFile: string | null = null;
let sef: unknown = null;

/** The EN 16931 XSLT compiled to SEF (once per XSLT and Saxon-JS version). */
export function compiledRules(): string {
  if (sefFile && existsSync(sefFile)) return sefFile;
  const xslt = readFileSync(EN16931_XSLT);
  const version = JSON.parse(readFileSync(require.resolve("saxon-js/package.json"), "utf8")).version as string;
  const key = createHash("sha256").update(xslt).update(version).digest("hex").slice(0, 16);
  const dir = path.join(tmpdir(), "milkpay-facturx");
  const target = path.join(dir, `en16931-cii-${key}.sef.json`);
  if (!existsSync(target)) {
    mkdirSync(dir, { recursive: true });
    const partial = `${target}.${process.pid}.tmp`;
    const xslt3 = path.join(REPO, "node_modules/xslt3/xslt3.js");
    execFileSync(process.execPath, [xslt3, `-xsl:${EN16931_XSLT}`, `-export:${partial}`, "-nogo"], { stdio: "pipe" });
    renameSync(partial, target); // atomic: a parallel suite sees the whole file or none
  }
  return (sefFile = target);
}

const svrlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  removeNSPrefix: true,
  isArray: (name) => name === "failed-assert" || name === "successful-report",
});

/** Every failed assertion of the EN 16931 rules on `xml` (fatal and warnings). */
export function ruleFailures(xml: string): RuleFailure[] {
  // The compiled stylesheet parsed once per process: passing the file name re-reads its 5 MB every call.
  sef ??= JSON.parse(readFileSync(compiledRules(), "utf8"));
  const report = saxon.transform({
    stylesheetInternal: sef,
    sourceText: xml,
    destination: "serialized",
  }).principalResult;
  const output = svrlParser.parse(report)["schematron-output"];
  if (!output) throw new Error(`Not an SVRL report: ${report.slice(0, 200)}`);
  const failed = (output["failed-assert"] ?? []) as Record<string, unknown>[];
  return failed.map((f) => ({
    id: String(f.id ?? ""),
    flag: String(f.flag ?? ""),
    text: String((f.text as string | undefined) ?? "").trim(),
    location: String(f.location ?? ""),
  }));
}

export function fatal(failures: RuleFailure[]): RuleFailure[] {
  return failures.filter((f) => f.flag === "fatal");
}

export function describeFailures(failures: RuleFailure[]): string {
  return failures.map((f) => `${f.flag} ${f.id} at ${f.location}: ${f.text}`).join("\n");
}
