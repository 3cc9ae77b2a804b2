/**
 * The import preview's columns: for each column of the file, its header and a few of its values, then the
 * select saying what the column is taken as (a field of the importer, a result of one criterion, or ignored).
 * One column under the other, the select at the full width, so that nothing is cut in a 320 px pane (as
 * many side by side as fit at wider widths); every text wraps.
 */
import { Select, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Criterion } from "../../../engine";
import { FIELDS, type Field as MappingField } from "../../../intake/mapping";
import type { Translate } from "../../i18n";
import type { ImportPreview } from "../../services/importService";
import { usePaneStyles } from "../paneStyles";
import type { Assign } from "./columnAssign";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 16rem), 1fr))",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  column: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  header: { fontWeight: tokens.fontWeightSemibold },
  example: { color: tokens.colorNeutralForeground3 },
  select: { width: "100%" },
});

const CRITERIA: Criterion[] = ["MG", "MP", "GERMES", "CELLULES", "BUTYRIQUES", "PC", "INHIBITEURS"];

/** The importer's field in the pane's language (the importer's own words: the intake part). */
function fieldLabel(t: Translate, f: { field: MappingField }): string {
  return t(`intake.field.${f.field}`);
}

export interface ColumnListProps {
  preview: ImportPreview;
  assign: Assign;
  onAssign: (assign: Assign) => void;
  disabled: boolean;
  t: Translate;
}

export function ColumnList({ preview, assign, onAssign, disabled, t }: ColumnListProps) {
  const styles = useStyles();
  const pane = usePaneStyles();
  return (
    <ul className={styles.list}>
      {preview.source.headers.map((h, i) => {
        const name = h || t("importColumnN", { n: i + 1 });
        const examples = preview.sample.map((r) => r[i] ?? "").filter((v) => v !== "");
        return (
          <li key={`${h}-${i}`} className={styles.column}>
            <span className={styles.header}>{name}</span>
            <span className={styles.example} data-testid={`example-${i}`}>
              {examples.length ? examples.join(" · ") : "—"}
            </span>
            <Select
              size="small"
              className={mergeClasses(styles.select, pane.focusRing)}
              aria-label={t("importColumnLabel", { name })}
              data-testid={`map-${i}`}
              value={assign[h] ?? ""}
              onChange={(_, d) => onAssign({ ...assign, [h]: d.value })}
              disabled={disabled}
            >
              <ColumnChoices kind={preview.kind} t={t} />
            </Select>
          </li>
        );
      })}
    </ul>
  );
}

/** What a column can be taken as: ignored, each field of the importer, and for results each criterion. */
function ColumnChoices({ kind, t }: { kind: ImportPreview["kind"]; t: Translate }) {
  return (
    <>
      <option value="">{t("importIgnored")}</option>
      {FIELDS[kind].map((f) => (
        <option key={f.field} value={`field:${f.field}`}>
          {fieldLabel(t, f)}
        </option>
      ))}
      {kind === "analyses" &&
        CRITERIA.map((c) => (
          <option key={c} value={`crit:${c}`}>
            {t("importResultOf", { c })}
          </option>
        ))}
    </>
  );
}
