/**
 * What an import did, as the bar under the panel says it: lines read, imported, duplicates, rejected and
 * without consent, the rows added, and the first rejected lines with the importer's reasons (all of them are
 * in « Import rejets »). Green when every line went in, orange when some did not.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { ImportSummary as Summary } from "../../../intake/importer";
import { REJECTS_SHEET } from "../../../intake/store";
import { locale, type Lang, type Translate } from "../../i18n";
import type { ImportOutcome } from "../../services/importService";

const useStyles = makeStyles({
  rejects: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    overflowWrap: "anywhere",
  },
});

/** Rejected lines shown in the pane (all of them are in « Import rejets »). */
const SHOWN_REJECTS = 5;

/** "2 lignes lues (2 résultats) : 1 importé, 0 doublon, 1 rejeté, 0 sans consentement" in the pane's language. */
export function summaryText(s: Summary, t: Translate, lang: Lang): string {
  const format = new Intl.NumberFormat(locale(lang));
  const c = (n: number) => ({ n, v: format.format(n).replace(/\u202f|\u00a0/g, " ") });
  const read = t(s.kind === "analyses" ? "importReadResults" : "importReadDeliveries", c(s.read));
  const counts = [
    t("importImported", c(s.imported)),
    t("importDuplicates", c(s.duplicates)),
    t("importRejected", c(s.rejected)),
    t("importNoConsent", c(s.noConsent)),
  ];
  return `${t("importLinesRead", c(s.lines))} (${read})${lang === "fr" ? " :" : ":"} ${counts.join(", ")}`;
}

function RejectList({ rejects, t }: { rejects: ImportOutcome["plan"]["rejects"]; t: Translate }) {
  const styles = useStyles();
  if (rejects.length === 0) return null;
  return (
    <ul className={styles.rejects} data-testid="import-rejects">
      {rejects.slice(0, SHOWN_REJECTS).map((r, i) => (
        <li key={i}>{t("importRejectLine", { line: r.line, reason: r.reason })}</li>
      ))}
      {rejects.length > SHOWN_REJECTS && <li>{t("importMoreRejects", { n: rejects.length - SHOWN_REJECTS })}</li>}
    </ul>
  );
}

export function ImportSummary({ outcome, t, lang }: { outcome: ImportOutcome | null; t: Translate; lang: Lang }) {
  const summary = outcome?.plan.summary;
  if (!outcome || !summary) return null;
  const { appended } = summary;
  const rejects = outcome.plan.rejects;
  return (
    <MessageBar
      intent={summary.rejected + summary.noConsent > 0 ? "warning" : "success"}
      layout="multiline"
      data-testid="import-summary"
    >
      <MessageBarBody>
        <MessageBarTitle>{summary.fileName}</MessageBarTitle>
        {summaryText(summary, t, lang)}
        {appended
          ? ` — ${t("importAppended", { first: appended.firstRow, last: appended.lastRow, sheet: appended.sheet })}`
          : ""}
        {rejects.length > 0 ? ` — ${t("importRejectsSheet", { sheet: REJECTS_SHEET })}` : ""}
        <RejectList rejects={rejects} t={t} />
      </MessageBarBody>
    </MessageBar>
  );
}
