/**
 * npm run demo [-- --grid mooh-2025]: the product's main job in one command. Generates the sample OP workbook
 * (sud-est-2018 by default) into out/, runs the statement run for its last month through the command line's
 * code path, and prints a short summary with the output path.
 */
import * as path from "node:path";
import { Decimal, frNumber } from "../src/engine";
import { runCli } from "../src/cli/statements";
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
  console.log(`Output: ${outcome.outPath}`);
  console.log(`JSON:   ${json}`);
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
