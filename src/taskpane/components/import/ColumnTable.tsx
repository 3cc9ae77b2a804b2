/**
 * The import preview's table: one row per column of the file, with its header and a few of its values, and
 * the select saying what the column is taken as (a field of the importer, a result of one criterion, or
 * ignored).
 */
import { Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Criterion } from "../../../engine";
import { FIELDS, type Field as MappingField } from "../../../intake/mapping";
import type { Key, Translate } from "../../i18n";
import type { ImportPreview } from "../../services/importService";
import type { Assign } from "./columnAssign";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", tableLayout: "fixed", fontSize: tokens.fontSizeBase200 },
  th: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    padding: "2px 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  cell: {
    padding: "3px 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "middle",
    overflowWrap: "anywhere",
  },
  header: { display: "block", fontWeight: tokens.fontWeightSemibold },
  example: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  select: { width: "100%", minWidth: 0 },
});

const CRITERIA: Criterion[] = ["MG", "MP", "GERMES", "CELLULES", "BUTYRIQUES", "PC", "INHIBITEURS"];

/** The words of the importer's fields (a field without words here shows the importer's French label). */
const FIELD_LABEL: Partial<Record<string, Key>> = {
  date: "fieldDate",
  code: "fieldCode",
  criterion: "fieldCriterion",
  value: "fieldValue",
  validated: "fieldValidated",
  volume: "fieldVolume",
  time: "fieldTime",
  temperature: "fieldTemperature",
  place: "fieldPlace",
};

function fieldLabel(t: Translate, f: { field: MappingField; label: string }): string {
  const key = FIELD_LABEL[f.field];
  return key ? t(key) : f.label;
}

export interface ColumnTableProps {
  preview: ImportPreview;
  assign: Assign;
  onAssign: (assign: Assign) => void;
  disabled: boolean;
  t: Translate;
}

export function ColumnTable({ preview, assign, onAssign, disabled, t }: ColumnTableProps) {
  const styles = useStyles();
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th className={styles.th} scope="col">
            {t("importFileColumn")} <span className={styles.example}>{t("importExample")}</span>
          </th>
          <th className={styles.th} scope="col">
            {t("importAs")}
          </th>
        </tr>
      </thead>
      <tbody>
        {preview.source.headers.map((h, i) => {
          const name = h || t("importColumnN", { n: i + 1 });
          const examples = preview.sample.map((r) => r[i] ?? "").filter((v) => v !== "");
          return (
            <tr key={`${h}-${i}`}>
              <td className={styles.cell}>
                <span className={styles.header}>{name}</span>
                <span className={styles.example} title={examples.join(" · ")} data-testid={`example-${i}`}>
                  {examples.length ? examples.join(" · ") : "—"}
                </span>
              </td>
              <td className={styles.cell}>
                <Select
                  size="small"
                  className={styles.select}
                  aria-label={t("importColumnLabel", { name })}
                  data-testid={`map-${i}`}
                  value={assign[h] ?? ""}
                  onChange={(_, d) => onAssign({ ...assign, [h]: d.value })}
                  disabled={disabled}
                >
                  <ColumnChoices kind={preview.kind} t={t} />
                </Select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
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
