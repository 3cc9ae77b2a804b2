/**
 * npm run demo [-- --grid mooh-2025]: the product's main job in one command. Generates the sample OP workbook
 * (sud-est-2018 by default) into out/, runs the statement run for its last month through the command line's
 * code path, then issues the month's invoices into the same output (the invoices command's code path, issue
 * date the 2nd of the next month, so that the demo is the same every day), and prints a short summary.
 */
import * as path from "node:path";
import { Decimal, frNumber } from "../src/engine";
import { runCli } from "../src/cli/statements";
import { runCli as runInvoicesCli } from "../src/cli/invoices";
import { addMonths } from "../src/engine";
import { makeSample, parseSampleArgs } from "./sample";

async function main(): Promise<number> {
  const grid = process.argv.includes("--grid") ? process.argv[process.argv.indexOf("--grid") + 1] : "sud-est-2018";
  const options = parseSampleArgs(["--grid", grid]);
  const { file, rows, month } = await makeSample(options);
  const months = options.months ?? 13;
  console.log(`Sample OP (${grid}): ${file} — ${options.producers ?? 120} producers, ${months} months up to ${month}, ${frNumber(new Decimal(rows))} input rows`);
  const json = path.join("out", `${path.basename(file, ".xlsx")}-${month}.json`);
  const outcome = await runCli([file, "--month", month, "--json", json, "--quiet"]);
  if (outcome.code !== 0 || !outcome.result) return outcome.code || 1;
  const s = outcome.result.summary;
  console.log(`Statement run for ${month}:`);
  console.log(`  ${s.statements} statements for ${s.producers} producers (${s.withheld} withheld for a bad value, ${s.noConsent} without consent)`);
  for (const t of s.totals) console.log(`  total ${frNumber(t.total, 2)} ${t.currency} for ${frNumber(t.volume)} ${t.volumeUnit} (${t.grid})`);
  console.log(`  ${s.errors} errors, ${s.warnings} warnings — see the sheet « Contrôles ${month} »`);
  const invoicesJson = path.join("out", `${path.basename(file, ".xlsx")}-${month}-factures.json`);
  const issue = await runInvoicesCli([file, "--month", month, "--date", `${addMonths(month, 1)}-02`, "--out", outcome.outPath!, "--json", invoicesJson, "--overwrite", "--quiet"]);
  if (issue.code !== 0 || !issue.result) return issue.code || 1;
  const docs = issue.result.issued;
  const credit = docs.filter((d) => d.type === "avoir").length;
  console.log(`Invoices for ${month} (register « Registre des factures », one sheet per invoice):`);
  console.log(`  ${docs.length - credit} invoices, ${credit} credit notes issued; ${issue.result.unchanged.length} unchanged; ${issue.result.notInvoiced.length} producers not invoiced (reasons in « Contrôles ${month} »)`);
  console.log(`Output: ${outcome.outPath}`);
  console.log(`JSON:   ${json}`);
  console.log(`        ${invoicesJson}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(e);
    process.exitCode = 1;
  },
);
