/**
 * Where the pane runs. taskpane.html loads office.js only when the page is hosted by Office (see its head
 * script); then Office.onReady tells which host. Without office.js, or with a host that is not Excel, the
 * pane runs standalone on .xlsx files.
 */
import { languageOf, type Lang } from "./i18n";

export type PaneHost = { kind: "excel"; lang: Lang } | { kind: "standalone"; lang: Lang };

/** How long to wait for Office.onReady before running standalone. */
const READY_TIMEOUT_MS = 15_000;

export async function detectHost(win: Window & typeof globalThis = window): Promise<PaneHost> {
  const office = (win as unknown as { Office?: typeof Office }).Office;
  const browserLang = languageOf(win.navigator?.language);
  if (!office || typeof office.onReady !== "function") return { kind: "standalone", lang: browserLang };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const info = await Promise.race([
    office.onReady().catch(() => null),
    new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), READY_TIMEOUT_MS))),
  ]);
  // Office answered first: the pending 15-second timer would otherwise keep a test process (jest) alive.
  clearTimeout(timer);
  if (info && String(info.host) === "Excel") {
    let lang: string | undefined;
    try {
      lang = office.context.displayLanguage;
    } catch {
      lang = undefined;
    }
    return { kind: "excel", lang: languageOf(lang ?? win.navigator?.language) };
  }
  return { kind: "standalone", lang: browserLang };
}
