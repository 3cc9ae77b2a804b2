/**
 * Prices section of the pane: "Comparer les grilles" (the month's comparison sheet: PSP of every grid and each
 * producer under each grid) and "Calculer le prix A" (Sodiaal price A from the Indicateurs table, written into
 * PrixDeBase). Uses the month and grid chosen above; calls the service, never Excel.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { DataBarVertical20Regular, Calculator20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Lang } from "../i18n";
import type { PricesActions, PricesOutcome } from "../services/prices";
import type { Download } from "../services/types";
import { SectionHeading } from "./SectionHeading";
import { DownloadButton, FailureBar, ResultBar, useServiceAction } from "./ActionFeedback";

const TEXT = {
  fr: {
    title: "Prix",
    intro:
      "Comparer les grilles : prix standardisé (PSL) de chaque grille et ce que chaque producteur aurait touché ce mois sous chaque grille. Prix A : formule Sodiaal à partir du tableau Indicateurs.",
    compare: "Comparer les grilles",
    priceA: "Calculer le prix A",
    busy: "Calcul…",
    failed: "Échec",
    download: "Télécharger le classeur",
  },
  en: {
    title: "Prices",
    intro:
      "Compare grids: PSL standardized price of every grid and what each producer would have been paid this month under each grid. Price A: Sodiaal formula from the Indicateurs table.",
    compare: "Compare grids",
    priceA: "Compute price A",
    busy: "Computing…",
    failed: "Failed",
    download: "Download the workbook",
  },
} as const;

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface PricesPanelProps {
  prices: PricesActions;
  month: string;
  /** Grid of producers without Grille ("" = the workbook's). */
  grid: string;
  lang: Lang;
  disabled?: boolean;
  save: (download: Download) => void;
}

export function PricesPanel({ prices, month, grid, lang, disabled, save }: PricesPanelProps) {
  const styles = useStyles();
  const t = TEXT[lang] ?? TEXT.fr;
  const { busy, error, run: runAction } = useServiceAction<"compare" | "priceA">();
  const [outcome, setOutcome] = useState<PricesOutcome | null>(null);

  function run(kind: "compare" | "priceA") {
    setOutcome(null);
    return runAction(kind, async () =>
      setOutcome(kind === "compare" ? await prices.compareGrids(month, grid || undefined) : await prices.priceA(month)),
    );
  }

  return (
    <section className={styles.block} data-testid="prices">
      <SectionHeading title={t.title} intro={t.intro} />
      <div className={styles.buttons}>
        <Button
          icon={<DataBarVertical20Regular />}
          onClick={() => void run("compare")}
          disabled={disabled || busy !== null}
          data-testid="compare"
        >
          {busy === "compare" ? t.busy : t.compare}
        </Button>
        <Button
          icon={<Calculator20Regular />}
          onClick={() => void run("priceA")}
          disabled={disabled || busy !== null}
          data-testid="price-a"
        >
          {busy === "priceA" ? t.busy : t.priceA}
        </Button>
      </div>
      <FailureBar title={t.failed} message={error} testId="prices-error" />
      {outcome && <ResultBar title={outcome.sheet} lines={outcome.lines} testId="prices-result" />}
      <DownloadButton download={outcome?.download} save={save} label={t.download} testId="prices-download" />
    </section>
  );
}
