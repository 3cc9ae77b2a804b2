/**
 * The pane's formatting in its language: months (« mars 2025 », "March 2025", "März 2025"), amounts and
 * quantities, with the locale of each language (fr-FR, en-GB, de-CH). Its words are in the message catalogue
 * (src/messages/pane.<lang>.ts), called through i18n.ts.
 */
import type { Lang } from "../messages";

/** The Intl locale the pane formats with in `lang` (British English, Swiss German, French of France). */
export function locale(lang: Lang): string {
  return lang === "en" ? "en-GB" : lang === "de" ? "de-CH" : "fr-FR";
}

/** "mars 2025" / "March 2025" / "März 2025". */
export function monthName(month: string, lang: Lang): string {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
  return new Intl.DateTimeFormat(locale(lang), { month: "long", year: "numeric", timeZone: "UTC" }).format(d);
}

/**
 * A message from the workbook's code with its months ("2026-10") written as the pane writes them
 * (« octobre 2026 »), except inside quotes, where a month is part of a name (« Synthèse 2025-03 »).
 */
export function readableMonths(text: string, lang: Lang): string {
  return text
    .split(/(«[^»]*»|“[^”]*”|"[^"]*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(?<![\w./-])(\d{4})-(0[1-9]|1[0-2])(?![\w/-]|\.\w)/g, (m) => monthName(m, lang)),
    )
    .join("");
}

export function money(amount: number, currency: string, lang: Lang): string {
  try {
    return new Intl.NumberFormat(locale(lang), { style: "currency", currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}

export function quantity(value: number, unit: string, lang: Lang): string {
  return `${new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 2 }).format(value)} ${unit}`;
}
