/**
 * One producer of the sample: his row in Producteurs, his profile (volume, composition, hygiene, habits), and
 * each month his collections and lab results, drawn from the generator's PRNG in a fixed order — any change of
 * order changes every value after it. The special cases that shape a month are in monthCases.ts.
 */
import type { CellValue } from "../../src/workbook/port";
import { CASE } from "./cases";
import type { SampleGrid } from "./generate";
import type { Random } from "./random";
import { daysIn } from "./typed";

const FIRST = ["GAEC", "EARL", "SCEA", "Ferme", "GAEC", "EARL", ""];
const NAMES = [
  "Martin",
  "Bernard",
  "Dubois",
  "Thomas",
  "Robert",
  "Richard",
  "Petit",
  "Durand",
  "Leroy",
  "Moreau",
  "Simon",
  "Laurent",
  "Lefebvre",
  "Michel",
  "Garcia",
  "David",
  "Bertrand",
  "Roux",
  "Vincent",
  "Fournier",
  "Morel",
  "Girard",
  "Andre",
  "Mercier",
  "Blanc",
  "Guerin",
  "Boyer",
  "Garnier",
  "Chevalier",
  "Francois",
  "Legrand",
  "Gauthier",
  "Perrin",
  "Robin",
  "Clement",
  "Morin",
  "Favre",
  "Bonnet",
  "Rey",
  "Gay",
  "Jacquet",
  "Collomb",
  "Vuillermoz",
  "Bouvier",
  "Mermoud",
  "Berthet",
  "Pellissier",
  "Tissot",
];
const PLACES = [
  "des Alpages",
  "du Mont",
  "des Crêtes",
  "de la Combe",
  "du Plateau",
  "des Sapins",
  "du Col",
  "de la Vallée",
  "des Prés",
  "du Bois",
];

export interface Delivery {
  date: string;
  volume: number;
  time?: string;
  temp?: number;
  place?: string;
  /** Cell overrides (bad values, text). */
  rawDate?: CellValue;
  rawVolume?: CellValue;
}

export interface Result {
  date: string;
  crit: string;
  value: number | string;
  decimals: number;
  validated?: string;
  rawValue?: CellValue;
}

export interface Profile {
  volume: number;
  fat: number;
  protein: number;
  germs: number;
  cells: number;
  spores: number;
  pc: number;
  offset: number;
  sampleOffset: number;
  time: string;
  place: string;
}

/** What every producer of one sample shares. */
export interface SampleContext {
  grid: SampleGrid;
  sud: boolean;
  months: string[];
  /** The last month: the one the demo runs. */
  last: string;
  rnd: Random;
  /** Whether the special cases are in (not --plain). */
  special: boolean;
}

/** Whether producer i is the special case c (never with --plain). */
export function isCase(g: SampleContext, i: number, c: number): boolean {
  return g.special && i === c;
}

/** The Producteurs row: code, name, grid (empty), charter, consent. */
export function producerRow(g: SampleContext, i: number, code: string): CellValue[] {
  const { rnd } = g;
  const name = isCase(g, i, CASE.formulaName)
    ? "=GAEC des Crêtes"
    : `${rnd.pick(FIRST)} ${rnd.pick(NAMES)}${rnd.chance(0.4) ? " " + rnd.pick(PLACES) : ""}`.trim();
  const charter = isCase(g, i, CASE.noCharter)
    ? "non"
    : i === CASE.reference
      ? "oui"
      : rnd.chance(0.88)
        ? "oui"
        : "non";
  const consent = isCase(g, i, CASE.noConsent) ? "non" : rnd.chance(0.3) ? "oui" : null;
  return [code, name, null, charter, consent];
}

