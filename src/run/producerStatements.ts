/**
 * Each gathered producer's month computed by the engine, with his withholdings and his statement sheet laid
 * out at once (so that the compute progress covers the sheets too); what withholds him, and the notes of his
 * statement, become issues of the checks list.
 */
import { computeStatement, frDate, type ProducerMonthInput } from "../engine";
import type { Issue } from "../inputs/issues";
import { t } from "../messages";
import { withholdingsFor, type WithholdingContext } from "../invoicing/withholdings";
import type { OutputSheet } from "../workbook/port";
import { engineInput, type Gathered, type ProducerEntry } from "./gather";
import { statementSheet } from "./statementSheet";
import type { ProducerOutcome, RunProgress } from "./types";

/** Progress is reported every this many producers while computing. */
const PROGRESS_STEP = 50;

export interface ProducerStatements {
  /** One per producer of Producteurs, in its order. */
  outcomes: ProducerOutcome[];
  /** Notes of the statements (warnings and errors), events without effect, withholdings that cannot be read. */
  statementIssues: Issue[];
  /** What withholds a producer (his rows' errors, an engine failure). */
  producerErrors: Issue[];
  /** One sheet per statement, in the producers' order. */
  statementSheets: OutputSheet[];
}

export function producerStatements(
  g: Gathered,
  sheetOf: ReadonlyMap<ProducerEntry, string>,
  retenues: WithholdingContext,
  progress: (p: RunProgress) => void,
): ProducerStatements {
  const done: ProducerStatements = { outcomes: [], statementIssues: [], producerErrors: [], statementSheets: [] };
  const total = g.producers.length;
  for (const e of g.producers) {
    const outcome: ProducerOutcome = { code: e.code, name: e.name, grid: e.grid?.id ?? null, status: "error" };
    done.outcomes.push(outcome);
    if (e.status === "no-consent") outcome.status = "no-consent";
    else if (e.status === "error") done.producerErrors.push(...e.errors);
    else statementOf(engineInput(g, e), sheetOf.get(e)!, retenues, outcome, done);
    const n = done.outcomes.length;
    if (n % PROGRESS_STEP === 0 || n === total) progress({ phase: "compute", done: n, total });
  }
  return done;
}

/** One ready producer: his statement, withholdings and sheet into `outcome`, his issues into `done`. */
function statementOf(
  input: ProducerMonthInput,
  sheet: string,
  retenues: WithholdingContext,
  outcome: ProducerOutcome,
  done: ProducerStatements,
): void {
  const code = input.producer.code;
  done.statementIssues.push(...eventsWithoutEffect(input));
  try {
    const statement = computeStatement(input);
    const withholdings = withholdingsFor(retenues.table, statement, input.grid.amountDivisor, retenues.buyerOf(code));
    if ("issues" in withholdings)
      for (const i of withholdings.issues) if (!done.statementIssues.includes(i)) done.statementIssues.push(i);
    done.statementSheets.push(statementSheet(sheet, statement, input, withholdings));
    Object.assign(outcome, { status: "statement", statement, input, sheet, withholdings });
    for (const note of statement.notes) {
      if (note.severity === "info") continue;
      done.statementIssues.push({
        severity: note.severity,
        code: note.code,
        sheet: note.source?.sheet,
        row: note.source?.row,
        column: note.source?.column,
        producer: code,
        message: note.message,
        ...(note.value !== undefined && { criterion: note.criterion, value: note.value.toFixed() }),
      });
    }
  } catch (err) {
    done.producerErrors.push({
      severity: "error",
      code: "ENGINE",
      producer: code,
      message: t("run.engineFailed", { detail: (err as Error).message }),
    });
  }
}

/** Events of the month that the producer's grid does not price (an alert under a grid without antibiotic rules…). */
function eventsWithoutEffect(input: ProducerMonthInput): Issue[] {
  const kinds = input.grid.components;
  const priced: Record<string, boolean> = {
    ALERTE: kinds.some((c) => c.kind === "antibiotic"),
    EPANDAGE: kinds.some((c) => c.kind === "antibiotic"),
    DOMMAGES: kinds.some((c) => c.kind === "ladder" && c.damages === true),
  };
  const issues: Issue[] = [];
  for (const e of input.events ?? []) {
    if (!e.date.startsWith(input.month) || priced[e.type]) continue;
    issues.push({
      severity: "warning",
      code: "EVENT",
      sheet: e.source?.sheet,
      row: e.source?.row,
      producer: input.producer.code,
      message: t("run.eventWithoutEffect", { type: e.type, date: frDate(e.date), grid: input.grid.id }),
    });
  }
  return issues;
}
