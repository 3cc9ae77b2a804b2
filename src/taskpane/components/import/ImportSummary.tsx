/**
 * What an import did, as the bar under the panel says it: the file and the time of the import, lines read,
 * imported, duplicates, rejected and without consent, the rows added, and the first rejected lines with the
 * importer's reasons (all of them are in « Import rejets »); and, when it replaced an earlier import's
 * result, which one. Green when every line went in, orange when some did not, red when none did.
 */
import type { MessageBarIntent } from "@fluentui/react-components";
import { summaryLine, type ImportSummary as Summary } from "../../../intake/importer";
import { REJECTS_SHEET } from "../../../intake/store";
import type { Lang, Translate } from "../../i18n";
import { locale } from "../../format";
import type { ImportOutcome } from "../../services/importService";
import { Notice } from "../ActionFeedback";
import { usePaneStyles } from "../paneStyles";
import type { ImportDone } from "./useImport";

/** Rejected lines shown in the pane (all of them are in « Import rejets »). */
const SHOWN_REJECTS = 5;

/** "2 lignes lues (2 résultats) : 1 importé, 0 doublon, 1 rejeté, 0 sans consentement" in the pane's language. */
export function summaryText(s: Summary, lang: Lang): string {
  const format = new Intl.NumberFormat(locale(lang));
  return summaryLine(s, lang, (n) => format.format(n).replace(/\u202f|\u00a0/g, " "));
}

/** Red when nothing went in though lines were refused, orange when some were refused, else green. */
export function summaryIntent(s: Summary): MessageBarIntent {
  const refused = s.rejected + s.noConsent;
  if (refused === 0) return "success";
  return s.imported === 0 ? "error" : "warning";
}

function RejectList({ rejects, t }: { rejects: ImportOutcome["plan"]["rejects"]; t: Translate }) {
  const styles = usePaneStyles();
  if (rejects.length === 0) return null;
  return (
    <ul className={styles.list} data-testid="import-rejects">
      {rejects.slice(0, SHOWN_REJECTS).map((r, i) => (
        <li key={i}>{t("importRejectLine", { line: r.line, reason: r.reason })}</li>
      ))}
      {rejects.length > SHOWN_REJECTS && <li>{t("importMoreRejects", { n: rejects.length - SHOWN_REJECTS })}</li>}
    </ul>
  );
}

export interface ImportSummaryProps {
  done: ImportDone | null;
  /** The import whose result this one replaced. */
  replaced: ImportDone | null;
  t: Translate;
  lang: Lang;
}

export function ImportSummary({ done, replaced, t, lang }: ImportSummaryProps) {
  const styles = usePaneStyles();
  const summary = done?.outcome.plan.summary;
  if (!done || !summary) return null;
  const time = (d: Date) => new Intl.DateTimeFormat(locale(lang), { hour: "2-digit", minute: "2-digit" }).format(d);
  const { appended } = summary;
  const rejects = done.outcome.plan.rejects;
  const replacedFile = replaced?.outcome.plan.summary?.fileName;
  return (
    <Notice
      intent={summaryIntent(summary)}
      title={t("importAt", { file: summary.fileName, time: time(done.at) })}
      testId="import-summary"
    >
      <span className={styles.text} style={{ display: "block" }} data-testid="import-summary-text">
        {summaryText(summary, lang)}
        {appended
          ? ` — ${t("importAppended", { first: appended.firstRow, last: appended.lastRow, sheet: appended.sheet })}`
          : ""}
        {rejects.length > 0 ? ` — ${t("importRejectsSheet", { sheet: REJECTS_SHEET })}` : ""}
      </span>
      <RejectList rejects={rejects} t={t} />
      {replaced && replacedFile && (
        <span className={styles.text} style={{ display: "block" }} data-testid="import-replaced">
          {t("importReplaced", { time: time(replaced.at), file: replacedFile })}
        </span>
      )}
    </Notice>
  );
}
