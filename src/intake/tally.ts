/**
 * Where each row of the file ends: in exactly one count — imported, duplicate, rejected or without consent —
 * (a wide row once for each of its results, so that read = imported + duplicates + rejected + noConsent),
 * and, when it does not land, in the rejects with its source line and the reason.
 */
import { t } from "../messages";
import type { ImportSummary, Reject } from "./plan";
import type { SourceRow, SourceTable } from "./source";

export class Tally {
  readonly rejects: Reject[] = [];

  constructor(
    readonly summary: ImportSummary,
    private readonly source: SourceTable,
  ) {}

  imported(): void {
    this.summary.imported++;
    this.summary.read++;
  }

  duplicate(): void {
    this.summary.duplicates++;
    this.summary.read++;
  }

  /** A row (or `count` results of a wide row) not imported, with the reason; its text as in the file. */
  reject(row: SourceRow, reason: string, count = 1): void {
    this.summary.rejected += count;
    this.summary.read += count;
    this.rejects.push({ line: row.line, raw: this.source.rawLine(row), reason });
  }

  /**
   * A row of a producer whose Consentement is non: counted and listed without its content (the Contenu says
   * so instead, in the language in use).
   */
  withoutConsent(row: SourceRow, code: string, count: number): void {
    this.summary.noConsent += count;
    this.summary.read += count;
    this.rejects.push({
      line: row.line,
      raw: t("intake.noConsentContent"),
      reason: t("intake.noConsent", { code }),
    });
  }
}
