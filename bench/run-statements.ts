/**
 * Benchmark of the statement run, end to end through the command line, on a generated workbook of 2 000
 * producers × 6 months (~480 000 input rows), timed side by side with ExcelJS's streaming reader merely
 * reading every cell of the same file (the floor). Each runs in its own child process, so that its peak
 * memory is its own. Targets: run time ≤ 2 × the floor, peak memory ≤ 500 MB.
 *
 *   npx tsx bench/run-statements.ts            (also: benchStatementRun() from bench/run.ts)
 *
 * The workbook is generated once (deterministic) into <tmpdir>/milkpay-bench/. BENCH_ROUNDS (default 2)
 * alternates floor and run that many times and keeps the best of each.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generateSample, sampleRowCount } from "../scripts/sample/generate";
import { writeSampleXlsx } from "../scripts/sample/write";

const PRODUCERS = 2000;
const MONTHS = 6;
const MONTH = "2025-03";
const TARGET_RATIO = 2;
const TARGET_MB = 500;

/** The project root: where package.json is, from the working directory up. */
function projectRoot(): string {
  let dir = process.cwd();
  for (;;) {
    if (fs.existsSync(path.join(dir, "package.json")) && fs.existsSync(path.join(dir, "src", "cli", "statements.ts")))
      return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error("run the benchmark from the project (src/cli/statements.ts not found)");
    dir = up;
  }
}

/**
 * The floor: ExcelJS's streaming reader visiting every cell, nothing else (plain Node, from the project's
 * node_modules).
 */
const FLOOR_SCRIPT = `
const ExcelJS = require("exceljs");
(async () => {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[1], { sharedStrings: "cache", hyperlinks: "ignore", styles: "cache", worksheets: "emit", entries: "emit" });
  let rows = 0, cells = 0;
  for await (const ws of reader) for await (const row of ws) { rows++; const v = row.values; for (let i = 1; i < v.length; i++) if (v[i] !== undefined) cells++; }
  process.stdout.write(JSON.stringify({ rows, cells }));
})().catch((e) => { console.error(e); process.exit(1); });
`;

/** Prints the process's peak RSS at exit, for machines without /usr/bin/time. */
const MAXRSS_PRELOAD = `process.on("exit", () => process.stderr.write("\\nMILKPAY_MAXRSS_KB " + process.resourceUsage().maxRSS + "\\n"));\n`;

interface Measure {
  seconds: number;
  /** User + system CPU seconds (less sensitive than wall time to other work on the machine); null if unknown. */
  cpu: number | null;
  peakMB: number;
  stdout: string;
}

/** GNU time when present (BENCH_NO_TIME=1 forces the in-process fallback). */
function timeTool(): string | null {
  return !process.env.BENCH_NO_TIME && fs.existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
}

/** Runs `node args` in `cwd`, timing it from spawn to exit and measuring its peak RSS. */
function measure(nodeArgs: string[], cwd: string, preload: string): Measure {
  const time = timeTool();
  const [cmd, args] = time
    ? [time, ["-v", process.execPath, ...nodeArgs]]
    : [process.execPath, ["--require", preload, ...nodeArgs]];
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", maxBuffer: 64 << 20 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0)
    throw new Error(`${nodeArgs.join(" ")} failed (exit ${r.status}): ${(r.stderr || "").slice(-2000)}`);
  const kb = time
    ? /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]
    : /MILKPAY_MAXRSS_KB (\d+)/.exec(r.stderr)?.[1];
  if (!kb) throw new Error(`no peak memory figure from ${time ? "/usr/bin/time" : "the preload"}`);
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1];
  const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1];
  const cpu = user && sys ? Number(user) + Number(sys) : null;
  return { seconds, cpu, peakMB: Number(kb) / 1024, stdout: r.stdout };
}

