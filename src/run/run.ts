/**
 * The statement run: read the input tables through the workbook port, gather each producer's month and
 * history, compute with the engine, build the summary, one statement per producer and the checks list, and
 * write them through the port, replacing exactly the sheets generated earlier for the same month.
 *
 * The same function serves the command line (.xlsx port) and the task pane (Office.js port): it never
 * knows which port it talks to.
 */
import {
  addMonths,
  computeStatement,
  frDate,
  ZERO,
  type Decimal,
  type ProducerMonthInput,
  type Statement,
} from "../engine";
import type { OutputSheet, WorkbookPort } from "../workbook/port";
import { withholdingContext, withholdingsFor } from "../invoicing/withholdings";
import { checksSheet } from "./checksSheet";
import { engineInput, gather, type ProducerEntry } from "./gather";
import { monthsEnding, ROLLING_MONTHS, rollingOf, statementsOverMonths, type MonthsStatements } from "./history";
import { codeKey } from "../inputs";
import { RunError, sortIssues, type Issue } from "./issues";
import { checksSheetName, sheetKey, SheetNamer, statementSheetName, summarySheetName } from "./sheetNames";
import { addRollingRows, statementSheet } from "./statementSheet";
import { summarySheet } from "./summarySheet";
import { readTables } from "./tables";
import { readWorkbookGrids } from "./workbookGrids";
import type { GridTotal, ProducerOutcome, RunOptions, RunResult, RunSummary } from "./types";

/** Progress is reported every this many producers while computing. */
const PROGRESS_STEP = 50;

export async function runStatements(port: WorkbookPort, options: RunOptions): Promise<RunResult> {
  const progress = options.onProgress ?? (() => undefined);
  const month = options.month;
  progress({ phase: "read", done: 0, total: 1 });
  const tables = await readTables(port);
  // The workbook's grid sheets (never written by a run) and --grid-file grids join the built-in ones.
  const grids = await readWorkbookGrids(port, options.gridFiles);
  progress({ phase: "read", done: 1, total: 1 });
  const g = gather(tables, { month, grid: options.grid, catalogue: grids.catalogue, brokenGrids: grids.broken });
  const retenues = await withholdingContext(port); // Retenues: lines below each statement's total

  // Sheet names first, so that a clash with a user's sheet stops the run before any work.
  const summaryName = summarySheetName(month);
  const checksName = checksSheetName(month);
  const namer = new SheetNamer([summaryName, checksName]);
  const sheetOf = new Map<ProducerEntry, string>();
  for (const e of g.producers) if (e.status === "ready") sheetOf.set(e, namer.take(statementSheetName(month, e.code)));
  const write = options.write !== false;
  const replace = write ? await replacements(port, month, [summaryName, checksName, ...sheetOf.values()]) : [];

  // Compute each producer's month.
  const outcomes: ProducerOutcome[] = [];
  const statementIssues: Issue[] = [];
  const producerErrors: Issue[] = [];
  const statementSheets: OutputSheet[] = [];
  const total = g.producers.length;
  let done = 0;
  for (const e of g.producers) {
    const outcome: ProducerOutcome = { code: e.code, name: e.name, grid: e.grid?.id ?? null, status: "error" };
    outcomes.push(outcome);
    if (e.status === "no-consent") outcome.status = "no-consent";
    else if (e.status === "error") producerErrors.push(...e.errors);
    else {
      const input = engineInput(g, e);
      statementIssues.push(...eventsWithoutEffect(input));
      try {
        const statement = computeStatement(input);
        const sheet = sheetOf.get(e)!;
        const withholdings = withholdingsFor(
          retenues.table,
          statement,
          input.grid.amountDivisor,
          retenues.buyerOf(e.code),
        );
        if ("issues" in withholdings)
          for (const i of withholdings.issues) if (!statementIssues.includes(i)) statementIssues.push(i);
        // Laid out at once, so that the compute progress covers the statement sheets too.
        statementSheets.push(statementSheet(sheet, statement, input, withholdings));
        Object.assign(outcome, { status: "statement", statement, input, sheet, withholdings });
        for (const note of statement.notes) {
          if (note.severity === "info") continue;
          statementIssues.push({
            severity: note.severity,
            code: note.code,
            sheet: note.source?.sheet,
            row: note.source?.row,
            column: note.source?.column,
            producer: e.code,
            message: note.message,
            ...(note.value !== undefined && { criterion: note.criterion, value: note.value.toFixed() }),
          });
        }
      } catch (err) {
        producerErrors.push({
          severity: "error",
          code: "ENGINE",
          producer: e.code,
          message: `calcul impossible : ${(err as Error).message}`,
        });
      }
    }
    if (++done % PROGRESS_STEP === 0 || done === total) progress({ phase: "compute", done, total });
  }

  const issues = sortIssues([...grids.issues, ...g.issues, ...producerErrors, ...statementIssues]);
  const statements = outcomes.filter((o) => o.statement).map((o) => o.statement!);
  const totals = gridTotals(statements, (id) => grids.catalogue.resolve(id).amountDivisor);
  const summary: RunSummary = {
    producers: outcomes.length,
    statements: statements.length,
    withheld: outcomes.filter((o) => o.status === "error").length,
    noConsent: outcomes.filter((o) => o.status === "no-consent").length,
    errors: issues.filter((i) => i.severity === "error").length,
    warnings: issues.filter((i) => i.severity === "warning").length,
    totals,
  };

  // PSL rolling 12 months per producer, when the workbook holds the 11 months before (earlier months computed
  // by the same gather + engine; see history.ts).
  let history: MonthsStatements | undefined;
  if (
    options.rolling !== false &&
    g.dataStart !== null &&
    g.dataStart <= addMonths(month, 1 - ROLLING_MONTHS) &&
    statements.length > 0
  ) {
    history = await statementsOverMonths(tables, monthsEnding(month, ROLLING_MONTHS), {
      grid: options.grid,
      catalogue: grids.catalogue,
      known: new Map([[month, statements]]),
    });
    for (const o of outcomes) {
      const list = o.statement ? history.byProducer.get(codeKey(o.code)) : undefined;
      if (list) o.rolling = rollingOf(list);
    }
    const sheetByName = new Map(statementSheets.map((s) => [s.name, s]));
    for (const o of outcomes)
      if (o.rolling && o.sheet && o.statement) addRollingRows(sheetByName.get(o.sheet)!, o.statement, o.rolling);
  }

  const sheets: OutputSheet[] = [
    summarySheet(summaryName, month, outcomes, totals),
    checksSheet(checksName, month, issues),
    ...statementSheets,
  ];
  if (write) {
    await port.writeSheets(sheets, month, replace, (d, t) => progress({ phase: "write", done: d, total: t }));
  }
  return {
    month,
    grid: g.runGrid?.id ?? null,
    statements,
    producers: outcomes,
    issues,
    summary,
    sheets: sheets.map((s) => s.name),
    replaced: replace,
    history,
    outputSheets: options.keepSheets ? sheets : undefined,
  };
}

