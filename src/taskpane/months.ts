/**
 * The months the pane offers. Before a workbook is there, the last complete month; once it is, the month
 * follows the workbook (the last one with deliveries, as its MonthState says) and the months with deliveries
 * come first in the list, the others after them.
 */
import { addMonths } from "../engine/month";

export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}`;
}

/** The month before the one `today` is in. */
export function lastCompleteMonth(today: Date): string {
  return addMonths(monthOf(today), -1);
}

/** The current month and the 60 before it, newest first. */
export function monthChoices(today: Date, count = 61): string[] {
  const current = monthOf(today);
  return Array.from({ length: count }, (_, i) => addMonths(current, -i));
}

export interface MonthGroups {
  /** Months with deliveries in the workbook, newest first. */
  delivered: string[];
  /** The calendar's other months (monthChoices), newest first, with the month shown if it is in neither. */
  others: string[];
}

/** The month select's two groups: the workbook's months with deliveries, then the others. */
export function monthGroups(today: Date, withDeliveries: readonly string[], shown: string): MonthGroups {
  const delivered = [...new Set(withDeliveries)].sort().reverse();
  const taken = new Set(delivered);
  const others = monthChoices(today).filter((m) => !taken.has(m));
  if (!taken.has(shown) && !others.includes(shown)) others.push(shown);
  others.sort().reverse();
  return { delivered, others };
}
