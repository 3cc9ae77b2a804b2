/**
 * The empty input tables of the OP workbook (shared/spec/workbook.md), as "Créer le modèle" adds them: one
 * sheet and one Excel table per input, typed columns, drop-down lists for the coded columns. Used by the
 * Office.js template and by the standalone page's downloadable template.
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
}

export const CRITERIA_LIST = ["MG", "MP", "GERMES", "CELLULES", "BUTYRIQUES", "PC", "INHIBITEURS"];
export const EVENT_TYPES = ["ALERTE", "EPANDAGE", "DOMMAGES"];
const YES_NO = ["oui", "non"];

export function templateTables(gridIds: readonly string[]): TemplateTable[] {
  const date = { format: "dd/mm/yyyy", width: 12 };
  const code = { header: "Code", format: "@", width: 12 };
  const grids = [...gridIds];
  return [
    {
      name: "Producteurs",
      columns: [
        code,
        { header: "Nom", width: 28 },
        { header: "Grille", width: 16, list: grids, hint: `grille : ${grids.join(", ")} (vide = la grille choisie pour le calcul)` },
        { header: "Charte", width: 10, list: YES_NO, hint: "oui ou non (vide = non)" },
        { header: "Consentement", width: 14, list: YES_NO, hint: "oui ou non (vide = oui)" },
      ],
    },
    {
      name: "Livraisons",
      columns: [
        { header: "Date", ...date },
        code,
        { header: "Volume", width: 12, format: "#,##0" },
        { header: "Heure", width: 8, format: "hh:mm" },
        { header: "Température", width: 13, format: "0.0" },
        { header: "Lieu", width: 10, list: ["ferme", "centre"], hint: "ferme ou centre" },
      ],
    },
    {
      name: "Analyses",
      columns: [
        { header: "Date", ...date },
        code,
        { header: "Critère", width: 13, list: CRITERIA_LIST, hint: `critère : ${CRITERIA_LIST.join(", ")}` },
        { header: "Valeur", width: 12 },
        { header: "Validé", width: 9, list: YES_NO, hint: "oui ou non (vide = oui)" },
      ],
    },
    {
      name: "PrixDeBase",
      columns: [
        { header: "Mois", width: 10, format: "@" },
        { header: "Grille", width: 16, list: grids, hint: `grille : ${grids.join(", ")}` },
        { header: "Prix", width: 10, format: "0.00" },
      ],
    },
    {
      name: "Evenements",
      columns: [
        { header: "Date", ...date },
        code,
        { header: "Type", width: 11, list: EVENT_TYPES, hint: `type : ${EVENT_TYPES.join(", ")}` },
        { header: "Volume", width: 12, format: "#,##0" },
        { header: "Montant", width: 12, format: "#,##0.00" },
      ],
    },
  ];
}

/** The table style of the template (blue banded rows, bold header). */
export const TEMPLATE_TABLE_STYLE = "TableStyleMedium2";
