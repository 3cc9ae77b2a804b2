import {
  Decimal,
  getGrid,
  type Criterion,
  type Grid,
  type ProducerEvent,
  type ProducerMonthInput,
  type StatementLine,
} from "../../src/engine";

export const D = (x: string | number) => new Decimal(String(x));

/** Grid data as parsed from its JSON file, which tests edit field by field to break it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped on purpose: a test may break any field
export type GridJson = any;

export type ResultRow = [date: string, criterion: Criterion, value: string | number];
export type DeliveryRow = [date: string, volume: string | number];

/** A producer month from compact rows: results [date, criterion, value], deliveries [date, volume]. */
export function producerMonth(opts: {
  grid?: string | Grid;
  month?: string;
  basePrice?: string | number;
  results?: ResultRow[];
  deliveries?: DeliveryRow[];
  events?: { date: string; type: ProducerEvent["type"]; volume?: number | string; amount?: number | string }[];
  charter?: boolean;
  historyStart?: string;
}): ProducerMonthInput {
  const grid = typeof opts.grid === "object" ? opts.grid : getGrid(opts.grid ?? "sud-est-2018");
  return {
    producer: { code: "P001", charter: opts.charter ?? true },
    month: opts.month ?? "2025-03",
    grid,
    basePrice: D(opts.basePrice ?? 450),
    results: (opts.results ?? []).map(([date, criterion, value]) => ({ date, criterion, value: D(value) })),
    deliveries: (opts.deliveries ?? []).map(([date, volume]) => ({ date, volume: D(volume) })),
    events: (opts.events ?? []).map((e) => ({
      date: e.date,
      type: e.type,
      volume: e.volume === undefined ? undefined : D(e.volume),
      amount: e.amount === undefined ? undefined : D(e.amount),
    })),
    historyStart: opts.historyStart,
  };
}

/** Deliveries of `volume` on the given days of a month ("2025-03", [2, 4, 6]). */
export function deliveriesOn(month: string, days: number[], volume: number | string = 5000): DeliveryRow[] {
  return days.map((d) => [`${month}-${String(d).padStart(2, "0")}`, volume]);
}

/** Two results of `value` for a criterion in a month (so any mean of them is `value`). */
export function twice(month: string, criterion: Criterion, value: string | number): ResultRow[] {
  return [
    [`${month}-04`, criterion, value],
    [`${month}-18`, criterion, value],
  ];
}

export function line(statement: { lines: StatementLine[] }, code: string): StatementLine {
  const found = statement.lines.find((l) => l.code === code);
  if (!found) throw new Error(`no line ${code} in ${statement.lines.map((l) => l.code).join(", ")}`);
  return found;
}

export function rateOf(statement: { lines: StatementLine[] }, code: string): string {
  const l = line(statement, code);
  return l.rate === null ? "null" : l.rate.toFixed(2);
}

export function notesOf(statement: { notes: { code: string; message: string }[] }, code: string): string[] {
  return statement.notes.filter((n) => n.code === code).map((n) => n.message);
}
