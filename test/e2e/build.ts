/**
 * dist/ for the end-to-end tests: built with `webpack --mode production` when missing or older than the
 * sources it is made from.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");

function newest(dir: string): number {
  let t = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

export function ensureBuilt(): void {
  const page = path.join(DIST, "taskpane.html");
  const sources = Math.max(
    newest(path.join(ROOT, "src")),
    newest(path.join(ROOT, "assets")),
    ...["webpack.config.js", "manifest.xml", "package.json"].map((f) => fs.statSync(path.join(ROOT, f)).mtimeMs),
  );
  if (fs.existsSync(page) && fs.statSync(page).mtimeMs >= sources && fs.existsSync(path.join(DIST, "taskpane.js")))
    return;
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: ROOT,
    stdio: "pipe",
    timeout: 10 * 60 * 1000,
    env: { ...process.env, NODE_ENV: "production" },
  });
}

export const CHROMIUM = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-dev-shm-usage",
];
