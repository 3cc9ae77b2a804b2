/**
 * The month and the grid the pane works on, the 12-month charts option (Excel), and « Générer les relevés »
 * (« Génération… » while it runs).
 */
import { Button, Checkbox, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentTableArrowRight20Regular } from "@fluentui/react-icons";
import type { MonthChoice } from "../hooks/useMonthChoice";
import { monthName, type Lang, type Translate } from "../i18n";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface StatementFormProps {
  choice: MonthChoice;
  /** Excel: the charts option is offered. */
  excel: boolean;
  running: boolean;
  canGenerate: boolean;
  onGenerate: () => void;
  t: Translate;
  lang: Lang;
}

export function StatementForm({ choice, excel, running, canGenerate, onGenerate, t, lang }: StatementFormProps) {
  const styles = useStyles();
  return (
    <div className={styles.form}>
      <MonthGridFields choice={choice} disabled={running} t={t} lang={lang} />
      {excel && (
        <Checkbox
          checked={choice.charts}
          onChange={(_, d) => choice.setCharts(d.checked === true)}
          disabled={running}
          label={t("charts")}
        />
      )}
      <Button
        appearance="primary"
        icon={<DocumentTableArrowRight20Regular />}
        disabled={!canGenerate}
        onClick={onGenerate}
        data-testid="generate"
      >
        {running ? t("generating") : t("generate")}
      </Button>
    </div>
  );
}

interface MonthGridFieldsProps {
  choice: MonthChoice;
  disabled: boolean;
  t: Translate;
  lang: Lang;
}

/** « Mois » (the months offered, by name) and « Grille » (the workbook's, or a built-in grid for all). */
function MonthGridFields({ choice, disabled, t, lang }: MonthGridFieldsProps) {
  return (
    <>
      <Field label={t("month")} hint={t("monthHint")}>
        <Select
          value={choice.month}
          onChange={(_, d) => choice.setMonth(d.value)}
          disabled={disabled}
          data-testid="month"
        >
          {choice.months.map((m) => (
            <option key={m} value={m}>
              {monthName(m, lang)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("grid")} hint={t("gridHint")}>
        <Select value={choice.grid} onChange={(_, d) => choice.setGrid(d.value)} disabled={disabled} data-testid="grid">
          <option value="">{t("gridWorkbook")}</option>
          {choice.grids.map((g) => (
            <option key={g.id} value={g.id}>
              {g.id} — {g.currency}, {g.priceUnit}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
