/**
 * The month the routine works on, once there is a workbook: the workbook's months with deliveries first (the
 * last one chosen when the workbook opens), then the others; under it the readiness line (producers,
 * collections, results, each grid's base price, Indicateurs); then the grid used for the producers without
 * a grid of their own, by name.
 */
import { Field, Select } from "@fluentui/react-components";
import { usePaneStyles } from "../components/paneStyles";
import { Readiness } from "../components/Readiness";
import type { Pane } from "../hooks/usePane";
import type { Lang } from "../i18n";
import { monthName } from "../format";
import { monthGroups } from "../months";

function MonthOptions({ months, lang }: { months: string[]; lang: Lang }) {
  return (
    <>
      {months.map((m) => (
        <option key={m} value={m}>
          {monthName(m, lang)}
        </option>
      ))}
    </>
  );
}

export function MonthBar({ pane }: { pane: Pane }) {
  const styles = usePaneStyles();
  const { t, lang, choice, month } = pane;
  if (!pane.hasWorkbook) return null;
  const groups = monthGroups(pane.today, month.state?.monthsWithDeliveries ?? [], choice.month);
  const disabled = pane.run.running;
  return (
    <div className={styles.block} data-testid="month-bar">
      <Field label={t("month")} className={styles.field}>
        <Select
          className={styles.focusRing}
          value={choice.month}
          onChange={(_, d) => choice.setMonth(d.value)}
          disabled={disabled}
          data-testid="month"
        >
          {groups.delivered.length > 0 ? (
            <>
              <optgroup label={t("monthsWithDeliveries")}>
                <MonthOptions months={groups.delivered} lang={lang} />
              </optgroup>
              <optgroup label={t("otherMonths")}>
                <MonthOptions months={groups.others} lang={lang} />
              </optgroup>
            </>
          ) : (
            <MonthOptions months={groups.others} lang={lang} />
          )}
        </Select>
      </Field>
      <Readiness state={month.state} error={month.error} t={t} lang={lang} />
      <Field label={t("grid")} hint={t("gridHint")} className={styles.field}>
        <Select
          className={styles.focusRing}
          value={choice.grid}
          onChange={(_, d) => choice.setGrid(d.value)}
          disabled={disabled}
          data-testid="grid"
        >
          <option value="">{t("gridAuto")}</option>
          {choice.grids.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
