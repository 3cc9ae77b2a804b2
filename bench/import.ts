/**
 * Data intake benchmark: the import of a 100,000-row long-format CSV into an OP workbook (through the .xlsx
 * port: parse, map, check, deduplicate, rows appended to Analyses), beside parsing that CSV alone with the
 * same parser (decode, separator detection, records → source rows). Target: the import takes at most 2× the
 * parse. Saving the workbook as an .xlsx file afterwards (the new rows' sheet XML, deflate, zip) is timed and
 * printed apart: it is the file format's cost, which the task pane never pays (Excel holds the workbook).
 *
 *   npx tsx bench/import.ts
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { csvSource, guessMapping, importFile } from "../src/intake";
import { XlsxWorkbook } from "../src/workbook/xlsx";
import { NODE_XLSX_OPTIONS } from "../src/cli/nodeXlsx";

const ROWS = 100_000;
const PRODUCERS = 200;
const CRITERIA: [string, (i: number) => string][] = [
  ["MG", (i) => `${38 + (i % 70) / 10}`.replace(".", ",")],
  ["MP", (i) => `${31 + (i % 40) / 10}`.replace(".", ",")],
  ["Germes", (i) => `${10 + (i % 90)} 000`],
  ["Cellules", (i) => `${100 + (i % 300)} 000`],
  ["Butyriques", (i) => String(200 + (i % 2000))],
  ["Point de congélation", (i) => `-0,${510 + (i % 30)}`],
];

function pad(n: number, w: number): string {
  return String(n).padStart(w, "0");
}

/** 100,000 distinct results: producer × criterion × day. */
export function longCsv(rows = ROWS): string {
  const lines = ["N° producteur;Date de prélèvement;Paramètre;Résultat"];
  const day0 = Date.UTC(2024, 0, 1);
  for (let i = 0; lines.length <= rows; i++) {
    const p = i % PRODUCERS;
    const c = Math.floor(i / PRODUCERS) % CRITERIA.length;
    const day = Math.floor(i / (PRODUCERS * CRITERIA.length));
    const d = new Date(day0 + day * 86_400_000);
    lines.push(
      `P${pad(p + 1, 3)};${pad(d.getUTCDate(), 2)}/${pad(d.getUTCMonth() + 1, 2)}/${d.getUTCFullYear()};${CRITERIA[c][0]};${CRITERIA[c][1](i)}`,
    );
  }
  return lines.join("\r\n") + "\r\n";
}

async function opWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const p = wb.addWorksheet("Producteurs");
  p.addRow(["Code", "Nom", "Grille", "Consentement"]);
  for (let i = 1; i <= PRODUCERS; i++) p.addRow([`P${pad(i, 3)}`, `Producteur ${i}`, "sud-est-2018", "oui"]);
  wb.addWorksheet("Livraisons").addRow(["Date", "Code", "Volume"]);
  wb.addWorksheet("Analyses").addRow(["Date", "Code", "Critère", "Valeur"]);
  wb.addWorksheet("PrixDeBase").addRow(["Mois", "Grille", "Prix"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function benchImport(): Promise<string[]> {
  const file = path.join(os.tmpdir(), `milkpay-import-bench-${process.pid}.csv`);
  fs.writeFileSync(file, longCsv());
  const workbook = await opWorkbook();
  try {
    const bytes = new Uint8Array(fs.readFileSync(file));
    const parseTimes: number[] = [];
    const importTimes: number[] = [];
    const saveTimes: number[] = [];
    let imported = 0;
    let outSize = 0;
    // Each timed section starts from a collected heap (when run with --expose-gc, as `npm run bench` does):
    // the parse does not pay for the previous import's garbage, nor the import for the parse's.
    const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
    // Warm-up, then 7 of each, interleaved; medians.
    csvSource("bench.csv", bytes);
    for (let k = 0; k < 8; k++) {
      gc();
      let t = performance.now();
      const src = csvSource("bench.csv", bytes);
      if (src.rows.length !== ROWS) throw new Error(`parsed ${src.rows.length} rows`);
      if (k > 0) parseTimes.push(performance.now() - t);

      gc();
      // The import: from the file's bytes to the rows in the workbook's Analyses (the task pane's import ends
      // there too: Excel keeps the workbook and saves it when the person does).
      t = performance.now();
      const wb = XlsxWorkbook.open(workbook, NODE_XLSX_OPTIONS);
      const source = csvSource("bench.csv", bytes);
      const plan = await importFile(wb, source, guessMapping(source.headers, "analyses"), "analyses");
      if (k > 0) importTimes.push(performance.now() - t);
      // Saving the .xlsx file: the sheet XML of the new rows, its deflate and the zip.
      gc();
      t = performance.now();
      const out = wb.toBytes();
      if (k > 0) saveTimes.push(performance.now() - t);
      imported = plan.summary.imported;
      outSize = out.length;
      if (plan.summary.imported !== ROWS)
        throw new Error(
          `imported ${plan.summary.imported} of ${ROWS} (${plan.summary.rejected} rejected: ${plan.rejects[0]?.reason})`,
        );
      if (k === 0) {
        const back = XlsxWorkbook.open(out).readTableSync("Analyses");
        if (back?.rows.length !== ROWS) throw new Error(`the saved workbook has ${back?.rows.length} rows in Analyses`);
      }
    }
    const parse = median(parseTimes);
    const imp = median(importTimes);
    const save = median(saveTimes);
    const ratio = imp / parse;
    return [
      `import: ${ROWS.toLocaleString("en-US")}-row long CSV (${(bytes.length / 1e6).toFixed(1)} MB)`,
      `  parse alone (decode, separator, records): ${parse.toFixed(0)} ms`,
      `  import into the workbook (parse, map, check, deduplicate, append to Analyses): ${imp.toFixed(0)} ms — ${imported.toLocaleString("en-US")} rows`,
      `  ratio ${ratio.toFixed(2)}× (target ≤ 2×) ${ratio <= 2 ? "OK" : "MISSED"}`,
      `  saving the .xlsx afterwards (sheet XML, deflate, zip): ${save.toFixed(0)} ms — workbook ${(outSize / 1e6).toFixed(1)} MB; import + save ${(imp + save).toFixed(0)} ms (${((imp + save) / parse).toFixed(2)}× the parse)`,
    ];
  } finally {
    fs.rmSync(file, { force: true });
  }
}

if (typeof require !== "undefined" && require.main === module) {
  benchImport().then(
    (lines) => console.log(lines.join("\n")),
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
