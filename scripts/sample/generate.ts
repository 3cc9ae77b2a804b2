/**
 * A deterministic sample OP workbook (seeded PRNG): about 120 producers over 13 months, for one grid, with
 * realistic values and every special case the statement run must handle (see SPECIAL_CASES). Producer 1 is
 * the reference producer: fixed values, so that its statement can be computed by hand.
 *
 * The generator emits plain cell values (dates as Excel serial numbers, or as text where an accountant typed
 * them so); write.ts turns them into an .xlsx, tests can feed them to an in-memory workbook.
 */
import type { CellValue } from "../../src/workbook/port";
import { addIndicators } from "./indicators";
import { addInvoicing } from "./invoicing";

export type SampleGrid = "sud-est-2018" | "mooh-2025";

export interface SampleOptions {
  grid: SampleGrid;
  /** Number of producers (default 120). */
  producers?: number;
  /** Number of months, the last one being `end` (default 13). */
  months?: number;
  /** Last month, YYYY-MM (default 2025-03). */
  end?: string;
  /** PRNG seed (default 1). */
  seed?: number;
  /** Leave out the special cases (bad values, consent…): every producer is a plain one. */
  plain?: boolean;
}

export interface SampleSheet {
  name: string;
  headers: string[];
  /** Indexes of the columns that hold dates (written with a date format). */
  dateColumns: number[];
  widths: number[];
  rows: CellValue[][];
}

export interface SampleCase {
  code: string;
  what: string;
}

export interface Sample {
  grid: SampleGrid;
  months: string[];
  /** The last month: the one the demo runs. */
  month: string;
  sheets: SampleSheet[];
  cases: SampleCase[];
  /** Base price per month (price unit of the grid). */
  basePrices: Record<string, number>;
}

// ------------------------------------------------------------------------------------------------ PRNG

/** mulberry32: small, fast, good enough for sample data, and the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }
  float(min = 0, max = 1): number {
    return min + (max - min) * this.next();
  }
  int(min: number, max: number): number {
    return Math.floor(this.float(min, max + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** Normal-ish (sum of uniforms). */
  normal(mean: number, sd: number): number {
    return mean + sd * (this.next() + this.next() + this.next() + this.next() - 2) * 1.73;
  }
  /** Log-normal-ish around `median`, spread factor `f`. */
  logNormal(median: number, f: number): number {
    return median * Math.exp(Math.log(f) * this.normal(0, 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }
}

// ----------------------------------------------------------------------------------------------- dates

const EPOCH = Date.UTC(1899, 11, 30);

export function serialOf(iso: string): number {
  return Math.round(
    (Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) - EPOCH) / 86_400_000,
  );
}

function addMonths(month: string, n: number): string {
  const m = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
}

function daysIn(month: string): number {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
}

