import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownload20Regular, CheckmarkCircle20Filled } from "@fluentui/react-icons";
import type { Issue } from "../../run";
import { money, monthName, quantity, type Lang, type Translate } from "../i18n";
import type { GenerateOutcome } from "../services/types";
import { IssueList } from "./IssueList";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  headline: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  ok: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0 },
  totals: { margin: 0, paddingLeft: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: "2px" },
  amount: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
});

export interface ResultViewProps {
  outcome: GenerateOutcome;
  lang: Lang;
  t: Translate;
  onSelect?: (issue: Issue) => void;
  onDownload?: () => void;
  selectError?: string | null;
}

export function ResultView({ outcome, lang, t, onSelect, onDownload, selectError }: ResultViewProps) {
  const styles = useStyles();
  const { result } = outcome;
  const s = result.summary;
  const errors = result.issues.filter((i) => i.severity === "error");
  const warnings = result.issues.filter((i) => i.severity === "warning");
  return (
    <section className={styles.root} aria-live="polite" data-testid="result">
      <div className={styles.headline}>
        <CheckmarkCircle20Filled className={styles.ok} aria-hidden />
        <Text weight="semibold" size={400} data-testid="statement-count">
          {t("statementsFor", { n: s.statements, month: monthName(result.month, lang) })}
        </Text>
      </div>
      <ul className={styles.totals}>
        {s.totals.map((g) => (
          <li key={g.grid}>
            <Body1>
              {t("totalOf", { grid: g.grid })}{" "}
              <span className={styles.amount} data-testid="total-amount">
                {money(g.total.toNumber(), g.currency, lang)}
              </span>
            </Body1>
            <Caption1 block>
              {quantity(g.volume.toNumber(), g.volumeUnit, lang)} · {t("statements", { n: g.statements })}
            </Caption1>
          </li>
        ))}
      </ul>
      {(s.withheld > 0 || s.noConsent > 0 || (outcome.charts ?? 0) > 0 || result.replaced.length > 0) && (
        <Caption1 block>
          {[
            s.withheld > 0 ? t("withheld", { n: s.withheld }) : null,
            s.noConsent > 0 ? t("noConsent", { n: s.noConsent }) : null,
            result.replaced.length > 0 ? t("replaced", { n: result.replaced.length }) : null,
            outcome.charts ? t("chartsAdded", { n: outcome.charts }) : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </Caption1>
      )}
      {outcome.download && onDownload && (
        <>
          <Button appearance="primary" icon={<ArrowDownload20Regular />} onClick={onDownload} data-testid="download">
            {t("download")}
          </Button>
          <Caption1>{t("downloadHint", { file: outcome.download.fileName })}</Caption1>
        </>
      )}
      {selectError && (
        <MessageBar intent="warning">
          <MessageBarBody>{selectError}</MessageBarBody>
        </MessageBar>
      )}
      {errors.length === 0 && warnings.length === 0 ? (
        <Caption1>{t("noIssues")}</Caption1>
      ) : (
        <>
          <IssueList severity="error" issues={errors} t={t} onSelect={onSelect} />
          <IssueList severity="warning" issues={warnings} t={t} onSelect={onSelect} />
        </>
      )}
    </section>
  );
}
