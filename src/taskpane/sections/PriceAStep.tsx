/**
 * Step 3, « Prix A »: the month's base price by the Sodiaal formula from the Indicateurs table, written into
 * PrixDeBase. Says when Indicateurs has no row for the month. Done when every grid of the month has its base
 * price.
 */
import { Caption1, mergeClasses } from "@fluentui/react-components";
import { usePaneStyles } from "../components/paneStyles";
import { PricesPanel } from "../components/PricesPanel";
import { Step } from "../components/Step";
import type { Pane } from "../hooks/usePane";
import { monthName } from "../format";
import { stepsDone } from "./stepsDone";

export function PriceAStep({ pane }: { pane: Pane }) {
  const styles = usePaneStyles();
  const { t, lang } = pane;
  const { prices } = pane.service;
  const state = pane.month.state;
  return (
    <Step
      n={3}
      title={t("stepPriceA")}
      done={stepsDone(pane).priceA}
      hint={t("priceAHint")}
      testId="step-price-a"
      t={t}
    >
      {state && !state.indicators && (
        <Caption1 className={mergeClasses(styles.text, styles.warning)} data-testid="no-indicators">
          {t("noIndicators", { month: monthName(state.month, lang) })}
        </Caption1>
      )}
      {prices && pane.hasWorkbook && (
        <PricesPanel
          kind="priceA"
          prices={prices}
          month={pane.choice.month}
          grid={pane.choice.grid}
          lang={lang}
          disabled={pane.busy}
          onDone={pane.month.refresh}
        />
      )}
    </Step>
  );
}
