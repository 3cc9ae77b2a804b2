/** How the result writes a measured value and a price per unit in the pane's language (display only). */
import { round2, type Decimal } from "../../../engine";
import type { Lang } from "../../i18n";
import { locale } from "../../format";

/**
 * A measured value as the run gives it ("-0.509", "120000") in the pane's language, every decimal kept and a
 * true minus sign, as the grids write them: « −0,509 », « 120 000 ».
 */
export function measuredValue(value: string, lang: Lang): string {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n)) return value;
  const point = value.indexOf(".");
  const decimals = point < 0 ? 0 : Math.min(value.length - point - 1, 20);
  return new Intl.NumberFormat(locale(lang), { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    .format(n)
    .replace("-", "\u2212");
}

/** A price per unit rounded half away from zero to the cent, for display only: « 449,75 €/1000 L ». */
export function unitPrice(value: Decimal, unit: string, lang: Lang): string {
  const shown = new Intl.NumberFormat(locale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${shown.format(round2(value).toNumber()).replace("-", "\u2212")} ${unit}`;
}
