/**
 * An OP workbook in memory for the invoicing step: the memory port with appendRows, and the register read
 * back from what was written (as both real ports do). Counts appends and full writes of the register, so
 * that a test can tell « appended » from « rewritten ».
 */
import { REGISTER_SHEET } from "../../src/invoicing/register";
import type { AppendResult, CellValue, OutputSheet } from "../../src/workbook/port";
import { rowBlock, type AppendedRows } from "../../src/workbook/rows";
import { sheetNameKey } from "../../src/workbook/names";
import { MemoryWorkbook, values } from "../run/memoryPort";
import { siren } from "./helpers";
import { vatKey } from "../../src/invoicing/parties";

export class InvoicingWorkbook extends MemoryWorkbook {
  registerWrites = 0;
  appends = 0;

  override async writeSheets(
    sheets: OutputSheet[],
    key: string,
    replace: string[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<void> {
    await super.writeSheets(sheets, key, replace, onProgress);
    for (const s of sheets) {
      if (sheetNameKey(s.name) !== sheetNameKey(REGISTER_SHEET)) continue;
      this.registerWrites++;
      this.sheet(s.name)!.cells = values(s);
    }
  }

  async appendRows(name: string, appended: AppendedRows): Promise<AppendResult> {
    const s = this.sheet(name);
    if (!s?.cells) throw new Error(`no table ${name}`);
    const rows = rowBlock(appended);
    const firstRow = s.cells.length + 1;
    for (let i = 0; i < rows.length; i++)
      s.cells.push(Array.from({ length: rows.width }, (_, j) => (rows.cell(i, j)?.value ?? null) as CellValue));
    this.appends++;
    return { sheet: s.name, firstRow, lastRow: s.cells.length };
  }
}

export const S = {
  op: siren("12345678"),
  dairy: siren("55210055"),
  p1: siren("87654321"),
  p2: siren("76543210"),
  p3: siren("65432109"),
  p4: siren("54321098"),
};
export const tva = (s: string) => `FR${vatKey(s)}${s}`;

/** Analyses of one clean month for a producer (sud-est-2018: 40 g/L MG, 33 g/L MP, good hygiene). */
function cleanResults(code: string, month: string): CellValue[][] {
  const [y, m] = month.split("-");
  const day = (dd: string) => `${dd}/${m}/${y}`;
  const list: [string, string, CellValue][] = [
    ["03", "MG", 40],
    ["17", "MG", 40],
    ["03", "MP", 33],
    ["17", "MP", 33],
    ["03", "GERMES", 20000],
    ["17", "GERMES", 20000],
    ["03", "CELLULES", 150000],
    ["17", "CELLULES", 150000],
    ["03", "BUTYRIQUES", 500],
    ["17", "BUTYRIQUES", 500],
    ["03", "PC", -0.52],
    ["03", "INHIBITEURS", "négatif"],
  ];
  return list.map(([dd, c, v]) => [day(dd), code, c, v, null]);
}

export interface OpOptions {
  mode?: "mandat" | "autofacturation";
  /** Volumes per producer per month (two deliveries of half each). */
  volumes?: Record<string, number>;
  months?: string[];
  retenues?: CellValue[][];
  opRow?: CellValue[];
}

/**
 * P1 assujetti with mandate, P2 forfait with mandate, P3 without Régime TVA, P4 assujetti without mandate.
 */
export function invoicingWorkbook(o: OpOptions = {}): InvoicingWorkbook {
  const months = o.months ?? ["2025-03"];
  const volumes = o.volumes ?? { P1: 30000, P2: 12000, P3: 8000, P4: 9000 };
  const codes = ["P1", "P2", "P3", "P4"];
  const deliveries: CellValue[][] = [];
  const analyses: CellValue[][] = [];
  for (const month of months) {
    const [y, m] = month.split("-");
    for (const c of codes) {
      deliveries.push(
        [`05/${m}/${y}`, c, volumes[c] / 2, null, null, null],
        [`20/${m}/${y}`, c, volumes[c] / 2, null, null, null],
      );
      analyses.push(...cleanResults(c, month));
    }
  }
  return new InvoicingWorkbook({
    Producteurs: [
      [
        "Code",
        "Nom",
        "Grille",
        "Charte",
        "Consentement",
        "Raison sociale",
        "SIREN",
        "Adresse",
        "Code postal",
        "Ville",
        "Régime TVA",
        "N° TVA",
        "Acheteur",
        "Mandat",
      ],
      [
        "P1",
        "Martin",
        null,
        "oui",
        null,
        "GAEC des Prés",
        S.p1,
        "Le Bourg",
        "38160",
        "Saint-Marcellin",
        "assujetti",
        tva(S.p1),
        "A1",
        "15/12/2024",
      ],
      [
        "P2",
        "Durand",
        null,
        "oui",
        null,
        null,
        S.p2,
        "La Combe",
        "38880",
        "Autrans",
        "forfait",
        null,
        null,
        "2024-12-15",
      ],
      [
        "P3",
        "Petit",
        null,
        "oui",
        null,
        null,
        S.p3,
        "Les Granges",
        "38250",
        "Villard-de-Lans",
        null,
        null,
        null,
        "2024-12-15",
      ],
      [
        "P4",
        "Moreau",
        null,
        "oui",
        null,
        "EARL Moreau",
        S.p4,
        "Le Col",
        "38112",
        "Méaudre",
        "assujetti",
        tva(S.p4),
        "A1",
        null,
      ],
    ],
    Livraisons: [["Date", "Code", "Volume", "Heure", "Température", "Lieu"], ...deliveries],
    Analyses: [["Date", "Code", "Critère", "Valeur", "Validé"], ...analyses],
    PrixDeBase: [["Mois", "Grille", "Prix"], ...months.map((m) => [m, "sud-est-2018", 450])],
    Evenements: [["Date", "Code", "Type", "Volume", "Montant"]],
    OP: [
      [
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
      o.opRow ?? [
        "OP Lait des Alpes",
        S.op,
        "2 place du Marché",
        "38000",
        "Grenoble",
        tva(S.op),
        o.mode ?? "mandat",
        "F",
        30,
        "3 fois le taux d'intérêt légal",
      ],
    ],
    Acheteurs: [
      ["Code", "Raison sociale", "SIREN", "Adresse", "Code postal", "Ville", "N° TVA"],
      ["A1", "Laiterie des Cimes", S.dairy, "ZA des Iles", "38120", "Saint-Égrève", tva(S.dairy)],
    ],
    Retenues: [
      ["Code", "Libellé", "Base", "Taux", "Du", "Au", "Acheteur", "Grille", "Producteur"],
      ...(o.retenues ?? [
        ["CNIEL", "Cotisation interprofessionnelle Cniel", "volume", "1,22", "2023-01", null, null, null, null],
      ]),
    ],
  });
}
