/**
 * One price action of the pane, for the month and grid chosen: « Calculer le prix A » (step 3: Sodiaal price A
 * from the Indicateurs table, written into PrixDeBase) or « Comparer les grilles » (a tool: the month's
 * comparison sheet, PSL of every grid and each producer under each grid). Its button, then the lines of what
 * it wrote or why it failed. Calls the service, never Excel.
 */
import { Button } from "@fluentui/react-components";
import { Calculator20Regular, DataBarVertical20Regular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { translator, type Lang } from "../i18n";
import type { PricesActions, PricesOutcome } from "../services/prices";
import { FailureBar, ResultBar, useServiceAction } from "./ActionFeedback";
import { usePaneStyles } from "./paneStyles";

export interface PricesPanelProps {
  kind: "priceA" | "compare";
  prices: PricesActions;
  month: string;
  /** Grid of producers without Grille ("" = the workbook's). */
  grid: string;
  lang: Lang;
  disabled?: boolean;
  /** After the action wrote into the workbook. */
  onDone?: () => void;
}

export function PricesPanel({ kind, prices, month, grid, lang, disabled, onDone }: PricesPanelProps) {
  const styles = usePaneStyles();
  const t = useMemo(() => translator(lang), [lang]);
  const { busy, error, run } = useServiceAction<typeof kind>();
  const [outcome, setOutcome] = useState<PricesOutcome | null>(null);
  const compare = kind === "compare";

  function act() {
    setOutcome(null);
    return run(kind, async () => {
      setOutcome(compare ? await prices.compareGrids(month, grid || undefined) : await prices.priceA(month));
      onDone?.();
    });
  }

  return (
    <div className={styles.block} data-testid={compare ? "compare-panel" : "price-a-panel"}>
      <div className={styles.buttons}>
        <Button
          icon={compare ? <DataBarVertical20Regular /> : <Calculator20Regular />}
          onClick={() => void act()}
          disabled={disabled || busy !== null}
          data-testid={compare ? "compare" : "price-a"}
        >
          {busy ? t("computing") : compare ? t("compare") : t("priceA")}
        </Button>
      </div>
      <FailureBar title={t("failed")} message={error} testId={compare ? "compare-error" : "prices-error"} lang={lang} />
      {outcome && (
        <ResultBar
          title={outcome.sheet ?? undefined}
          lines={outcome.lines}
          testId={compare ? "compare-result" : "prices-result"}
        />
      )}
    </div>
  );
}
