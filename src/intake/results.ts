/**
 * The results side of an import (into Analyses): each result of the file, after the row's checks
 * (rowChecks.ts), read and checked against the producer's grid (resultValues.ts), compared with what Analyses
 * and the file's earlier rows hold (seen.ts), then added as a row of Analyses.
 *
 * - long layout: one result per row, with a criterion column and a value column;
 * - wide layout: one result per non-blank criterion cell of the row (a rejected one does not stop the others).
 *
 * A result already there (same date, producer, criterion and Validé) with the same value is a duplicate;
 * with another value it is a conflict: rejected, Analyses is left as it is.
 */
import { Decimal, frAsTyped, type Criterion } from "../engine";
import { Bad, isBlankCell, parseCode, parseCriterion, parseDate, parseYesNo } from "../inputs";
import type { Columns } from "../inputs/columns";
import { resultValue, type RESULT_COLUMNS } from "../inputs/resultsTable";
import { t } from "../messages";
import type { CellValue, OutputCell, TableData } from "../workbook/port";
import { ColumnRows } from "../workbook/rows";
import type { ContentUnit } from "./mapping";
import { EMPTY_SOURCE, EMPTY_TABLE, keepShapes } from "./keepShapes";
import { emptySummary } from "./plan";
import { ResultValues, type ValueCheck } from "./resultValues";
import { fieldCell, RowChecks, type ImportContext, type When, type Who } from "./rowChecks";
import { SeenResults } from "./seen";
import type { SourceRow } from "./source";
import { Tally } from "./tally";

export type AnalysesColumns = Columns<keyof typeof RESULT_COLUMNS>;

const VALIDATED_YES: OutputCell = { value: "oui", style: "text" };
const VALIDATED_NO: OutputCell = { value: "non", style: "text" };

/** The results of the file checked against Analyses: the rows to append (rejects and counts in the tally). */
export function importResults(context: ImportContext, target: TableData, columns: AnalysesColumns): ColumnRows {
  const pass = new ResultsPass(context, target, columns);
  if (context.mapping.mapping.layout === "long") pass.eachLong();
  else pass.eachWide();
  const rows = pass.rows;
  keepShapes(pass);
  return rows;
}

/** Records the results Analyses holds (a row that cannot be read is left out: the run reports it). */
function recordAnalyses(target: TableData, c: AnalysesColumns, seen: SeenResults): void {
  for (const { row, values } of target.rows) {
    const code = parseCode(c.cell(values, "code"));
    const date = parseDate(c.cell(values, "date"));
    const criterion = parseCriterion(c.cell(values, "criterion"));
    if (code === null || code instanceof Bad || date === null || date instanceof Bad) continue;
    if (criterion === null || criterion instanceof Bad) continue;
    const value = resultValue(criterion, c.cell(values, "value"));
    if (value === null || value instanceof Bad) continue;
    const validated = parseYesNo(c.cell(values, "validated"));
    if (validated instanceof Bad) continue;
    const valueId = seen.valueId(value.toString());
    seen.add(seen.dateId(date), seen.codeId(code), seen.criterionId(criterion), validated ?? true, valueId, -row);
  }
}

/**
 * Whether a value's problem names its label already (« MG 400 g/l… », « MG : l'en-tête… », "MG: the file's
 * header…"): the label is not repeated then.
 */
function namesLabel(problem: string, label: string): boolean {
  return problem.startsWith(label) && /^[ :]/.test(problem.slice(label.length));
}

class ResultsPass {
  rows: ColumnRows;
  private readonly seen: SeenResults;
  private readonly checks: RowChecks;
  private readonly values: ResultValues;
  /** Each criterion's id (SeenResults.criterionId) → the criterion and its Analyses cell. */
  private readonly criterionAt: Criterion[] = [];
  private readonly criterionCells: OutputCell[] = [];
  private readonly validatedColumn: number | undefined;
  private readonly noValidatedColumn: string;

  constructor(
    private readonly context: ImportContext,
    private target: TableData,
    private readonly columns: AnalysesColumns,
  ) {
    const { source, mapping } = context;
    const results = source.rows.length * Math.max(1, mapping.criteria.length);
    this.seen = new SeenResults(target.rows.length + results);
    recordAnalyses(target, columns, this.seen);
    this.checks = new RowChecks(context, this.seen);
    this.values = new ResultValues(this.seen);
    this.rows = new ColumnRows(target.headers.length, results);
    this.validatedColumn = mapping.index.validated;
    this.noValidatedColumn = t("intake.noValidatedColumn", { sheet: target.sheet });
  }

  /** Drops the import's data (the file, the rows, the results seen, the memos), keeping its objects (keepShapes). */
  release(): void {
    this.context.source = EMPTY_SOURCE;
    this.context.tally = new Tally(emptySummary(EMPTY_SOURCE, "analyses", "long"), EMPTY_SOURCE);
    this.rows = new ColumnRows(0);
    this.target = EMPTY_TABLE;
    this.seen.clear();
    this.checks.clear();
    this.values.clear();
  }

