/**
 * The Indicateurs table of the sud-est sample (README « Prices »), so that « Calculer le prix A » works on it:
 * for each month of the sample the product mix (PGC_FRANCE, B2B, BEURRE_POUDRE, Poids blank = the 2019
 * weights) and SAISONNALITE; FAM and SODIAAL_A for every month from three months before the first one (price
 * A of m takes them at m − 3).
 *
 * The figures are made so that price A of each month is the sample's base price of that month (the OP pays
 * price A): SODIAAL_A of a sample month is its base price; FAM is SODIAAL_A plus an even number of cents (the
 * 50 % environment effect stays exact); the mix's three values have one decimal (× 40 %, 40 %, 20 %: exact in
 * cents); the seasonality, a few €/1000 L following the season, is what makes the sum the base price.
 * Derived from the base prices only — not from the generator's PRNG — so that every other value of the sample
 * stays as it was. The mooh-2025 sample (CHF, cts/kg) has none: price A is a French €/1000 L price.
 */
import type { CellValue } from "../../src/workbook/port";
import type { Sample } from "./generate";

export const INDICATORS_HEADERS = ["Mois", "Indicateur", "Valeur", "Poids"];

const cents = (euros: number) => Math.round(euros * 100);

function addMonths(month: string, n: number): string {
  const m = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
}

/** SODIAAL_A of a month: the sample's base price; before the sample, the first one less 1,50 a month back. */
function sodiaalCents(sample: Sample, month: string): number {
  const known = sample.basePrices[month];
  if (known !== undefined) return cents(known);
  const first = sample.months[0];
  const back =
    Number(first.slice(0, 4)) * 12 +
    Number(first.slice(5, 7)) -
    (Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)));
  return cents(sample.basePrices[first]) - 150 * back;
}

/** FAM − SODIAAL_A: 4 to 10 €/1000 L, an even number of cents. */
function famGapCents(month: string): number {
  return 2 * Math.round(350 + 150 * Math.sin(Number(month.slice(5, 7))));
}

/** The mix and seasonality rows of a sample month, price A = its base price. */
function monthRows(sample: Sample, month: string): CellValue[][] {
  const base = cents(sample.basePrices[month]);
  const m3 = addMonths(month, -3);
  const environment = famGapCents(m3) / 2;
  // Seasonality wanted: −6 to +6 €/1000 L over the year (spring flush low, autumn high).
  const wanted = Math.round(600 * Math.sin(((Number(month.slice(5, 7)) - 4) * Math.PI) / 6));
  const pgc = Math.round((base + 1200) / 10); // tenths of €
  const b2b = Math.round((base - 800) / 10);
  // 40 % × pgc + 40 % × b2b + 20 % × powder, in cents = 4 pgc + 4 b2b + 2 powder (tenths).
  const powder = Math.round((base - environment - wanted - 4 * pgc - 4 * b2b) / 2);
  const mix = 4 * pgc + 4 * b2b + 2 * powder;
  const seasonality = base - environment - mix;
  return [
    [month, "PGC_FRANCE", pgc / 10, null],
    [month, "B2B", b2b / 10, null],
    [month, "BEURRE_POUDRE", powder / 10, null],
    [month, "SAISONNALITE", seasonality / 100, null],
  ];
}

/** Adds the Indicateurs sheet (last, after the invoicing sheets) to a sud-est sample. */
export function addIndicators(sample: Sample): void {
  if (sample.grid !== "sud-est-2018") return;
  const rows: CellValue[][] = [];
  for (let month = addMonths(sample.months[0], -3); month <= sample.month; month = addMonths(month, 1)) {
    const sodiaal = sodiaalCents(sample, month);
    rows.push([month, "FAM", (sodiaal + famGapCents(month)) / 100, null]);
    rows.push([month, "SODIAAL_A", sodiaal / 100, null]);
    if (sample.basePrices[month] !== undefined) rows.push(...monthRows(sample, month));
  }
  sample.sheets.push({
    name: "Indicateurs",
    headers: [...INDICATORS_HEADERS],
    dateColumns: [],
    widths: [10, 16, 10, 8],
    rows,
  });
}
