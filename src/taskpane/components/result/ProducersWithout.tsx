/**
 * The producers the run gave no statement: withheld for errors, each named with what to fix (the error's
 * cell and message, a button that selects the cell in Excel); without consent, named, each pointing at his
 * Consentement cell.
 */
import { Caption1 } from "@fluentui/react-components";
import { useId } from "react";
import type { Issue } from "../../../run";
import type { UnconsentedProducer, WithheldProducer } from "../../../run/review";
import type { Lang, Translate } from "../../i18n";
import { canSelect, IssueLine, SeverityIcon, ShowAllButton, useIssueStyles, useLimited } from "../IssueList";

interface ListProps {
  t: Translate;
  lang: Lang;
  onSelect?: (issue: Issue) => void;
}

/** « P003 — Ferme Martin ». */
function producerLabel(p: { code: string; name: string | null }): string {
  return p.name ? `${p.code} — ${p.name}` : p.code;
}

export function WithheldList({ producers, t, lang, onSelect }: ListProps & { producers: WithheldProducer[] }) {
  const styles = useIssueStyles();
  const { shown, more, showAll } = useLimited(producers);
  if (producers.length === 0) return null;
  return (
    <div className={styles.section} data-testid="withheld">
      <h4 className={styles.heading}>
        <SeverityIcon severity="error" />
        {t("withheld", { n: producers.length })}
      </h4>
      <Caption1>{t("withheldHint")}</Caption1>
      <ul className={styles.list}>
        {shown.map((p) => (
          <WithheldProducerItem key={p.code} producer={p} t={t} lang={lang} onSelect={onSelect} />
        ))}
      </ul>
      {more && <ShowAllButton n={producers.length} t={t} onClick={showAll} />}
    </div>
  );
}

function WithheldProducerItem({ producer, t, lang, onSelect }: ListProps & { producer: WithheldProducer }) {
  const styles = useIssueStyles();
  const nameId = useId();
  return (
    <li data-testid="withheld-producer">
      <span id={nameId} className={styles.producer}>
        {producerLabel(producer)}
      </span>
      {producer.errors.length === 0 ? (
        <div className={styles.item}>
          <SeverityIcon severity="error" />
          <span className={styles.text}>{t("withheldNoDetail")}</span>
        </div>
      ) : (
        <ul className={styles.list}>
          {producer.errors.map((issue, i) => (
            <li key={i}>
              <IssueLine
                issue={issue}
                t={t}
                lang={lang}
                onSelect={onSelect}
                showProducer={false}
                describedBy={nameId}
              />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function NoConsentList({ producers, t, onSelect }: ListProps & { producers: UnconsentedProducer[] }) {
  const styles = useIssueStyles();
  if (producers.length === 0) return null;
  return (
    <div className={styles.section} data-testid="no-consent">
      <h4 className={styles.heading}>
        <SeverityIcon severity="warning" />
        {t("noConsent", { n: producers.length })}
      </h4>
      <div className={styles.item}>
        <ul className={styles.members}>
          {producers.map((p, i) => (
            <li key={p.code} className={styles.member}>
              {i > 0 && ", "}
              {p.issue && canSelect(p.issue, onSelect) ? (
                <button type="button" className={styles.memberButton} onClick={() => onSelect(p.issue!)}>
                  {producerLabel(p)}
                </button>
              ) : (
                producerLabel(p)
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
