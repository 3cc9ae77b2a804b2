/**
 * The command line's --json output, in the shape of workbook.md exactly: numbers are plain JSON numbers
 * holding the rounded decimal values; what is unknown is null. The column of an issue leads its message.
 */
import type { Decimal } from "../engine";
import type { Issue } from "./issues";
import type { RunResult } from "./types";

export interface LineJson {
  code: string;
  label: string;
  rate: number | null;
  amount: number;
}

export interface StatementJson {
  producer: string;
  grid: string;
  currency: string;
  volume: number;
  pricePerUnit: number | null;
  total: number;
  lines: LineJson[];
  notes: string[];
}

export interface IssueJson {
  severity: Issue["severity"];
  sheet: string | null;
  row: number | null;
  producer: string | null;
  message: string;
}

export interface RunJson {
  month: string;
  statements: StatementJson[];
  issues: IssueJson[];
}

function n(value: Decimal): number {
  return value.toNumber();
}

export function issueJson(i: Issue): IssueJson {
  return {
    severity: i.severity,
    sheet: i.sheet ?? null,
    row: i.row ?? null,
    producer: i.producer ?? null,
    message: i.column ? `colonne ${i.column} : ${i.message}` : i.message,
  };
}

export function runJson(result: RunResult): RunJson {
  return {
    month: result.month,
    statements: result.statements.map((s) => ({
      producer: s.producer,
      grid: s.grid,
      currency: s.currency,
      volume: n(s.volume),
      pricePerUnit: s.pricePerUnit === null ? null : n(s.pricePerUnit),
      total: n(s.total),
      lines: s.lines.map((l) => ({ code: l.code, label: l.label, rate: l.rate === null ? null : n(l.rate), amount: n(l.amount) })),
      notes: s.notes.map((note) => note.message),
    })),
    issues: result.issues.map(issueJson),
  };
}
