/**
 * « Copier pour modifier »: the id and first month of next year's version of the chosen grid (proposed:
 * `<family>-<next year>` from January), then « Créer la feuille ».
 */
import { Button, Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import type { Translate } from "../../i18n";
import { usePaneStyles } from "../paneStyles";

/** The copy form's state: open or not, and the id and month typed. */
export function useGridCopy() {
  const [copying, setCopying] = useState(false);
  const [newId, setNewId] = useState("");
  const [fromMonth, setFromMonth] = useState("");

  /** Opens the form for a copy of the grid of that family (none: the id is left to type). */
  function start(family: string | undefined) {
    const year = new Date().getFullYear() + 1;
    setNewId(family !== undefined ? `${family}-${year}` : "");
    setFromMonth(`${year}-01`);
    setCopying(true);
  }

  const monthOk = /^\d{4}-(0[1-9]|1[0-2])$/.test(fromMonth);
  return { copying, start, close: () => setCopying(false), newId, setNewId, fromMonth, setFromMonth, monthOk };
}

export interface GridCopyFormProps {
  copy: ReturnType<typeof useGridCopy>;
  t: Translate;
  disabled: boolean;
  onCreate: () => void;
}

export function GridCopyForm({ copy, t, disabled, onCreate }: GridCopyFormProps) {
  const styles = usePaneStyles();
  const { newId, fromMonth, monthOk } = copy;
  return (
    <div className={styles.block} data-testid="grids-copy-form">
      <Field label={t("gridsNewId")} className={styles.field}>
        <Input value={newId} onChange={(_, d) => copy.setNewId(d.value)} data-testid="grids-new-id" />
      </Field>
      <Field
        label={t("gridsFromMonth")}
        className={styles.field}
        validationMessage={fromMonth && !monthOk ? t("gridsBadMonth") : undefined}
      >
        <Input value={fromMonth} onChange={(_, d) => copy.setFromMonth(d.value)} data-testid="grids-from-month" />
      </Field>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          onClick={onCreate}
          disabled={disabled || !newId.trim() || !monthOk}
          data-testid="grids-create"
        >
          {t("gridsCreate")}
        </Button>
      </div>
    </div>
  );
}
