/**
 * The readiness line under the month: what the workbook holds for it — producers, collections, lab results,
 * each grid's base price (its name, value and unit, or « pas de prix de base » in the warning colour) and
 * whether Indicateurs has the month (price A). Or why the month's state could not be read.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Lang, Translate } from "../i18n";
import { readableMonths } from "../format";
import type { MonthState } from "../services/types";
import { usePaneStyles } from "./paneStyles";

const useStyles = makeStyles({
  line: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    "& > li:not(:last-child)::after": { content: '" ·"' },
  },
  warning: { fontWeight: tokens.fontWeightSemibold },
});

export interface ReadinessProps {
  state: MonthState | null;
  error: string | null;
  t: Translate;
  lang: Lang;
}

export function Readiness({ state, error, t, lang }: ReadinessProps) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const warning = mergeClasses(pane.warning, styles.warning);
  if (error)
    return (
      <p className={mergeClasses(pane.text, warning)} data-testid="readiness">
        {t("stateFailed", { message: readableMonths(error, lang) })}
      </p>
    );
  if (!state) return null;
  return (
    <ul className={mergeClasses(styles.line, pane.text)} aria-label={t("readiness")} data-testid="readiness">
      <li>{t("readyProducers", { n: state.producers })}</li>
      <li>{t("readyCollections", { n: state.collections })}</li>
      <li>{t("readyAnalyses", { n: state.analyses })}</li>
      {state.basePrices.map((b) =>
        b.price !== null ? (
          <li key={b.grid} data-testid="base-price">
            {t("readyBasePrice", { grid: b.gridName, price: b.price, unit: b.unit })}
          </li>
        ) : (
          <li key={b.grid} className={warning} data-testid="no-base-price">
            {t("readyNoBasePrice", { grid: b.gridName })}
          </li>
        ),
      )}
      <li className={state.indicators ? undefined : warning}>
        {state.indicators ? t("readyIndicators") : t("readyNoIndicators")}
      </li>
    </ul>
  );
}
