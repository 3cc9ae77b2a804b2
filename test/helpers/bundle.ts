/**
 * The shipped custom functions: dist/functions.js (built by webpack if missing or older than its sources)
 * loaded in a Node vm context with a stub global CustomFunctions, as Excel's runtime loads it. The stub's
 * associate records each function under its id; CustomFunctions.Error / ErrorCode mirror the real API.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmdirSync, statSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");

/** Inputs of the functions bundle and its metadata: a newer one makes dist stale. */
const SOURCES = [
  "src",
  "webpack.config.js",
  "scripts/functions-fr.js",
  "scripts/functions-locale.js",
  "manifest.xml",
  "assets",
  "package-lock.json",
];
const OUTPUTS = [
  "functions.js",
  "functions.json",
  "functions.fr.json",
  "functions.de.json",
  "taskpane.html",
  "manifest.xml",
];

function newest(path: string): number {
  const full = join(ROOT, path);
  if (!existsSync(full)) return 0;
  const st = statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const entry of readdirSync(full)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

function fresh(): boolean {
  const outputs = OUTPUTS.map((f) => join(DIST, f));
  if (!outputs.every(existsSync)) return false;
  const built = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  return SOURCES.every((s) => newest(s) <= built);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Builds dist/ with `npx webpack --mode production` unless it is up to date. A lock directory keeps
 * parallel jest workers from building at the same time.
 */
export function ensureBundle(): void {
  if (fresh()) return;
  const lock = join(ROOT, ".functions-build.lock");
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another worker builds; a lock older than 10 minutes is stale.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 10 * 60_000) rmdirSync(lock);
      } catch {
        /* gone meanwhile */
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      sleep(500);
    }
  }
  try {
    if (!fresh()) {
      execFileSync("npx", ["webpack", "--mode", "production"], {
        cwd: ROOT,
        stdio: "pipe",
        timeout: 10 * 60_000,
        env: { ...process.env, ADDIN_BASE_URL: "" },
      });
    }
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer; message: string };
    const failed = `webpack build failed: ${err.message}\n${err.stdout?.toString() ?? ""}\n${err.stderr?.toString() ?? ""}`;
    // The cause is attached by hand: the project's lib (ES2020) has no ErrorOptions.
    throw Object.assign(new Error(failed), { cause: e });
  } finally {
    rmdirSync(lock);
  }
}

/** The error codes of Excel's CustomFunctions.ErrorCode. */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** Stand-in for CustomFunctions.Error: code and message, as Excel reads them. */
export class StubError extends Error {
  readonly code: string;
  constructor(code: string = ErrorCode.invalidValue, message?: string) {
    super(message ?? "");
    this.code = code;
    this.name = "CustomFunctions.Error";
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CustomFunction = (...args: any[]) => any;

export interface LoadedFunctions {
  functions: Map<string, CustomFunction>;
  /** Order of the associate calls. */
  ids: string[];
  context: vm.Context;
}

/** Runs dist/functions.js in a fresh vm context and returns what it registered. */
export function loadFunctions(): LoadedFunctions {
  ensureBundle();
  const code = readFileSync(join(DIST, "functions.js"), "utf8");
  const functions = new Map<string, CustomFunction>();
  const ids: string[] = [];
  const CustomFunctions = {
    associate(id: string | Record<string, CustomFunction>, fn?: CustomFunction) {
      if (typeof id === "object") {
        for (const [k, v] of Object.entries(id)) this.associate(k, v);
        return;
      }
      if (typeof fn !== "function") throw new Error(`associate(${id}): not a function`);
      if (functions.has(id)) throw new Error(`associate(${id}) called twice`);
      functions.set(id, fn);
      ids.push(id);
    },
    Error: StubError,
    ErrorCode,
  };
  const context = vm.createContext({ CustomFunctions, console });
  vm.runInContext(code, context, { filename: "dist/functions.js" });
  return { functions, ids, context };
}

export function readDistJson(file: string): {
  functions: {
    id: string;
    name: string;
    description?: string;
    parameters: { name: string; description?: string; type?: string; dimensionality?: string; optional?: boolean }[];
    result?: { type?: string; dimensionality?: string };
  }[];
} {
  ensureBundle();
  return JSON.parse(readFileSync(join(DIST, file), "utf8"));
}
