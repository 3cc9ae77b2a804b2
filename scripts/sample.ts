/**
 * npm run sample -- [--grid sud-est-2018|mooh-2025] [--producers N] [--months N] [--end YYYY-MM] [--seed N]
 *                   [--plain] [--bench] [--out FILE.xlsx]
 *
 * Generates a deterministic sample OP workbook (default: 120 producers, 13 months ending 2025-03, every special
 * case; see the "Lisez-moi" sheet). --bench: the benchmark workbook, 2 000 producers × 6 months (~480 000 rows).
 */
import * as path from "node:path";
import { generateSample, sampleRowCount, type SampleGrid, type SampleOptions } from "./sample/generate";
import { writeSampleXlsx } from "./sample/write";

export const USAGE = `Usage: npm run sample -- [--grid sud-est-2018|mooh-2025] [--producers N] [--months N] [--end YYYY-MM] [--seed N] [--plain] [--bench] [--out FILE.xlsx]`;

export interface SampleCliOptions extends SampleOptions {
  out: string;
}

export function parseSampleArgs(argv: readonly string[]): SampleCliOptions {
  const o: Partial<SampleCliOptions> & { grid: SampleGrid } = { grid: "sud-est-2018" };
  let bench = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => {
      const x = argv[++i];
      if (x === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return x;
    };
    const int = () => {
      const x = Number(v());
      if (!Number.isInteger(x) || x < 1) throw new Error(`${a}: expected a positive whole number`);
      return x;
    };
    if (a === "--grid") {
      const g = v();
      if (g !== "sud-est-2018" && g !== "mooh-2025") throw new Error(`--grid ${g}: expected sud-est-2018 or mooh-2025`);
      o.grid = g;
    } else if (a === "--producers") o.producers = int();
    else if (a === "--months") o.months = int();
    else if (a === "--end") o.end = v();
    else if (a === "--seed") o.seed = int();
    else if (a === "--out") o.out = v();
    else if (a === "--plain") o.plain = true;
    else if (a === "--bench") bench = true;
    else if (a === "-h" || a === "--help") throw new Error(USAGE);
    else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  if (bench) {
    o.producers ??= 2000;
    o.months ??= 6;
  }
  const name = bench ? `bench-${o.grid}-${o.producers}x${o.months}.xlsx` : `sample-${o.grid}.xlsx`;
  return { ...o, out: o.out ?? path.join("out", name) };
}

export async function makeSample(options: SampleCliOptions): Promise<{ file: string; rows: number; month: string }> {
  const sample = generateSample(options);
  await writeSampleXlsx(sample, options.out);
  return { file: options.out, rows: sampleRowCount(sample), month: sample.month };
}

if (typeof require !== "undefined" && require.main === module) {
  (async () => {
    let options: SampleCliOptions;
    try {
      options = parseSampleArgs(process.argv.slice(2));
    } catch (e) {
      process.stderr.write(`${(e as Error).message}\n`);
      process.exitCode = 2;
      return;
    }
    const start = Date.now();
    const { file, rows, month } = await makeSample(options);
    process.stdout.write(`${file}: ${options.grid}, ${rows} input rows, last month ${month} (${((Date.now() - start) / 1000).toFixed(1)} s)\n`);
  })().catch((e) => {
    process.stderr.write(`sample: ${(e as Error).message}\n`);
    process.exitCode = 1;
  });
}
