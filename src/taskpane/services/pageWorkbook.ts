/**
 * The one working workbook of the standalone page (issue 15), kept as bytes: the file as opened (or the
 * template, when the person starts from nothing), then after every action — statements, import, price A,
 * comparison, invoices, grid sheet, missing tables — the workbook with what it wrote. Each action works on a
 * fresh copy of these bytes and lands its result here; « Télécharger le classeur » gives them as they are
 * now. The chosen file itself is never written. The .xlsx port is loaded here, on demand, in a chunk of its
 * own (never in the pane Excel loads).
 */
import { t } from "../../messages";
import { fileKind, fileKindMessage } from "../../workbook/fileKind";
import type { XlsxWorkbook } from "../../workbook/xlsx/workbook";
import type { Download, OpenedWorkbook } from "./types";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const loadXlsxPort = () => import(/* webpackChunkName: "xlsx-port" */ "../../workbook/xlsx/workbook");

/** "OP 2025.xlsx" → "OP 2025": the name the page's downloads are made from. */
export function baseName(fileName: string): string {
  return fileName.replace(/\.(xlsx|xlsm)$/i, "");
}

/** The template the page starts from when no file is opened (it is then the working workbook). */
export const TEMPLATE_FILE = "modele-paie-du-lait.xlsx";

const SUFFIX = " (paie du lait)";

/**
 * The working workbook's download name: "OP 2025.xlsx" → "OP 2025 (paie du lait).xlsx" — never the name of
 * the file opened, which stays as it was beside it; a file downloaded before and opened again keeps its name
 * (no second suffix). Started from the template: the template's name.
 */
export function workbookFileName(state: Pick<PageState, "name" | "template">): string {
  if (state.template) return state.name;
  const base = baseName(state.name);
  return `${base.endsWith(SUFFIX) ? base : base + SUFFIX}.xlsx`;
}

/** Workbook bytes as a download. */
export function xlsxDownload(fileName: string, bytes: Uint8Array): Download {
  return { fileName, blob: new Blob([bytes as BlobPart], { type: XLSX_MIME }) };
}

/** One state of the page's workbook. */
export interface PageState {
  name: string;
  /** The workbook the page works on: the file as read, or the last import's result. */
  bytes: Uint8Array;
  imports: number;
  /** Started from the template (no file opened). */
  template?: boolean;
}

export interface PageWorkbook {
  /** Reads the chosen file: it becomes the workbook the page works on. */
  open(file: File): Promise<OpenedWorkbook>;
  /** The page now works on these bytes, made on the page (the template): `name` is their download name. */
  start(name: string, bytes: Uint8Array): Promise<OpenedWorkbook>;
  /** Whether a workbook is open (opened or started). */
  isOpen(): boolean;
  /** The workbook the page works on now (throws while no file is open). */
  current(): PageState;
  /** The working workbook as the pane shows it: its name, sheets, imports. */
  opened(): Promise<OpenedWorkbook>;
  /** A fresh copy of that state's workbook (default: the current one), to work on. */
  copy(state?: PageState): Promise<XlsxWorkbook>;
  /**
   * The state a copy was made from, when the page still works on it; else throws `changed` (another file
   * opened, or another action landed, meanwhile: what was done on the copy is not put on top).
   */
  stateOf(wb: XlsxWorkbook, changed: string): PageState;
  /** The page now works on this state. */
  replace(next: PageState): void;
  /** The page now works on `wb`, a copy of its current state with an action's writes; else throws `changed`. */
  landCopy(wb: XlsxWorkbook, changed: string): PageState;
  /** The page now works on `bytes`, an action's result on `from`, if it still works on `from`; else throws `changed`. */
  land(from: PageState, bytes: Uint8Array, changed: string): PageState;
  /** The working workbook as it is now (« Télécharger le classeur »); throws while none is open. */
  download(): Download;
}

export function pageWorkbook(): PageWorkbook {
  let opened: PageState | null = null;
  /** The state each copy was made from. */
  const copiedFrom = new WeakMap<XlsxWorkbook, PageState>();
  function current(): PageState {
    if (!opened) throw new Error("no workbook open");
    return opened;
  }
  async function copy(state = current()): Promise<XlsxWorkbook> {
    const { XlsxWorkbook } = await loadXlsxPort();
    const wb = XlsxWorkbook.open(state.bytes);
    copiedFrom.set(wb, state);
    return wb;
  }
  function stateOf(wb: XlsxWorkbook, changed: string): PageState {
    const state = copiedFrom.get(wb);
    if (!state || state !== opened) throw new Error(changed);
    return state;
  }
  const view = async (state: PageState): Promise<OpenedWorkbook> => ({
    fileName: state.name,
    sheets: await (await copy(state)).sheetNames(),
    imports: state.imports,
  });
  return {
    async open(file) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // A protected workbook, an .xls, an .ods or a CSV: say what it is and what to do (same words as the CLI).
      const wrongKind = fileKindMessage(fileKind(bytes));
      if (wrongKind) throw new Error(t(wrongKind === "input.csv" ? "input.csvPane" : wrongKind, { file: file.name }));
      const state: PageState = { name: file.name, bytes, imports: 0 };
      const shown = await view(state); // reads the file before it replaces the working workbook
      opened = state;
      return shown;
    },
    async start(name, bytes) {
      opened = { name, bytes, imports: 0, template: true };
      return view(opened);
    },
    isOpen: () => opened !== null,
    current,
    opened: () => view(current()),
    copy,
    stateOf,
    replace(next) {
      opened = next;
    },
    landCopy(wb, changed) {
      return (opened = { ...stateOf(wb, changed), bytes: wb.toBytes() });
    },
    land(from, bytes, changed) {
      if (from !== opened) throw new Error(changed);
      return (opened = { ...from, bytes });
    },
    download() {
      const state = current();
      return xlsxDownload(workbookFileName(state), state.bytes);
    },
  };
}
