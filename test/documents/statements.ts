/** Producer A1's hand-worked month (test/run/statements.test.ts, grid sud-est-2018) run into a statement PDF. */
import { runStatements, type RunResult } from "../../src/run";
import { statementPdf } from "../../src/documents";
import { deliveries, opWorkbook, results } from "../run/fixtures";
import { OP } from "./invoices";

export async function runA1(): Promise<RunResult> {
  const wb = opWorkbook({
    producers: [["A1", "GAEC du Pré", null, "oui", null]],
    deliveries: deliveries("A1", [
      ["02/03/2025", 8000],
      ["09/03/2025", "7 000"],
      ["16/03/2025", 7500],
      ["2025-03-23", "7\u202f500"],
    ]),
    results: results("A1", [
      ["02/03/2025", "MG", 41],
      ["16/03/2025", "MG", "39,5"],
      ["02/03/2025", "MP", 33],
      ["16/03/2025", "MP", "34,6"],
      ["02/03/2025", "GERMES", 30000],
      ["16/03/2025", "GERMES", "50 000"],
      ["02/03/2025", "CELLULES", 250000],
      ["16/03/2025", "CELLULES", 360000],
      ["02/03/2025", "BUTYRIQUES", 400],
      ["16/03/2025", "BUTYRIQUES", 900],
      ["02/03/2025", "PC", -0.515],
      ["16/03/2025", "PC", "-0,518"],
      ["02/03/2025", "INHIBITEURS", "négatif"],
      ["16/03/2025", "INHIBITEURS", "NEG"],
    ]),
    prices: [["2025-03", "sud-est-2018", "452,30"]],
  });
  return runStatements(wb, { month: "2025-03", keepSheets: true, write: false });
}

export async function a1StatementPdf(letterhead = true): Promise<Uint8Array> {
  const result = await runA1();
  const o = result.producers[0];
  const sheet = result.outputSheets!.find((s) => s.name === o.sheet)!;
  return statementPdf({ sheet, statement: o.statement!, producerName: o.name, letterhead: letterhead ? OP : null });
}

