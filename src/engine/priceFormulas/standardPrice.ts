import { Decimal, ZERO, round2 } from "../decimal";
import { InputError } from "../errors";
import { frNumber } from "../format";
import type { Grid } from "../grid/schema";
import { addMonths, daysInMonth, type YearMonth } from "../month";
import { computeStatement } from "../statement";
import type { Criterion } from "../grid/schema";
import type { LabResult, Statement } from "../types";

/** Litres to kilograms: 1 l of milk = 1.03 kg by default (Germany and Austria since 2021/2022); a setting. */
export const DEFAULT_KG_PER_LITRE = new Decimal("1.03");

/**
 * The PSL standard producer (seed 002): 180 000 kg a year (or 350 000), 4.0 % fat and 3.3 % protein
 * (40 g and 33 g per kg), collected at the farm every 48 h, standard quality (cells < 350 000,
 * germs < 80 000). The quality figures below meet the standard without earning a quality bonus.
 */
export const STANDARD_PRODUCER = {
  annualKg: new Decimal(180000),
  fatPercent: new Decimal("4.0"),
  proteinPercent: new Decimal("3.3"),
  germs: new Decimal(30000),
  cells: new Decimal(200000),
  butyricSpores: new Decimal(1500),
  freezingPoint: new Decimal("-0.520"),
} as const;

/** Line categories that are guaranteed contractual components (quality bonuses and deductions are not). */
const GUARANTEED = new Set(["base", "composition"]);

export interface StandardPrice {
  grid: string;
  /** In the grid's price unit (€/1000 L or cts/kg). */
  price: Decimal;
  priceUnit: string;
  /** The same price per kilogram of milk, in the grid's currency per 1000 kg or cts/kg. */
  pricePerKg: Decimal;
  pricePerKgUnit: string;
  /** Litre/kilogram factor used, when the grid's units are litres. */
  kgPerLitre: Decimal | null;
  /** The standard producer's statement the price comes from (its lines explain the price). */
  statement: Statement;
  terms: string[];
}

/**
 * Standardized producer price of a grid (PSL): the grid applied to the standard producer's month, keeping the
 * guaranteed components (base price, contents) plus the `supplements` the buyer guarantees (per unit).
 */
export function standardizedPrice(opts: {
  grid: Grid;
  basePrice: Decimal;
  month?: YearMonth;
  supplements?: Decimal | null;
  annualKg?: Decimal | null;
  kgPerLitre?: Decimal | null;
}): StandardPrice {
  const { grid } = opts;
  const factor = opts.kgPerLitre ?? DEFAULT_KG_PER_LITRE;
  const annualKg = opts.annualKg ?? STANDARD_PRODUCER.annualKg;
  if (!annualKg.gt(0)) throw new InputError(`annual_kg: expected a positive quantity, got ${annualKg.toString()}`);
  if (!factor.gt(0)) throw new InputError(`kg per litre: expected a positive factor, got ${factor.toString()}`);
  const month = opts.month ?? "2025-01";
  const litres = grid.volumeUnit === "L";
  const monthKg = annualKg.div(12);
  const monthVolume = litres ? monthKg.div(factor) : monthKg;

  // Contents in the grid's unit: % as such, or grams per litre = grams per kg × kg per litre.
  const percentGrid = grid.criteria.MG?.unit === "%";
  const content = (percent: Decimal) => (percentGrid ? percent : percent.times(10).times(litres ? factor : 1));
  const values: Partial<Record<Criterion, Decimal>> = {
    MG: content(STANDARD_PRODUCER.fatPercent),
    MP: content(STANDARD_PRODUCER.proteinPercent),
    GERMES: STANDARD_PRODUCER.germs,
    CELLULES: STANDARD_PRODUCER.cells,
    BUTYRIQUES: STANDARD_PRODUCER.butyricSpores,
    PC: STANDARD_PRODUCER.freezingPoint,
    INHIBITEURS: ZERO,
  };
  // Collected every 48 h: a collection every other day, the month's volume shared equally.
  const days = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  const collectionDays = Array.from(
    { length: Math.ceil(days / 2) },
    (_, i) => `${month}-${String(i * 2 + 1).padStart(2, "0")}`,
  );
  const perCollection = monthVolume.div(collectionDays.length);
  const results: LabResult[] = [];
  for (const criterion of Object.keys(grid.criteria) as Criterion[]) {
    const value = values[criterion];
    if (value === undefined) continue;
    for (const day of [collectionDays[1], collectionDays[5], collectionDays[9], collectionDays[13]])
      results.push({ date: day, criterion, value });
  }
  const statement = computeStatement({
    producer: { code: "PSP", charter: true },
    month,
    grid,
    basePrice: opts.basePrice,
    deliveries: collectionDays.map((date) => ({ date, volume: perCollection })),
    results,
    events: [],
    historyStart: addMonths(month, -12),
  });
  const guaranteed = statement.lines.filter((l) => GUARANTEED.has(l.category) && l.rate !== null);
  const supplements = round2(opts.supplements ?? ZERO);
  const price = guaranteed.reduce((sum, l) => sum.plus(l.rate!), ZERO).plus(supplements);
  // Per kg: €/1000 L ÷ kg per litre = €/1000 kg; a per-kg grid is already per kg.
  const pricePerKg = litres ? round2(price.div(factor)) : price;
  const terms = [
    ...guaranteed.map((l) => `${l.label} : ${frNumber(l.rate!, 2)} ${grid.priceUnit}`),
    ...(supplements.isZero() ? [] : [`suppléments garantis : ${frNumber(supplements, 2)} ${grid.priceUnit}`]),
    `producteur standard PSL : ${frNumber(annualKg)} kg par an, 4,0 % de matière grasse, 3,3 % de protéine, ramassage toutes les 48 h, qualité standard`,
  ];
  if (litres)
    terms.push(
      `conversion litres → kilogrammes : 1 l = ${frNumber(factor)} kg (teneurs ${frNumber(values.MG!)} et ${frNumber(values.MP!)} g/l ; prix ${frNumber(price, 2)} ${grid.priceUnit} ÷ ${frNumber(factor)} = ${frNumber(pricePerKg, 2)} ${grid.currency === "EUR" ? "€" : grid.currency}/1000 kg)`,
    );
  return {
    grid: grid.id,
    price: round2(price),
    priceUnit: grid.priceUnit,
    pricePerKg,
    pricePerKgUnit: litres ? `${grid.currency === "EUR" ? "€" : grid.currency}/1000 kg` : grid.priceUnit,
    kgPerLitre: litres ? factor : null,
    statement,
    terms,
  };
}
