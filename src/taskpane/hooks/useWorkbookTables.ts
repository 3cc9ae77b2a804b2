/**
 * « Ajouter les tableaux manquants » (and, outside Excel with no workbook open, « Partir du modèle »): the
 * template's tables the workbook lacks are added — in Excel into the open workbook, outside Excel into the
 * page's workbook, or a new one. A service without addMissingTables creates the template its own way (Excel:
 * the tables; outside: a template file, downloaded). Then what was added, or why it failed.
 */
import { useState } from "react";
import { messageOf } from "../components/ActionFeedback";
import type { Translate } from "../i18n";
import type { Download, StatementService, TemplateOutcome } from "../services/types";
import type { OpenedWorkbookState } from "./useOpenedWorkbook";

/** What the action says: the tables added (`ok`), or why it failed. */
export type TablesMessage = { ok: true; text: string } | { ok: false; error: string };

function addedText(r: TemplateOutcome, t: Translate): string {
  if (r.download) return t("templateDownloaded", { file: r.download.fileName });
  const parts: string[] = [];
  if (r.created.length) parts.push(t("templateCreated", { names: r.created.join(", ") }));
  if (r.existing.length) parts.push(t("templateExisting", { names: r.existing.join(", ") }));
  return r.created.length ? parts.join(" ") : t("templateNothing");
}

export interface WorkbookTablesDeps {
  service: StatementService;
  excel: boolean;
  save: (download: Download) => void;
  t: Translate;
  workbook: OpenedWorkbookState;
  /** The workbook changed: read the month's state again. */
  changed: () => void;
}

export function useWorkbookTables({ service, excel, save, t, workbook, changed }: WorkbookTablesDeps) {
  const [message, setMessage] = useState<TablesMessage | null>(null);
  const [busy, setBusy] = useState(false);

  async function add() {
    setBusy(true);
    setMessage(null);
    try {
      const r = service.addMissingTables ? await service.addMissingTables() : await service.createTemplate();
      if (r.download) save(r.download);
      else if (!excel) workbook.tablesAdded(r);
      setMessage({ ok: true, text: addedText(r, t) });
      changed();
    } catch (e) {
      setMessage({ ok: false, error: messageOf(e) });
    } finally {
      setBusy(false);
    }
  }

  return { message, busy, add };
}

export type WorkbookTables = ReturnType<typeof useWorkbookTables>;