/**
 * The generated sheets of this month (replaced by this run). A sheet that has one of the new names but was
 * not generated for this month stops the run: it is someone's work, never overwritten.
 */
export async function replacements(port: WorkbookPort, month: string, names: readonly string[]): Promise<string[]> {
  const existing = new Map((await port.sheetNames()).map((n) => [sheetKey(n), n]));
  const generated = await port.generatedSheets();
  const mine = generated.filter((s) => s.key === month);
  const mineKeys = new Set(mine.map((s) => sheetKey(s.name)));
  const generatedKeys = new Map(generated.map((s) => [sheetKey(s.name), s.key]));
  for (const name of names) {
    const key = sheetKey(name);
    const clash = existing.get(key);
    if (clash === undefined || mineKeys.has(key)) continue;
    const other = generatedKeys.get(key);
    throw new RunError(
      other !== undefined
        ? `la feuille « ${clash} » a été générée pour ${other}, pas pour ${month} : renommez-la ou supprimez-la, puis relancez (rien n'a été écrit)`
        : `la feuille « ${clash} » existe déjà et n'a pas été générée par la paie du lait : renommez-la ou supprimez-la, puis relancez (rien n'a été écrit)`,
    );
  }
  return mine.map((s) => s.name);
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
      message: `événement ${e.type} du ${frDate(e.date)} sans effet : la grille ${input.grid.id} ne le prévoit pas`,
    });
  }
  return issues;
}

function gridTotals(statements: readonly Statement[], divisorOf: (grid: string) => Decimal): GridTotal[] {
  const totals = new Map<string, GridTotal>();
  for (const s of statements) {
    let t = totals.get(s.grid);
    if (!t) {
      t = {
        grid: s.grid,
        amountDivisor: divisorOf(s.grid),
        currency: s.currency,
        volumeUnit: s.volumeUnit,
        priceUnit: s.priceUnit,
        statements: 0,
        volume: ZERO,
        total: ZERO,
      };
      totals.set(s.grid, t);
    }
    t.statements++;
    t.volume = t.volume.plus(s.volume);
    t.total = t.total.plus(s.total);
  }
  return [...totals.values()];
}
