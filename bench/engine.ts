import {
  Decimal,
  addMonths,
  computeStatement,
  getGrid,
  type Criterion,
  type Delivery,
  type LabResult,
  type ProducerMonthInput,
} from "../src/engine";
import * as v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { prng } from "../scripts/sample/generate";

const MONTH = "2025-06";
const HISTORY = 6;
const TARGET = 5000;

/** Every other day (1, 3, … 27, then 28): 15 collections on days every month has. */
const COLLECTION_DAYS = Array.from({ length: 15 }, (_, d) => Math.min(d * 2 + 1, 28));

/**
 * One producer's current month plus 6 months of history: 15 deliveries a month and, as the sampling plans
 * of most grids, fat, protein, cells and freezing point on 5 days (~30 results a month) — or, with
 * `everyCollection` (Normandie grid, national 2022 accord), at every collection (~70 results a month).
 */
function producerInput(i: number, gridId: string, rand: () => number, everyCollection = false): ProducerMonthInput {
  const grid = getGrid(gridId);
  const sudEst = gridId === "sud-est-2018";
  const deliveries: Delivery[] = [];
  const results: LabResult[] = [];
  for (let m = HISTORY; m >= 0; m--) {
    const month = addMonths(MONTH, -m);
    for (const dayOfMonth of COLLECTION_DAYS) {
      const date = `${month}-${String(dayOfMonth).padStart(2, "0")}`;
      deliveries.push({ date, volume: new Decimal(Math.round(2000 + rand() * 6000)) });
    }
    const add = (criterion: Criterion, day: number, value: string | number) =>
      results.push({ date: `${month}-${String(day).padStart(2, "0")}`, criterion, value: new Decimal(value) });
    for (const day of everyCollection ? COLLECTION_DAYS : [3, 9, 15, 21, 27]) {
      add("MG", day, sudEst ? (36 + rand() * 8).toFixed(1) : (3.8 + rand() * 0.6).toFixed(2));
      add("MP", day, sudEst ? (31 + rand() * 4).toFixed(1) : (3.1 + rand() * 0.4).toFixed(2));
      add("CELLULES", day, Math.round(100000 + rand() * 350000));
      add("PC", day, (-0.53 + rand() * 0.03).toFixed(3));
      if (!everyCollection) add("INHIBITEURS", day, rand() < 0.005 ? 1 : 0);
    }
    if (everyCollection) for (const day of [3, 9, 15, 21, 27]) add("INHIBITEURS", day, rand() < 0.005 ? 1 : 0);
    for (const day of [5, 13, 21])
      add("GERMES", day, Math.round(rand() < 0.05 ? 80000 + rand() * 100000 : 5000 + rand() * 50000));
    if (sudEst) for (const day of [7, 23]) add("BUTYRIQUES", day, Math.round(300 + rand() * 4000));
  }
  return {
    producer: { code: `P${String(i).padStart(4, "0")}`, charter: rand() < 0.8 },
    month: MONTH,
    grid,
    basePrice: new Decimal(sudEst ? "452.30" : "68.50"),
    deliveries,
    results,
    events: [],
  };
}

/** Producers whose inputs exist at once: the timed loop's heap is the engine's, not the bench's 5 000 inputs. */
const BATCH = 500;

/**
 * A full collection where the runtime allows it: node --expose-gc (as `npm run bench` runs this file), else
 * the same function switched on at run time (`npx tsx bench/engine.ts`), so that both ways measure alike.
 */
function collectGarbage(): void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed();
  v8.setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

/**
 * Statements of `producers` inputs made by `makeInput` (in order, from the same generator as when they were
 * all made up front), after a warm-up: seconds and peak RSS of the measured pass, and its CPU seconds (on a
 * busy machine, less sensitive than the wall clock to the other processes). Only the statements are timed.
 * The inputs are made BATCH at a time and dropped after their statements: all 5 000 made first held a
 * 915 MB heap (a result at every collection): the bench's heap, not the engine's.
 */
