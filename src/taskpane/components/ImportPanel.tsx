/**
 * « Importer des résultats » / « Importer des volumes »: pick a file, confirm or correct what each column
 * holds (guessed from its header, or a mapping saved in the workbook), import, read the summary — which stays,
 * with its time, until the next import replaces it (and says so). Outside Excel the import lands in the
 * workbook the page works on (« Télécharger le classeur » has it). Every word of the panel is in the catalogue's
 * pane part (through i18n.ts); the importer's reasons (rejects, errors) are the importer's. The parts are in
 * import/: the state (useImport), the preview with its columns, the summary.
 */
import { Button, Spinner } from "@fluentui/react-components";
import { ArrowImport20Regular } from "@fluentui/react-icons";
import { useMemo, useRef } from "react";
import type { ImportKind } from "../../intake/mapping";
import { translator, type Lang, type Translate } from "../i18n";
import type { ImportOutcome, ImportService } from "../services/importService";
import { FailureBar } from "./ActionFeedback";
import { usePaneStyles } from "./paneStyles";
import { ImportPreview } from "./import/ImportPreview";
import { ImportSummary } from "./import/ImportSummary";
import { useImport, type ImportState } from "./import/useImport";

export interface ImportPanelProps {
  service: ImportService;
  lang: Lang;
  disabled?: boolean;
  /** While a file is read or imported (the pane keeps other actions off the workbook meanwhile). */
  onBusy?: (busy: boolean) => void;
  /** After a successful import. */
  onImported?: (outcome: ImportOutcome) => void;
}

export function ImportPanel({ service, lang, disabled, onBusy, onImported }: ImportPanelProps) {
  const styles = usePaneStyles();
  const t = useMemo(() => translator(lang), [lang]);
  const imp = useImport(service, onBusy, onImported);
  return (
    <div className={styles.block} data-testid="import-panel">
      <ImportPicker imp={imp} disabled={disabled} t={t} />
      {imp.busy === "read" && <Spinner size="tiny" labelPosition="after" label={t("importReading")} />}
      <ImportPreview imp={imp} t={t} />
      <FailureBar title={t("importFailed")} message={imp.error} testId="import-error" lang={lang} />
      <ImportSummary done={imp.done} replaced={imp.replaced} t={t} lang={lang} />
    </div>
  );
}

/** The two buttons that ask for a file, and the hidden file input they open. */
function ImportPicker({ imp, disabled, t }: { imp: ImportState; disabled?: boolean; t: Translate }) {
  const styles = usePaneStyles();
  const input = useRef<HTMLInputElement>(null);
  const off = disabled || imp.busy !== null;

  function pick(k: ImportKind) {
    imp.setKind(k);
    input.current?.click();
  }

  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".csv,.txt,.tsv,.xlsx,.xlsm,text/csv"
        style={{ display: "none" }}
        data-testid="import-file"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = "";
          if (f) void imp.load(f, imp.kind);
        }}
      />
      <div className={styles.buttons}>
        <Button
          icon={<ArrowImport20Regular />}
          onClick={() => pick("analyses")}
          disabled={off}
          data-testid="import-results"
        >
          {t("importResults")}
        </Button>
        <Button
          icon={<ArrowImport20Regular />}
          onClick={() => pick("livraisons")}
          disabled={off}
          data-testid="import-volumes"
        >
          {t("importVolumes")}
        </Button>
      </div>
    </>
  );
}
