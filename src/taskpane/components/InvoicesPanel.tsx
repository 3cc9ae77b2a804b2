/**
 * « Émettre les factures »: the step after the checks. Asks for the issue date, shows how many invoices, credit
 * notes and producers left out the issue will make (a preview: nothing written), then issues them into the
 * workbook on confirmation (outside Excel, the page's workbook: « Télécharger le classeur » has them). Calls
 * the service, never Excel.
 */
import { Button, Field, Input, MessageBarTitle } from "@fluentui/react-components";
import { DocumentCheckmark20Regular, ReceiptMoney20Regular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { translator, type Lang, type Translate } from "../i18n";
import type { InvoiceCounts, InvoicesActions, InvoicesOutcome } from "../services/invoices";
import { FailureBar, Notice, ResultBar, useServiceAction } from "./ActionFeedback";
import { usePaneStyles } from "./paneStyles";
import { More } from "./Step";

/** The counts of an issue, as the templates name them. */
function counts(c: InvoiceCounts) {
  return { invoices: c.invoices, credit: c.creditNotes, unchanged: c.unchanged, left: c.notInvoiced.length };
}

/** The default issue date: today, or the month's last day when today is earlier (the month must be over). */
export function defaultIssueDate(month: string, today: Date): string {
  // The accountant's calendar day (local time), not UTC's: at 00:30 in Paris it is already tomorrow.
  const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}-${String(today.getDate()).padStart(2, "0")}`;
  const [y, m] = month.split("-").map(Number);
  const end = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return iso < end ? end : iso;
}

interface InvoicesPreviewProps {
  preview: InvoiceCounts;
  t: Translate;
  busy: "preview" | "issue" | null;
  disabled?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What the issue will make (nothing written yet), the producers left out and why, then confirm or cancel. */
function InvoicesPreview({ preview, t, busy, disabled, onConfirm, onCancel }: InvoicesPreviewProps) {
  const styles = usePaneStyles();
  return (
    <>
      <Notice intent="info" testId="invoices-preview">
        {t("invoicesWillMake", counts(preview))}
        {preview.notInvoiced.length > 0 && (
          <>
            <MessageBarTitle>{t("invoicesLeftOut")}</MessageBarTitle>
            <ul className={styles.list}>
              {preview.notInvoiced.map((n) => (
                <li key={n.producer}>
                  {n.producer} : {n.reason}
                </li>
              ))}
            </ul>
          </>
        )}
      </Notice>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          icon={<DocumentCheckmark20Regular />}
          onClick={onConfirm}
          disabled={disabled || busy !== null}
          data-testid="invoices-confirm"
        >
          {busy === "issue" ? t("invoicesIssuing") : t("invoicesConfirm")}
        </Button>
        <Button onClick={onCancel} disabled={busy !== null}>
          {t("cancel")}
        </Button>
      </div>
    </>
  );
}

export interface InvoicesPanelProps {
  invoices: InvoicesActions;
  month: string;
  grid: string;
  lang: Lang;
  disabled?: boolean;
  today?: Date;
  /** After the issue: « Télécharger les PDF » then includes the month's invoices and credit notes. */
  onIssued?: (outcome: InvoicesOutcome) => void;
}

export function InvoicesPanel({ invoices, month, grid, lang, disabled, today, onIssued }: InvoicesPanelProps) {
  const styles = usePaneStyles();
  const t = useMemo(() => translator(lang), [lang]);
  const [date, setDate] = useState(() => defaultIssueDate(month, today ?? new Date()));
  const { busy, error, run } = useServiceAction<"preview" | "issue">();
  const [preview, setPreview] = useState<InvoiceCounts | null>(null);
  const [outcome, setOutcome] = useState<InvoicesOutcome | null>(null);
  const request = { month, grid: grid || undefined, issueDate: date };

  function act(kind: "preview" | "issue") {
    setOutcome(null);
    return run(
      kind,
      async () => {
        if (kind === "preview") setPreview(await invoices.preview(request));
        else {
          const issued = await invoices.issue(request);
          setOutcome(issued);
          setPreview(null);
          onIssued?.(issued);
        }
      },
      () => setPreview(null),
    );
  }

  return (
    <div className={styles.block} data-testid="invoices">
      <More t={t}>{t("invoicesMore")}</More>
      <Field label={t("invoiceDate")} hint={t("invoiceDateHint")} className={styles.field}>
        <Input
          className={styles.focusRing}
          type="date"
          value={date}
          onChange={(_, d) => {
            setDate(d.value);
            setPreview(null);
          }}
          data-testid="issue-date"
        />
      </Field>
      {!preview && (
        <div className={styles.buttons}>
          <Button
            icon={<ReceiptMoney20Regular />}
            onClick={() => void act("preview")}
            disabled={disabled || busy !== null || !date}
            data-testid="invoices-prepare"
          >
            {busy === "preview" ? t("invoicesPreparing") : t("invoicesPrepare")}
          </Button>
        </div>
      )}
      {preview && (
        <InvoicesPreview
          preview={preview}
          t={t}
          busy={busy}
          disabled={disabled}
          onConfirm={() => void act("issue")}
          onCancel={() => setPreview(null)}
        />
      )}
      <FailureBar title={t("failed")} message={error} testId="invoices-error" lang={lang} />
      {outcome && (
        <ResultBar title={t("invoicesDone", counts(outcome))} lines={outcome.lines} testId="invoices-result" />
      )}
    </div>
  );
}
