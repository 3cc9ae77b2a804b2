/**
 * « Générer les relevés » for the month, grid and charts chosen, and what follows it: the focus moves to the
 * « Contrôles » heading (to the « Relevés » one when the run failed, beside its message) and one short line
 * is announced — the count and the issues, not the whole result. Then the month's state is read again.
 */
import { useRef, useState } from "react";
import type { Lang, Translate } from "../i18n";
import { monthName } from "../format";
import type { MonthChoice } from "./useMonthChoice";
import type { StatementRun } from "./useStatementRun";

export interface GenerateDeps {
  run: StatementRun;
  choice: MonthChoice;
  excel: boolean;
  lang: Lang;
  t: Translate;
  /** What a new run makes stale (the issue selection's error, the PDFs of an earlier issue). */
  before: () => void;
  /** The workbook changed: read the month's state again. */
  after: () => void;
}

export function useGenerate({ run, choice, excel, lang, t, before, after }: GenerateDeps) {
  const checksHeading = useRef<HTMLHeadingElement>(null);
  const statementsHeading = useRef<HTMLHeadingElement>(null);
  const [announcement, setAnnouncement] = useState("");

  async function generate() {
    before();
    setAnnouncement("");
    const outcome = await run.generate({
      month: choice.month,
      grid: choice.grid || undefined,
      charts: excel && choice.charts,
    });
    if (outcome) {
      const { result } = outcome;
      const errors = result.issues.filter((i) => i.severity === "error").length;
      const month = monthName(result.month, lang);
      const warnings = result.issues.length - errors;
      setAnnouncement(t("announceDone", { n: result.summary.statements, month, errors, warnings }));
      checksHeading.current?.focus();
    } else {
      setAnnouncement(t("runFailed"));
      statementsHeading.current?.focus();
    }
    after();
  }

  return { generate, checksHeading, statementsHeading, announcement };
}
