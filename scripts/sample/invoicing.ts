/**
 * The invoicing tables of the sample OP workbook (invoices.md): the OP (mandat mode), one dairy A1, the
 * Producteurs invoicing columns (both VAT regimes, mandate dates), the Cniel contribution (or the Swiss SMP
 * one for mooh-2025) in Retenues, and TauxTVA. Added after the statement data, derived from the producer's
 * number only — not from the generator's PRNG — so that every other value of the sample stays as it was.
 *
 * Two producers show the invoicing checks: P026 has no Régime TVA, P027 no billing mandate.
 */
import type { CellValue } from "../../src/workbook/port";
import { luhnValid, vatKey } from "../../src/invoicing/parties";
import type { Sample, SampleCase, SampleSheet } from "./generate";
import { serialOf } from "./typed";

export const INVOICING_CASE = { noRegime: 26, noMandate: 27, forfait: 2 } as const;

const CITIES: [string, string][] = [
  ["38880", "Autrans"],
  ["38250", "Villard-de-Lans"],
  ["38112", "Méaudre"],
  ["38160", "Saint-Marcellin"],
  ["26420", "La Chapelle-en-Vercors"],
  ["38650", "Gresse-en-Vercors"],
];

/** A SIREN with a valid Luhn key from a number (8 digits, then the key). */
export function sampleSiren(n: number): string {
  const first8 = String(n).padStart(8, "0").slice(-8);
  for (let k = 0; k < 10; k++) if (luhnValid(first8 + k)) return first8 + k;
  throw new Error("unreachable");
}

const tva = (siren: string) => `FR${vatKey(siren)}${siren}`;

export const INVOICING_HEADERS = [
  "Raison sociale",
  "SIREN",
  "Adresse",
  "Code postal",
  "Ville",
  "Régime TVA",
  "N° TVA",
  "Acheteur",
  "Mandat",
];

/** Adds the invoicing columns to Producteurs and the OP, Acheteurs, Retenues and TauxTVA sheets. */
export function addInvoicing(sample: Sample, special: boolean): void {
  const producers = sample.sheets.find((s) => s.name === "Producteurs")!;
  addInvoicingColumns(producers, special);
  sample.sheets.push(...invoicingSheets(sample.grid === "sud-est-2018"));
  if (special && producers.rows.length >= INVOICING_CASE.noMandate) addInvoicingCases(sample, producers);
}

/** Each producer's company, SIREN, address, VAT regime and number, buyer, billing mandate. */
function addInvoicingColumns(producers: SampleSheet, special: boolean): void {
  producers.headers.push(...INVOICING_HEADERS);
  producers.widths.push(24, 12, 24, 10, 22, 12, 18, 10, 12);
  producers.dateColumns.push(producers.headers.length - 1);
  const mandate = serialOf("2024-12-15");
  producers.rows.forEach((row, k) => {
    const i = k + 1;
    const siren = sampleSiren(41_000_000 + i * 37);
    const [postal, city] = CITIES[i % CITIES.length];
    const regime =
      special && i === INVOICING_CASE.noRegime
        ? null
        : i === INVOICING_CASE.forfait || i % 4 === 3
          ? "forfait"
          : "assujetti";
    row.push(
      null,
      siren,
      `${i} route des Alpages`,
      postal,
      city,
      regime,
      regime === "assujetti" ? tva(siren) : null,
      null,
      special && i === INVOICING_CASE.noMandate ? null : mandate,
    );
  });
}

/** The OP (mandat mode), one dairy, the Cniel (or SMP) contribution, the VAT rate. */
function invoicingSheets(sud: boolean): SampleSheet[] {
  const op = sampleSiren(77_123_456);
  const dairy = sampleSiren(55_210_055);
  const retenue: CellValue[] = sud
    ? [
        "CNIEL",
        "Cotisation interprofessionnelle Cniel (CVO)",
        "volume",
        1.22,
        "2023-01",
        "2025-12",
        null,
        "sud-est-2018",
        null,
      ]
    : ["SMP", "Contribution des producteurs de lait (SMP)", "volume", 0.895, "2024-01", null, null, "mooh-2025", null];
  return [
    {
      name: "OP",
      headers: [
        "Raison sociale",
        "SIREN",
        "Adresse",
        "Code postal",
        "Ville",
        "N° TVA",
        "Mode",
        "Préfixe",
        "Échéance (jours)",
        "Pénalités de retard",
      ],
      dateColumns: [],
      widths: [30, 12, 26, 10, 14, 18, 10, 8, 10, 50],
      rows: [
        [
          "OP Lait des Alpes",
          op,
          "2 place du Marché",
          "38000",
          "Grenoble",
          tva(op),
          "mandat",
          "F",
          30,
          "trois fois le taux d'intérêt légal, exigibles dès le lendemain de l'échéance",
        ],
      ],
    },
    {
      name: "Acheteurs",
      headers: ["Code", "Raison sociale", "SIREN", "Adresse", "Code postal", "Ville", "N° TVA"],
      dateColumns: [],
      widths: [8, 30, 12, 26, 10, 16, 18],
      rows: [["A1", "Laiterie coopérative des Cimes", dairy, "ZA des Îles", "38120", "Saint-Égrève", tva(dairy)]],
    },
    {
      name: "Retenues",
      headers: ["Code", "Libellé", "Base", "Taux", "Du", "Au", "Acheteur", "Grille", "Producteur"],
      dateColumns: [],
      widths: [8, 44, 8, 8, 9, 9, 9, 14, 10],
      rows: [retenue],
    },
    { name: "TauxTVA", headers: ["Du", "Taux"], dateColumns: [], widths: [10, 8], rows: [["2014-01", 5.5]] },
  ];
}

/** The invoicing cases, in « Lisez-moi » too: a forfait producer, one without regime, one without mandate. */
function addInvoicingCases(sample: Sample, producers: SampleSheet): void {
  const code = (i: number) => String(producers.rows[i - 1][0]);
  const cases: SampleCase[] = [
    {
      code: code(INVOICING_CASE.forfait),
      what: "TVA au remboursement forfaitaire : facture sans TVA, avec la mention de l'art. 298 quater du CGI",
    },
    {
      code: code(INVOICING_CASE.noRegime),
      what: "Régime TVA vide : relevé, pas de facture (les contrôles le disent)",
    },
    {
      code: code(INVOICING_CASE.noMandate),
      what: "pas de mandat de facturation : relevé, pas de facture (les contrôles le disent)",
    },
  ];
  sample.cases.push(...cases);
  sample.sheets.find((s) => s.name === "Lisez-moi")!.rows.push(...cases.map((c) => [c.code, c.what]));
}
