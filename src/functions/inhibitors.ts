/**
 * Inhibitors and antibiotic residues: INHIBITOR_PENALTY, the per-unit deduction of ladder grids (any positive
 * result makes one contestation), and ANTIBIOTIC_PENALTY, sud-est's amount for one positive test on a
 * delivery day (a percentage of that day's milk at base price).
 */
import { isPlausible, ladderRate, round2 } from "../engine";
import { readCount, readQuantity, requireNumber, unwrapSingle } from "./arguments";
import { currentContestations } from "./contestations";
import { bad, na, out } from "./errors";
import { gridArg } from "./gridArgument";
import { inhibitorResults, plausibleText, requireResults } from "./monthly";

export function inhibitorPenalty(range: unknown, grid: unknown, prior: unknown): number {
  const f = gridArg(grid);
  const component = f.quality.INHIBITEURS;
  if (!component || component.kind !== "ladder") {
    const hint = f.antibiotic ? " (its antibiotic residues are priced per delivery day: use ANTIBIOTIC_PENALTY)" : "";
    throw na(`grid ${f.grid.id} has no per-unit inhibitor deduction${hint}`);
  }
  const priorCount = readCount(prior, "prior_contestations");
  const values = inhibitorResults(range, "results");
  requireResults(values, "results", "INHIBITEURS");
  return out(ladderRate(component, currentContestations(component, values), priorCount));
}

export function antibioticPenalty(
  dayVolume: unknown,
  basePrice: unknown,
  grid: unknown,
  priorPositives: unknown,
): number {
  const f = gridArg(grid);
  const c = f.antibiotic;
  if (!c) {
    const hint = f.quality.INHIBITEURS ? " (its inhibitor deduction is per unit: use INHIBITOR_PENALTY)" : "";
    throw na(`grid ${f.grid.id} has no antibiotic-residue penalty${hint}`);
  }
  const volume = requireNumber(unwrapSingle(dayVolume, "day_volume"), "day_volume", "5 000", readQuantity);
  if (volume.lte(0))
    throw bad(
      `day_volume: expected the milk delivered that day (> 0, in ${f.grid.volumeUnit}), got ${volume.toString()}`,
    );
  if (!isPlausible(f.grid, "VOLUME", volume))
    throw bad(
      `day_volume: expected the milk delivered that day ${plausibleText(f.grid, "VOLUME")}, got ${volume.toString()}`,
    );
  const typed = requireNumber(unwrapSingle(basePrice, "base_price"), "base_price", "450");
  if (typed.lte(0)) throw bad(`base_price: expected a base price > 0 in ${f.grid.priceUnit}, got ${typed.toString()}`);
  const price = round2(typed); // grids.md, Base price: rounded to 2 decimals as it is read
  const prior = readCount(priorPositives, "prior_positives");
  // Engine (antibioticRule): day volume × base price ÷ unit × percent, a negative amount rounded to the cent.
  const percent = prior >= 1 ? c.penaltyPercent.repeat : c.penaltyPercent.first;
  return out(round2(volume.times(price).div(f.grid.amountDivisor).times(percent).div(100).negated()));
}
