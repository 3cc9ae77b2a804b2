/**
 * The pane's shared state, from which every step takes what it shows: the service and the language, the
 * month (following the workbook) and its state, the grid chosen, the workbook opened on the page, the
 * statement run and what it made, whether an action holds the workbook. Each concept is a hook of its own;
 * this one ties them together (a new file or an import makes what was computed before stale; every action
 * that changes the workbook reads the month's state again).
 */
import { useMemo, useState, type RefObject } from "react";
import type { Issue } from "../../run";
import { translator, type Lang, type Translate } from "../i18n";
import { saveDownload } from "../saveDownload";
import type { ImportService } from "../services/importService";
import type { InvoicesOutcome } from "../services/invoices";
import { createPdfService, type MonthPdfSource, type PdfService } from "../services/pdf";
import type { Download, StatementService } from "../services/types";
import { useGenerate } from "./useGenerate";
import { useIssueSelection } from "./useIssueSelection";
import { useMonthChoice, type MonthChoice } from "./useMonthChoice";
import { useMonthPdfSource } from "./useMonthPdfSource";
import { useMonthState, type MonthStateHook } from "./useMonthState";
import { useOpenedWorkbook, type OpenedWorkbookState } from "./useOpenedWorkbook";
import { useStatementRun, type StatementRun } from "./useStatementRun";
import { useWorkbookTables, type WorkbookTables } from "./useWorkbookTables";

export interface PaneProps {
  service: StatementService;
  lang: Lang;
  /** Today, for the month shown before a workbook is there (tests fix it). */
  today?: Date;
  /** Saves a file (standalone); default: a download link. */
  save?: (download: Download) => void;
  /** Data intake in Excel: « Importer des résultats », « Importer des volumes » (standalone: `service.imports`). */
  importService?: ImportService;
  /** « Télécharger les PDF » (default: PDFs made in the browser, fonts from the build). */
  pdfService?: PdfService;
}

export interface Pane {
  service: StatementService;
  lang: Lang;
  t: Translate;
  today: Date;
  save: (download: Download) => void;
  /** In Excel; else the standalone page, working on a file opened there. */
  excel: boolean;
  choice: MonthChoice;
  /** The month's state (readiness line, steps done); refresh after an action. */
  month: MonthStateHook;
  workbook: OpenedWorkbookState;
  tables: WorkbookTables;
  run: StatementRun;
  /** « Générer les relevés » for the month, grid and charts chosen. */
  generate: () => void;
  /** The headings the focus moves to after « Générer les relevés ». */
  checksHeading: RefObject<HTMLHeadingElement>;
  statementsHeading: RefObject<HTMLHeadingElement>;
  /** The short line announced after a run. */
  announcement: string;
  /** Excel: selects an issue's cell; undefined outside Excel (issues are not clickable). */
  selectIssue?: (issue: Issue) => void;
  selectError: string | null;
  /** What « Télécharger les PDF » prints (null: nothing generated yet). */
  pdfSource: MonthPdfSource | null;
  onIssued: (outcome: InvoicesOutcome) => void;
  pdfs: PdfService;
  /** The PDFs of the month were made (done), and the setter. */
  pdfDone: boolean;
  pdfMade: () => void;
  imports?: ImportService;
  /** An import is reading or writing the workbook. */
  importing: boolean;
  setImporting: (importing: boolean) => void;
  /** Excel, or a workbook opened on the page: the steps that work on a workbook show their actions. */
  hasWorkbook: boolean;
  /** A statement run, an import or tables being added hold the workbook: the other actions wait. */
  busy: boolean;
  /** Standalone: « Télécharger le classeur », the page's workbook with everything done on it. */
  downloadWorkbook?: () => void;
}

export function usePane(props: PaneProps): Pane {
  const { service, lang, today = new Date(), save = saveDownload, importService, pdfService } = props;
  const t = useMemo(() => translator(lang), [lang]);
  const excel = service.mode === "excel";
  const choice = useMonthChoice(today);
  const run = useStatementRun(service);
  const documents = useMonthPdfSource(run.outcome, choice.month);
  const selection = useIssueSelection(service, t);
  const [importing, setImporting] = useState(false);
  const pdfs = useMemo(() => pdfService ?? createPdfService(), [pdfService]);
  const workbook = useOpenedWorkbook(service, t, () => {
    run.forget();
    documents.forget();
  });
  const hasWorkbook = excel || workbook.opened !== null;
  const month = useMonthState({
    service,
    enabled: hasWorkbook,
    opens: workbook.opens,
    version: workbook.version,
    month: choice.month,
    setMonth: choice.setMonth,
    grid: choice.grid,
  });
  const tables = useWorkbookTables({ service, excel, save, t, workbook, changed: month.refresh });
  const generation = useGenerate({
    run,
    choice,
    excel,
    lang,
    t,
    before: () => {
      selection.clear();
      documents.forget();
    },
    after: month.refresh,
  });
  const { downloadWorkbook } = service;
  return {
    service,
    lang,
    t,
    today,
    save,
    excel,
    choice,
    month,
    workbook,
    tables,
    run,
    generate: () => void generation.generate(),
    checksHeading: generation.checksHeading,
    statementsHeading: generation.statementsHeading,
    announcement: generation.announcement,
    selectIssue: excel ? (issue) => void selection.select(issue) : undefined,
    selectError: selection.error,
    pdfSource: documents.source,
    onIssued: documents.issued,
    pdfs,
    pdfDone: documents.done,
    pdfMade: () => documents.made(choice.month),
    imports: importService ?? service.imports,
    importing,
    setImporting,
    hasWorkbook,
    busy: run.running || importing || tables.busy,
    downloadWorkbook: !excel && downloadWorkbook ? () => save(downloadWorkbook.call(service)) : undefined,
  };
}
