/**
 * The statement run: read the input tables through the workbook port, gather each producer's month and
 * history, compute with the engine, build the summary, one statement per producer and the checks list, and
 * write them through the port, replacing exactly the sheets generated earlier for the same month.
 *
 * The same function serves the command line (.xlsx port) and the task pane (Office.js port): it never
 * knows which port it talks to.
 */
import { addMonths, ZERO, type Decimal, type GridCatalogue, type Statement, type YearMonth } from "../engine";
import { codeKey } from "../inputs";
import { RunError, sortIssues, type Issue } from "../inputs/issues";
import { readTables, type InputTables } from "../inputs/tables";
import { readWorkbookGrids } from "../inputs/workbookGrids";
import { t } from "../messages";
import { withholdingContext } from "../invoicing/withholdings";
import type { OutputSheet, WorkbookPort } from "../workbook/port";
import { checksSheet } from "./checksSheet";
import { gather, type Gathered, type ProducerEntry } from "./gather";
import { producerStatements, type ProducerStatements } from "./producerStatements";
import { ROLLING_MONTHS, rollingOf } from "./rolling";
import { checksSheetName, sheetKey, SheetNamer, statementSheetName, summarySheetName } from "./sheetNames";
import { addRollingRows } from "./statementSheet";
import { monthsEnding, statementsOverMonths, type MonthsStatements } from "./statementsOverMonths";
import { summarySheet } from "./summarySheet";
import type { GridTotal, ProducerOutcome, RunOptions, RunResult, RunSummary } from "./types";

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
  const names = runSheetNames(month, g.producers);
  const write = options.write !== false;
  const replace = write ? await replacements(port, month, [names.summary, names.checks, ...names.of.values()]) : [];

  const computed = producerStatements(g, names.of, retenues, progress);
  const { outcomes } = computed;
  const issues = sortIssues([...grids.issues, ...g.issues, ...computed.producerErrors, ...computed.statementIssues]);
  const statements = outcomes.filter((o) => o.statement).map((o) => o.statement!);
  const totals = gridTotals(statements, (id) => grids.catalogue.resolve(id).amountDivisor);
  const history =
    options.rolling !== false
      ? await addRolling12Months(tables, g, { grid: options.grid, catalogue: grids.catalogue }, statements, computed)
      : undefined;

  const sheets: OutputSheet[] = [
    summarySheet(names.summary, month, outcomes, totals),
    checksSheet(names.checks, month, issues),
    ...computed.statementSheets,
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
    summary: runSummary(outcomes, statements, issues, totals),
    sheets: sheets.map((s) => s.name),
    replaced: replace,
    history,
    outputSheets: options.keepSheets ? sheets : undefined,
  };
}

/** The run's sheet names: the summary, the checks and one per producer ready for a statement. */
function runSheetNames(month: YearMonth, producers: readonly ProducerEntry[]) {
  const summary = summarySheetName(month);
  const checks = checksSheetName(month);
  const namer = new SheetNamer([summary, checks]);
  const of = new Map<ProducerEntry, string>();
  for (const e of producers) if (e.status === "ready") of.set(e, namer.take(statementSheetName(month, e.code)));
  return { summary, checks, of };
}

function runSummary(
  outcomes: readonly ProducerOutcome[],
  statements: readonly Statement[],
  issues: readonly Issue[],
  totals: GridTotal[],
): RunSummary {
  return {
    producers: outcomes.length,
    statements: statements.length,
    withheld: outcomes.filter((o) => o.status === "error").length,
    noConsent: outcomes.filter((o) => o.status === "no-consent").length,
    errors: issues.filter((i) => i.severity === "error").length,
    warnings: issues.filter((i) => i.severity === "warning").length,
    totals,
  };
}

/**
 * PSL rolling 12 months per producer, when the workbook holds the 11 months before (earlier months computed
 * by the same gather + engine; see statementsOverMonths.ts and rolling.ts): into each outcome and under the
 * effective price of its statement sheet. Undefined when the workbook does not hold them.
 */
async function addRolling12Months(
  tables: InputTables,
  g: Gathered,
  gridChoice: { grid?: string; catalogue: GridCatalogue },
  statements: Statement[],
  computed: ProducerStatements,
): Promise<MonthsStatements | undefined> {
  const month = g.month;
  if (g.dataStart === null || g.dataStart > addMonths(month, 1 - ROLLING_MONTHS) || statements.length === 0)
    return undefined;
  const history = await statementsOverMonths(tables, monthsEnding(month, ROLLING_MONTHS), {
    ...gridChoice,
    known: new Map([[month, statements]]),
  });
  for (const o of computed.outcomes) {
    const list = o.statement ? history.byProducer.get(codeKey(o.code)) : undefined;
    if (list) o.rolling = rollingOf(list);
  }
  const sheetByName = new Map(computed.statementSheets.map((s) => [s.name, s]));
  for (const o of computed.outcomes)
    if (o.rolling && o.sheet && o.statement) addRollingRows(sheetByName.get(o.sheet)!, o.statement, o.rolling);
  return history;
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
        ? t("run.sheetOfOtherMonth", { sheet: clash, other, month })
        : t("run.sheetNotGenerated", { sheet: clash }),
    );
  }
  return mine.map((s) => s.name);
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