  /** Long layout: one result per row. */
  eachLong(): void {
    const { source, mapping } = this.context;
    const criterionColumn = mapping.index.criterion;
    const valueColumn = mapping.index.value;
    for (const row of source.rows) {
      const who = this.checks.head(row, 1);
      if (who === null) continue;
      const criterionId = this.criterionOf(fieldCell(row.values, criterionColumn));
      if (typeof criterionId === "string") {
        this.context.tally.reject(row, criterionId);
        continue;
      }
      const validated = this.validatedOf(row.values);
      if (typeof validated === "string") {
        this.context.tally.reject(row, validated);
        continue;
      }
      const criterion = this.criterionAt[criterionId];
      const cell = fieldCell(row.values, valueColumn);
      this.add(row, who, this.checks.when, criterionId, cell, mapping.valueUnit, criterion, validated);
    }
  }

  /** Wide layout: one result per non-blank criterion cell. */
  eachWide(): void {
    const { source, mapping, tally } = this.context;
    const width = source.headers.length;
    const columns = mapping.criteria.map((col) => ({ ...col, criterionId: this.criterionId(col.criterion) }));
    for (const row of source.rows) {
      let count = 0;
      for (const col of columns) if (!isBlankCell(row.values[col.index])) count++;
      if (count === 0 && row.values.length >= width) continue; // a sample without any result: nothing to import
      const who = this.checks.head(row, Math.max(1, count));
      if (who === null) continue;
      const when = this.checks.when;
      const validated = this.validatedOf(row.values);
      if (typeof validated === "string") {
        tally.reject(row, validated, count);
        continue;
      }
      for (const col of columns) {
        const cell = row.values[col.index];
        if (isBlankCell(cell)) continue;
        this.add(row, who, when, col.criterionId, cell ?? null, col.unit, col.header, validated);
      }
    }
  }

  private criterionId(criterion: Criterion): number {
    const id = this.seen.criterionId(criterion);
    if (this.criterionAt[id] === undefined) {
      this.criterionAt[id] = criterion;
      this.criterionCells[id] = { value: criterion, style: "text" };
    }
    return id;
  }

  private criterionOf(cell: CellValue): number | string {
    const parsed = parseCriterion(cell);
    if (parsed === null) return t("inputs.missing.criterion");
    return parsed instanceof Bad ? parsed.message : this.criterionId(parsed);
  }

  /** The row's Validé (true when the file has no such column or the cell is blank), or the reject's reason. */
  private validatedOf(values: CellValue[]): boolean | string {
    if (this.validatedColumn === undefined) return true;
    const v = parseYesNo(fieldCell(values, this.validatedColumn));
    if (v === null) return true;
    if (v instanceof Bad) return t("intake.validatedBad", { problem: v.message });
    return v || this.columns.index.validated >= 0 ? v : this.noValidatedColumn;
  }

  /** One result of a row: rejected, a duplicate, a conflict, or a row of Analyses. */
  private add(
    row: SourceRow,
    who: Who,
    when: When,
    criterionId: number,
    cell: CellValue,
    declared: ContentUnit | null,
    label: string,
    validated: boolean,
  ): void {
    const tally = this.context.tally;
    const check = this.values.check(this.criterionAt[criterionId], criterionId, cell, who.grid, declared);
    if (check.problem !== null) {
      const { problem } = check;
      tally.reject(row, namesLabel(problem, label) ? problem : t("intake.labelled", { label, problem }));
      return;
    }
    const at = this.seen.findOrAdd(when.id, who.id, criterionId, validated, check.valueId, row.line);
    if (at >= 0) {
      if (this.seen.valueOf(at) === check.valueId) tally.duplicate();
      else this.conflict(row, who, when, criterionId, label, validated, check, at);
      return;
    }
    const c = this.columns.index;
    this.rows.set(c.date, when.cell);
    this.rows.set(c.code, who.cell);
    this.rows.set(c.criterion, this.criterionCells[criterionId]);
    this.rows.set(c.value, check.cell);
    if (this.validatedColumn !== undefined && c.validated >= 0)
      this.rows.set(c.validated, validated ? VALIDATED_YES : VALIDATED_NO);
    this.rows.commit();
    tally.imported();
  }

  private conflict(
    row: SourceRow,
    who: Who,
    when: When,
    criterionId: number,
    label: string,
    validated: boolean,
    check: ValueCheck,
    at: number,
  ): void {
    const seen = this.seen;
    const before = frAsTyped(new Decimal(seen.valueText(seen.valueOf(at))));
    const where = seen.whereOf(at);
    const place =
      where > 0
        ? t("intake.conflictAtLine", { file: this.context.source.fileName, line: where })
        : t("intake.conflictAtRow", { sheet: this.target.sheet, row: -where });
    this.context.tally.reject(
      row,
      t(validated ? "intake.conflict" : "intake.conflictNotValidated", {
        label,
        code: who.producer.code,
        criterion: this.criterionAt[criterionId],
        date: when.date.split("-").reverse().join("/"),
        place,
        before,
        value: check.shown,
      }),
    );
  }
}
