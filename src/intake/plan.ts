/**
 * What an import decides (importRows) before anything is written (applyImport): the rows to append, the
 * rejects, and the counts the person reads at the end (summaryLine).
 */
import { language, message, t, type Lang } from "../messages";
import type { RowBlock } from "../workbook/rows";
import type { ImportKind } from "./mapping";
import type { SourceTable } from "./source";

export interface Reject {
  line: number;
  /** The line as written in the file (empty for a producer without consent: his data is not copied). */
  raw: string;
  reason: string;
}

export interface ImportSummary {
  kind: ImportKind;
  fileName: string;
  format: "csv" | "xlsx";
  encoding?: string;
  separator?: string;
  sheet?: string;
  layout: "long" | "wide";
  /** Data lines of the file (after the header). */
  lines: number;
  /** Non-blank lines before the header (titles): not data. */
  preamble: number;
  /** Results (Analyses) or collections (Livraisons) the file holds: imported + duplicates + rejected + noConsent. */
  read: number;
  imported: number;
  duplicates: number;
  rejected: number;
  noConsent: number;
  /** Where the rows were written (after applyImport), null when nothing was added. */
  appended: { sheet: string; firstRow: number; lastRow: number } | null;
}

export interface ImportPlan {
  summary: ImportSummary;
  /** Target table (Analyses or Livraisons) as found in the workbook. */
  target: string;
  /** Rows to append, cells in the order of the target table's columns. */
  rows: RowBlock;
  rejects: Reject[];
}

/** The summary of a file before any of its rows is counted. */
export function emptySummary(source: SourceTable, kind: ImportKind, layout: "long" | "wide"): ImportSummary {
  return {
    kind,
    fileName: source.fileName,
    format: source.format,
    encoding: source.encoding,
    separator: source.separator,
    sheet: source.sheet,
    layout,
    lines: source.rows.length,
    preamble: source.preamble,
    read: 0,
    imported: 0,
    duplicates: 0,
    rejected: 0,
    noConsent: 0,
    appended: null,
  };
}

/** A count as the messages write it: 1 200 (French digits grouping, in every language). */
const frenchCount = (n: number) => n.toLocaleString("fr-FR").replace(/\u202f|\u00a0/g, " ");

/**
 * "1 200 lignes lues (3 600 résultats) : 3 500 importés, 50 doublons, 40 rejetés, 10 sans consentement", in
 * `lang` (the language in use by default); the counts are written the French way (1 200) unless `digits` says
 * otherwise (the pane writes them in its locale).
 */
export function summaryLine(s: ImportSummary, lang: Lang = language(), digits = frenchCount): string {
  const count = (n: number) => ({ n, v: digits(n) });
  return t(
    "intake.summary",
    {
      lines: message("intake.count.lines", count(s.lines)),
      read: message(s.kind === "analyses" ? "intake.count.results" : "intake.count.deliveries", count(s.read)),
      imported: message("intake.count.imported", count(s.imported)),
      duplicates: message("intake.count.duplicates", count(s.duplicates)),
      rejected: message("intake.count.rejected", count(s.rejected)),
      noConsent: message("intake.count.noConsent", count(s.noConsent)),
    },
    lang,
  );
}
