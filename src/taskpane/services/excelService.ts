/** The pane in Excel: the statement run through the Office.js workbook port. */
import { gridIds } from "../../engine";
import { runStatements, type Issue } from "../../run";
import { SHEETS } from "../../inputs/tables";
import {
  addStatementCharts,
  addTemplateTables,
  columnOf,
  OfficeWorkbook,
  selectCell,
  type ExcelHost,
} from "../../workbook/office";
import { CachingPort } from "../../workbook/cachingPort";
import { statementCharts } from "./statementCharts";
import { gridsActions } from "./grids";
import { compareOn, priceAOn } from "./prices";
import { issueOn, previewOn } from "./invoices";
import { INVOICING_TABLES } from "../../invoicing/run";
import { INVOICE_SHEETS } from "../../invoicing/inputs";
import { readLetterhead } from "../../invoicing/letterhead";
import { WITHHOLDING_TABLES } from "../../invoicing/withholdings";
import { INDICATORS_SHEET } from "../../prices/indicators";
import { MONTH_STATE_TABLES, readMonthState } from "../../month/state";
import { gridIdOfSheet } from "../../inputs/gridSheetLayout";
import type { GenerateRequest, MonthState, Phase, StatementService } from "./types";
import { nextFrame } from "./types";

/** The cell an issue points at: "D12", the row "12:12", or null (the sheet only). */
export function issueAddress(issue: Pick<Issue, "row" | "column">): string | null {
  if (issue.row === undefined) return null;
  const col = columnOf(issue.column);
  return col ? `${col}${issue.row}` : `${issue.row}:${issue.row}`;
}

/**
 * The month's state in Excel, in one read of the workbook: the sheet names first (a cheap read, no values),
 * then every table the state reads — the grid sheets « Grille <id> » included — loaded together.
 */
export async function monthStateInExcel(host: ExcelHost, month?: string, grid?: string): Promise<MonthState> {
  const names = await new OfficeWorkbook(host).sheetNames();
  const gridSheets = names.filter((n) => gridIdOfSheet(n) !== null);
  const port = new OfficeWorkbook(host, { tables: [...MONTH_STATE_TABLES, ...gridSheets] });
  return readMonthState(port, month, { grid });
}

export function createExcelService(host: ExcelHost): StatementService {
  return {
    mode: "excel",
    phases: (request: GenerateRequest): Phase[] =>
      request.charts ? ["read", "compute", "write", "history", "charts"] : ["read", "compute", "write"],

    async generate(request, onStep) {
      const office = new OfficeWorkbook(host, {
        tables: [...Object.values(SHEETS), ...WITHHOLDING_TABLES, INVOICE_SHEETS.op],
      });
      const port = new CachingPort(office);
      await nextFrame();
      // Read with the run's tables, before its writes (a read after them would load the workbook again).
      const letterhead = await readLetterhead(port);
      const result = await runStatements(port, {
        month: request.month,
        grid: request.grid,
        onProgress: (p) => onStep(p),
        // « Télécharger les PDF » prints these sheets.
        keepSheets: true,
      });
      let charts = 0;
      if (request.charts && result.statements.length > 0) {
        const specs = await statementCharts(port, result, request.grid, onStep);
        charts = await addStatementCharts(host, specs, (done, total) => onStep({ phase: "charts", done, total }));
      }
      // Show the summary sheet.
      if (result.sheets.length > 0) await selectCell(host, result.sheets[0], null).catch(() => undefined);
      return { result, charts, letterhead };
    },

    // « Créer le modèle » adds only the tables missing: the same as addMissingTables.
    createTemplate: () => addTemplateTables(host, gridIds()),
    addMissingTables: () => addTemplateTables(host, gridIds()),
    monthState: (month, grid) => monthStateInExcel(host, month, grid),

    prices: {
      async compareGrids(month, grid) {
        const out = await compareOn(new OfficeWorkbook(host, { tables: Object.values(SHEETS) }), month, grid);
        if (out.sheet) await selectCell(host, out.sheet, null).catch(() => undefined);
        return out;
      },
      async priceA(month) {
        const out = await priceAOn(new OfficeWorkbook(host, { tables: [SHEETS.prices, INDICATORS_SHEET] }), month);
        if (out.sheet) await selectCell(host, out.sheet, null).catch(() => undefined);
        return out;
      },
    },

    invoices: {
      preview: (request) =>
        previewOn(new OfficeWorkbook(host, { tables: [...Object.values(SHEETS), ...INVOICING_TABLES] }), request),
      async issue(request) {
        const out = await issueOn(
          new OfficeWorkbook(host, { tables: [...Object.values(SHEETS), ...INVOICING_TABLES] }),
          request,
        );
        await selectCell(host, "Registre des factures", null).catch(() => undefined);
        return out;
      },
    },
    grids: gridsActions(
      async () => new OfficeWorkbook(host),
      async (change) => {
        await selectCell(host, change.sheet!, null).catch(() => undefined);
        return change;
      },
    ),

    async selectIssue(issue) {
      if (!issue.sheet) throw new Error("no cell");
      await selectCell(host, issue.sheet, issueAddress(issue));
    },
  };
}
