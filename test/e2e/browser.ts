/**
 * What the browser tests share: the headless Chromium and the built dist/ served over http (started once per
 * suite), a page of a given width, language and colour scheme that can reach only that server (and, when
 * given, the office.js stub), the stub itself, the axe-core scan (fails on any violation) and the
 * screenshots written to out/screenshots/ for review.
 */
import * as esbuild from "esbuild";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, DIST, ROOT, ensureBuilt } from "./build";
import { serve } from "./server";

export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const SHOTS = path.join(ROOT, "out", "screenshots");
const AXE = path.join(ROOT, "node_modules", "axe-core", "axe.min.js");

const required = process.env.CI === "true" || process.env.MILKPAY_E2E === "1";
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium && !required) {
  console.warn(`${CHROMIUM} not found: end-to-end tests skipped (apt-get install -y chromium; .ci/run installs it)`);
}
/** `describe` where Chromium is there (or required: CI, MILKPAY_E2E=1), else `describe.skip`. */
export const describeE2E = haveChromium || required ? describe : describe.skip;

export interface PageOptions {
  /** CSS pixels (default 320). */
  width?: number;
  height?: number;
  /** The browser's language ("fr-FR", "en-GB", "de-CH"). */
  locale?: string;
  colorScheme?: "light" | "dark";
  /** office.js's replacement (officeStubScript()); without it office.js cannot load. */
  officeStub?: string;
}

export interface OpenedPage {
  page: Page;
  /** Every address the page asked for. */
  requested: string[];
  /** Uncaught errors of the page. */
  errors: string[];
}

/** The browser, the server and a scratch folder, for one suite (call in the describe's body). */
export function useBrowser() {
  const env = {} as { browser: Browser; server: { url: string; close: () => Promise<void> }; dir: string };

  beforeAll(
    async () => {
      if (!haveChromium) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
      ensureBuilt();
      env.server = await serve(DIST);
      env.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
      env.dir = fs.mkdtempSync(path.join(os.tmpdir(), "milkpay-e2e-"));
      fs.mkdirSync(SHOTS, { recursive: true });
    },
    15 * 60 * 1000,
  );

  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
    if (env.dir) fs.rmSync(env.dir, { recursive: true, force: true });
  });

  /** A page that can reach only our server (and, when given, the office.js stub). */
  async function newPage(options: PageOptions = {}): Promise<OpenedPage> {
    const context = await env.browser.newContext({
      viewport: { width: options.width ?? 320, height: options.height ?? 900 },
      acceptDownloads: true,
      locale: options.locale ?? "fr-FR",
      colorScheme: options.colorScheme ?? "light",
    });
    const requested: string[] = [];
    const errors: string[] = [];
    await context.route("**/*", (route) => {
      const url = route.request().url();
      requested.push(url);
      if (url.startsWith(env.server.url)) return route.continue();
      if (options.officeStub && url === OFFICE_JS)
        return route.fulfill({ body: options.officeStub, contentType: "text/javascript" });
      return route.abort();
    });
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(String(e)));
    return { page, requested, errors };
  }

  return {
    newPage,
    /** The server's address (once the suite started). */
    url: () => env.server.url,
    /** The suite's scratch folder. */
    dir: () => env.dir,
  };
}

/** office.js's stand-in (officeStub.ts), bundled for the page. */
export function officeStubScript(): string {
  return esbuild.buildSync({
    entryPoints: [path.join(__dirname, "officeStub.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    logLevel: "silent",
  }).outputFiles[0].text;
}

/** One axe-core finding, as the failure message lists it. */
export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core on the page as it is now; the violations found (none expected). */
export async function axeScan(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    }
    const results = await axe.run(document);
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
}

/** A full-page screenshot out/screenshots/<name>.png, and the axe scan of the page as shown (no violation). */
export async function checkpoint(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  const violations = await axeScan(page);
  expect({ step: name, violations }).toEqual({ step: name, violations: [] });
}

/** The page is no wider than its viewport: nothing scrolls sideways. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(width);
}
