/**
 * « Importer des résultats » / « Importer des volumes »: pick a file, confirm or correct what each column
 * holds (guessed from its header, or a mapping saved in the workbook), import, read the summary. Outside
 * Excel the import lands in the workbook opened on the page, which is then offered for download.
 * Every word of the panel comes from i18n.ts; the importer's reasons (rejects, errors) stay in French.
 * The parts are in import/: the state (useImport), the preview with its column table, the summary.
 */
import { Button, Caption1, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular, ArrowImport20Regular } from "@fluentui/react-icons";
import { useMemo, useRef } from "react";
import type { ImportKind } from "../../intake/mapping";
import { translator, type Lang, type Translate } from "../i18n";
import type { ImportOutcome, ImportService } from "../services/importService";
import type { Download } from "../services/types";
import { SectionHeading } from "./SectionHeading";
import { FailureBar } from "./ActionFeedback";
import { ImportPreview } from "./import/ImportPreview";
import { ImportSummary } from "./import/ImportSummary";
import { useImport, type ImportState } from "./import/useImport";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface ImportPanelProps {
  service: ImportService;
  lang: Lang;
  disabled?: boolean;
  /** Outside Excel: the import lands in the workbook opened on the page (the texts say so). */
  standalone?: boolean;
  /** Saves a download (standalone: the workbook with the imported rows). */
  save?: (download: Download) => void;
  /** While a file is read or imported (the pane keeps other actions off the workbook meanwhile). */
  onBusy?: (busy: boolean) => void;
  /** After a successful import. */
  onImported?: (outcome: ImportOutcome) => void;
}

export function ImportPanel({ service, lang, disabled, standalone, save, onBusy, onImported }: ImportPanelProps) {
  const styles = useStyles();
  const t = useMemo(() => translator(lang), [lang]);
  const imp = useImport(service, onBusy, onImported);
  const download = imp.done?.download;
  return (
    <section className={styles.block} data-testid="import-panel">
      <SectionHeading title={t("importTitle")} intro={standalone ? t("importIntroStandalone") : t("importIntro")} />
      <ImportPicker imp={imp} disabled={disabled} t={t} />
      {imp.busy === "read" && <Spinner size="tiny" labelPosition="after" label={t("importReading")} />}
      <ImportPreview imp={imp} t={t} />
      <FailureBar title={t("importFailed")} message={imp.error} testId="import-error" />
      <ImportSummary outcome={imp.done} t={t} lang={lang} />
      {download && save && (
        <div className={styles.block}>
          <Button icon={<ArrowDownload20Regular />} onClick={() => save(download)} data-testid="import-download">
            {t("importDownload")}
          </Button>
          <Caption1>{t("importDownloadHint", { file: download.fileName })}</Caption1>
        </div>
      )}
    </section>
  );
}

/** The two buttons that ask for a file, and the hidden file input they open. */
function ImportPicker({ imp, disabled, t }: { imp: ImportState; disabled?: boolean; t: Translate }) {
  const styles = useStyles();
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
