/** Excel: clicking an issue selects its cell; why it could not be selected is shown under the result. */
import { useState } from "react";
import { messageOf } from "../components/ActionFeedback";
import type { Translate } from "../i18n";
import type { Issue } from "../../run";
import type { StatementService } from "../services/types";

export function useIssueSelection(service: StatementService, t: Translate) {
  const [error, setError] = useState<string | null>(null);

  async function select(issue: Issue) {
    if (!service.selectIssue) return;
    setError(null);
    try {
      await service.selectIssue(issue);
    } catch (e) {
      setError(t("cannotSelect", { message: messageOf(e) }));
    }
  }

  return { error, select, clear: () => setError(null) };
}
