/**
 * What every pane section does around a service call: the busy state while it runs (which action, so that
 * its button can say « Calcul… » and the others stay off), the failure message it ends with, and the bars
 * each section shows the same way — the red failure bar (a title, then the message on its own line, its
 * months written « mars 2025 »), the green result bar, and a plain notice. One copy here so that every
 * section fails and succeeds alike, and no bar points `aria-labelledby` at a title it does not have.
 */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  type MessageBarIntent,
} from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import type { Lang } from "../i18n";
import { readableMonths } from "../format";
import { usePaneStyles } from "./paneStyles";

const useStyles = makeStyles({
  message: { display: "block", overflowWrap: "anywhere" },
});

/** The text shown for a failure: the service's own message, or whatever was thrown. */
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

export interface NoticeProps {
  intent: MessageBarIntent;
  /** The bar's title; without one the bar is not labelled by a title that is not there. */
  title?: ReactNode;
  children?: ReactNode;
  testId?: string;
}

/** A message bar that wraps (multiline), titled or not. */
export function Notice({ intent, title, children, testId }: NoticeProps) {
  return (
    <MessageBar
      intent={intent}
      layout="multiline"
      data-testid={testId}
      data-intent={intent}
      {...(title ? {} : { "aria-labelledby": undefined })}
    >
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}

export interface FailureBarProps {
  /** The bar's title (« Échec », « Les relevés n'ont pas pu être générés »…). */
  title: ReactNode;
  /** The failure message; nothing is shown while null. */
  message: string | null;
  testId: string;
  /** The pane's language: the message's months are written as the pane writes them. */
  lang: Lang;
}

/** The red bar a section shows when its action failed: a title, then the message on a line of its own. */
export function FailureBar({ title, message, testId, lang }: FailureBarProps) {
  const styles = useStyles();
  if (!message) return null;
  return (
    <Notice intent="error" title={title} testId={testId}>
      <span className={styles.message} data-testid={`${testId}-message`}>
        {readableMonths(message, lang)}
      </span>
    </Notice>
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
  const styles = usePaneStyles();
  return (
    <Notice intent="success" title={title || undefined} testId={testId}>
      <ul className={styles.list}>
        {lines.map((l, i) => (
          <li key={i}>{l}</li>
        ))}
      </ul>
    </Notice>
  );
}
