/**
 * Jest global setup: builds dist/ once, before the test workers start, when it is missing or older than
 * its sources. Several suites load dist/ (the custom functions bundle, the end-to-end pane); building it
 * here keeps their workers from running webpack at the same time over the same directory. A run limited
 * to other suites (`jest test/engine`) builds nothing. A failed build is only reported here: the suites
 * that need dist/ then fail with the build's output.
 */
import { ensureBundle } from "./helpers/bundle";

/** Suites that load dist/. */
const NEEDS_DIST = [
  "test/functions.test.ts",
  "test/functions-agree.test.ts",
  "test/functions-metadata.test.ts",
  "test/e2e/pane.e2e.test.ts",
];

export default function globalSetup(globalConfig: { testPathPattern?: string }): void {
  const pattern = globalConfig.testPathPattern ?? "";
  if (pattern !== "") {
    let re: RegExp | null = null;
    try {
      re = new RegExp(pattern, "i");
    } catch {
      re = null; // not a regex jest would use either: build to be safe
    }
    if (re && !NEEDS_DIST.some((file) => re!.test(file) || re!.test(`/${file}`))) return;
  }
  try {
    ensureBundle();
  } catch (e) {
    console.error(`\n[globalSetup] ${(e as Error).message.split("\n")[0]}`);
  }
}
