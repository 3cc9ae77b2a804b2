/**
 * Reading benchmark for the .xlsx port: ExcelJS's streaming reader (every cell) against XlsxWorkbook reading
 * the five input tables, each in its own child process so that peak RSS is its own.
 *
 *   npx tsx bench/xlsx.ts [file.xlsx]            (default: generates <tmpdir>/milkpay-bench/synthetic-2000x6.xlsx)
 *   npx tsx bench/xlsx.ts --make file.xlsx [producers] [months]
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { readCommandLine } from "../src/cli/args";
import { XlsxWorkbook } from "../src/workbook/xlsx";

export const INPUT_TABLES = ["Producteurs", "Livraisons", "Analyses", "PrixDeBase", "Evenements"];

export interface SyntheticOptions {
  producers?: number;
  /** Months ending with `lastMonth`. */
  months?: number;
  /** "YYYY-MM" of the last month. */
  lastMonth?: string;
  /** Deliveries per producer and month (every other day: 15). */
  deliveriesPerMonth?: number;
  /** Lab results per producer and month (25: 5 of each of MG, MP, GERMES, CELLULES, BUTYRIQUES). */
  resultsPerMonth?: number;
}

/** Small deterministic PRNG so generated files are identical from run to run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

/** What every sheet of the synthetic workbook shares (one PRNG, drawn sheet after sheet in this order). */
interface Synthetic {
  wb: ExcelJS.stream.xlsx.WorkbookWriter;
  rand: () => number;
  producers: number;
  monthList: { y: number; m: number }[];
}

const DATE_FORMAT = "dd/mm/yyyy";

function producerCode(i: number): string {
  return "P" + String(i + 1).padStart(4, "0");
}

function writeProducers({ wb, producers }: Synthetic): number {
  const prod = wb.addWorksheet("Producteurs");
  prod.addRow(["Code", "Nom", "Grille", "Charte", "Consentement"]).commit();
  for (let i = 0; i < producers; i++)
    prod
      .addRow([
        producerCode(i),
        `GAEC de la Ferme ${i + 1}`,
        i % 10 === 0 ? "mooh-2025" : "",
        i % 3 ? "oui" : "non",
        i % 97 === 0 ? "non" : "oui",
      ])
      .commit();
  prod.commit();
  return producers;
}

function writeDeliveries({ wb, rand, producers, monthList }: Synthetic, perMonth: number): number {
  const liv = wb.addWorksheet("Livraisons");
  liv.getColumn(1).numFmt = DATE_FORMAT;
  liv.addRow(["Date", "Code", "Volume", "Heure", "Température", "Lieu"]).commit();
  let n = 0;
  for (const { y, m } of monthList) {
    for (let d = 0; d < perMonth; d++) {
      const date = new Date(Date.UTC(y, m - 1, 1 + 2 * d));
      for (let i = 0; i < producers; i++) {
        const row = liv.addRow([
          date,
          producerCode(i),
          Math.round(800 + rand() * 2200),
          "06:" + String(10 + (i % 50)).padStart(2, "0"),
          Math.round((3 + rand() * 2) * 10) / 10,
          i % 4 ? "ferme" : "centre",
        ]);
        row.getCell(1).numFmt = DATE_FORMAT;
        row.commit();
        n++;
      }
    }
  }
  liv.commit();
  return n;
}

