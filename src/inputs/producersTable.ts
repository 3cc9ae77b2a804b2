/** The Producteurs table: one row per member, with his grid, charter and consent. */
import type { TableData } from "../workbook/port";
import { Bad, gridKey, parseCode, parseText, parseYesNo } from "./cell";
import { Columns, type ColumnSpec } from "./columns";
import type { Issue } from "./issues";
import { RowIssues } from "./rowIssues";

export const PRODUCER_COLUMNS = {
  code: { header: "Code", required: true },
  name: { header: "Nom", aliases: ["nom du producteur", "raison sociale"] },
  grid: { header: "Grille" },
  charter: { header: "Charte" },
  consent: { header: "Consentement" },
} satisfies Record<string, ColumnSpec>;

export type ProducerColumns = Columns<keyof typeof PRODUCER_COLUMNS>;

export interface ProducerRow {
  row: number;
  code: string | null;
  name: string | null;
  /** Grille as written (normalized to lower case), null when blank. */
  grid: string | null;
  charter: boolean;
  consent: boolean;
  issues: Issue[];
}

export function readProducers(t: TableData, c: ProducerColumns): ProducerRow[] {
  return t.rows.map(({ row, values }) => {
    const issues = new RowIssues(t.sheet, row);
    const code = issues.code(parseCode(c.cell(values, "code")), c.ref.code);
    const gridText = issues.take(parseText(c.cell(values, "grid")), c.ref.grid);
    const charter = issues.take(parseYesNo(c.cell(values, "charter")), c.ref.charter) ?? false;
    const consentCell = c.cell(values, "consent");
    const consentValue = parseYesNo(consentCell);
    // An unreadable consent is not a yes: the producer gets no statement until it is fixed.
    const consent = consentValue instanceof Bad ? false : (consentValue ?? true);
    issues.take(consentValue, c.ref.consent);
    return {
      row,
      code,
      name: issues.take(parseText(c.cell(values, "name")), c.ref.name),
      grid: gridText === null ? null : gridKey(gridText),
      charter,
      consent,
      issues: issues.list ?? [],
    };
  });
}
