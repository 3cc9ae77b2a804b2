/**
 * The pane's shared state, from which every section takes what it shows: the service and the language, the
 * month and grid chosen, the workbook opened on the page, the statement run and what it made, whether an
 * action holds the workbook. Each concept is a hook of its own; this one ties them together (a new file or an
 * import makes what was computed before stale; a run starts afresh).
 */
import { useMemo, useState } from "react";
import type { Issue } from "../../run";
import { translator, type Lang, type Translate } from "../i18n";
import { saveDownload } from "../saveDownload";
import type { ImportService } from "../services/importService";
import type { InvoicesOutcome } from "../services/invoices";
import { createPdfService, type MonthPdfSource, type PdfService } from "../services/pdf";
import type { Download, StatementService } from "../services/types";
import { useIssueSelection } from "./useIssueSelection";
import { useMonthChoice, type MonthChoice } from "./useMonthChoice";
import { useMonthPdfSource } from "./useMonthPdfSource";
import { useOpenedWorkbook, type OpenedWorkbookState } from "./useOpenedWorkbook";
import { useStatementRun, type StatementRun } from "./useStatementRun";

export interface PaneProps {
  service: StatementService;
  lang: Lang;
  /** Today, for the default month (tests fix it). */
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
  workbook: OpenedWorkbookState;
  run: StatementRun;
  /** « Générer les relevés » for the month, grid and charts chosen. */
  generate: () => void;
  /** Excel: selects an issue's cell; undefined outside Excel (issues are not clickable). */
  selectIssue?: (issue: Issue) => void;
  selectError: string | null;
  /** What « Télécharger les PDF » prints (null: nothing generated yet). */
  pdfSource: MonthPdfSource | null;
  onIssued: (outcome: InvoicesOutcome) => void;
  pdfs: PdfService;
  imports?: ImportService;
  /** An import is reading or writing the workbook. */
  importing: boolean;
  setImporting: (importing: boolean) => void;
  /** Excel, or a file opened on the page: the sections that work on a workbook are shown. */
  hasWorkbook: boolean;
  /** A statement run or an import holds the workbook: the other actions wait. */
  busy: boolean;
}

export function usePane({
  service,
  lang,
  today = new Date(),
  save = saveDownload,
  importService,
  pdfService,
}: PaneProps) {
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

  function generate() {
    selection.clear();
    documents.forget();
    void run.generate({ month: choice.month, grid: choice.grid || undefined, charts: excel && choice.charts });
  }

  const pane: Pane = {
    service,
    lang,
    t,
    today,
    save,
    excel,
    choice,
    workbook,
    run,
    generate,
    selectIssue: excel ? (issue) => void selection.select(issue) : undefined,
    selectError: selection.error,
    pdfSource: documents.source,
    onIssued: documents.issued,
    pdfs,
    imports: importService ?? service.imports,
    importing,
    setImporting,
    hasWorkbook: excel || workbook.opened !== null,
    busy: run.running || importing,
  };
  return pane;
}
