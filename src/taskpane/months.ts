/** The months the pane offers: the default is the last complete month. */
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
