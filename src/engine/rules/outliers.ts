import { Decimal } from "../decimal";
import { frDate, frNumber } from "../format";
import type { Grid } from "../grid/schema";
import { addMonths, type YearMonth } from "../month";
import type { Delivery, Note } from "../types";
import type { ProducerHistory } from "../values/history";

/**
 * Volume outliers (issue 11): a delivery of the month more than OUTLIER_FACTOR times, or less than
 * 1/OUTLIER_FACTOR of, the median of the producer's deliveries over the month and the OUTLIER_MONTHS before
 * (the months a statement run reads) is a warning: paid as typed, but looked at. 5 000 000 L typed among
 * deliveries of about 15 000 L is caught; a season's swing (a spring delivery twice a winter one) is not.
 *
 * Choices (the issue gives the factor 5 as an example, the rest is the product's):
 * - the median needs at least OUTLIER_MIN_DELIVERIES deliveries (the one checked included): with fewer, a
 *   new producer's first collections say nothing about his usual volume, and no warning is raised;
 * - the median is over every delivery of those months, the checked one included (one wrong delivery among
 *   five or more cannot move the median far);
 * - a median of 0 (a producer who mostly delivered nothing) decides nothing.
 */
export const OUTLIER_FACTOR = 5;
export const OUTLIER_MIN_DELIVERIES = 5;
export const OUTLIER_MONTHS = 12;

const FACTOR = new Decimal(OUTLIER_FACTOR);

export function volumeOutliers(history: ProducerHistory, month: YearMonth, grid: Grid): Note[] {
  const current = history.deliveries(month);
  if (current.length === 0) return [];
  let first = addMonths(month, -OUTLIER_MONTHS);
  if (first < history.historyStart) first = history.historyStart;
  const all: Delivery[] = [];
  for (let m = first; m <= month; m = addMonths(m, 1)) {
    const list = history.deliveries(m);
    for (let i = 0; i < list.length; i++) all.push(list[i]);
  }
  if (all.length < OUTLIER_MIN_DELIVERIES) return [];
  const median = medianVolume(all);
  if (median.isZero()) return [];
  const notes: Note[] = [];
  const unit = grid.volumeUnit;
  const basis = `médiane ${frNumber(median)} ${unit} sur ${all.length} livraisons de ${first} à ${month}`;
  for (const d of current) {
    const above = d.volume.gt(median.times(FACTOR));
    const below = d.volume.times(FACTOR).lt(median);
    if (!above && !below) continue;
    const how = above ? `plus de ${OUTLIER_FACTOR} fois` : `moins du ${OUTLIER_FACTOR}e de`;
    notes.push({
      severity: "warning",
      code: "VOLUME_OUTLIER",
      message: `Livraison du ${frDate(d.date)} : ${frNumber(d.volume)} ${unit}, ${how} la livraison habituelle du producteur (${basis}) : payée telle que saisie, vérifiez le volume`,
      source: d.source,
    });
  }
  return notes;
}

/** The median of the deliveries' volumes (mean of the two middle ones for an even count). */
function medianVolume(deliveries: readonly Delivery[]): Decimal {
  const sorted = deliveries.map((d) => d.volume).sort((a, b) => a.comparedTo(b));
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? new Decimal(sorted[mid]) : new Decimal(sorted[mid - 1]).plus(sorted[mid]).div(2);
}
