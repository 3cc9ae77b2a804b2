/**
 * The pane outside Excel: the person opens an .xlsx file (or starts from the template) and the page works on
 * it with the .xlsx port. One working workbook (pageWorkbook.ts): every action — statements, import, price A,
 * comparison, invoices, grid sheet, missing tables — works on a fresh copy of it and lands its writes in it;
 * « Télécharger le classeur » (downloadWorkbook) gives it as it now is. No action downloads a file of its own.
 *
 * The statement run and the month's state run in the statement worker (workerTasks.ts), off the page's
 * thread, with the progress passed on as it comes; where no worker can start (tests), in the page. The .xlsx
 * port and ExcelJS (for the template) are loaded only here, on demand, in chunks of their own: the pane that
 * Excel loads never includes them.
 */
import type { XlsxWorkbook } from "../../workbook/xlsx/workbook";
import type { WorkbookPort } from "../../workbook/port";
import type { GenerateOutcome, GenerateRequest, MonthState, Phase, StatementService, Step } from "./types";
import { nextFrame } from "./types";
import { gridsActions, type GridsChange } from "./grids";
import { compareOn, priceAOn } from "./prices";
import { issueOn, previewOn } from "./invoices";
import { createImportService, type ImportService } from "./importService";
import { pageWorkbook, type PageWorkbook } from "./pageWorkbook";
import { addMissingTablesOnPage, templateDownload } from "./pageTemplate";
import { WorkerClient, type WorkerLike } from "./workerClient";
import { monthStateOn, statementsOn, type MonthStateTask, type StatementsTask } from "./workerTasks";
import { t } from "../../messages";

export { TEMPLATE_FILE, workbookFileName } from "./pageWorkbook";

/** Worded when it happens, in the pane's language. */
const changed = () => t("pane.workbookChanged");

export interface StandaloneOptions {
  /** Starts the statement worker; null: everything runs in the page. Default: the built worker, where Worker exists. */
  worker?: (() => WorkerLike | Promise<WorkerLike>) | null;
}

const builtWorker = async (): Promise<WorkerLike> =>
  (await import(/* webpackMode: "eager" */ "./newStatementWorker")).newStatementWorker();

export function createStandaloneService(options: StandaloneOptions = {}): StatementService {
  const page = pageWorkbook();
  const start = options.worker !== undefined ? options.worker : typeof Worker === "undefined" ? null : builtWorker;
  const worker = start ? new WorkerClient(start) : null;
  /** An action on a fresh copy of the working workbook; its writes then land in it. */
  async function onCopy<O>(action: (wb: XlsxWorkbook) => Promise<O>): Promise<O> {
    const wb = await page.copy();
    const out = await action(wb);
    page.landCopy(wb, changed());
    return out;
  }

  return {
    mode: "standalone",
    phases: (_request: GenerateRequest): Phase[] => ["open", "read", "compute", "write", "save"],
    openWorkbook: (file) => page.open(file),
    generate: (request, onStep) => generateOnPage(page, worker, request, onStep),
    monthState: (month, grid) => monthStateOnPage(page, worker, { task: "monthState", month, grid }),
    addMissingTables: () => addMissingTablesOnPage(page),
    downloadWorkbook: () => page.download(),
    prices: {
      compareGrids: (month, grid) => onCopy((wb) => compareOn(wb, month, grid)),
      priceA: (month) => onCopy((wb) => priceAOn(wb, month)),
    },
    invoices: {
      preview: async (request) => previewOn(await page.copy(), request),
      issue: (request) => onCopy((wb) => issueOn(wb, request)),
    },
    imports: importsOnPage(page),
    // A grid sheet added lands in the working workbook, as an import does.
    grids: gridsActions(
      () => page.copy(),
      async (change: GridsChange, port: WorkbookPort) => (page.landCopy(port as XlsxWorkbook, changed()), change),
    ),
    // The first pane's « Créer le modèle » (a download), until its sections move to addMissingTables.
    createTemplate: templateDownload,
  };
}

/**
 * « Générer les relevés » on the working workbook: in the worker (else in the page), from its bytes; the
 * month's sheets then land in it, replacing those of an earlier run of the month as in Excel.
 */
async function generateOnPage(
  page: PageWorkbook,
  worker: WorkerClient | null,
  request: GenerateRequest,
  onStep: (step: Step) => void,
): Promise<GenerateOutcome> {
  const state = page.current();
  const task: StatementsTask = { task: "statements", month: request.month, grid: request.grid };
  let done = worker ? await worker.run(task, state.bytes, onStep) : null;
  if (!done) {
    onStep({ phase: "open", done: 0, total: 1 });
    await nextFrame();
    done = await statementsOn(await page.copy(state), task, onStep, nextFrame);
  }
  page.land(state, done.bytes, t("pane.workbookChangedRun"));
  return { result: done.result, letterhead: done.letterhead };
}

/** The month's state of the working workbook (rejects while none is open). */
async function monthStateOnPage(
  page: PageWorkbook,
  worker: WorkerClient | null,
  task: MonthStateTask,
): Promise<MonthState> {
  const state = page.current();
  return (worker && (await worker.run(task, state.bytes))) ?? monthStateOn(await page.copy(state), task);
}

/** Imports into the working workbook: each import lands on the workbook it read. */
function importsOnPage(page: PageWorkbook): ImportService {
  return createImportService<XlsxWorkbook>({
    open: () => page.copy(),
    async commit(wb) {
      const state = page.landCopy(wb, t("pane.workbookChangedImport"));
      page.replace({ ...state, imports: state.imports + 1 });
      return { workbook: await page.opened() };
    },
  });
}
