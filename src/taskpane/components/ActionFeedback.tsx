/**
 * What every pane section does around a service call: the busy state while it runs (which action, so that
 * its button can say « Calcul… » and the others stay off), the failure message it ends with, and the two
 * pieces of feedback each section shows the same way — the red « Échec » bar and « Télécharger … » for a
 * workbook the service made. One copy here so that every section fails and downloads alike.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular } from "@fluentui/react-icons";
import { useState, type ReactNode } from "react";
import type { Download } from "../services/types";

const useStyles = makeStyles({
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The text shown for a failure: the service's own (French) message, or whatever was thrown. */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Busy/error state for a section's service actions. `run(kind, action)` marks `kind` busy and clears the last
 * error, awaits the action, keeps its failure message, then frees the section; `onFailure` undoes what a
 * failed action must not leave shown (e.g. a preview). `onBusy` tells the pane when the section starts and
 * stops working (an import keeps the other actions off the workbook meanwhile).
 */
export function useServiceAction<K extends string>(onBusy?: (busy: boolean) => void) {
  const [busy, setBusy] = useState<K | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(kind: K, action: () => Promise<void>, onFailure?: () => void): Promise<void> {
    setBusy(kind);
    onBusy?.(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(messageOf(e));
      onFailure?.();
    } finally {
      setBusy(null);
      onBusy?.(false);
    }
  }

  return { busy, error, setError, run };
}

export interface FailureBarProps {
  /** The bar's title (« Échec », « La génération a échoué »…). */
  title: ReactNode;
  /** The failure message; nothing is shown while null. */
  message: string | null;
  testId: string;
}

/** The red bar a section shows when its action failed: a title, then the message. */
export function FailureBar({ title, message, testId }: FailureBarProps) {
  if (!message) return null;
  return (
    <MessageBar intent="error" layout="multiline" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}

export interface DownloadButtonProps {
  /** The file the service made; nothing is shown without one. */
  download: Download | undefined;
  save: (download: Download) => void;
  label: ReactNode;
  testId: string;
}

/** « Télécharger le classeur » for the workbook an action made (outside Excel, where nothing is written in place). */
export function DownloadButton({ download, save, label, testId }: DownloadButtonProps) {
  if (!download) return null;
  return (
    <Button icon={<ArrowDownload20Regular />} onClick={() => save(download)} data-testid={testId}>
      {label}
    </Button>
  );
}

export interface ResultBarProps {
  /** The bar's title (the sheet written, what was issued); no title when empty. */
  title?: ReactNode;
  /** What the action did, one line each, as the service worded it. */
  lines: readonly string[];
  testId: string;
}

/** The green bar a section shows when its action worked: a title, then the service's lines as a list. */
export function ResultBar({ title, lines, testId }: ResultBarProps) {
  const styles = useStyles();
  return (
    <MessageBar intent="success" layout="multiline" data-testid={testId}>
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        <ul className={styles.lines}>
          {lines.map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
