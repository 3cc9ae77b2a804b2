/**
 * Where the pane runs. taskpane.html loads office.js only when the page is hosted by Office (see its head
 * script); then Office.onReady tells which host. Without office.js, or with a host that is not Excel, the
 * pane runs standalone on .xlsx files. The language is Office's display language (the browser's outside
 * Excel); the theme is Office's (its body background dark or light), the system's outside Excel.
 */
import { languageOf, type Lang } from "./i18n";

export type Theme = "light" | "dark";

export interface PaneHost {
  kind: "excel" | "standalone";
  lang: Lang;
  theme: Theme;
}

/** How long to wait for Office.onReady before running standalone. */
const READY_TIMEOUT_MS = 15_000;

/** "#1f1f1f" → dark, "#ffffff" → light (relative luminance under one half); null when not a colour. */
export function themeOfColor(color: string | null | undefined): Theme | null {
  const m = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec((color ?? "").trim());
  if (!m) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? "dark" : "light";
}

/** The system's colour scheme (the browser's prefers-color-scheme). */
export function systemTheme(win: Window & typeof globalThis = window): Theme {
  try {
    return win.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  } catch {
    return "light";
  }
}

/** Office's theme (Office.context.officeTheme), else the system's. */
function officeTheme(office: typeof Office, win: Window & typeof globalThis): Theme {
  try {
    return themeOfColor(office.context.officeTheme?.bodyBackgroundColor) ?? systemTheme(win);
  } catch {
    return systemTheme(win);
  }
}

export async function detectHost(win: Window & typeof globalThis = window): Promise<PaneHost> {
  const office = (win as unknown as { Office?: typeof Office }).Office;
  const standalone = (): PaneHost => ({
    kind: "standalone",
    lang: languageOf(win.navigator?.language),
    theme: systemTheme(win),
  });
  if (!office || typeof office.onReady !== "function") return standalone();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const info = await Promise.race([
    office.onReady().catch(() => null),
    new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), READY_TIMEOUT_MS))),
  ]);
  // Office answered first: the pending 15-second timer would otherwise keep a test process (jest) alive.
  clearTimeout(timer);
  if (!info || String(info.host) !== "Excel") return standalone();
  let lang: string | undefined;
  try {
    lang = office.context.displayLanguage;
  } catch {
    lang = undefined;
  }
  return { kind: "excel", lang: languageOf(lang ?? win.navigator?.language), theme: officeTheme(office, win) };
}
