/**
 * The statement worker (a dedicated Web Worker of the standalone page, its own chunk built by webpack from
 * `new Worker(new URL("./statementWorker.ts", import.meta.url))` in newStatementWorker.ts): the statement run
 * and the month's state on the working workbook's bytes, off the page's thread (workerTasks.ts).
 */
import { XlsxWorkbook } from "../../workbook/xlsx/workbook";
import { serveTasks, type WorkerScope } from "./workerTasks";

serveTasks(self as unknown as WorkerScope, (bytes) => XlsxWorkbook.open(bytes));
