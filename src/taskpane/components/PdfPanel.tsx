/**
 * « Télécharger les PDF »: the month's PDFs (statements, after « Émettre les factures » the invoices and credit
 * notes as Factur-X, summary, combined PDF) in one .zip, made in the browser from the statements just
 * generated. The download starts by itself (a download link clicked for the person); where the task pane
 * cannot download that way (Excel on the web and on Mac may block it), the same file stays offered as a link
 * the person clicks — a direct click is what those hosts let through. Calls the PDF service, never Excel.
 */
import { Button, Caption1, Link, ProgressBar } from "@fluentui/react-components";
import { DocumentPdf20Regular } from "@fluentui/react-icons";
import { useEffect, useMemo, useState } from "react";
import { translator, type Lang } from "../i18n";
import type { MonthPdfSource, PdfService, PdfZip } from "../services/pdf";
import type { Download } from "../services/types";
import { FailureBar, Notice, useServiceAction } from "./ActionFeedback";
import { usePaneStyles } from "./paneStyles";

export interface PdfPanelProps {
  service: PdfService;
  /** The run whose documents are made (run with its sheets kept), the letterhead and the month's invoices. */
  source: MonthPdfSource;
  lang: Lang;
  disabled?: boolean;
  save: (download: Download) => void;
  /** After the zip was made. */
  onMade?: () => void;
}

export function PdfPanel({ service, source, lang, disabled, save, onMade }: PdfPanelProps) {
  const styles = usePaneStyles();
  const t = useMemo(() => translator(lang), [lang]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const { busy, error, run } = useServiceAction<"zip">();
  /** The zip made, with the link to it offered as the fallback (null where the page cannot make links). */
  const [made, setMade] = useState<{ zip: PdfZip; url: string | null } | null>(null);
  const zip = made?.zip ?? null;
  const url = made?.url ?? null;

  // The link lives as long as the zip is shown: freed when another zip is made or the panel goes.
  useEffect(() => (url ? () => URL.revokeObjectURL(url) : undefined), [url]);

  function download() {
    setMade(null);
    setProgress(null);
    return run("zip", async () => {
      const z = await service.monthZip(source, (done, total) => setProgress({ done, total }));
      setMade({ zip: z, url: typeof URL.createObjectURL === "function" ? URL.createObjectURL(z.blob) : null });
      save(z);
      onMade?.();
    });
  }

  return (
    <div className={styles.block} data-testid="pdf-panel">
      <Caption1 className={styles.text}>{t(source.invoices?.length ? "pdfIntroInvoices" : "pdfIntro")}</Caption1>
      {source.letterheadProblem && (
        <Notice intent="warning" testId="pdf-no-letterhead">
          {t("pdfNoLetterhead", { reason: source.letterheadProblem })}
        </Notice>
      )}
      <div className={styles.buttons}>
        <Button
          icon={<DocumentPdf20Regular />}
          onClick={() => void download()}
          disabled={disabled || busy !== null}
          data-testid="pdf-download"
        >
          {t("pdfDownload")}
        </Button>
      </div>
      {busy !== null && progress && (
        <div>
          <ProgressBar
            value={progress.total > 0 ? progress.done / progress.total : undefined}
            aria-label={t("pdfBusy", { done: progress.done, total: progress.total })}
          />
          <Caption1>{t("pdfBusy", { done: progress.done, total: progress.total })}</Caption1>
        </div>
      )}
      {zip && (
        <Notice intent="success" testId="pdf-result">
          {t("pdfDone", { n: zip.files, file: zip.fileName })}{" "}
          {url && (
            <>
              {t("pdfFallback")}{" "}
              <Link href={url} download={zip.fileName} data-testid="pdf-link">
                {zip.fileName}
              </Link>
            </>
          )}
        </Notice>
      )}
      <FailureBar title={t("pdfFailed")} message={error} testId="pdf-error" lang={lang} />
    </div>
  );
}
