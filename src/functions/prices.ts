/** Prices: Sodiaal price A, the PSL rolling 12 months and standardized producer price (src/engine/prices). */
import { rolling12Months, sodiaalPriceA, standardizedPrice } from "../engine";
import { cells, readNumber, readQuantity, requireNumber, unwrapSingle } from "./arguments";
import { bad, na, out } from "./errors";
import { gridArg } from "./gridArgument";
import { pairedWeights } from "./means";

/** Sodiaal price A (engine: sodiaalPriceA): mix + 50 % × (FAM − Sodiaal), both of m − 3, + seasonality. */
export function priceA(mix: unknown, sodiaal: unknown, fam: unknown, seasonality: unknown): number {
  const m = requireNumber(unwrapSingle(mix, "mix"), "mix", "420,50");
  const s = requireNumber(unwrapSingle(sodiaal, "sodiaal_price_m3"), "sodiaal_price_m3", "400");
  const fa = requireNumber(unwrapSingle(fam, "fam_price_m3"), "fam_price_m3", "410");
  const season = readNumber(unwrapSingle(seasonality, "seasonality"), "seasonality");
  return out(sodiaalPriceA({ mix: m, sodiaalPriceM3: s, famPriceM3: fa, seasonality: season }).price);
}

const ROLLING_MONTHS = 12;

/**
 * PSL rolling 12 months (engine: rolling12Months): the mean of the last 12 non-blank prices, weighted by
 * the volumes of those months when volumes are given; with fewer prices, the mean of those there are.
 */
export function rolling12m(pricesArg: unknown, volumesArg: unknown): number {
  const all = cells(pricesArg, "prices", readNumber);
  if (all.length === 0) throw na("prices: no price (blank cells are ignored)");
  const last = all.slice(Math.max(0, all.length - ROLLING_MONTHS));
  const prices = last.map((c) => c.value);
  if (volumesArg === null || volumesArg === undefined) return out(rolling12Months(prices).mean);
  return out(
    rolling12Months(prices, pairedWeights(last, pricesArg, volumesArg, "prices", "volumes", readQuantity)).mean,
  );
}

/** PSL standardized producer price (engine: standardizedPrice), in the grid's price unit. */
export function standardPrice(gridValue: unknown, basePrice: unknown, supplements: unknown, annualKg: unknown): number {
  const f = gridArg(gridValue);
  const base = requireNumber(
    unwrapSingle(basePrice, "base_price"),
    "base_price",
    f.grid.currency === "EUR" ? "450" : "68,50",
  );
  if (base.lte(0)) throw bad(`base_price: expected a base price > 0 in ${f.grid.priceUnit}, got ${base.toString()}`);
  const extra = readNumber(unwrapSingle(supplements, "supplements"), "supplements");
  const kg = readQuantity(unwrapSingle(annualKg, "annual_kg"), "annual_kg");
  if (kg !== null && !kg.gt(0))
    throw bad(
      `annual_kg: expected the standard producer's kilograms a year (> 0, e.g. 180 000 or 350 000), got ${kg.toString()}`,
    );
  return out(standardizedPrice({ grid: f.grid, basePrice: base, supplements: extra, annualKg: kg }).price);
}