function writeResults({ wb, rand, producers, monthList }: Synthetic, results: number): number {
  const crit = ["MG", "MP", "GERMES", "CELLULES", "BUTYRIQUES"];
  const val = (c: string) =>
    c === "MG"
      ? Math.round((36 + rand() * 8) * 10) / 10
      : c === "MP"
        ? Math.round((31 + rand() * 4) * 10) / 10
        : c === "GERMES"
          ? Math.round(5000 + rand() * 60000)
          : c === "CELLULES"
            ? Math.round(80000 + rand() * 300000)
            : Math.round(rand() * 3000);
  const ana = wb.addWorksheet("Analyses");
  ana.addRow(["Date", "Code", "Critère", "Valeur", "Validé"]).commit();
  let n = 0;
  for (const { y, m } of monthList) {
    for (let k = 0; k < results; k++) {
      const date = new Date(Date.UTC(y, m - 1, 1 + Math.floor((k / results) * 27)));
      const c = crit[k % crit.length];
      for (let i = 0; i < producers; i++) {
        const row = ana.addRow([date, producerCode(i), c, val(c), rand() < 0.98 ? "oui" : "non"]);
        row.getCell(1).numFmt = DATE_FORMAT;
        row.commit();
        n++;
      }
    }
  }
  ana.commit();
  return n;
}

function writeBasePrices({ wb, monthList }: Synthetic): number {
  const prix = wb.addWorksheet("PrixDeBase");
  prix.addRow(["Mois", "Grille", "Prix"]).commit();
  for (const { y, m } of monthList) {
    prix.addRow([`${y}-${String(m).padStart(2, "0")}`, "sud-est-2018", 420 + m]).commit();
    prix.addRow([`${y}-${String(m).padStart(2, "0")}`, "mooh-2025", 45 + m / 10]).commit();
  }
  prix.commit();
  return monthList.length * 2;
}

function writeEvents({ wb, rand, producers, monthList }: Synthetic): number {
  const ev = wb.addWorksheet("Evenements");
  ev.addRow(["Date", "Code", "Type", "Volume", "Montant"]).commit();
  let n = 0;
  for (const { y, m } of monthList) {
    for (let i = 0; i < producers; i += 20) {
      const t = ["ALERTE", "EPANDAGE", "DOMMAGES"][n % 3];
      const row = ev.addRow([
        new Date(Date.UTC(y, m - 1, 10)),
        producerCode(i),
        t,
        t === "ALERTE" ? 1500 : null,
        t === "ALERTE" ? null : Math.round(rand() * 50000) / 100,
      ]);
      row.getCell(1).numFmt = DATE_FORMAT;
      row.commit();
      n++;
    }
  }
  ev.commit();
  return n;
}

/**
 * Writes a synthetic OP workbook with ExcelJS's streaming writer (fast, low memory). Defaults: 2,000
 * producers × 6 months ≈ 180,000 Livraisons rows and 300,000 Analyses rows. Returns the row counts.
 */
export async function makeSyntheticWorkbook(
  file: string,
  opts: SyntheticOptions = {},
): Promise<Record<string, number>> {
  const months = opts.months ?? 6;
  const [ly, lm] = (opts.lastMonth ?? "2025-03").split("-").map(Number);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const monthList: { y: number; m: number }[] = [];
  for (let k = months - 1; k >= 0; k--) {
    const d = new Date(Date.UTC(ly, lm - 1 - k, 1));
    monthList.push({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1 });
  }
  const synthetic: Synthetic = { wb, rand: rng(42), producers: opts.producers ?? 2000, monthList };
  const counts: Record<string, number> = {};
  counts.Producteurs = writeProducers(synthetic);
  counts.Livraisons = writeDeliveries(synthetic, opts.deliveriesPerMonth ?? 15);
  counts.Analyses = writeResults(synthetic, opts.resultsPerMonth ?? 25);
  counts.PrixDeBase = writeBasePrices(synthetic);
  counts.Evenements = writeEvents(synthetic);
  await wb.commit();
  return counts;
}

interface ChildResult {
  seconds: number;
  /** CPU time of the process (user + system, all threads), less sensitive to a busy machine. */
  cpuSeconds: number;
  maxRssMB: number;
  detail: string;
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1e6;
}