/** The producer's profile; the reference producer's is fixed, some special cases' are set. */
export function profileOf(g: SampleContext, i: number): Profile {
  const { rnd, sud } = g;
  const p: Profile = {
    volume: Math.round(rnd.float(2000, 8000) / 10) * 10,
    fat: sud ? rnd.float(38.5, 43.5) : rnd.float(3.85, 4.35),
    protein: sud ? rnd.float(31.5, 34.5) : rnd.float(3.15, 3.45),
    germs: rnd.logNormal(sud ? 22000 : 16000, 1.5),
    cells: sud ? rnd.float(110000, 330000) : rnd.float(80000, 260000),
    spores: rnd.logNormal(900, 1.8),
    pc: rnd.float(-0.525, -0.514),
    offset: i % 2,
    sampleOffset: rnd.int(0, 3),
    time: `${String(rnd.pick([5, 6, 7, 17, 18, 19])).padStart(2, "0")}:${String(rnd.int(0, 11) * 5).padStart(2, "0")}`,
    place: rnd.chance(0.85) ? "ferme" : "centre",
  };
  if (!sud) p.volume = Math.round(rnd.float(1500, 6000));
  if (i === CASE.reference)
    Object.assign(p, {
      volume: 5000,
      fat: sud ? 40 : 4.15,
      protein: sud ? 33 : 3.25,
      germs: sud ? 20000 : 8000,
      cells: sud ? 150000 : 90000,
      spores: 500,
      pc: -0.52,
      offset: 0,
      sampleOffset: 0,
    });
  if (isCase(g, i, CASE.cellsHigh))
    Object.assign(p, sud ? { cells: 470000 } : { germs: 7000, cells: 80000, pc: -0.522 });
  if (isCase(g, i, CASE.germsA) && sud) p.germs = 25000;
  if (isCase(g, i, CASE.sporesHigh) && sud) p.spores = 4200;
  return p;
}

/** A month's collections: every other day from the producer's offset, volume with the season. */
export function collections(g: SampleContext, p: Profile, month: string, reference: boolean): Delivery[] {
  const { rnd, sud } = g;
  const mm = Number(month.slice(5, 7));
  const season = 1 + 0.1 * Math.cos(((mm - 5) / 12) * 2 * Math.PI);
  const monthDeliveries: Delivery[] = [];
  for (let day = 1; day <= daysIn(month); day++) {
    if ((day + p.offset) % 2 === 0) continue;
    const date = `${month}-${String(day).padStart(2, "0")}`;
    const volume = reference
      ? p.volume
      : sud
        ? Math.round((p.volume * season * rnd.normal(1, 0.04)) / 10) * 10
        : Math.round(p.volume * season * rnd.normal(1, 0.04));
    const d: Delivery = { date, volume };
    if (!sud) {
      d.time = p.time;
      d.place = p.place;
      d.temp = reference ? 4 : Math.round(rnd.float(3, 4.9) * 10) / 10;
      // Within the tolerated windows: fine.
      if (!reference && rnd.chance(0.03)) d.temp = Math.round(rnd.float(5.5, 8.5) * 10) / 10;
    }
    monthDeliveries.push(d);
  }
  return monthDeliveries;
}

/** The lab results of a month's sample days: composition with the season, hygiene, inhibitors. */
export function labResults(
  g: SampleContext,
  p: Profile,
  month: string,
  sampleDays: string[],
  who: { reference: boolean; clampGerms: boolean },
): Result[] {
  const { rnd, sud } = g;
  const { reference, clampGerms } = who;
  const mm = Number(month.slice(5, 7));
  const fatSeason = sud
    ? 1.2 * Math.cos(((mm - 1) / 12) * 2 * Math.PI)
    : 0.12 * Math.cos(((mm - 1) / 12) * 2 * Math.PI);
  const monthResults: Result[] = [];
  sampleDays.forEach((date, k) => {
    const r = (crit: string, value: number, decimals: number) =>
      monthResults.push({ date, crit, value: Number(value.toFixed(decimals)), decimals });
    const fat = reference ? p.fat : p.fat + fatSeason + rnd.normal(0, sud ? 0.6 : 0.06);
    const protein = reference ? p.protein : p.protein + fatSeason / 3 + rnd.normal(0, sud ? 0.4 : 0.04);
    r("MG", fat, sud ? 1 : 2);
    r("MP", protein, sud ? 1 : 2);
    let germs = reference ? p.germs : Math.round(rnd.logNormal(p.germs, 1.35) / 1000) * 1000;
    if (!reference && !clampGerms && rnd.chance(sud ? 0.03 : 0.02))
      germs = Math.round(rnd.float(80000, 180000) / 1000) * 1000; // an accident
    if (clampGerms) germs = Math.min(germs, 60000);
    r("GERMES", Math.max(germs, 1000), 0);
    r("CELLULES", reference ? p.cells : Math.round(rnd.logNormal(p.cells, 1.2) / 1000) * 1000, 0);
    if (sud)
      r("BUTYRIQUES", reference ? p.spores : Math.max(50, Math.round(rnd.logNormal(p.spores, 1.6) / 10) * 10), 0);
    if (k % 2 === 0) r("PC", reference ? p.pc : Math.min(-0.49, p.pc + rnd.normal(0, 0.003)), 3);
    monthResults.push({ date, crit: "INHIBITEURS", value: sud ? "négatif" : "NEG", decimals: 0 });
  });
  return monthResults;
}
