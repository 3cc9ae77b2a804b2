import type { EngineKey } from "../messages/engine";
import { t } from "../messages/engine";
import type { Message } from "../messages/core";
import type { Note, Severity } from "./types";

/**
 * A note of the statement: its message worded now, in the language in use (what the run's issues and the
 * pane show), and kept as a message (`text`) so that the statement's Remarques word it again in French.
 */
export function note(
  severity: Severity,
  code: string,
  text: Message<EngineKey>,
  more?: Pick<Note, "source" | "criterion" | "value">,
): Note {
  return { severity, code, message: t(text.key, text.params), text, ...more };
}
