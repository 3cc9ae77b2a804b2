/** Producer A1's hand-worked month (test/run/statements.test.ts, grid sud-est-2018) run into a statement PDF. */
import { runStatements, type RunResult } from "../../src/run";
import { statementPdf } from "../../src/documents";
import { a1March2025 } from "../run/fixtures";
import { OP } from "./invoices";

export async function runA1(): Promise<RunResult> {
  const wb = a1March2025();
  return runStatements(wb, { month: "2025-03", keepSheets: true, write: false });
}

export async function a1StatementPdf(letterhead = true): Promise<Uint8Array> {
  const result = await runA1();
  const o = result.producers[0];
  const sheet = result.outputSheets!.find((s) => s.name === o.sheet)!;
  return statementPdf({ sheet, statement: o.statement!, producerName: o.name, letterhead: letterhead ? OP : null });
}
