/**
 * The empty input tables of the OP workbook (shared/spec/workbook.md and invoices.md), as "Créer le modèle"
 * adds them: one sheet and one Excel table per input, typed columns, drop-down lists for the coded columns.
 * Used by the Office.js template and by the standalone page's downloadable template.
 *
 * Indicateurs (price A's inputs) follows the statement tables. The invoicing tables come after: OP, Acheteurs,
 * Retenues, TauxTVA, and the invoicing columns of Producteurs (optional for the statements). TauxTVA is created with its one row in force, 5,5 %
 * from 2014-01 (BOFiP; the rate used without the table), so that the table once there says what it applies
 * rather than leaving every assujetti invoice without a rate. Identifiers (SIREN, code postal, n° TVA) are
 * text cells: a postal code 01000 keeps its 0. Months (Du, Au) are text like PrixDeBase's Mois.
 */

export interface TemplateColumn {
  header: string;
  /** Width in characters. */
  width: number;
  /** Number format of the data cells (Office.js invariant notation); "@" = text. */
  format?: string;
  /** Allowed values (data-validation list). */
  list?: string[];
  /** Shown when a value outside the list is typed. */
  hint?: string;
}

export interface TemplateTable {
  name: string;
  columns: TemplateColumn[];
  /** Rows written under the header at creation (none: one empty row carrying the formats). */
  rows?: (string | number)[][];
}

export const CRITERIA_LIST = ["MG", "MP", "GERMES", "CELLULES", "BUTYRIQUES", "PC", "INHIBITEURS"];
export const EVENT_TYPES = ["ALERTE", "EPANDAGE", "DOMMAGES"];
const YES_NO = ["oui", "non"];
export const VAT_REGIMES = ["assujetti", "forfait"];
export const INVOICING_MODES = ["mandat", "autofacturation"];
export const WITHHOLDING_BASES = ["volume", "montant"];

/** The legal person's columns of OP, Acheteurs and Producteurs (invoices.md), identifiers as text. */
function partyColumns(): TemplateColumn[] {
  return [
    { header: "Raison sociale", width: 28 },
    { header: "SIREN", width: 13, format: "@" },
    { header: "Adresse", width: 28 },
    { header: "Code postal", width: 11, format: "@" },
    { header: "Ville", width: 20 },
  ];
}
const VAT_NUMBER: TemplateColumn = { header: "N° TVA", width: 17, format: "@" };

const DATE = { format: "dd/mm/yyyy", width: 12 };
const CODE = { header: "Code", format: "@", width: 12 };

/** The input tables in the order "Créer le modèle" adds them, the grids of `gridIds` in the Grille lists. */
export function templateTables(gridIds: readonly string[]): TemplateTable[] {
  const grids = [...gridIds];
  return [
    producersTable(grids),
    deliveriesTable(),
    analysesTable(),
    basePricesTable(grids),
    eventsTable(),
    indicatorsTable(),
    opTable(),
    { name: "Acheteurs", columns: [CODE, ...partyColumns(), VAT_NUMBER] },
    withholdingsTable(grids),
    vatRatesTable(),
  ];
}

function producersTable(grids: string[]): TemplateTable {
  return {
    name: "Producteurs",
    columns: [
      CODE,
      { header: "Nom", width: 28 },
      {
        header: "Grille",
        width: 16,
        list: grids,
        hint: `grille : ${grids.join(", ")} (vide = la grille choisie pour le calcul)`,
      },
      { header: "Charte", width: 10, list: YES_NO, hint: "oui ou non (vide = non)" },
      { header: "Consentement", width: 14, list: YES_NO, hint: "oui ou non (vide = oui)" },
      // For the invoices only (invoices.md): blank Raison sociale = Nom, blank Régime TVA = no invoice.
      ...partyColumns(),
      { header: "Régime TVA", width: 12, list: VAT_REGIMES, hint: "assujetti ou forfait (vide = pas de facture)" },
      VAT_NUMBER,
      { header: "Acheteur", width: 12, format: "@" },
      { header: "Mandat", ...DATE },
    ],
  };
}

