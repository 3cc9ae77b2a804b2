/**
 * The pane outside Excel: the person opens an .xlsx file, the statement run works on it in the browser with
 * the .xlsx port, and the result is downloaded. The .xlsx port and ExcelJS (for the template) are loaded
 * only here, on demand, in chunks of their own: the pane that Excel loads never includes them.
 *
 * The page keeps the workbook as bytes: the file as opened, then, after each import, the workbook with the
 * imported rows (every later action — statements, prices, the next import — starts from these bytes). The
 * chosen file itself is never written: what the person gets are downloaded copies.
 */
import { gridIds } from "../../engine";
import { runStatements } from "../../run";
import { templateTables } from "../../workbook/office/templateSpec";
import type { Download, GenerateRequest, OpenedWorkbook, Phase, StatementService } from "./types";
import { nextFrame } from "./types";
import { gridsActions } from "./grids";
import { compareOn, priceAOn, type PricesOutcome } from "./prices";
import { issueOn, previewOn } from "./invoices";
import { readLetterhead } from "../../invoicing/letterhead";
import { createImportService } from "./importService";
import type { XlsxWorkbook } from "../../workbook/xlsx/workbook";
import { t } from "../../messages";
import { fileKind, fileKindMessage } from "../../workbook/fileKind";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const TEMPLATE_FILE = "modele-paie-du-lait.xlsx";

const loadXlsxPort = () => import(/* webpackChunkName: "xlsx-port" */ "../../workbook/xlsx/workbook");

/** "OP 2025.xlsx" + "2025-03" → "OP 2025-2025-03.xlsx" (as the command line names its output). */
export function outputName(fileName: string, month: string): string {
  const base = fileName.replace(/\.(xlsx|xlsm)$/i, "");
  return `${base}-${month}.xlsx`;
}

/** "OP 2025.xlsx" → "OP 2025-import.xlsx": the opened workbook with the imported rows. */
export function importOutputName(fileName: string): string {
  return `${fileName.replace(/\.(xlsx|xlsm)$/i, "")}-import.xlsx`;
}

interface Opened {
  name: string;
  /** The workbook the page works on: the file as read, or the last import's result. */
  bytes: Uint8Array;
  imports: number;
}

