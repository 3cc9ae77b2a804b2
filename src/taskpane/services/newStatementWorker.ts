/**
 * Starts the statement worker. Alone in its file, loaded with import() only where Worker exists: the
 * `import.meta.url` webpack needs to emit the worker's chunk is not valid in the CommonJS the tests run.
 */
import type { WorkerLike } from "./workerClient";

export function newStatementWorker(): WorkerLike {
  return new Worker(/* webpackChunkName: "statement-worker" */ new URL("./statementWorker.ts", import.meta.url), {
    name: "statements",
  });
}
