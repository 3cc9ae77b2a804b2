/**
 * `npm run bench`: every speed target of the project, measured on this machine, each section in its own
 * process so that one section's heap does not slow the next.
 * - engine: from an esbuild bundle of our code, as the add-in and the functions ship (tsx's per-module
 *   export getters would measure the loader, not the engine); the bench's inputs (5 results a month of fat,
 *   protein, cells and freezing point), then a result at every collection, each in its own process;
 * - custom functions: on the shipped dist/functions.js (built first if missing);
 * - statement run: the command line end to end beside ExcelJS's streaming read of the same file;
 * - import: a 100,000-row CSV into a workbook beside parsing that CSV alone (from an esbuild bundle as well);
 * - factur-x: XML and PDF/A-3 per invoice, and the validators' time per XML (bench/facturx.ts).
 * - documents: the PDFs of the statement run's 2 000 producers beside the run itself (bench/pdf.ts).
 */
import { buildSync } from "esbuild";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const root = path.resolve(__dirname, "..");
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");

function run(title: string, cmd: string, args: string[]): boolean {
  console.log(`== ${title}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  if (r.status !== 0) console.log(`   (${title} failed with exit ${r.status})`);
  return r.status === 0;
}

/** An esbuild bundle of a bench entry into out/ (its JS API: its bin may be the native binary or a node shim). */
function bundle(entry: string, outfile: string): string {
  fs.rmSync(outfile, { force: true });
  buildSync({
    entryPoints: [path.join(root, "bench", entry)],
    bundle: true,
    platform: "node",
    packages: "external",
    outfile,
    logLevel: "warning",
  });
  return outfile;
}

let ok = true;
const engineBundle = bundle("engine.ts", path.join(root, "out", "bench-engine.js"));
ok = run("engine", process.execPath, ["--expose-gc", engineBundle, "default"]) && ok;
// A result at every collection (fat, protein, cells, freezing point at each pick-up): its own process.
ok =
  run("engine, a result at every collection", process.execPath, ["--expose-gc", engineBundle, "every-collection"]) &&
  ok;
if (!fs.existsSync(path.join(root, "dist", "functions.js")))
  ok = run("build (dist/functions.js)", "npx", ["webpack", "--mode", "production"]) && ok;
ok = run("custom functions", process.execPath, [tsx, "bench/functions.ts"]) && ok;
ok = run("statement run", process.execPath, [tsx, "bench/run-statements.ts"]) && ok;
// The import from a bundle too (as the task pane ships it), with --expose-gc: each timed section starts from
// a collected heap (bench/import.ts).
const importBundle = bundle("import.ts", path.join(root, "out", "bench-import.js"));
ok = run("import", process.execPath, ["--expose-gc", importBundle]) && ok;
ok = run("factur-x", process.execPath, [tsx, "bench/facturx.ts"]) && ok;
// PDFs of the statement run's workbook (issue 14): target under 3× the statement run itself.
// (Under tsx, as the statement run it is compared with in the same process.)
ok = run("documents (PDF)", process.execPath, [tsx, "bench/pdf.ts"]) && ok;
process.exit(ok ? 0 : 1);
