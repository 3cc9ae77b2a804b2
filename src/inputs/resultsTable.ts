/** The Analyses table: one row per lab result (date, producer, criterion, value, validated or not). */
import { Decimal, frAsTyped, type Criterion, type IsoDate, type LabResult, type SourceRef } from "../engine";
import type { CellValue, TableData } from "../workbook/port";
import { Bad, bad, parseCode, parseCriterion, parseDate, parseInhibitor, parseYesNo, type Parsed } from "./cell";
import { Columns, type ColumnSpec } from "./columns";
import { parseDecimal, parseNonNegative, parseQuantity } from "./numbers";
import { isBlankCell } from "../workbook/reading";
import { BadRow, RowIssues, type DataRow } from "./rowIssues";

export const RESULT_COLUMNS = {
  date: { header: "Date", required: true },
  code: { header: "Code", required: true },
  criterion: { header: "Critère", required: true },
  value: { header: "Valeur", required: true },
  validated: { header: "Validé" },
} satisfies Record<string, ColumnSpec>;

export type ResultColumns = Columns<keyof typeof RESULT_COLUMNS>;

/** A row that could be read: the engine's lab result, carrying its producer code and worksheet row. */
export class ResultRow implements LabResult {
  constructor(
    readonly sheet: string,
    readonly row: number,
    readonly code: string,
    readonly date: IsoDate,
    readonly criterion: Criterion,
    readonly value: Decimal,
    readonly validated: boolean,
    readonly column: string,
  ) {}
  get source(): SourceRef {
    return { sheet: this.sheet, row: this.row, column: this.column };
  }
}

/** The rows of Analyses; a blank value is not a result (grids.md): such a row is left out, and is not an error. */
export function readResults(t: TableData, c: ResultColumns): DataRow<ResultRow>[] {
  const out: DataRow<ResultRow>[] = [];
  for (const { row, values } of t.rows) {
    const issues = new RowIssues(t.sheet, row);
    const codeParsed = parseCode(c.cell(values, "code"));
    const dateParsed = parseDate(c.cell(values, "date"));
    const date = issues.take(dateParsed, c.ref.date);
    const criterionParsed = parseCriterion(c.cell(values, "criterion"));
    const criterion = issues.take(criterionParsed, c.ref.criterion);
    const valueCell = c.cell(values, "value");
    const hasValue = !isBlankCell(valueCell);
    const validated = issues.take(parseYesNo(c.cell(values, "validated")), c.ref.validated) ?? true;
    let value: Decimal | null = null;
    if (criterion !== null) value = issues.take(resultValue(criterion, valueCell), c.ref.value);
    else if (criterionParsed === null && hasValue) issues.missing(c.ref.criterion, "inputs.missing.criterion");
    if (dateParsed === null && hasValue) issues.missing(c.ref.date, "inputs.missing.date");
    const code = issues.code(codeParsed, c.ref.code);
    if (issues.list) out.push(new BadRow(row, code, date, issues.list));
    else if (date !== null && criterion !== null && value !== null)
      out.push(new ResultRow(t.sheet, row, code!, date, criterion, value, validated, c.ref.value));
  }
  return out;
}

const ONE = new Decimal(1);
const ZERO = new Decimal(0);

/**
 * The value of a result: INHIBITEURS positive/negative, PC negative °C, other counts and contents ≥ 0. Counts
 * (germs, cells, spores) are whole: a text "100.000" is ambiguous (parseQuantity); a content "38,500" g/l
 * is a decimal.
 */
export function resultValue(criterion: Criterion, cell: CellValue): Parsed<Decimal> {
  if (criterion === "INHIBITEURS") {
    const v = parseInhibitor(cell);
    return v instanceof Bad || v === null ? v : v === 1 ? ONE : ZERO;
  }
  if (criterion === "PC") {
    const v = parseDecimal(cell);
    if (v instanceof Decimal && v.gt(0)) {
      return bad("inputs.positiveFreezingPoint", { value: frAsTyped(v) });
    }
    return v;
  }
  if (criterion === "GERMES" || criterion === "CELLULES" || criterion === "BUTYRIQUES")
    return parseQuantity(cell, "le comptage");
  return parseNonNegative(cell);
}
