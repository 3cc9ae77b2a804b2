/**
 * « Télécharger les PDF »: the month's PDFs (statements, after « Émettre les factures » the invoices and credit
 * notes as Factur-X, summary, combined PDF) in one .zip, made in the browser from the statements just generated. The download starts by itself (a download link clicked for the
 * person); where the task pane cannot download that way (Excel on the web and on Mac may block it), the same
 * file stays offered as a link the person clicks — a direct click is what those hosts let through. Calls the
 * PDF service, never Excel.
 */
import {
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentPdf20Regular } from "@fluentui/react-icons";
import { useEffect, useMemo, useState } from "react";
import { translator, type Lang } from "../i18n";
import type { MonthPdfSource, PdfService, PdfZip } from "../services/pdf";
import type { Download } from "../services/types";
import { SectionHeading } from "./SectionHeading";
import { FailureBar, useServiceAction } from "./ActionFeedback";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface PdfPanelProps {
  service: PdfService;
  /** The run whose documents are made (run with its sheets kept), the letterhead and the month's invoices. */
  source: MonthPdfSource;
  lang: Lang;
  disabled?: boolean;
  save: (download: Download) => void;
}

export function PdfPanel({ service, source, lang, disabled, save }: PdfPanelProps) {
  const styles = useStyles();
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
    });
  }

  return (
    <section className={styles.block} data-testid="pdf-panel">
      <SectionHeading title={t("pdfTitle")} intro={t(source.invoices?.length ? "pdfIntroInvoices" : "pdfIntro")} />
      {source.letterheadProblem && (
        <MessageBar intent="warning" layout="multiline" data-testid="pdf-no-letterhead">
          <MessageBarBody>{t("pdfNoLetterhead", { reason: source.letterheadProblem })}</MessageBarBody>
        </MessageBar>
      )}
      <Button
        icon={<DocumentPdf20Regular />}
        onClick={() => void download()}
        disabled={disabled || busy !== null}
        data-testid="pdf-download"
      >
        {t("pdfDownload")}
      </Button>
      {busy !== null && progress && (
        <div role="status" aria-live="polite">
          <ProgressBar value={progress.total > 0 ? progress.done / progress.total : undefined} />
          <Caption1>{t("pdfBusy", { done: progress.done, total: progress.total })}</Caption1>
        </div>
      )}
      {zip && (
        <MessageBar intent="success" layout="multiline" data-testid="pdf-result">
          <MessageBarBody>
            {t("pdfDone", { n: zip.files, file: zip.fileName })}{" "}
            {url && (
              <>
                {t("pdfFallback")}{" "}
                <Link href={url} download={zip.fileName} data-testid="pdf-link">
                  {zip.fileName}
                </Link>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      <FailureBar title={t("pdfFailed")} message={error} testId="pdf-error" />
    </section>
  );
}
