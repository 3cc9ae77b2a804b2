/**
 * The workbook the standalone page works on, kept as bytes: the file as opened, then, after each import or
 * grid sheet added, the workbook with those rows (every later action — statements, prices, the next import —
 * starts from these bytes). The chosen file itself is never written: what the person gets are downloaded
 * copies. The .xlsx port is loaded here, on demand, in a chunk of its own (never in the pane Excel loads).
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
}

export interface PageWorkbook {
  /** Reads the chosen file: it becomes the workbook the page works on. */
  open(file: File): Promise<OpenedWorkbook>;
  /** The workbook the page works on now (throws while no file is open). */
  current(): PageState;
  /** A fresh copy of that state's workbook (default: the current one), to work on. */
  copy(state?: PageState): Promise<XlsxWorkbook>;
  /**
   * The state a copy was made from, when the page still works on it; else throws `changed` (another file
   * opened, or another import landed, meanwhile: what was done on the copy is not put on top).
   */
  stateOf(wb: XlsxWorkbook, changed: string): PageState;
  /** The page now works on this state. */
  replace(next: PageState): void;
}

export function pageWorkbook(): PageWorkbook {
  let opened: PageState | null = null;
  /** The state each copy was made from. */
  const copiedFrom = new WeakMap<XlsxWorkbook, PageState>();
  function current(): PageState {
    if (!opened) throw new Error("no workbook open");
    return opened;
  }
  return {
    async open(file) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // A protected workbook, an .xls, an .ods or a CSV: say what it is and what to do (same words as the CLI).
      const wrongKind = fileKindMessage(fileKind(bytes));
      if (wrongKind) throw new Error(t(wrongKind === "input.csv" ? "input.csvPane" : wrongKind, { file: file.name }));
      const { XlsxWorkbook } = await loadXlsxPort();
      const sheets = await XlsxWorkbook.open(bytes).sheetNames();
      opened = { name: file.name, bytes, imports: 0 };
      return { fileName: file.name, sheets, imports: 0 };
    },
    current,
    async copy(state = current()) {
      const { XlsxWorkbook } = await loadXlsxPort();
      const wb = XlsxWorkbook.open(state.bytes);
      copiedFrom.set(wb, state);
      return wb;
    },
    stateOf(wb, changed) {
      const state = copiedFrom.get(wb);
      if (!state || state !== opened) throw new Error(changed);
      return state;
    },
    replace(next) {
      opened = next;
    },
  };
}
