/**
 * Benchmark of the month's PDFs (issue 14: PDFs for 2 000 producers in under 3× the time of the statement run
 * itself). On the statement run's benchmark workbook (2 000 producers × 6 months, bench/run-statements.ts), in
 * one process:
 * - the statement run: open the .xlsx, runStatements (read, compute, lay out, write the sheets), save the bytes;
 * - the PDFs: writeMonthPdfs (one PDF per statement, the summary, the combined PDF of every statement) into a
 *   temporary folder — what `npm run statements -- --pdf DIR` adds to the run.
 * BENCH_ROUNDS (default 2) repeats both, one after the other, and reports the median and the best of each.
 * The PDFs are made on one thread (the main one, like the statement run): no worker threads.
 *
 *   npx tsx bench/pdf.ts            (also run by `npm run bench`)
 *
 * Wall and CPU time are both reported: on a machine shared with other work the wall time of either step can
 * stretch (CPU time does much less).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { openWorkbook } from "../src/cli/nodeXlsx";
import { writeOneFile } from "../src/cli/workbookCommand";
import { writeMonthPdfs } from "../src/documents/write";
import { runStatements, type RunResult } from "../src/run";
import { benchWorkbook } from "./run-statements";

const MONTH = "2025-03";
const TARGET_RATIO = 3;

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};

async function statementRun(file: string): Promise<{ seconds: number; cpu: number; result: RunResult }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const port = openWorkbook(file, fs.readFileSync(file));
  if (typeof port === "string") throw new Error(port);
  const result = await runStatements(port, { month: MONTH, keepSheets: true });
  port.toBytes();
  return { seconds: (performance.now() - t0) / 1000, cpu: cpuSeconds(c0), result };
}

export async function benchPdf(): Promise<string[]> {
  const { file } = await benchWorkbook();
  const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 2));
  const runs: number[] = [];
  const pdfs: number[] = [];
  const combined: number[] = [];
  const runCpu: number[] = [];
  const pdfCpu: number[] = [];
  let files = 0;
  let bytes = 0;
  let statements = 0;
  for (let i = 0; i < rounds; i++) {
    const run = await statementRun(file);
    runs.push(run.seconds);
    runCpu.push(run.cpu);
    statements = run.result.statements.length;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "milkpay-pdf-bench-"));
    try {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      let singlesDone = 0;
      const written = await writeMonthPdfs(dir, run.result, {
        letterhead: {
          name: "OP Bench",
          address: "1 rue du Lait",
          postalCode: "73000",
          city: "Chambéry",
          siren: "512345678",
        },
        writeFile: writeOneFile,
        onProgress: (done, total) => {
          if (done === total - 1) singlesDone = performance.now();
        },
      });
      const t1 = performance.now();
      pdfs.push((t1 - t0) / 1000);
      pdfCpu.push(cpuSeconds(c0));
      combined.push((t1 - singlesDone) / 1000);
      files = written.files.length;
      bytes = written.files.reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  // Medians: on a shared machine one round of either step can stretch; the best of each is shown too.
  const run = median(runs);
  const pdf = median(pdfs);
  const ratio = pdf / run;
  const cpuRatio = median(pdfCpu) / median(runCpu);
  const bestRatio = Math.min(...pdfs) / Math.min(...runs);
  return [
    `PDFs of ${statements} statements on ${path.basename(file)}: ${files} files, ${(bytes / 1e6).toFixed(1)} MB (one per statement, the summary, the combined PDF); medians of ${rounds} rounds; one thread (no workers)`,
    `  statement run in process (open, run, save): ${run.toFixed(2)} s, CPU ${median(runCpu).toFixed(2)} s`,
    `  PDFs (writeMonthPdfs): ${pdf.toFixed(2)} s, ${((pdf * 1000) / statements).toFixed(1)} ms per producer, of which the combined PDF ${median(combined).toFixed(2)} s; CPU ${median(pdfCpu).toFixed(2)} s`,
    `  ratio ${ratio.toFixed(2)}× the statement run (target < ${TARGET_RATIO}×): ${ratio < TARGET_RATIO ? "OK" : "OVER TARGET"}; CPU time ratio ${cpuRatio.toFixed(2)}×; best of each ${bestRatio.toFixed(2)}×`,
    `  all rounds — run: ${runs.map((s) => s.toFixed(2)).join(", ")} s; PDFs: ${pdfs.map((s) => s.toFixed(2)).join(", ")} s`,
  ];
}

if (typeof require !== "undefined" && require.main === module) {
  benchPdf().then(
    (lines) => console.log(lines.join("\n")),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