function frDateText(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** French text for a number, as typed: "38,5", "100 000" (narrow no-break space, like Excel FR copies). */
export function frText(n: number, decimals = 0): string {
  const [int, frac] = Math.abs(n).toFixed(decimals).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
  return `${n < 0 ? "-" : ""}${grouped}${frac ? "," + frac : ""}`;
}

// -------------------------------------------------------------------------------------- special cases

/** The special producers, by number (code = producerCode(n)). Both grids share the numbers. */
export const CASE = {
  reference: 1,
  plain: 2,
  singleResults: 3,
  noResultsThisMonth: 4,
  newcomer: 5,
  gapLastMonth: 6,
  germsA: 7, // sud-est: joker granted — mooh: germ contestations in 3 of 5 months
  germsB: 8, // sud-est: joker refused — mooh: cell contestations
  antibioticA: 9, // sud-est: first positive + spreading — mooh: positive inhibitor + damages
  antibioticB: 10, // sud-est: repeat positive in 12 months — mooh: second positive in 12 months
  alertA: 11, // sud-est: alert, indemnity — mooh: single germ result ≥ 80 000
  alertB: 12, // sud-est: second alert of the year — mooh: freezing point −0,510
  noConsent: 13,
  badValue: 14,
  badDate: 15,
  badVolume: 16,
  cellsHigh: 17, // sud-est: cells > 400 000 — mooh: excellence
  germsMid: 18, // sud-est: germs 100 000–200 000 — mooh: freezing point −0,500
  freezingWarn: 19, // sud-est: −0,509 warning — mooh: cooling out of tolerance
  freezingPenalty: 20, // sud-est: −0,503 → −2 % — mooh: germ contestations 5 months running (suspension)
  noCharter: 21,
  notValidated: 22,
  typedAsText: 23,
  formulaName: 24,
  sporesHigh: 25,
} as const;

const CASE_TEXT: Record<SampleGrid, Record<number, string>> = {
  "sud-est-2018": {
    1: "producteur de référence : valeurs fixes (5 000 L par collecte, MG 40,0, MP 33,0, germes 20 000, cellules 150 000, spores 500, PC −0,520) — relevé calculable à la main",
    3: "un seul résultat ce mois : moyenne complétée par le dernier résultat du mois précédent",
    4: "aucun résultat ce mois : moyenne du mois précédent reprise",
    5: "nouveau producteur : 3 mois d'historique seulement",
    6: "aucun résultat le mois précédent",
    7: "joker germes accordé (un résultat de 120 000 ce mois)",
    8: "joker germes refusé (accident il y a 2 mois)",
    9: "antibiotiques : 1re positivité ce mois + épandage",
    10: "antibiotiques : 2e positivité en 12 mois (200 %, 500 €) + épandage",
    11: "alerte antibiotiques : indemnité de 50 %",
    12: "deuxième alerte de l'année : pas d'indemnité",
    13: "Consentement non : aucun relevé",
    14: "valeur « abc » dans Analyses : relevé retenu",
    15: "date impossible dans Livraisons : relevé retenu",
    16: "volume « 2 5OO » (lettre O) dans Livraisons : relevé retenu",
    17: "cellules > 400 000 : −15 €/1000 L",
    18: "germes entre 100 000 et 200 000 : −9 €/1000 L",
    19: "point de congélation −0,509 : avertissement",
    20: "point de congélation −0,503 : −2 % du prix de base",
    21: "charte non signée : pas de prime qualité",
    22: "résultat non validé (germes 250 000) : non compté",
    23: "toutes les valeurs saisies en texte (« 38,5 », « 4 250 », dates « 04/03/2025 »)",
    24: "nom commençant par « = » : écrit comme texte, jamais comme formule",
    25: "spores butyriques > 3 000 : −15 €/1000 L",
  },
  "mooh-2025": {
    1: "producteur de référence : valeurs fixes (5 000 kg par collecte, MG 4,15 %, MP 3,25 %, germes 8 000, cellules 90 000, PC −0,520) — relevé calculable à la main",
    3: "un seul résultat ce mois : limites de contestation du résultat unique",
    4: "aucun résultat ce mois : pas de contestation, signalé",
    5: "nouveau producteur : 3 mois d'historique seulement",
    6: "aucun résultat le mois précédent",
    7: "germes : contestations 3 mois sur 5 → niveau 3",
    8: "cellules : contestations 2 mois sur 5 → niveau 2",
    9: "inhibiteurs positifs + dommages effectifs : niveau 1, suspension",
    10: "inhibiteurs : 2e positivité en 12 mois → niveau 2",
    11: "un seul résultat germes ≥ 80 000 : contestation",
    12: "point de congélation −0,510 : −0,65 cts/kg et contestation",
    13: "Consentement non : aucun relevé",
    14: "valeur « abc » dans Analyses : relevé retenu",
    15: "date impossible dans Livraisons : relevé retenu",
    16: "volume « 2 5OO » (lettre O) dans Livraisons : relevé retenu",
    17: "qualité excellente : supplément +0,50 cts/kg",
    18: "point de congélation −0,500 : −1,95 cts/kg",
    19: "refroidissement : 8 °C hors plage tolérée, 11 °C",
    20: "germes : contestations 5 mois de suite → niveau 5, suspension",
    21: "charte non signée (sans effet pour cette grille)",
    22: "résultat non validé (germes 250 000) : non compté",
    23: "toutes les valeurs saisies en texte (« 4,15 », « 4 250 », dates « 04/03/2025 »)",
    24: "nom commençant par « = » : écrit comme texte, jamais comme formule",
    25: "—",
  },
};

export function producerCode(n: number, total: number): string {
  return `P${String(n).padStart(Math.max(3, String(total).length), "0")}`;
}

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

// ------------------------------------------------------------------------------------------ generator

interface Delivery {
  date: string;
  volume: number;
  time?: string;
  temp?: number;
  place?: string;
  /** Cell overrides (bad values, text). */
  rawDate?: CellValue;
  rawVolume?: CellValue;
}

interface Result {
  date: string;
  crit: string;
  value: number | string;
  decimals: number;
  validated?: string;
  rawValue?: CellValue;
}

interface Event {
  date: string;
  type: string;
  volume?: number;
  amount?: number;
}

interface Profile {
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

export function generateSample(options: SampleOptions): Sample {
  const grid = options.grid;
  const sud = grid === "sud-est-2018";
  const n = options.producers ?? 120;
  const monthCount = options.months ?? 13;
  const end = options.end ?? "2025-03";
  const months = Array.from({ length: monthCount }, (_, i) => addMonths(end, i - monthCount + 1));
  const M = end;
  const rnd = new Random((options.seed ?? 1) * 7919 + (sud ? 1 : 2));
  const special = !options.plain;
  const is = (i: number, c: number) => special && i === c;
  const inWindow = (month: string, back: number) =>
    months.includes(addMonths(M, -back)) && month === addMonths(M, -back);

  const producers: CellValue[][] = [];
  const deliveries: CellValue[][] = [];
  const analyses: CellValue[][] = [];
  const events: CellValue[][] = [];
  const cases: SampleCase[] = [];

  for (let i = 1; i <= n; i++) {
    const code = producerCode(i, n);
    const text = special ? CASE_TEXT[grid][i] : undefined;
    if (text && text !== "—") cases.push({ code, what: text });

    // ---- Producteurs.
    const name = is(i, CASE.formulaName)
      ? "=GAEC des Crêtes"
      : `${rnd.pick(FIRST)} ${rnd.pick(NAMES)}${rnd.chance(0.4) ? " " + rnd.pick(PLACES) : ""}`.trim();
    const charter = is(i, CASE.noCharter) ? "non" : i === CASE.reference ? "oui" : rnd.chance(0.88) ? "oui" : "non";
    const consent = is(i, CASE.noConsent) ? "non" : rnd.chance(0.3) ? "oui" : null;
    producers.push([code, name, null, charter, consent]);

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
    const reference = i === CASE.reference;
    if (reference)
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
    if (is(i, CASE.cellsHigh)) Object.assign(p, sud ? { cells: 470000 } : { germs: 7000, cells: 80000, pc: -0.522 });
    if (is(i, CASE.germsA) && sud) p.germs = 25000;
    if (is(i, CASE.sporesHigh) && sud) p.spores = 4200;

    const firstMonth = is(i, CASE.newcomer) ? Math.max(0, months.length - 3) : 0; // --months 1 or 2: he is there from the start
    const clampGerms = sud && (is(i, CASE.germsA) || reference);

    for (let mi = firstMonth; mi < months.length; mi++) {
      const month = months[mi];
      const mm = Number(month.slice(5, 7));
      const season = 1 + 0.1 * Math.cos(((mm - 5) / 12) * 2 * Math.PI);
      const fatSeason = sud
        ? 1.2 * Math.cos(((mm - 1) / 12) * 2 * Math.PI)
        : 0.12 * Math.cos(((mm - 1) / 12) * 2 * Math.PI);
      const monthDeliveries: Delivery[] = [];
      const monthResults: Result[] = [];
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
          if (!reference && rnd.chance(0.03)) d.temp = Math.round(rnd.float(5.5, 8.5) * 10) / 10; // within the tolerated windows: fine
        }
        monthDeliveries.push(d);
      }
      // Samples: every 4th collection, from the producer's offset.
      const sampleDays = monthDeliveries.filter((_, k) => k % 4 === p.sampleOffset).map((d) => d.date);
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

      // ---- Special cases that shape a month.
      const last = month === M;
      const back = (k: number) => inWindow(month, k);
      const set = (crit: string, values: number[], decimals = 0) => {
        const list = monthResults.filter((r) => r.crit === crit);
        list.forEach((r, k) => (r.value = values[k % values.length]));
        for (const r of list) r.value = Number((r.value as number).toFixed(decimals));
      };
      const positive = (pick: number) => {
        const r = monthResults.filter((x) => x.crit === "INHIBITEURS")[pick];
        if (r) r.value = sud ? "positif" : "POS";
        return r?.date;
      };
      if (special) {
        if (i === CASE.singleResults && last) {
          const first = sampleDays[0];
          for (let k = monthResults.length - 1; k >= 0; k--)
            if (monthResults[k].date !== first && monthResults[k].crit !== "INHIBITEURS") monthResults.splice(k, 1);
          if (!sud) monthResults.filter((r) => r.crit === "GERMES").forEach((r) => (r.value = 70000)); // single: below 80 000, no contestation
        }
        if (i === CASE.noResultsThisMonth && last) monthResults.length = 0;
        if (i === CASE.gapLastMonth && back(1)) monthResults.length = 0;
        if (sud) {
          if (i === CASE.germsA && last) {
            const g = monthResults.filter((r) => r.crit === "GERMES");
            g[Math.min(1, g.length - 1)].value = 120000;
          }
          if (i === CASE.germsB && (back(2) || last))
            set("GERMES", back(2) ? [30000, 95000, 40000, 35000] : [65000, 250000, 60000, 55000]);
          if (i === CASE.antibioticA && last) {
            const day = positive(1);
            if (day) events.push(eventRow(code, { date: day, type: "EPANDAGE", amount: 380 }));
          }
          if (i === CASE.antibioticB && (back(4) || last)) {
            const day = positive(back(4) ? 0 : 2);
            if (day) events.push(eventRow(code, { date: day, type: "EPANDAGE", amount: back(4) ? 290 : 415.5 }));
          }
          if (i === CASE.alertA && last) events.push(eventRow(code, { date: `${M}-12`, type: "ALERTE", volume: 4200 }));
          if (i === CASE.alertB && (back(1) || last))
            events.push(
              eventRow(code, {
                date: `${month}-${back(1) ? "08" : "17"}`,
                type: "ALERTE",
                volume: back(1) ? 3800 : 5100,
              }),
            );
          if (i === CASE.germsMid && last) set("GERMES", [90000, 160000, 140000, 180000]);
          if (i === CASE.freezingWarn && last) set("PC", [-0.509], 3);
          if (i === CASE.freezingPenalty && last) set("PC", [-0.515, -0.503], 3);
        } else {
          if (i === CASE.germsA && (back(3) || back(1) || last)) set("GERMES", [65000, 72000, 58000, 81000]);
          if (i === CASE.germsB && (back(2) || last)) set("CELLULES", [310000, 340000, 295000, 360000]);
          if (i === CASE.antibioticA && last) {
            const day = positive(1);
            if (day) events.push(eventRow(code, { date: day, type: "DOMMAGES", amount: 1250 }));
          }
          if (i === CASE.antibioticB && (back(6) || last)) positive(0);
          if (i === CASE.alertA && last) {
            const first = sampleDays[0];
            for (let k = monthResults.length - 1; k >= 0; k--)
              if (monthResults[k].crit === "GERMES" && monthResults[k].date !== first) monthResults.splice(k, 1);
            set("GERMES", [85000]);
          }
          if (i === CASE.alertB && last) set("PC", [-0.51], 3);
          if (i === CASE.germsMid && last) set("PC", [-0.5], 3);
          if (i === CASE.freezingWarn && last) {
            monthDeliveries[3].temp = 8;
            monthDeliveries[3].time = "10:30";
            monthDeliveries[6].temp = 11.2;
          }
          if (i === CASE.freezingPenalty && months.indexOf(month) >= months.length - 5)
            set("GERMES", [62000, 70000, 66000, 64000]);
        }
        if (i === CASE.cellsHigh && !sud) {
          // Excellence: every result of the month within the four limits.
          for (const r of monthResults) {
            if (r.crit === "GERMES") r.value = Math.min(r.value as number, 9000);
            if (r.crit === "CELLULES") r.value = Math.min(r.value as number, 95000);
            if (r.crit === "PC") r.value = Math.min(r.value as number, -0.518);
          }
        }
        if (i === CASE.notValidated && last) {
          const g = monthResults.find((r) => r.crit === "GERMES");
          if (g) monthResults.push({ date: g.date, crit: "GERMES", value: 250000, decimals: 0, validated: "non" });
        }
        if (i === CASE.badValue && last) {
          const r = monthResults.find((x) => x.crit === "MG");
          if (r) r.rawValue = "abc";
        }
        if (i === CASE.badDate && last)
          monthDeliveries[2].rawDate = `${daysIn(M) + 1}/${M.slice(5, 7)}/${M.slice(0, 4)}`;
        if (i === CASE.badVolume && last) monthDeliveries[4].rawVolume = "2 5OO";
      }

      const asText = is(i, CASE.typedAsText);
      for (const d of monthDeliveries) {
        const row: CellValue[] = [
          d.rawDate ?? (asText ? frDateText(d.date) : serialOf(d.date)),
          code,
          d.rawVolume ?? (asText || (!reference && rnd.chance(0.02)) ? frText(d.volume) : d.volume),
        ];
        if (!sud)
          row.push(d.time ?? null, d.temp === undefined ? null : asText ? frText(d.temp, 1) : d.temp, d.place ?? null);
        deliveries.push(row);
      }
      for (const r of monthResults) {
        const value =
          r.rawValue ??
          (typeof r.value === "number" && (asText || (!reference && rnd.chance(0.02)))
            ? frText(r.value, r.decimals)
            : r.value);
        analyses.push([asText ? frDateText(r.date) : serialOf(r.date), code, r.crit, value, r.validated ?? null]);
      }
    }
  }
  if (special) {
    // A typo in a producer code: the rows are ignored and reported.
    deliveries.push([serialOf(`${M}-05`), "P99", sud ? 3100 : 2400, ...(sud ? [] : ["07:10", 4.1, "ferme"])]);
    cases.push({ code: "P99", what: "code inconnu dans Livraisons : ligne ignorée, signalée" });
  }

  // ---- PrixDeBase: one row per month; some months typed as a date of the month.
  const basePrices: Record<string, number> = {};
  const prices: CellValue[][] = months.map((month, k) => {
    const price = sud
      ? Math.round((438 + 18 * Math.sin(k / 2) + k) * 100) / 100
      : Math.round((62.5 + 1.5 * Math.sin(k / 3)) * 100) / 100;
    basePrices[month] = price;
    return [k % 4 === 1 ? serialOf(`${month}-01`) : month, grid, price];
  });

  const sheets: SampleSheet[] = [
    {
      name: "Lisez-moi",
      headers: ["Producteur", "Cas particulier"],
      dateColumns: [],
      widths: [12, 100],
      rows: cases.map((c) => [c.code, c.what]),
    },
    {
      name: "Producteurs",
      headers: ["Code", "Nom", "Grille", "Charte", "Consentement"],
      dateColumns: [],
      widths: [10, 32, 14, 8, 14],
      rows: producers,
    },
    {
      name: "Livraisons",
      headers: sud ? ["Date", "Code", "Volume (L)"] : ["Date", "Code", "Volume (kg)", "Heure", "Température", "Lieu"],
      dateColumns: [0],
      widths: sud ? [12, 10, 12] : [12, 10, 12, 8, 12, 8],
      rows: deliveries,
    },
    {
      name: "Analyses",
      headers: ["Date", "Code", "Critère", "Valeur", "Validé"],
      dateColumns: [0],
      widths: [12, 10, 14, 12, 8],
      rows: analyses,
    },
    { name: "PrixDeBase", headers: ["Mois", "Grille", "Prix"], dateColumns: [], widths: [10, 14, 10], rows: prices },
    {
      name: "Evenements",
      headers: ["Date", "Code", "Type", "Volume", "Montant"],
      dateColumns: [0],
      widths: [12, 10, 12, 10, 10],
      rows: events,
    },
  ];
  const sample: Sample = { grid, months, month: M, sheets, cases, basePrices };
  addInvoicing(sample, special);
  addIndicators(sample);
  return sample;
}

function eventRow(code: string, e: Event): CellValue[] {
  return [serialOf(e.date), code, e.type, e.volume ?? null, e.amount ?? null];
}

/** Total rows of the input tables (deliveries + analyses + the rest). */
export function sampleRowCount(sample: Sample): number {
  return sample.sheets.filter((s) => s.name !== "Lisez-moi").reduce((n, s) => n + s.rows.length, 0);
}
