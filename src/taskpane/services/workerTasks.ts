/**
 * The standalone page's heavy work on the working workbook — the statement run, the month's state — as
 * tasks on its bytes: run in the statement worker (statementWorker.ts binds `serveTasks` to the worker's
 * scope) so that the page keeps responding, or in the page itself where no Worker exists (workerClient.ts
 * decides). The same functions either way: what the person gets does not depend on where it ran.
 */
import { readLetterhead, type LetterheadReading } from "../../invoicing/letterhead";
import { loadLanguage, setLanguage, type Lang } from "../../messages";
import { readMonthState } from "../../month/state";
import type { MonthState } from "../../month/types";
import { runStatements, RunError, type RunResult } from "../../run";
import type { OutputSheet } from "../../workbook/port";
import type { XlsxWorkbook } from "../../workbook/xlsx/workbook";
import type { Step } from "./types";
import { encode, paneResult } from "./workerCodec";

export interface StatementsTask {
  task: "statements";
  month: string;
  grid?: string;
}

export interface MonthStateTask {
  task: "monthState";
  month?: string;
  grid?: string;
}

export type PageTask = StatementsTask | MonthStateTask;

/** The statement run's outcome: the pane's result, the OP letterhead, the workbook with the month's sheets. */
export interface StatementsDone {
  result: RunResult;
  letterhead: LetterheadReading;
  bytes: Uint8Array;
}

/** What each task gives back. */
export interface TaskOutput {
  statements: StatementsDone;
  monthState: MonthState;
}

/**
 * « Générer les relevés » on a copy of the working workbook: read the letterhead (before the run's writes),
 * run with the laid-out sheets kept (« Télécharger les PDF » prints them), write the workbook back to bytes.
 * `pause` lets the page paint between steps when it runs there.
 */
export async function statementsOn(
  wb: XlsxWorkbook,
  task: StatementsTask,
  onStep: (step: Step) => void,
  pause: () => Promise<void> = async () => undefined,
): Promise<StatementsDone> {
  onStep({ phase: "open", done: 1, total: 1 });
  const letterhead = await readLetterhead(wb);
  const result = await runStatements(wb, {
    month: task.month,
    grid: task.grid,
    onProgress: (p) => onStep(p),
    keepSheets: true,
  });
  onStep({ phase: "save", done: 0, total: 1 });
  await pause();
  const bytes = wb.toBytes();
  onStep({ phase: "save", done: 1, total: 1 });
  return { result: paneResult(result), letterhead, bytes };
}

export function monthStateOn(wb: XlsxWorkbook, task: MonthStateTask): Promise<MonthState> {
  return readMonthState(wb, task.month, { grid: task.grid });
}

// ----------------------------------------------------------------------------------------------- messages

/** Page → worker. */
export interface TaskRequest {
  id: number;
  lang: Lang;
  task: PageTask;
  /** A copy of the working workbook's bytes (transferred). */
  bytes: Uint8Array;
}

/** Worker → page. */
export type TaskReply =
  | { id: number; type: "step"; step: Step }
  | { id: number; type: "done"; value: unknown; bytes?: Uint8Array; sheets?: OutputSheet[] }
  | { id: number; type: "error"; name: string; message: string };

/** What a worker's global scope offers (the DOM's types, not the webworker lib's, are in this project). */
export interface WorkerScope {
  onmessage: ((event: MessageEvent<TaskRequest>) => void) | null;
  postMessage(message: TaskReply, transfer?: Transferable[]): void;
}

/** Progress at most every STEP_MS within a phase (each message re-renders the pane); a phase's end always. */
const STEP_MS = 40;

function stepPoster(id: number, post: WorkerScope["postMessage"]): (step: Step) => void {
  let last: Step | null = null;
  let at = 0;
  return (step) => {
    const now = Date.now();
    const tooSoon = last?.phase === step.phase && step.done < step.total && now - at < STEP_MS;
    if (tooSoon) return;
    last = step;
    at = now;
    post({ id, type: "step", step: { ...step } });
  };
}

/** Runs one request; every outcome, an error included, is posted back. */
export async function serveTask(
  request: TaskRequest,
  open: (bytes: Uint8Array) => XlsxWorkbook,
  post: WorkerScope["postMessage"],
): Promise<void> {
  const { id, task } = request;
  try {
    await loadLanguage(request.lang);
    setLanguage(request.lang);
    if (task.task === "statements") {
      const onStep = stepPoster(id, post);
      onStep({ phase: "open", done: 0, total: 1 });
      const { bytes, result, letterhead } = await statementsOn(open(request.bytes), task, onStep);
      // The laid-out sheets hold no decimal: copied as they are, not walked by the codec (the most cells).
      const value = encode({ result: { ...result, outputSheets: undefined }, letterhead });
      post({ id, type: "done", value, bytes, sheets: result.outputSheets }, [bytes.buffer]);
    } else {
      post({ id, type: "done", value: encode(await monthStateOn(open(request.bytes), task)) });
    }
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    post({ id, type: "error", name: error instanceof RunError ? "RunError" : error.name, message: error.message });
  }
}

/** The worker's side: every request served in turn. */
export function serveTasks(scope: WorkerScope, open: (bytes: Uint8Array) => XlsxWorkbook): void {
  let queue = Promise.resolve();
  scope.onmessage = (event) => {
    queue = queue.then(() => serveTask(event.data, open, (m, t) => scope.postMessage(m, t)));
  };
}
