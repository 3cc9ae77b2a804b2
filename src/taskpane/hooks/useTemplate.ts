/**
 * « Créer le modèle »: in Excel the tables added (and those already there), outside Excel the template
 * workbook downloaded; the sentence saying so, or why it failed.
 */
import { useState } from "react";
import { messageOf } from "../components/ActionFeedback";
import type { Translate } from "../i18n";
import type { Download, StatementService, TemplateOutcome } from "../services/types";

/** What the template action says: `ok` shows it green, else red. */
export interface TemplateMessage {
  ok: boolean;
  text: string;
}

function templateText(r: TemplateOutcome, t: Translate): string {
  if (r.download) return t("templateDownloaded", { file: r.download.fileName });
  const parts: string[] = [];
  if (r.created.length) parts.push(t("templateCreated", { names: r.created.join(", ") }));
  if (r.existing.length) parts.push(t("templateExisting", { names: r.existing.join(", ") }));
  return r.created.length ? parts.join(" ") : t("templateNothing");
}

export function useTemplate(service: StatementService, save: (download: Download) => void, t: Translate) {
  const [message, setMessage] = useState<TemplateMessage | null>(null);
  const [busy, setBusy] = useState(false);

  async function create() {
    setBusy(true);
    setMessage(null);
    try {
      const r = await service.createTemplate();
      if (r.download) save(r.download);
      setMessage({ ok: true, text: templateText(r, t) });
    } catch (e) {
      setMessage({ ok: false, text: `${t("templateFailed")} : ${messageOf(e)}` });
    } finally {
      setBusy(false);
    }
  }

  return { message, busy, create };
}
