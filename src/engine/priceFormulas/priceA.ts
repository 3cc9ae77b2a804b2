import { Decimal, ZERO, round2 } from "../decimal";
import { InputError } from "../errors";
import { frNumber } from "../format";

/** One public indicator of the product mix, already expressed as a milk valuation (€/1000 L), with its weight. */
export interface MixIndicator {
  indicator: string;
  value: Decimal;
  /** Any positive scale (40 / 40 / 20 or 0.4 / 0.4 / 0.2): weights are normalised by their sum. */
  weight: Decimal;
}

/**
 * The weights Sodiaal reported for 2019: 40 % French consumer products, 40 % business-to-business products,
 * 20 % butter–powder. A documented default for the Indicateurs table, never a constant of the formula.
 */
export const SODIAAL_2019_WEIGHTS: readonly { indicator: string; weight: string; label: string }[] = [
  { indicator: "PGC_FRANCE", weight: "40", label: "produits de grande consommation France (indices Insee)" },
  {
    indicator: "B2B",
    weight: "40",
    label: "produits industriels et export (prix du lait allemand ZMB ramené au standard français, Cniel)",
  },
  { indicator: "BEURRE_POUDRE", weight: "20", label: "valorisation beurre–poudre (Cniel)" },
];

export interface PriceA {
  /** Product-mix valuation of month m: Σ weight × value ÷ Σ weight, rounded to 2 decimals. */
  mix: Decimal;
  /** Environment effect: 50 % × (FranceAgriMer conventional price − Sodiaal price A), both at m − 3, rounded. */
  environment: Decimal;
  /** Regional seasonality of month m. */
  seasonality: Decimal;
  /** Price A = mix + environment + seasonality (each term rounded to 2 decimals, grids.md). */
  price: Decimal;
  /** Each term in words, for the statement or the sheet that shows the computation. */
  terms: string[];
}

/** Weighted product-mix valuation of a month. */
export function productMix(indicators: readonly MixIndicator[]): Decimal {
  if (indicators.length === 0) throw new InputError("product mix: no indicator for the month");
  let weights = ZERO;
  let sum = ZERO;
  for (const i of indicators) {
    if (!i.weight.isFinite() || i.weight.isNegative())
      throw new InputError(`product mix: weight of ${i.indicator} must be ≥ 0, got ${i.weight.toString()}`);
    if (!i.value.isFinite()) throw new InputError(`product mix: value of ${i.indicator} is not a number`);
    weights = weights.plus(i.weight);
    sum = sum.plus(i.weight.times(i.value));
  }
  if (weights.isZero()) throw new InputError("product mix: the weights add up to 0");
  return round2(sum.div(weights));
}

/**
 * Sodiaal price A of month m (seed 001, grids.md): product mix of m + 50 % × (FAM − Sodiaal price A) taken at
 * m − 3 (publication delay) + the regional seasonality of m. `mix` is either the valuation itself or the
 * month's indicators.
 */
export function sodiaalPriceA(input: {
  mix: Decimal | readonly MixIndicator[];
  sodiaalPriceM3: Decimal;
  famPriceM3: Decimal;
  seasonality?: Decimal | null;
}): PriceA {
  const mix = Decimal.isDecimal(input.mix)
    ? round2(input.mix as Decimal)
    : productMix(input.mix as readonly MixIndicator[]);
  const gap = input.famPriceM3.minus(input.sodiaalPriceM3);
  const environment = round2(gap.times("0.5"));
  const seasonality = round2(input.seasonality ?? ZERO);
  const price = mix.plus(environment).plus(seasonality);
  return {
    mix,
    environment,
    seasonality,
    price,
    terms: [
      `mix produits : ${frNumber(mix, 2)} €/1000 L`,
      `effet environnement : 50 % × (prix FranceAgriMer ${frNumber(input.famPriceM3, 2)} − prix A Sodiaal ${frNumber(input.sodiaalPriceM3, 2)}, à m − 3) = ${signedTerm(environment)} €/1000 L`,
      `saisonnalité régionale : ${signedTerm(seasonality)} €/1000 L`,
      `prix A : ${frNumber(price, 2)} €/1000 L`,
    ],
  };
}

/** A term of price A with its sign, as the price A sheet and the pane show it (+12,40 ; −3,01). */
export function signedTerm(value: Decimal): string {
  return value.gt(0) ? `+${frNumber(value, 2)}` : frNumber(value, 2);
}
