/**
 * Per grid of the month: its name, the total paid, the volume, the statements, the average price in the
 * grid's price unit (total ÷ volume: €/1000 L, cts/kg) and the month's base price, side by side to compare.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { GridReview } from "../../../run/review";
import type { Lang, Translate } from "../../i18n";
import { money, quantity } from "../../format";
import { unitPrice } from "./format";

const useStyles = makeStyles({
  grids: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: "8px" },
  name: {
    display: "block",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "anywhere",
  },
  figures: {
    display: "grid",
    gridTemplateColumns: "minmax(0, max-content) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: "2px",
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  label: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  value: { margin: 0, fontVariantNumeric: "tabular-nums", overflowWrap: "anywhere" },
  amount: { fontWeight: tokens.fontWeightSemibold },
});

export function GridTotals({ grids, t, lang }: { grids: GridReview[]; t: Translate; lang: Lang }) {
  const styles = useStyles();
  return (
    <ul className={styles.grids} data-testid="grid-totals">
      {grids.map((g) => (
        <li key={g.grid} data-testid="grid-total">
          <span className={styles.name}>{g.name}</span>
          <dl className={styles.figures}>
            <dt className={styles.label}>{t("resultTotal")}</dt>
            <dd className={styles.value}>
              <span className={styles.amount} data-testid="total-amount">
                {money(g.total.toNumber(), g.currency, lang)}
              </span>
            </dd>
            <dt className={styles.label}>{t("resultVolume")}</dt>
            <dd className={styles.value}>{quantity(g.volume.toNumber(), g.volumeUnit, lang)}</dd>
            <dt className={styles.label}>{t("resultStatements")}</dt>
            <dd className={styles.value}>{g.statements}</dd>
            {g.averagePrice && (
              <>
                <dt className={styles.label}>{t("averagePrice")}</dt>
                <dd className={styles.value} data-testid="average-price">
                  {unitPrice(g.averagePrice, g.priceUnit, lang)}
                </dd>
              </>
            )}
            {g.basePrices.length > 0 && (
              <>
                <dt className={styles.label}>{t("basePrice")}</dt>
                <dd className={styles.value} data-testid="base-price">
                  {g.basePrices.map((p) => unitPrice(p, g.priceUnit, lang)).join(" · ")}
                </dd>
              </>
            )}
          </dl>
        </li>
      ))}
    </ul>
  );
}
