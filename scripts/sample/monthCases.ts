/**
 * The special cases that shape a month of one producer (cases.ts says what each shows): results removed or
 * set, inhibitors made positive, spreading, damages and alerts in Evenements, cells typed wrong. They draw
 * nothing from the PRNG: the values of every other producer stay as they are.
 */
import type { CellValue } from "../../src/workbook/port";
import { CASE } from "./cases";
import type { Delivery, Result, SampleContext } from "./producer";
import { addMonths, daysIn, serialOf } from "./typed";

export interface Event {
  date: string;
  type: string;
  volume?: number;
  amount?: number;
}

/** One producer's month while it is shaped. */
export interface MonthShape {
  i: number;
  code: string;
  month: string;
  deliveries: Delivery[];
  results: Result[];
  sampleDays: string[];
  /** The sample's Evenements rows (spreading, damages, alerts). */
  events: CellValue[][];
}

function eventRow(code: string, e: Event): CellValue[] {
  return [serialOf(e.date), code, e.type, e.volume ?? null, e.amount ?? null];
}

/** Whether the month is `back` months before the last one (and within the sample). */
function monthsBack(g: SampleContext, month: string, back: number): boolean {
  return g.months.includes(addMonths(g.last, -back)) && month === addMonths(g.last, -back);
}

/** Sets the values of a criterion's results in turn (cycling through `values`). */
function setValues(m: MonthShape, crit: string, values: number[], decimals = 0): void {
  const list = m.results.filter((r) => r.crit === crit);
  list.forEach((r, k) => (r.value = values[k % values.length]));
  for (const r of list) r.value = Number((r.value as number).toFixed(decimals));
}

/** Makes the pick-th inhibitor result positive; its date, if there is one. */
function positive(g: SampleContext, m: MonthShape, pick: number): string | undefined {
  const r = m.results.filter((x) => x.crit === "INHIBITEURS")[pick];
  if (r) r.value = g.sud ? "positif" : "POS";
  return r?.date;
}

/** Removes the results `drop` picks, except those of the month's first sample day. */
function keepFirstDay(m: MonthShape, drop: (r: Result) => boolean): void {
  const first = m.sampleDays[0];
  for (let k = m.results.length - 1; k >= 0; k--)
    if (m.results[k].date !== first && drop(m.results[k])) m.results.splice(k, 1);
}

/** Single results, no results this month, a gap the month before: the same producers in both grids. */
function shapeMissingResults(g: SampleContext, m: MonthShape): void {
  const last = m.month === g.last;
  if (m.i === CASE.singleResults && last) {
    keepFirstDay(m, (r) => r.crit !== "INHIBITEURS");
    // Single: below 80 000, no contestation.
    if (!g.sud) m.results.filter((r) => r.crit === "GERMES").forEach((r) => (r.value = 70000));
  }
  if (m.i === CASE.noResultsThisMonth && last) m.results.length = 0;
  if (m.i === CASE.gapLastMonth && monthsBack(g, m.month, 1)) m.results.length = 0;
}

/** The sud-est-2018 cases: joker, antibiotics and spreading, alerts, germs, freezing point. */
function shapeSudEst(g: SampleContext, m: MonthShape): void {
  const { i, code, month } = m;
  const last = month === g.last;
  const back = (k: number) => monthsBack(g, month, k);
  if (i === CASE.germsA && last) {
    const germs = m.results.filter((r) => r.crit === "GERMES");
    germs[Math.min(1, germs.length - 1)].value = 120000;
  }
  if (i === CASE.germsB && (back(2) || last))
    setValues(m, "GERMES", back(2) ? [30000, 95000, 40000, 35000] : [65000, 250000, 60000, 55000]);
  if (i === CASE.antibioticA && last) {
    const day = positive(g, m, 1);
    if (day) m.events.push(eventRow(code, { date: day, type: "EPANDAGE", amount: 380 }));
  }
  if (i === CASE.antibioticB && (back(4) || last)) {
    const day = positive(g, m, back(4) ? 0 : 2);
    if (day) m.events.push(eventRow(code, { date: day, type: "EPANDAGE", amount: back(4) ? 290 : 415.5 }));
  }
  if (i === CASE.alertA && last) m.events.push(eventRow(code, { date: `${g.last}-12`, type: "ALERTE", volume: 4200 }));
  if (i === CASE.alertB && (back(1) || last))
    m.events.push(
      eventRow(code, { date: `${month}-${back(1) ? "08" : "17"}`, type: "ALERTE", volume: back(1) ? 3800 : 5100 }),
    );
  if (i === CASE.germsMid && last) setValues(m, "GERMES", [90000, 160000, 140000, 180000]);
  if (i === CASE.freezingWarn && last) setValues(m, "PC", [-0.509], 3);
  if (i === CASE.freezingPenalty && last) setValues(m, "PC", [-0.515, -0.503], 3);
}

