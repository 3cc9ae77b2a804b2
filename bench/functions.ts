/**
 * Custom-function throughput: calls per second of MILK_FAT_ADJUST (one content) and GERM_PENALTY (a
 * 30-result range), through the same wrappers Excel calls, with varied inputs over both grids.
 * Targets (issue): ≥ 100 000 calls/s for MILK_FAT_ADJUST, ≥ 20 000 calls/s for GERM_PENALTY.
 *
 * Measured on the source wrappers (src/functions/functions.ts, as bundled by the caller) and, when it
 * exists, on the shipped dist/functions.js loaded as a page script with a stub CustomFunctions.
 * MILK_FAT_ADJUST memoises the engine's result per grid and rounded content (a small discrete domain);
 * the inputs below are 4 096 different contents, half of them with every decimal of a computed mean.
 *
 *     npx tsx bench/functions.ts          (alone)
 *     npm run bench                       (wired in bench/run.ts)
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { germPenaltyFn, milkFatAdjust } from "../src/functions/functions";
import { prng } from "../scripts/sample/generate";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fn = (...args: any[]) => unknown;

const TARGETS = { MILK_FAT_ADJUST: 100_000, GERM_PENALTY: 20_000 } as const;

/** Argument lists, cycled through: both grids, contents and ranges that differ from call to call. */
function inputs(): { fat: unknown[][]; germ: unknown[][] } {
  const rand = prng(42);
  const fat: unknown[][] = [];
  for (let i = 0; i < 4096; i++) {
    // Half typed contents (2 decimals), half computed means with every decimal (e.g. =MILK_MEAN(…)).
    const sudEst = i % 2 === 0;
    const raw = sudEst ? 33 + rand() * 12 : 3.5 + rand() * 1.3;
    fat.push([i % 4 < 2 ? Math.round(raw * 100) / 100 : raw, sudEst ? "sud-est-2018" : "mooh-2025"]);
  }
  const germ: unknown[][] = [];
  for (let i = 0; i < 256; i++) {
    const range = Array.from({ length: 30 }, () => [
      Math.round(rand() < 0.1 ? 60_000 + rand() * 200_000 : 5_000 + rand() * 60_000),
    ]);
    germ.push(i % 2 === 0 ? [range, "sud-est-2018", null] : [range, "mooh-2025", Math.floor(rand() * 3)]);
  }
  return { fat, germ };
}

/** Calls per second of `fn` over the argument lists, after a warm-up, for about `ms` milliseconds. */
function callsPerSecond(fn: Fn, args: unknown[][], ms = 1000): number {
  const batch = 1024;
  const run = (n: number) => {
    let sink = 0;
    for (let i = 0; i < n; i++) {
      const r = fn(...args[i % args.length]);
      if (typeof r === "number") sink += r;
    }
    return sink;
  };
  const warmUntil = performance.now() + Math.min(300, ms / 3);
  while (performance.now() < warmUntil) run(batch);
  let calls = 0;
  const start = performance.now();
  let now: number;
  do {
    run(batch);
    calls += batch;
    now = performance.now();
  } while (now - start < ms);
  return (calls / (now - start)) * 1000;
}

/**
 * dist/functions.js run as a page script runs it: in this realm's global scope (vm.runInThisContext), with
 * a stub global CustomFunctions while it loads. (A separate vm context would measure Node's contextified
 * global, whose every global lookup is an interceptor call, not the bundle: about 10 times slower.)
 */
function loadBundle(file: string): Map<string, Fn> {
  const registered = new Map<string, Fn>();
  class CfError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message);
    }
  }
  const g = globalThis as { CustomFunctions?: unknown };
  const previous = g.CustomFunctions;
  g.CustomFunctions = {
    associate: (id: string, fn: Fn) => registered.set(id, fn),
    Error: CfError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };
  try {
    vm.runInThisContext(readFileSync(file, "utf8"), { filename: file });
  } finally {
    if (previous === undefined) delete g.CustomFunctions;
    else g.CustomFunctions = previous;
  }
  return registered;
}

function line(label: string, id: keyof typeof TARGETS, perSecond: number): string {
  const target = TARGETS[id];
  const verdict = perSecond >= target ? "ok" : "BELOW TARGET";
  return `${label.padEnd(24)} ${id.padEnd(16)} ${Math.round(perSecond).toLocaleString("en-US").padStart(12)} calls/s   (target ≥ ${target.toLocaleString("en-US")}: ${verdict})`;
}

export async function benchFunctions(ms = 1000): Promise<string[]> {
  const { fat, germ } = inputs();
  const lines: string[] = [];
  // Sanity: the inputs are valid, so the benchmark measures computations, not errors.
  for (const args of [...fat.slice(0, 8), ...germ.slice(0, 8)]) {
    const r = (args.length === 2 ? milkFatAdjust : germPenaltyFn)(...(args as [never, never, never]));
    if (typeof r !== "number" || !Number.isFinite(r)) throw new Error(`benchmark input gives ${String(r)}`);
  }
  lines.push(line("src wrappers", "MILK_FAT_ADJUST", callsPerSecond(milkFatAdjust as Fn, fat, ms)));
  lines.push(line("src wrappers", "GERM_PENALTY", callsPerSecond(germPenaltyFn as Fn, germ, ms)));

  const dist = join(process.cwd(), "dist", "functions.js");
  if (existsSync(dist)) {
    const fns = loadBundle(dist);
    const fatFn = fns.get("MILK_FAT_ADJUST");
    const germFn = fns.get("GERM_PENALTY");
    if (fatFn && germFn) {
      lines.push(line("dist/functions.js", "MILK_FAT_ADJUST", callsPerSecond(fatFn, fat, ms)));
      lines.push(line("dist/functions.js", "GERM_PENALTY", callsPerSecond(germFn, germ, ms)));
    }
  } else {
    lines.push("dist/functions.js not built (npm run build): bundle not measured");
  }
  return lines;
}

// Run alone (npx tsx bench/functions.ts); not when bundled into bench/run.ts.
if (/[\\/]bench[\\/]functions\.ts$/.test(process.argv[1] ?? "")) {
  benchFunctions().then(
    (lines) => lines.forEach((l) => console.log(l)),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
