/**
 * Benchmark of Factur-X, per invoice: ciiXml, the whole PDF/A-3 (page + attachment + XMP, facturXPdf), and
 * for information the two validators the tests run on every XML (xmllint with the CII D16B schema, CEN's
 * EN 16931 rules through Saxon-JS with the stylesheet compiled and loaded once). Medians over ROUNDS.
 * Target: XML + PDF ≤ 150 ms per invoice (a 2 000-producer OP issues its month in under 5 minutes).
 *
 *   npx tsx bench/facturx.ts          (also from npm run bench)
 */
import { ciiXml } from "../src/documents/facturx";
import { facturXPdf } from "../src/documents/facturx/node";
import { ALL_DOCUMENTS } from "../test/documents/facturx/fixtures";
import { compiledRules, ruleFailures, schemaErrors } from "../test/documents/facturx/validators";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const TARGET_MS = 150;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function timed(task: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await task();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function main(): Promise<void> {
  const started = Date.now();
  compiledRules();
  console.log(`   EN 16931 XSLT compiled (or found in the cache) in ${Date.now() - started} ms`);
  // One untimed pass: loads the compiled stylesheet, the font, and lets the JIT warm up.
  for (const [, doc] of ALL_DOCUMENTS) {
    ruleFailures(ciiXml(doc));
    await facturXPdf(doc);
  }
  const rows: string[] = [];
  let worst = 0;
  for (const [name, doc] of ALL_DOCUMENTS) {
    const xml: number[] = [];
    const pdf: number[] = [];
    const xsd: number[] = [];
    const rules: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      xml.push(await timed(() => ciiXml(doc)));
      pdf.push(await timed(() => facturXPdf(doc)));
      const text = ciiXml(doc);
      xsd.push(await timed(() => schemaErrors(text)));
      rules.push(await timed(() => ruleFailures(text)));
    }
    worst = Math.max(worst, median(xml) + median(pdf));
    rows.push(
      `   ${name.padEnd(40)} xml ${median(xml).toFixed(1).padStart(6)} ms  pdf ${median(pdf).toFixed(1).padStart(6)} ms  | xmllint ${median(xsd).toFixed(0).padStart(4)} ms  rules ${median(rules).toFixed(0).padStart(4)} ms`,
    );
  }
  console.log(rows.join("\n"));
  const ok = worst <= TARGET_MS;
  console.log(
    `   worst XML + PDF: ${worst.toFixed(1)} ms per invoice (target ≤ ${TARGET_MS} ms): ${ok ? "ok" : "MISSED"}`,
  );
  process.exitCode = ok ? 0 : 1;
}

void main();