/** The mooh-2025 cases: contestations, inhibitors and damages, freezing point, cooling. */
function shapeMooh(g: SampleContext, m: MonthShape): void {
  const { i, code, month } = m;
  const last = month === g.last;
  const back = (k: number) => monthsBack(g, month, k);
  if (i === CASE.germsA && (back(3) || back(1) || last)) setValues(m, "GERMES", [65000, 72000, 58000, 81000]);
  if (i === CASE.germsB && (back(2) || last)) setValues(m, "CELLULES", [310000, 340000, 295000, 360000]);
  if (i === CASE.antibioticA && last) {
    const day = positive(g, m, 1);
    if (day) m.events.push(eventRow(code, { date: day, type: "DOMMAGES", amount: 1250 }));
  }
  if (i === CASE.antibioticB && (back(6) || last)) positive(g, m, 0);
  if (i === CASE.alertA && last) {
    keepFirstDay(m, (r) => r.crit === "GERMES");
    setValues(m, "GERMES", [85000]);
  }
  if (i === CASE.alertB && last) setValues(m, "PC", [-0.51], 3);
  if (i === CASE.germsMid && last) setValues(m, "PC", [-0.5], 3);
  if (i === CASE.freezingWarn && last) {
    m.deliveries[3].temp = 8;
    m.deliveries[3].time = "10:30";
    m.deliveries[6].temp = 11.2;
  }
  if (i === CASE.freezingPenalty && g.months.indexOf(month) >= g.months.length - 5)
    setValues(m, "GERMES", [62000, 70000, 66000, 64000]);
}

/** Excellence (mooh), a result not validated, and cells typed wrong: a value, a date, a volume. */
function shapeCells(g: SampleContext, m: MonthShape): void {
  const { i } = m;
  const last = m.month === g.last;
  if (i === CASE.cellsHigh && !g.sud) {
    // Excellence: every result of the month within the four limits.
    for (const r of m.results) {
      if (r.crit === "GERMES") r.value = Math.min(r.value as number, 9000);
      if (r.crit === "CELLULES") r.value = Math.min(r.value as number, 95000);
      if (r.crit === "PC") r.value = Math.min(r.value as number, -0.518);
    }
  }
  if (i === CASE.notValidated && last) {
    const germs = m.results.find((r) => r.crit === "GERMES");
    if (germs) m.results.push({ date: germs.date, crit: "GERMES", value: 250000, decimals: 0, validated: "non" });
  }
  if (i === CASE.badValue && last) {
    const r = m.results.find((x) => x.crit === "MG");
    if (r) r.rawValue = "abc";
  }
  const M = g.last;
  if (i === CASE.badDate && last) m.deliveries[2].rawDate = `${daysIn(M) + 1}/${M.slice(5, 7)}/${M.slice(0, 4)}`;
  if (i === CASE.badVolume && last) m.deliveries[4].rawVolume = "2 5OO";
}

/** Shapes the month of a special producer (nothing with --plain). */
export function shapeMonth(g: SampleContext, m: MonthShape): void {
  if (!g.special) return;
  shapeMissingResults(g, m);
  if (g.sud) shapeSudEst(g, m);
  else shapeMooh(g, m);
  shapeCells(g, m);
}
