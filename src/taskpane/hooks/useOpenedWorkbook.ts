/**
 * Standalone: the .xlsx file opened on the page (or why it could not be read), then the workbook with the
 * rows imported and the tables added there — or a new workbook started from the template. `opens` counts the
 * workbooks the page started on (the import panel starts afresh on each, the month follows each), `version`
 * every change of the workbook (the panels that read it start afresh).
 */
import { useState } from "react";
import { messageOf } from "../components/ActionFeedback";
import type { Translate } from "../i18n";
import type { ImportOutcome } from "../services/importService";
import type { OpenedWorkbook, StatementService, TemplateOutcome } from "../services/types";

/** `forgetResults`: what was computed on the workbook before it changed is stale. */
export function useOpenedWorkbook(service: StatementService, t: Translate, forgetResults: () => void) {
  const [opened, setOpened] = useState<OpenedWorkbook | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [opens, setOpens] = useState(0);
  const [version, setVersion] = useState(0);

  async function open(file: File | undefined) {
    if (!file || !service.openWorkbook) return;
    setFileError(null);
    forgetResults();
    try {
      setOpened(await service.openWorkbook(file));
      setOpens((n) => n + 1);
      setVersion((v) => v + 1);
    } catch (e) {
      setOpened(null);
      setFileError(t("fileError", { message: messageOf(e) }));
    }
  }

  /** Standalone: the page now works on the workbook with the imported rows (in Excel, nothing to do). */
  function imported(o: ImportOutcome) {
    if (!o.workbook) return;
    setOpened(o.workbook);
    forgetResults();
    setVersion((v) => v + 1);
  }

  /**
   * Standalone: the missing tables were added, or, with no workbook open, the template became the workbook
   * (as the service says it now is; a service that does not say: a new workbook of those tables).
   */
  function tablesAdded(r: TemplateOutcome) {
    const now = r.workbook ?? { fileName: t("newWorkbook"), sheets: [...r.created, ...r.existing], imports: 0 };
    if (opened) setOpened(r.workbook ?? { ...opened, sheets: [...opened.sheets, ...r.created] });
    else {
      setFileError(null);
      forgetResults();
      setOpened(now);
      setOpens((n) => n + 1);
    }
    setVersion((v) => v + 1);
  }

  return { opened, fileError, opens, version, open, imported, tablesAdded };
}

export type OpenedWorkbookState = ReturnType<typeof useOpenedWorkbook>;