async function childExcelJs(file: string): Promise<ChildResult> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
    worksheets: "emit",
    entries: "emit",
  });
  let cells = 0;
  let rows = 0;
  for await (const ws of reader) {
    for await (const row of ws as AsyncIterable<ExcelJS.Row>) {
      rows++;
      const v = row.values as unknown[];
      for (let i = 1; i < v.length; i++) if (v[i] !== undefined) cells++;
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  return {
    seconds,
    cpuSeconds: cpuSince(cpu0),
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    detail: `${rows} rows, ${cells} cells`,
  };
}

async function childXlsx(file: string, sync: boolean): Promise<ChildResult> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const wb = XlsxWorkbook.open(fs.readFileSync(file));
  const parts: string[] = [];
  for (const name of INPUT_TABLES) {
    const t = sync ? wb.readTableSync(name) : await wb.readTable(name);
    parts.push(`${name} ${t ? t.rows.length : "missing"}`);
  }
  const seconds = (performance.now() - t0) / 1000;
  return {
    seconds,
    cpuSeconds: cpuSince(cpu0),
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    detail: parts.join(", ") + " rows",
  };
}

function runChild(kind: "exceljs" | "xlsx" | "xlsx-sync", file: string): ChildResult {
  const out = execFileSync(process.execPath, [...process.execArgv, __filename, "--child", kind, file], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  const line = out.trim().split("\n").pop()!;
  return JSON.parse(line) as ChildResult;
}

/** Times ExcelJS streaming (every cell) and XlsxWorkbook (the 5 input tables) on `file`; returns printable lines. */
export async function benchXlsxRead(file: string): Promise<string[]> {
  const size = fs.statSync(file).size;
  const lines = [`file ${file} (${(size / 1048576).toFixed(1)} MB)`];
  const a = runChild("exceljs", file);
  const fmt = (r: ChildResult) =>
    `${r.seconds.toFixed(2)} s (cpu ${r.cpuSeconds.toFixed(2)} s), peak RSS ${r.maxRssMB.toFixed(0)} MB`;
  lines.push(`ExcelJS streaming WorkbookReader, every cell: ${fmt(a)} (${a.detail})`);
  const b = runChild("xlsx", file);
  lines.push(`XlsxWorkbook.open + readTable x5 (async):    ${fmt(b)} (${b.detail})`);
  const c = runChild("xlsx-sync", file);
  lines.push(`XlsxWorkbook.open + readTableSync x5:        ${fmt(c)}`);
  lines.push(
    `speed-up vs ExcelJS streaming: ${(a.seconds / b.seconds).toFixed(1)}x (async), ${(a.seconds / c.seconds).toFixed(1)}x (sync)`,
  );
  for (const l of lines) console.log(l);
  return lines;
}

/** `--child <exceljs|xlsx|xlsx-sync> FILE` (one measured read), `--make FILE [producers] [months]`, or `[FILE]`. */
async function main(argv: readonly string[]): Promise<void> {
  const { options, positional } = readCommandLine(argv, { child: "value", make: "value" });
  if (options.child !== undefined) {
    const [file] = positional;
    const kind = options.child;
    const r = kind === "exceljs" ? await childExcelJs(file) : await childXlsx(file, kind === "xlsx-sync");
    console.log(JSON.stringify(r));
    return;
  }
  if (options.make !== undefined) {
    const [producers, months] = positional;
    const t0 = performance.now();
    const counts = await makeSyntheticWorkbook(options.make, {
      producers: producers ? +producers : undefined,
      months: months ? +months : undefined,
    });
    console.log(`wrote ${options.make} in ${((performance.now() - t0) / 1000).toFixed(1)} s`, counts);
    return;
  }
  let file = positional[0];
  if (!file) {
    file = path.join(os.tmpdir(), "milkpay-bench", "synthetic-2000x6.xlsx");
    if (!fs.existsSync(file)) {
      console.log(`generating ${file} ...`);
      const counts = await makeSyntheticWorkbook(file);
      console.log(counts);
    }
  }
  await benchXlsxRead(file);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
