/**
 * « Émettre les factures »: the step after « Générer les relevés ». Asks for the issue date, shows how many
 * invoices, credit notes and producers left out the issue will make (a preview: nothing written), then
 * issues them into the workbook on confirmation. Calls the service, never Excel.
 */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentCheckmark20Regular, ReceiptMoney20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Lang } from "../i18n";
import type { InvoiceCounts, InvoicesActions, InvoicesOutcome } from "../services/invoices";
import type { Download } from "../services/types";
import { SectionHeading } from "./SectionHeading";
import { DownloadButton, FailureBar, ResultBar, useServiceAction } from "./ActionFeedback";

const TEXT = {
  fr: {
    title: "Factures",
    intro:
      "Une fois les relevés vérifiés : une facture par producteur facturable, numérotée dans le « Registre des factures ». Émettre à nouveau après une correction annule la facture changée par un avoir et en émet une nouvelle ; les autres gardent leur numéro.",
    date: "Date d'émission",
    dateHint: "Jamais avant la dernière date du registre, ni avant la fin du mois facturé.",
    prepare: "Émettre les factures…",
    preparing: "Préparation…",
    confirm: "Confirmer l'émission",
    issuing: "Émission…",
    cancel: "Annuler",
    willMake:
      "À émettre : {invoices} facture(s), {credit} avoir(s) ; {unchanged} facture(s) inchangée(s) ; {left} producteur(s) non facturé(s).",
    leftOut: "Non facturés",
    done: "{invoices} facture(s) et {credit} avoir(s) émis",
    failed: "Échec",
    download: "Télécharger le classeur avec les factures",
  },
  en: {
    title: "Invoices",
    intro:
      "Once the statements are checked: one invoice per invoiceable producer, numbered in the « Registre des factures ». Issuing again after a correction cancels the changed invoice with a credit note and issues a new one; the others keep their number.",
    date: "Issue date",
    dateHint: "Never before the register's last date, nor before the end of the month invoiced.",
    prepare: "Issue the invoices…",
    preparing: "Preparing…",
    confirm: "Confirm the issue",
    issuing: "Issuing…",
    cancel: "Cancel",
    willMake:
      "To issue: {invoices} invoice(s), {credit} credit note(s); {unchanged} unchanged invoice(s); {left} producer(s) not invoiced.",
    leftOut: "Not invoiced",
    done: "{invoices} invoice(s) and {credit} credit note(s) issued",
    failed: "Failed",
    download: "Download the workbook with the invoices",
  },
} as const;

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function fill(text: string, counts: InvoiceCounts): string {
  return text
    .replace("{invoices}", String(counts.invoices))
    .replace("{credit}", String(counts.creditNotes))
    .replace("{unchanged}", String(counts.unchanged))
    .replace("{left}", String(counts.notInvoiced.length));
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
  t: (typeof TEXT)[keyof typeof TEXT];
  busy: "preview" | "issue" | null;
  disabled?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What the issue will make (nothing written yet), the producers left out and why, then confirm or cancel. */
function InvoicesPreview({ preview, t, busy, disabled, onConfirm, onCancel }: InvoicesPreviewProps) {
  const styles = useStyles();
  return (
    <>
      <MessageBar intent="info" layout="multiline" data-testid="invoices-preview">
        <MessageBarBody>
          {fill(t.willMake, preview)}
          {preview.notInvoiced.length > 0 && (
            <>
              <MessageBarTitle>{t.leftOut}</MessageBarTitle>
              <ul className={styles.lines}>
                {preview.notInvoiced.map((n) => (
                  <li key={n.producer}>
                    {n.producer} : {n.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
        </MessageBarBody>
      </MessageBar>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          icon={<DocumentCheckmark20Regular />}
          onClick={onConfirm}
          disabled={disabled || busy !== null}
          data-testid="invoices-confirm"
        >
          {busy === "issue" ? t.issuing : t.confirm}
        </Button>
        <Button onClick={onCancel} disabled={busy !== null}>
          {t.cancel}
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
  save: (download: Download) => void;
  /** After the issue: « Télécharger les PDF » then includes the month's invoices and credit notes. */
  onIssued?: (outcome: InvoicesOutcome) => void;
}

export function InvoicesPanel({ invoices, month, grid, lang, disabled, today, save, onIssued }: InvoicesPanelProps) {
  const styles = useStyles();
  const t = TEXT[lang] ?? TEXT.fr;
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
    <section className={styles.block} data-testid="invoices">
      <SectionHeading title={t.title} intro={t.intro} />
      <Field label={t.date} hint={t.dateHint}>
        <Input
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
            {busy === "preview" ? t.preparing : t.prepare}
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
      <FailureBar title={t.failed} message={error} testId="invoices-error" />
      {outcome && <ResultBar title={fill(t.done, outcome)} lines={outcome.lines} testId="invoices-result" />}
      <DownloadButton download={outcome?.download} save={save} label={t.download} testId="invoices-download" />
    </section>
  );
}
