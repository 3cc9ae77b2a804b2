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
import { prng } from "../scripts/sample/generate";

const MONTH = "2025-06";
const HISTORY = 6;

/** One producer's current month plus 6 months of history: 15 deliveries and ~30 results a month. */
function producerInput(i: number, gridId: string, rand: () => number): ProducerMonthInput {
  const grid = getGrid(gridId);
  const sudEst = gridId === "sud-est-2018";
  const deliveries: Delivery[] = [];
  const results: LabResult[] = [];
  for (let m = HISTORY; m >= 0; m--) {
    const month = addMonths(MONTH, -m);
    for (let d = 1; d <= 15; d++) {
      // Every other day (1, 3, … 27, then 28): 15 collections on days every month has.
      const dayOfMonth = Math.min(d * 2 - 1, 28);
      const date = `${month}-${String(dayOfMonth).padStart(2, "0")}`;
      deliveries.push({ date, volume: new Decimal(Math.round(2000 + rand() * 6000)) });
    }
    const add = (criterion: Criterion, day: number, value: string | number) =>
      results.push({ date: `${month}-${String(day).padStart(2, "0")}`, criterion, value: new Decimal(value) });
    for (const day of [3, 9, 15, 21, 27]) {
      add("MG", day, sudEst ? (36 + rand() * 8).toFixed(1) : (3.8 + rand() * 0.6).toFixed(2));
      add("MP", day, sudEst ? (31 + rand() * 4).toFixed(1) : (3.1 + rand() * 0.4).toFixed(2));
      add("CELLULES", day, Math.round(100000 + rand() * 350000));
      add("PC", day, (-0.53 + rand() * 0.03).toFixed(3));
      add("INHIBITEURS", day, rand() < 0.005 ? 1 : 0);
    }
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

export function benchEngine(producers = 5000): string[] {
  const rand = prng(42);
  const inputs = Array.from({ length: producers }, (_, i) =>
    producerInput(i, i % 2 === 0 ? "sud-est-2018" : "mooh-2025", rand),
  );
  const perMonth = inputs[0].results.filter((r) => r.date.startsWith(MONTH)).length;
  // Warm-up (JIT), then the measured pass.
  for (let i = 0; i < 200; i++) computeStatement(inputs[i]);
  // The inputs' own construction left garbage behind: collect it now (node --expose-gc) so that the timed
  // loop pays only for the engine's allocations.
  (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage().rss;
  const start = process.hrtime.bigint();
  let total = new Decimal(0);
  for (let i = 0; i < inputs.length; i++) {
    total = total.plus(computeStatement(inputs[i]).total);
    if (i % 500 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  const rate = producers / seconds;
  return [
    `engine: ${producers} producer-months (15 deliveries, ${perMonth} results a month, ${HISTORY} months of history each, both grids) in ${seconds.toFixed(2)} s`,
    `engine: ${Math.round(rate).toLocaleString("en")} producer-months/s (target ≥ 5,000) ${rate >= 5000 ? "OK" : "BELOW TARGET"}; peak RSS ${(peak / 2 ** 20).toFixed(0)} MB`,
  ];
}

if (require.main === module) {
  for (const line of benchEngine()) console.log(line);
}
