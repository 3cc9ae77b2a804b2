/**
 * The pane outside Excel: the person opens an .xlsx file, the statement run works on it in the browser with
 * the .xlsx port, and the result is downloaded. The .xlsx port and ExcelJS (for the template) are loaded
 * only here, on demand, in chunks of their own: the pane that Excel loads never includes them.
 *
 * The page keeps the workbook as bytes (pageWorkbook.ts): the file as opened, then, after each import, the
 * workbook with the imported rows. Every action works on a fresh copy of these bytes.
 */
import { gridIds } from "../../engine";
import { runStatements } from "../../run";
import { templateTables } from "../../workbook/office/templateSpec";
import type { GenerateOutcome, GenerateRequest, Phase, StatementService, Step } from "./types";
import { nextFrame } from "./types";
import { gridsActions, type GridsChange } from "./grids";
import { compareOn, priceAOn } from "./prices";
import { issueOn, previewOn } from "./invoices";
import { readLetterhead } from "../../invoicing/letterhead";
import { createImportService, type ImportService } from "./importService";
import type { XlsxWorkbook } from "../../workbook/xlsx/workbook";
import type { WorkbookPort } from "../../workbook/port";
import { baseName, pageWorkbook, xlsxDownload, type PageWorkbook } from "./pageWorkbook";

export const TEMPLATE_FILE = "modele-paie-du-lait.xlsx";

/** "OP 2025.xlsx" + "2025-03" → "OP 2025-2025-03.xlsx" (as the command line names its output). */
export function outputName(fileName: string, month: string): string {
  return `${baseName(fileName)}-${month}.xlsx`;
}

/** "OP 2025.xlsx" → "OP 2025-import.xlsx": the opened workbook with the imported rows. */
export function importOutputName(fileName: string): string {
  return `${baseName(fileName)}-import.xlsx`;
}

export function createStandaloneService(): StatementService {
  const page = pageWorkbook();
  /** An action on a fresh copy of the page's workbook; the copy is downloaded like the statements. */
  async function onCopy<O>(suffix: string, action: (wb: XlsxWorkbook) => Promise<O>) {
    const state = page.current();
    const wb = await page.copy(state);
    const out = await action(wb);
    return { ...out, download: xlsxDownload(`${baseName(state.name)}-${suffix}.xlsx`, wb.toBytes()) };
  }

  return {
    mode: "standalone",
    phases: (_request: GenerateRequest): Phase[] => ["open", "read", "compute", "write", "save"],
    openWorkbook: (file) => page.open(file),
    generate: (request, onStep) => generateOnPage(page, request, onStep),
    prices: {
      compareGrids: (month, grid) => onCopy(`comparaison-${month}`, (wb) => compareOn(wb, month, grid)),
      priceA: (month) => onCopy(`prix-a-${month}`, (wb) => priceAOn(wb, month)),
    },
    invoices: {
      preview: async (request) => previewOn(await page.copy(), request),
      // On a copy of the opened workbook, downloaded: open the downloaded file to issue the next month on its register.
      issue: (request) => onCopy(`factures-${request.month}`, (wb) => issueOn(wb, request)),
    },
    imports: importsOnPage(page),
    // A grid sheet added on the page lands in the workbook the page works on (as an import does) and is
    // offered as a download.
    grids: gridsActions(
      () => page.copy(),
      (change, port) => gridSheetLanded(page, change, port),
    ),
    async createTemplate() {
      const { templateWorkbook } = await import(/* webpackChunkName: "template-xlsx" */ "./templateXlsx");
      const bytes = await templateWorkbook(gridIds());
      const names = templateTables(gridIds()).map((t) => t.name);
      return { created: names, existing: [], download: xlsxDownload(TEMPLATE_FILE, bytes) };
    },
  };
}

/** « Générer les relevés » on a copy of the page's workbook, always from its bytes: running twice gives the same. */
async function generateOnPage(
  page: PageWorkbook,
  request: GenerateRequest,
  onStep: (step: Step) => void,
): Promise<GenerateOutcome> {
  const state = page.current();
  onStep({ phase: "open", done: 0, total: 1 });
  await nextFrame();
  const wb = await page.copy(state);
  const letterhead = await readLetterhead(wb);
  // keepSheets: « Télécharger les PDF » prints these sheets.
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
  return { result, letterhead, download: xlsxDownload(outputName(state.name, result.month), bytes) };
}

/** Imports into the page's workbook: each import lands on the workbook it read, which the page then works on. */
function importsOnPage(page: PageWorkbook): ImportService {
  return createImportService<XlsxWorkbook>({
    open: () => page.copy(),
    async commit(wb) {
      const state = page.stateOf(wb, "le classeur a changé pendant l'import : rien n'a été ajouté, importez à nouveau");
      const sheets = await wb.sheetNames();
      const bytes = wb.toBytes();
      const imports = state.imports + 1;
      page.replace({ name: state.name, bytes, imports });
      return {
        download: xlsxDownload(importOutputName(state.name), bytes),
        workbook: { fileName: state.name, sheets, imports },
      };
    },
  });
}

/** A grid sheet added on a copy: the page now works on that copy, offered as a download. */
async function gridSheetLanded(page: PageWorkbook, change: GridsChange, port: WorkbookPort): Promise<GridsChange> {
  const wb = port as XlsxWorkbook;
  const state = page.stateOf(wb, "le classeur a changé entre-temps : rien n'a été ajouté, recommencez");
  const bytes = wb.toBytes();
  page.replace({ ...state, bytes });
  return { ...change, download: xlsxDownload(`${baseName(state.name)}-grille.xlsx`, bytes) };
}