/** The benchmark workbook, generated once. */
export async function benchWorkbook(): Promise<{ file: string; rows: number }> {
  const dir = path.join(os.tmpdir(), "milkpay-bench");
  const file = path.join(dir, `statements-sud-est-${PRODUCERS}x${MONTHS}.xlsx`);
  const info = `${file}.json`;
  if (fs.existsSync(file) && fs.existsSync(info))
    return { file, rows: (JSON.parse(fs.readFileSync(info, "utf8")) as { rows: number }).rows };
  const sample = generateSample({ grid: "sud-est-2018", producers: PRODUCERS, months: MONTHS, end: MONTH });
  const rows = sampleRowCount(sample);
  await writeSampleXlsx(sample, file);
  fs.writeFileSync(info, JSON.stringify({ rows }));
  return { file, rows };
}

export async function benchStatementRun(): Promise<string[]> {
  const root = projectRoot();
  const { file, rows } = await benchWorkbook();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "milkpay-run-"));
  const preload = path.join(work, "maxrss.cjs");
  fs.writeFileSync(preload, MAXRSS_PRELOAD);
  const out = path.join(work, "out.xlsx");
  const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 2));
  const floors: Measure[] = [];
  const runs: Measure[] = [];
  try {
    for (let i = 0; i < rounds; i++) {
      floors.push(measure(["-e", FLOOR_SCRIPT, file], root, preload));
      // What `npm run statements` runs (tsx compiles the TypeScript on the fly), minus npm itself. The tsx
      // command starts a second node process: GNU time measures both; without it, run tsx as a loader
      // in one process so that the preload sees the run's memory.
      const cli = ["src/cli/statements.ts", file, "--month", MONTH, "--out", out, "--quiet", "--overwrite"]; // each run writes over the last
      const tsx = timeTool()
        ? [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), ...cli]
        : ["--import", "tsx", ...cli];
      runs.push(measure(tsx, root, preload));
      if (!fs.existsSync(out)) throw new Error("the statement run wrote no workbook");
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  const best = (list: Measure[]) => list.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const floor = best(floors);
  const run = best(runs);
  const peak = Math.max(...runs.map((r) => r.peakMB));
  const counted = JSON.parse(floor.stdout) as { rows: number; cells: number };
  const ratio = run.seconds / floor.seconds;
  const cpuText = (m: Measure) => (m.cpu === null ? "" : `, CPU ${m.cpu.toFixed(2)} s`);
  const cpuRatio =
    run.cpu !== null && floor.cpu !== null ? `; CPU time ratio ${(run.cpu / floor.cpu).toFixed(2)}×` : "";
  const ok = (b: boolean) => (b ? "OK" : "OVER TARGET");
  const mb = (n: number) => `${n.toFixed(0)} MB`;
  return [
    `statement run on ${path.basename(file)}: ${PRODUCERS} producers × ${MONTHS} months, ${rows} input rows (${counted.cells} cells), ${(fs.statSync(file).size / 1e6).toFixed(1)} MB; best of ${rounds}, peak memory measured by ${timeTool() ? "/usr/bin/time -v" : "process.resourceUsage().maxRSS"}`,
    `  floor — ExcelJS streaming read of every cell: ${floor.seconds.toFixed(2)} s${cpuText(floor)}, peak ${mb(floor.peakMB)}`,
    `  npm run statements (read, compute ${PRODUCERS} statements, write the summary, the checks and one sheet per statement, save): ${run.seconds.toFixed(2)} s${cpuText(run)}, peak ${mb(peak)}`,
    `  ratio ${ratio.toFixed(2)}× the floor (target ≤ ${TARGET_RATIO}×): ${ok(ratio <= TARGET_RATIO)}${cpuRatio}; peak ${mb(peak)} (target ≤ ${TARGET_MB} MB): ${ok(peak <= TARGET_MB)}`,
    `  all rounds — floor: ${floors.map((m) => m.seconds.toFixed(2)).join(", ")} s; run: ${runs.map((m) => m.seconds.toFixed(2)).join(", ")} s`,
  ];
}

if (typeof require !== "undefined" && require.main === module) {
  benchStatementRun().then(
    (lines) => console.log(lines.join("\n")),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