export function createStandaloneService(): StatementService {
  let opened: Opened | null = null;
  /** The state each import's workbook was opened from (an import only lands on the workbook it read). */
  const openedFrom = new WeakMap<XlsxWorkbook, Opened>();
  /** A price action on a fresh copy of the opened file; the result is downloaded like the statements. */
  async function onCopy<O extends { download?: Download }>(
    suffix: string,
    action: (wb: XlsxWorkbook) => Promise<O>,
  ): Promise<O> {
    if (!opened) throw new Error("no workbook open");
    const { XlsxWorkbook } = await loadXlsxPort();
    const wb = XlsxWorkbook.open(opened.bytes);
    const out = await action(wb);
    const fileName = `${opened.name.replace(/\.(xlsx|xlsm)$/i, "")}-${suffix}.xlsx`;
    return { ...out, download: { fileName, blob: new Blob([wb.toBytes() as BlobPart], { type: XLSX_MIME }) } };
  }

  return {
    mode: "standalone",
    phases: (_request: GenerateRequest): Phase[] => ["open", "read", "compute", "write", "save"],

    async openWorkbook(file: File): Promise<OpenedWorkbook> {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // A protected workbook, an .xls, an .ods or a CSV: say what it is and what to do (same words as the CLI).
      const wrongKind = fileKindMessage(fileKind(bytes));
      if (wrongKind) throw new Error(t(wrongKind === "input.csv" ? "input.csvPane" : wrongKind, { file: file.name }));
      const { XlsxWorkbook } = await loadXlsxPort();
      const wb = XlsxWorkbook.open(bytes);
      const sheets = await wb.sheetNames();
      opened = { name: file.name, bytes, imports: 0 };
      return { fileName: file.name, sheets, imports: 0 };
    },

    async generate(request, onStep) {
      if (!opened) throw new Error("no workbook open");
      onStep({ phase: "open", done: 0, total: 1 });
      await nextFrame();
      const { XlsxWorkbook } = await loadXlsxPort();
      // Always from the file as opened: running twice gives the same workbook.
      const wb = XlsxWorkbook.open(opened.bytes);
      // keepSheets: « Télécharger les PDF » prints these sheets.
      const letterhead = await readLetterhead(wb);
      const result = await runStatements(wb, {
        month: request.month,
        grid: request.grid,
        onProgress: (p) => onStep(p),
        keepSheets: true,
      });
      onStep({ phase: "save", done: 0, total: 1 });
      await nextFrame();
      const bytes = wb.toBytes();
      onStep({ phase: "save", done: 1, total: 1 });
      return {
        result,
        letterhead,
        download: {
          fileName: outputName(opened.name, result.month),
          blob: new Blob([bytes as BlobPart], { type: XLSX_MIME }),
        },
      };
    },

    prices: {
      compareGrids: (month, grid) => onCopy(`comparaison-${month}`, (wb) => compareOn(wb, month, grid)),
      priceA: (month) => onCopy(`prix-a-${month}`, (wb) => priceAOn(wb, month)),
    },

    invoices: {
      async preview(request) {
        if (!opened) throw new Error("no workbook open");
        const { XlsxWorkbook } = await loadXlsxPort();
        return previewOn(XlsxWorkbook.open(opened.bytes), request);
      },
      // On a copy of the opened workbook, downloaded: open the downloaded file to issue the next month on its register.
      issue: (request) => onCopy(`factures-${request.month}`, (wb) => issueOn(wb, request)),
    },

    imports: createImportService<XlsxWorkbook>({
      async open() {
        const state = opened;
        if (!state) throw new Error("no workbook open");
        const { XlsxWorkbook } = await loadXlsxPort();
        const wb = XlsxWorkbook.open(state.bytes);
        openedFrom.set(wb, state);
        return wb;
      },
      async commit(wb) {
        const state = openedFrom.get(wb);
        // Another workbook opened (or another import landed) while this one ran: its rows are not put on top.
        if (!state || state !== opened)
          throw new Error("le classeur a changé pendant l'import : rien n'a été ajouté, importez à nouveau");
        const sheets = await wb.sheetNames();
        const bytes = wb.toBytes();
        opened = { name: state.name, bytes, imports: state.imports + 1 };
        return {
          download: {
            fileName: importOutputName(state.name),
            blob: new Blob([bytes as BlobPart], { type: XLSX_MIME }),
          },
          workbook: { fileName: state.name, sheets, imports: opened.imports },
        };
      },
    }),

    // A grid sheet added on the page lands in the workbook the page works on (as an import does) and is
    // offered as a download.
    grids: gridsActions(
      async () => {
        if (!opened) throw new Error("no workbook open");
        const { XlsxWorkbook } = await loadXlsxPort();
        const wb = XlsxWorkbook.open(opened.bytes);
        openedFrom.set(wb, opened);
        return wb;
      },
      async (change, port) => {
        const wb = port as XlsxWorkbook;
        const state = openedFrom.get(wb);
        if (!state || state !== opened)
          throw new Error("le classeur a changé entre-temps : rien n'a été ajouté, recommencez");
        const bytes = wb.toBytes();
        opened = { ...state, bytes };
        return {
          ...change,
          download: {
            fileName: `${state.name.replace(/\.(xlsx|xlsm)$/i, "")}-grille.xlsx`,
            blob: new Blob([bytes as BlobPart], { type: XLSX_MIME }),
          },
        };
      },
    ),

    async createTemplate() {
      const { templateWorkbook } = await import(/* webpackChunkName: "template-xlsx" */ "./templateXlsx");
      const bytes = await templateWorkbook(gridIds());
      const names = templateTables(gridIds()).map((t) => t.name);
      return {
        created: names,
        existing: [],
        download: { fileName: TEMPLATE_FILE, blob: new Blob([bytes as BlobPart], { type: XLSX_MIME }) },
      };
    },
  };
}