function measure(
  producers: number,
  makeInput: (i: number) => ProducerMonthInput,
): { seconds: number; cpu: number; peak: number; perMonth: number } {
  const makeBatch = (from: number) =>
    Array.from({ length: Math.min(BATCH, producers - from) }, (_, k) => makeInput(from + k));
  let inputs = makeBatch(0);
  const perMonth = inputs[0].results.filter((r) => r.date.startsWith(MONTH)).length;
  // The first batch's construction left garbage behind: collect it now, untimed, then warm up (JIT) and time.
  // Not after the warm-up, nor between batches: a full collection while no statement is under way frees the
  // object shapes of the last statements' histories, and V8 throws away the optimised code that relied on
  // them ("weak objects" deoptimisations: 9 after the warm-up; 157 with a collection before each batch, the
  // measured pass then taking 2.2–2.3 s of CPU instead of 1.3 s, a result at every collection, 3 runs each on
  // a shared machine), a cost that statements computed one after the other do not pay.
  collectGarbage();
  for (let i = 0; i < Math.min(200, inputs.length); i++) computeStatement(inputs[i]);
  let peak = process.memoryUsage().rss;
  let nanoseconds = 0n;
  let cpuMicroseconds = 0;
  let total = new Decimal(0);
  for (let from = 0; from < producers; from += BATCH) {
    if (from > 0) inputs = makeBatch(from);
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    for (const input of inputs) total = total.plus(computeStatement(input).total);
    nanoseconds += process.hrtime.bigint() - start;
    const cpuUsed = process.cpuUsage(cpuStart);
    cpuMicroseconds += cpuUsed.user + cpuUsed.system;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  peak = Math.max(peak, process.resourceUsage().maxRSS * 1024);
  return { seconds: Number(nanoseconds) / 1e9, cpu: cpuMicroseconds / 1e6, peak, perMonth };
}

function rateLine(title: string, producers: number, seconds: number, peak: number): string {
  const rate = producers / seconds;
  const verdict = rate >= TARGET ? "OK" : "BELOW TARGET";
  const target = TARGET.toLocaleString("en");
  return `${title}: ${Math.round(rate).toLocaleString("en")} producer-months/s (target ≥ ${target}) ${verdict}; peak RSS ${(peak / 2 ** 20).toFixed(0)} MB`;
}

export function benchEngine(producers = 5000): string[] {
  const rand = prng(42);
  const makeInput = (i: number) => producerInput(i, i % 2 === 0 ? "sud-est-2018" : "mooh-2025", rand);
  const { seconds, cpu, peak, perMonth } = measure(producers, makeInput);
  return [
    `engine: ${producers} producer-months (15 deliveries, ${perMonth} results a month, ${HISTORY} months of history each, both grids) in ${seconds.toFixed(2)} s (CPU ${cpu.toFixed(2)} s)`,
    rateLine("engine", producers, seconds, peak),
  ];
}

/**
 * A result at every collection (the Normandie grid, the national 2022 accord): fat, protein, cells and
 * freezing point at each of the 15 pick-ups of a month, on the sud-est-2018 grid.
 */
export function benchEngineEveryCollection(producers = 5000): string[] {
  const rand = prng(43);
  const makeInput = (i: number) => producerInput(i, "sud-est-2018", rand, true);
  const { seconds, cpu, peak, perMonth } = measure(producers, makeInput);
  const title = "engine, a result at every collection";
  return [
    `${title}: ${producers} producer-months (15 deliveries, ${perMonth} results a month, ${HISTORY} months of history each, sud-est-2018) in ${seconds.toFixed(2)} s (CPU ${cpu.toFixed(2)} s)`,
    rateLine(title, producers, seconds, peak),
  ];
}

if (require.main === module) {
  const only = process.argv[2];
  if (only !== "every-collection") for (const line of benchEngine()) console.log(line);
  if (only !== "default") for (const line of benchEngineEveryCollection()) console.log(line);
}