function deliveriesTable(): TemplateTable {
  return {
    name: "Livraisons",
    columns: [
      { header: "Date", ...DATE },
      CODE,
      { header: "Volume", width: 12, format: "#,##0" },
      { header: "Heure", width: 8, format: "hh:mm" },
      { header: "Température", width: 13, format: "0.0" },
      { header: "Lieu", width: 10, list: ["ferme", "centre"], hint: "ferme ou centre" },
    ],
  };
}

function analysesTable(): TemplateTable {
  return {
    name: "Analyses",
    columns: [
      { header: "Date", ...DATE },
      CODE,
      { header: "Critère", width: 13, list: CRITERIA_LIST, hint: `critère : ${CRITERIA_LIST.join(", ")}` },
      { header: "Valeur", width: 12 },
      { header: "Validé", width: 9, list: YES_NO, hint: "oui ou non (vide = oui)" },
    ],
  };
}

function basePricesTable(grids: string[]): TemplateTable {
  return {
    name: "PrixDeBase",
    columns: [
      { header: "Mois", width: 10, format: "@" },
      { header: "Grille", width: 16, list: grids, hint: `grille : ${grids.join(", ")}` },
      { header: "Prix", width: 10, format: "0.00" },
    ],
  };
}

function eventsTable(): TemplateTable {
  return {
    name: "Evenements",
    columns: [
      { header: "Date", ...DATE },
      CODE,
      { header: "Type", width: 11, list: EVENT_TYPES, hint: `type : ${EVENT_TYPES.join(", ")}` },
      { header: "Volume", width: 12, format: "#,##0" },
      { header: "Montant", width: 12, format: "#,##0.00" },
    ],
  };
}

/**
 * Indicateurs, price A's inputs (src/prices/indicators.ts, README « Prices »): created empty — its rows are a
 * month's published figures, and a blank Poids already takes the 2019 default weight of PGC_FRANCE, B2B and
 * BEURRE_POUDRE. No list on Indicateur: any other name is part of the product mix.
 */
function indicatorsTable(): TemplateTable {
  return {
    name: "Indicateurs",
    columns: [
      { header: "Mois", width: 10, format: "@" },
      { header: "Indicateur", width: 16 },
      { header: "Valeur", width: 12, format: "0.00" },
      { header: "Poids", width: 8 },
    ],
  };
}

function opTable(): TemplateTable {
  return {
    name: "OP",
    columns: [
      ...partyColumns(),
      VAT_NUMBER,
      { header: "Mode", width: 16, list: INVOICING_MODES, hint: "mandat ou autofacturation (vide = mandat)" },
      { header: "Préfixe", width: 9, format: "@" },
      { header: "Échéance (jours)", width: 10, format: "0" },
      { header: "Pénalités de retard", width: 40 },
    ],
  };
}

function withholdingsTable(grids: string[]): TemplateTable {
  return {
    name: "Retenues",
    columns: [
      CODE,
      { header: "Libellé", width: 28 },
      { header: "Base", width: 10, list: WITHHOLDING_BASES, hint: "volume ou montant" },
      { header: "Taux", width: 9 },
      { header: "Du", width: 10, format: "@" },
      { header: "Au", width: 10, format: "@" },
      { header: "Acheteur", width: 12, format: "@" },
      { header: "Grille", width: 16, list: grids, hint: `grille : ${grids.join(", ")} (vide = toutes)` },
      { header: "Producteur", width: 12, format: "@" },
    ],
  };
}

/** TauxTVA with its one row in force (the module comment says why). */
function vatRatesTable(): TemplateTable {
  return {
    name: "TauxTVA",
    columns: [
      { header: "Du", width: 10, format: "@" },
      { header: "Taux", width: 8, format: "0.0#" },
    ],
    rows: [["2014-01", 5.5]],
  };
}

/** The table style of the template (blue banded rows, bold header). */
export const TEMPLATE_TABLE_STYLE = "TableStyleMedium2";
