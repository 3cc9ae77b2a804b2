/**
 * The file read, before anything is imported: what it is (lines, encoding and separator or sheet, the table
 * it goes into), the mappings saved in the workbook, what each column is taken as, the name to save the
 * mapping under, then « Importer » or « Annuler ».
 */
import { Body1, Button, Field, Input, Select, makeStyles } from "@fluentui/react-components";
import type { ImportKind } from "../../../intake/mapping";
import type { Translate } from "../../i18n";
import type { ImportPreview as Preview } from "../../services/importService";
import { ColumnList } from "./ColumnList";
import type { ImportState } from "./useImport";
import { usePaneStyles } from "../paneStyles";

const useStyles = makeStyles({
  fileLine: { margin: 0, overflowWrap: "anywhere" },
});

const TARGET_TABLE: Record<ImportKind, string> = { analyses: "Analyses", livraisons: "Livraisons" };

/** "12 lines in labo.csv, UTF-8, separator ;, into Analyses" in the pane's language. */
function FileLine({ preview, t }: { preview: Preview; t: Translate }) {
  const styles = useStyles();
  const s = preview.source;
  return (
    <Body1 as="p" className={styles.fileLine}>
      {t("importPreviewLines", { file: preview.fileName, n: s.rows.length })}
      {", "}
      {s.format === "csv"
        ? t("importCsvFormat", {
            encoding: s.encoding ?? "",
            separator: s.separator === "\t" ? t("intake.separator.tab") : (s.separator ?? ""),
          })
        : t("importSheetFormat", { sheet: s.sheet ?? "" })}{" "}
      {t("importInto", { table: TARGET_TABLE[preview.kind] })}
    </Body1>
  );
}

/** The mappings saved in the workbook: choosing one reads the file again with its columns. */
function SavedMappings({ imp, preview, t }: { imp: ImportState; preview: Preview; t: Translate }) {
  const styles = usePaneStyles();
  if (preview.saved.length === 0) return null;
  return (
    <Field label={t("importSaved")} className={styles.field}>
      <Select
        className={styles.focusRing}
        data-testid="import-saved"
        value=""
        onChange={(_, d) => d.value && imp.file && void imp.load(imp.file, preview.kind, d.value)}
        disabled={imp.busy !== null}
      >
        <option value="">—</option>
        {preview.saved.map((m) => (
          <option key={m.name} value={m.name}>
            {m.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function ImportPreview({ imp, t }: { imp: ImportState; t: Translate }) {
  const styles = usePaneStyles();
  const { preview, busy } = imp;
  if (!preview) return null;
  return (
    <div className={styles.block} data-testid="import-preview">
      <FileLine preview={preview} t={t} />
      <SavedMappings imp={imp} preview={preview} t={t} />
      <ColumnList preview={preview} assign={imp.assign} onAssign={imp.setAssign} disabled={busy !== null} t={t} />
      <Field label={t("importSaveAs")} className={styles.field}>
        <Input
          className={styles.focusRing}
          value={imp.saveAs}
          onChange={(_, d) => imp.setSaveAs(d.value)}
          data-testid="import-save-as"
          placeholder={t("importSaveAsPlaceholder")}
          disabled={busy !== null}
        />
      </Field>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          onClick={() => void imp.importRows()}
          disabled={busy !== null}
          data-testid="import-run"
        >
          {busy === "import" ? t("importRunning") : t("importRun")}
        </Button>
        <Button onClick={imp.cancel} disabled={busy !== null} data-testid="import-cancel">
          {t("cancel")}
        </Button>
      </div>
    </div>
  );
}
