/**
 * Cell values as the sample writes them: dates as Excel serial numbers or typed as French text, numbers typed
 * as French text, and the month arithmetic of the generator.
 */

const EPOCH = Date.UTC(1899, 11, 30);

export function serialOf(iso: string): number {
  return Math.round(
    (Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) - EPOCH) / 86_400_000,
  );
}

export function addMonths(month: string, n: number): string {
  const m = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
}

export function daysIn(month: string): number {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
}

export function frDateText(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** French text for a number, as typed: "38,5", "100 000" (narrow no-break space, like Excel FR copies). */
export function frText(n: number, decimals = 0): string {
  const [int, frac] = Math.abs(n).toFixed(decimals).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
  return `${n < 0 ? "-" : ""}${grouped}${frac ? "," + frac : ""}`;
}
