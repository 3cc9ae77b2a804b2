/**
 * The command line's --json output, in the shape of workbook.md exactly: numbers are plain JSON numbers
 * holding the rounded decimal values; what is unknown is null. The column of an issue leads its message.
 */
import type { Decimal, Statement } from "../engine";
import type { StatementWithholdings } from "../invoicing/withholdings";
import type { Issue } from "../inputs/issues";
import { t } from "../messages";
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
  /** Σ Retenues and total − withholdings; null when a Retenues row concerning the statement cannot be read. */
  withholdings: number | null;
  net: number | null;
  withholdingLines: { code: string; label: string; base: "volume" | "montant"; rate: number; amount: number }[];
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
    message: i.column ? t("run.json.atColumn", { column: i.column, message: i.message }) : i.message,
  };
}

export function runJson(result: RunResult): RunJson {
  const withheld = new Map(result.producers.map((o) => [o.statement, o.withholdings]));
  return {
    month: result.month,
    statements: result.statements.map((s) => ({
      producer: s.producer,
      grid: s.grid,
      currency: s.currency,
      volume: n(s.volume),
      pricePerUnit: s.pricePerUnit === null ? null : n(s.pricePerUnit),
      total: n(s.total),
      lines: s.lines.map((l) => ({
        code: l.code,
        label: l.label,
        rate: l.rate === null ? null : n(l.rate),
        amount: n(l.amount),
      })),
      ...withholdingsJson(s, withheld.get(s)),
      notes: s.notes.map((note) => note.message),
    })),
    issues: result.issues.map(issueJson),
  };
}

/** Without a Retenues table: no withholdings, net = total; with an unreadable row that concerns it: null. */
function withholdingsJson(
  s: Statement,
  w: StatementWithholdings | undefined,
): Pick<StatementJson, "withholdings" | "net" | "withholdingLines"> {
  if (!w) return { withholdings: 0, net: n(s.total), withholdingLines: [] };
  if ("issues" in w) return { withholdings: null, net: null, withholdingLines: [] };
  return {
    withholdings: n(w.total),
    net: n(w.net),
    withholdingLines: w.lines.map((l) => ({
      code: l.code,
      label: l.label,
      base: l.base,
      rate: n(l.rate),
      amount: n(l.amount),
    })),
  };
}
