/**
 * The statement worker's path, as far as Node allows: the worker's code (serveTask) run in this process behind
 * a Worker-like object whose messages go through structuredClone, as postMessage's do. The run, its progress,
 * its errors and the decimal values arrive as the page needs them; where no worker starts, the page runs it.
 */
import { Decimal } from "../../src/engine";
import { runJson, RunError, type RunResult } from "../../src/run";
import { setLanguage } from "../../src/messages";
import { createStandaloneService } from "../../src/taskpane/services/standaloneService";
import type { Step } from "../../src/taskpane/services/types";
import { decode, encode } from "../../src/taskpane/services/workerCodec";
import type { WorkerLike } from "../../src/taskpane/services/workerClient";
import { serveTask, type TaskReply, type TaskRequest } from "../../src/taskpane/services/workerTasks";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { generateSample } from "../../scripts/sample/generate";
import { xlsxBytes } from "../cli/workbooks";

/** A worker in this process: each message structured-cloned (buffers transferred), answered asynchronously. */
class InProcessWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<TaskReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  requests: TaskRequest[] = [];
  terminated = false;
  postMessage(message: TaskRequest, transfer: Transferable[]): void {
    const request = structuredClone(message, { transfer });
    this.requests.push(request);
    setTimeout(() =>
      serveTask(
        request,
        (bytes) => XlsxWorkbook.open(bytes),
        (reply, moved) => {
          const copy = structuredClone(reply, { transfer: moved ?? [] });
          setTimeout(() => this.onmessage?.({ data: copy } as MessageEvent<TaskReply>));
        },
      ),
    );
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** The sample's input sheets as an .xlsx (30 producers, 4 months). */
async function sampleBytes(): Promise<Uint8Array> {
  const sample = generateSample({ grid: "sud-est-2018", producers: 30, months: 4 });
  return xlsxBytes(Object.fromEntries(sample.sheets.map((s) => [s.name, [s.headers, ...s.rows]])));
}

const file = (bytes: Uint8Array) => new File([bytes as BlobPart], "OP.xlsx");

/** The result's JSON (decimals as numbers) without what the pane's result leaves out. */
const figures = (r: RunResult) => JSON.stringify({ ...runJson(r), history: undefined });

describe("the statement worker", () => {
  it("runs the statements: progress as it goes, the same result as in the page, decimals revived", async () => {
    const bytes = await sampleBytes();
    const worker = new InProcessWorker();
    const viaWorker = createStandaloneService({ worker: () => worker });
    const inPage = createStandaloneService({ worker: null });
    await viaWorker.openWorkbook!(file(bytes));
    await inPage.openWorkbook!(file(bytes));
    const steps: Step[] = [];
    const out = await viaWorker.generate({ month: "2025-03" }, (s) => steps.push(s));
    const expected = await inPage.generate({ month: "2025-03" }, () => undefined);
    expect(worker.requests).toHaveLength(1);
    expect(worker.requests[0].task).toEqual({ task: "statements", month: "2025-03" });

    expect(figures(out.result)).toBe(figures(expected.result));
    expect(out.result.outputSheets).toEqual(expected.result.outputSheets); // « Télécharger les PDF » prints them
    expect(out.letterhead).toEqual(expected.letterhead);
    const total = out.result.summary.totals[0].total;
    expect(Decimal.isDecimal(total) && total.plus(1).minus(1).eq(expected.result.summary.totals[0].total)).toBe(true);
    // One statement object, in the list and in its producer's outcome.
    const first = out.result.producers.find((p) => p.statement)!;
    expect(out.result.statements).toContain(first.statement);
    expect(first.input).toBeUndefined(); // the engine's input stays in the worker

    // Every phase, with the run's real counts; the last step is the save.
    expect([...new Set(steps.map((s) => s.phase))]).toEqual(["open", "read", "compute", "write", "save"]);
    expect(steps.find((s) => s.phase === "compute" && s.done === s.total)!.total).toBe(30);
    expect(steps[steps.length - 1]).toEqual({ phase: "save", done: 1, total: 1 });

    // The sheets landed in the working workbook.
    const wb = XlsxWorkbook.open(new Uint8Array(await viaWorker.downloadWorkbook!().blob.arrayBuffer()));
    expect(await wb.sheetNames()).toContain("Synthèse 2025-03");
    // The month's state is read there too.
    expect(await viaWorker.monthState!()).toMatchObject({ month: "2025-03", statements: true, producers: 30 });
    expect(worker.requests.map((r) => r.task.task)).toEqual(["statements", "monthState"]);
  }, 60_000);

  it("says the run's error as the run wrote it, in the page's language", async () => {
    const service = createStandaloneService({ worker: () => new InProcessWorker() });
    await service.openWorkbook!(file(await sampleBytes()));
    const run = service.generate({ month: "2026-10" }, () => undefined);
    await expect(run).rejects.toBeInstanceOf(RunError);
    await expect(run).rejects.toThrow("pas de prix de base pour 2026-10");
    setLanguage("en");
    try {
      const worker = new InProcessWorker();
      const english = createStandaloneService({ worker: () => worker });
      await english.openWorkbook!(file(await sampleBytes()));
      await english.monthState!();
      expect(worker.requests[0].lang).toBe("en");
    } finally {
      setLanguage(null);
    }
  }, 60_000);

  it("where the worker cannot start, runs in the page", async () => {
    const bytes = await sampleBytes();
    const failing = createStandaloneService({
      worker: () => {
        throw new Error("no Worker here");
      },
    });
    await failing.openWorkbook!(file(bytes));
    expect((await failing.generate({ month: "2025-03" }, () => undefined)).result.summary.producers).toBe(30);

    // A worker whose script does not load: an error before any message.
    const broken = new InProcessWorker();
    broken.postMessage = () =>
      setTimeout(() => broken.onerror?.({ message: "404", preventDefault() {} } as ErrorEvent));
    const service = createStandaloneService({ worker: () => broken });
    await service.openWorkbook!(file(bytes));
    expect((await service.monthState!()).month).toBe("2025-03");
    expect(broken.terminated).toBe(true);
  }, 60_000);
});

describe("the worker's codec", () => {
  it("revives decimals, keeps Maps and shared objects, leaves functions out", () => {
    const shared = { price: new Decimal("412.25"), at: [new Decimal("-0.520")] };
    const value = {
      a: shared,
      b: shared,
      map: new Map([["P1", { total: new Decimal("1e-7") }]]),
      f: () => 1,
      bytes: new Uint8Array([1, 2]),
      nothing: null,
    };
    const back = decode<typeof value>(structuredClone(encode(value)));
    expect(back.a).toBe(back.b);
    expect(back.a.price.eq("412.25") && back.a.at[0].toString() === "-0.52").toBe(true);
    expect(Decimal.isDecimal(back.map.get("P1")!.total) && back.map.get("P1")!.total.eq("0.0000001")).toBe(true);
    expect("f" in back).toBe(false);
    expect(back.bytes).toEqual(new Uint8Array([1, 2]));
    expect(back.nothing).toBeNull();
    // A cycle does not loop.
    const cyclic: Record<string, unknown> = { n: new Decimal(1) };
    cyclic.self = cyclic;
    const round = decode<Record<string, unknown>>(structuredClone(encode(cyclic)));
    expect(round.self).toBe(round);
  });
});
