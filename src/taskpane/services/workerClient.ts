/**
 * The page's side of the statement worker: sends a task with a copy of the working workbook's bytes, passes
 * the worker's progress on as it comes, revives the answer (workerCodec.ts). Tasks go one at a time. Where the
 * worker cannot start (no Worker, as in the tests' jsdom; a chunk that fails to load), `run` answers null and
 * the caller runs the task in the page.
 */
import { language, t } from "../../messages";
import { RunError, type RunResult } from "../../run";
import type { Step } from "./types";
import { decode } from "./workerCodec";
import type { PageTask, TaskOutput, TaskReply, TaskRequest } from "./workerTasks";

/** The part of a Worker used here (a test gives its own). */
export interface WorkerLike {
  postMessage(message: TaskRequest, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<TaskReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

function errorOf(reply: Extract<TaskReply, { type: "error" }>): Error {
  // The run's errors keep their class: the pane shows their message as the run wrote it.
  const error = reply.name === "RunError" ? new RunError(reply.message) : new Error(reply.message);
  if (reply.name !== "RunError") error.name = reply.name;
  return error;
}

export class WorkerClient {
  private worker: WorkerLike | null = null;
  /** The worker could not start: every task runs in the page from then on. */
  private unavailable = false;
  private queue: Promise<unknown> = Promise.resolve();
  private lastId = 0;

  constructor(private readonly start: () => WorkerLike | Promise<WorkerLike>) {}

  /** The task's output, or null when the worker cannot run it (run it in the page). */
  run<K extends PageTask["task"]>(
    task: Extract<PageTask, { task: K }>,
    bytes: Uint8Array,
    onStep?: (step: Step) => void,
  ): Promise<TaskOutput[K] | null> {
    const next = this.queue.then(() => this.send<K>(task, bytes, onStep));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async started(): Promise<WorkerLike | null> {
    if (this.unavailable) return null;
    try {
      return (this.worker ??= await this.start());
    } catch {
      this.unavailable = true;
      return null;
    }
  }

  private async send<K extends PageTask["task"]>(
    task: PageTask,
    bytes: Uint8Array,
    onStep?: (step: Step) => void,
  ): Promise<TaskOutput[K] | null> {
    const worker = await this.started();
    if (!worker) return null;
    const id = ++this.lastId;
    const copy = bytes.slice(); // the working workbook stays the page's
    return new Promise((resolve, reject) => {
      let heard = false;
      worker.onmessage = ({ data: reply }) => {
        if (reply.id !== id) return;
        heard = true;
        if (reply.type === "step") onStep?.(reply.step);
        else if (reply.type === "error") reject(errorOf(reply));
        else {
          const value = decode<Record<string, unknown>>(reply.value);
          if (reply.sheets) (value.result as RunResult).outputSheets = reply.sheets;
          resolve((reply.bytes ? { ...value, bytes: reply.bytes } : value) as unknown as TaskOutput[K]);
        }
      };
      worker.onerror = (event) => {
        event.preventDefault?.();
        worker.terminate();
        this.worker = null;
        // Nothing heard: the worker never ran (its script did not load); the page runs the task.
        if (!heard) {
          this.unavailable = true;
          resolve(null);
        } else reject(new Error(event.message || t("pane.workerStopped")));
      };
      worker.postMessage({ id, lang: language(), task, bytes: copy }, [copy.buffer]);
    });
  }
}
