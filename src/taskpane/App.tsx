/**
 * The task pane: choose the month and the grid, generate the statements, see the totals and the issues.
 * Works in Excel (Office.js service) and as a plain web page on an .xlsx file (standalone service); the
 * component itself never touches Excel: it calls the service.
 */
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Checkbox,
  Divider,
  Field,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Subtitle2,
  Title3,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { DocumentTableArrowRight20Regular, FolderOpen20Regular, TableAdd20Regular } from "@fluentui/react-icons";
import { useMemo, useRef, useState } from "react";
import { listGrids } from "../engine";
import type { Issue } from "../run";
import { PricesPanel } from "./components/PricesPanel";
import { InvoicesPanel } from "./components/InvoicesPanel";
import { GridsPanel } from "./components/GridsPanel";
import { ImportPanel } from "./components/ImportPanel";
import { PdfPanel } from "./components/PdfPanel";
import { createPdfService, type MonthPdfSource, type PdfService } from "./services/pdf";
import type { ImportOutcome, ImportService } from "./services/importService";
import { ResultView } from "./components/ResultView";
import { FailureBar, messageOf } from "./components/ActionFeedback";
import { locale, monthName, translator, type Key, type Lang } from "./i18n";
import { lastCompleteMonth, monthChoices } from "./months";
import type {
  Download,
  GenerateOutcome,
  OpenedWorkbook,
  Phase,
  StatementService,
  Step,
  TemplateOutcome,
} from "./services/types";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "640px",
    minWidth: 0,
    boxSizing: "border-box",
  },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  titles: { display: "flex", flexDirection: "column", minWidth: 0 },
  h1: { margin: 0 },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  file: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  fileName: { overflowWrap: "anywhere" },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  p: { margin: 0 },
});

const PHASE_LABEL: Record<Phase, Key> = {
  open: "phaseOpen",
  read: "phaseRead",
  compute: "phaseCompute",
  write: "phaseWrite",
  history: "phaseHistory",
  charts: "phaseCharts",
  save: "phaseSave",
};

export interface AppProps {
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

/** Saves a Blob through a temporary download link. */
export function saveDownload(download: Download): void {
  const url = URL.createObjectURL(download.blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = download.fileName;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function App({ service, lang, today = new Date(), save = saveDownload, importService, pdfService }: AppProps) {
  const styles = useStyles();
  const t = useMemo(() => translator(lang), [lang]);
  const excel = service.mode === "excel";
  const months = useMemo(() => monthChoices(today), [today]);
  const grids = useMemo(() => listGrids(), []);
  const [month, setMonth] = useState(() => lastCompleteMonth(today));
  const [grid, setGrid] = useState("");
  const [charts, setCharts] = useState(true);
  const [opened, setOpened] = useState<OpenedWorkbook | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [step, setStep] = useState<Step | null>(null);
  const [phases, setPhases] = useState<Phase[]>([]);
  const [outcome, setOutcome] = useState<GenerateOutcome | null>(null);
  /** « Émettre les factures » done: the PDFs of its run, with the invoices (same month as the panel). */
  const [issued, setIssued] = useState<MonthPdfSource | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selectError, setSelectError] = useState<string | null>(null);
  const [template, setTemplate] = useState<{ ok: boolean; text: string } | null>(null);
  const [templateBusy, setTemplateBusy] = useState(false);
  const [importing, setImporting] = useState(false);
  /** Standalone: a file opened (the import panel starts afresh) and the workbook changed (opened or rows imported). */
  const [opens, setOpens] = useState(0);
  const [workbookVersion, setWorkbookVersion] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const imports = importService ?? service.imports;
  const pdfs = useMemo(() => pdfService ?? createPdfService(), [pdfService]);

  // After « Émettre les factures » for the month shown, its run with the invoices; else the statements generated.
  const pdfSource: MonthPdfSource | null =
    issued && issued.result.month === month
      ? issued
      : outcome
        ? {
            result: outcome.result,
            letterhead: outcome.letterhead?.letterhead ?? null,
            letterheadProblem: outcome.letterhead?.problem ?? null,
          }
        : null;

  const canGenerate = !running && !importing && (excel || opened !== null);

  function onImported(o: ImportOutcome) {
    if (!o.workbook) return;
    // Standalone: the page now works on the workbook with the imported rows; a result computed before the
    // import (and its download) would be stale, so would a price sheet.
    setOpened(o.workbook);
    setOutcome(null);
    setIssued(null);
    setError(null);
    setWorkbookVersion((v) => v + 1);
  }

  async function onFile(file: File | undefined) {
    if (!file || !service.openWorkbook) return;
    setFileError(null);
    setOutcome(null);
    setIssued(null);
    setError(null);
    try {
      setOpened(await service.openWorkbook(file));
      setOpens((n) => n + 1);
      setWorkbookVersion((v) => v + 1);
    } catch (e) {
      setOpened(null);
      setFileError(t("fileError", { message: messageOf(e) }));
    }
  }

  async function generate() {
    const request = { month, grid: grid || undefined, charts: excel && charts };
    setRunning(true);
    setOutcome(null);
    setIssued(null);
    setError(null);
    setSelectError(null);
    setPhases(service.phases(request));
    setStep(null);
    try {
      setOutcome(await service.generate(request, setStep));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setRunning(false);
      setStep(null);
    }
  }

  async function select(issue: Issue) {
    if (!service.selectIssue) return;
    setSelectError(null);
    try {
      await service.selectIssue(issue);
    } catch (e) {
      setSelectError(t("cannotSelect", { message: messageOf(e) }));
    }
  }

  async function createTemplate() {
    setTemplateBusy(true);
    setTemplate(null);
    try {
      const r: TemplateOutcome = await service.createTemplate();
      if (r.download) {
        save(r.download);
        setTemplate({ ok: true, text: t("templateDownloaded", { file: r.download.fileName }) });
      } else {
        const parts: string[] = [];
        if (r.created.length) parts.push(t("templateCreated", { names: r.created.join(", ") }));
        if (r.existing.length) parts.push(t("templateExisting", { names: r.existing.join(", ") }));
        setTemplate({ ok: true, text: r.created.length ? parts.join(" ") : t("templateNothing") });
      }
    } catch (e) {
      setTemplate({ ok: false, text: `${t("templateFailed")} : ${messageOf(e)}` });
    } finally {
      setTemplateBusy(false);
    }
  }

  const phaseIndex = step ? phases.indexOf(step.phase) : -1;
  const fraction = step && step.total > 0 ? step.done / step.total : undefined;
  const overall = step && phaseIndex >= 0 ? (phaseIndex + (fraction ?? 0)) / phases.length : undefined;
  const stepText = step
    ? `${t("stepOf", { i: Math.max(1, phaseIndex + 1), n: phases.length, label: t(PHASE_LABEL[step.phase]) })}${step.total > 1 ? ` (${step.done.toLocaleString(locale(lang))} / ${step.total.toLocaleString(locale(lang))})` : ""}`
    : t("generating");

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.root}>
        <header className={styles.header}>
          <img src="assets/icon-32.png" width={32} height={32} alt="" />
          <div className={styles.titles}>
            <Title3 as="h1" className={styles.h1}>
              {t("title")}
            </Title3>
            <Caption1>{t("subtitle")}</Caption1>
          </div>
          {!excel && (
            <Badge appearance="tint" color="informative" style={{ marginLeft: "auto", flexShrink: 0 }}>
              {t("standaloneBadge")}
            </Badge>
          )}
        </header>

        {!excel && (
          <div className={styles.file}>
            <Body1 as="p" className={styles.p}>
              {t("standaloneIntro")}
            </Body1>
            <input
              ref={fileInput}
              type="file"
              accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              style={{ display: "none" }}
              data-testid="file-input"
              onChange={(e) => {
                void onFile(e.target.files?.[0]);
                e.target.value = "";
              }}
            />
            <Button
              icon={<FolderOpen20Regular />}
              onClick={() => fileInput.current?.click()}
              disabled={running || importing}
            >
              {t("openFile")}
            </Button>
            <Caption1 className={styles.fileName} data-testid="file-name">
              {opened
                ? `${opened.fileName} — ${t("fileSheets", { n: opened.sheets.length })}${opened.imports ? `, ${t("fileImports", { n: opened.imports })}` : ""}`
                : t("noFile")}
            </Caption1>
            {fileError && (
              <MessageBar intent="error">
                <MessageBarBody>{fileError}</MessageBarBody>
              </MessageBar>
            )}
          </div>
        )}

        <div className={styles.form}>
          <Field label={t("month")} hint={t("monthHint")}>
            <Select value={month} onChange={(_, d) => setMonth(d.value)} disabled={running} data-testid="month">
              {months.map((m) => (
                <option key={m} value={m}>
                  {monthName(m, lang)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("grid")} hint={t("gridHint")}>
            <Select value={grid} onChange={(_, d) => setGrid(d.value)} disabled={running} data-testid="grid">
              <option value="">{t("gridWorkbook")}</option>
              {grids.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.id} — {g.currency}, {g.priceUnit}
                </option>
              ))}
            </Select>
          </Field>
          {excel && (
            <Checkbox
              checked={charts}
              onChange={(_, d) => setCharts(d.checked === true)}
              disabled={running}
              label={t("charts")}
            />
          )}
          <Button
            appearance="primary"
            icon={<DocumentTableArrowRight20Regular />}
            disabled={!canGenerate}
            onClick={() => void generate()}
            data-testid="generate"
          >
            {running ? t("generating") : t("generate")}
          </Button>
        </div>

        {running && (
          <div className={styles.progress} role="status" aria-live="polite">
            <ProgressBar value={overall} thickness="large" aria-label={stepText} />
            <Caption1 data-testid="step">{stepText}</Caption1>
          </div>
        )}

        <FailureBar title={t("runFailed")} message={error} testId="run-error" />

        {outcome && (
          <ResultView
            outcome={outcome}
            lang={lang}
            t={t}
            onSelect={excel ? (issue) => void select(issue) : undefined}
            onDownload={outcome.download ? () => save(outcome.download!) : undefined}
            selectError={selectError}
          />
        )}

        {service.invoices && (excel || opened !== null) && (
          <>
            <Divider />
            <InvoicesPanel
              key={`${workbookVersion}-${month}`}
              invoices={service.invoices}
              month={month}
              grid={grid}
              lang={lang}
              disabled={running || importing}
              today={today}
              save={save}
              onIssued={(o) => setIssued(o.pdfs)}
            />
          </>
        )}
        {pdfSource?.result.outputSheets && (
          <>
            <Divider />
            <PdfPanel
              key={`${pdfSource.result.month}-${pdfSource.invoices?.length ?? "-"}`}
              service={pdfs}
              source={pdfSource}
              lang={lang}
              disabled={running || importing}
              save={save}
            />
          </>
        )}

        {imports && (excel || opened !== null) && (
          <>
            <Divider />
            <ImportPanel
              key={opens}
              service={imports}
              lang={lang}
              disabled={running}
              standalone={!excel}
              save={save}
              onBusy={setImporting}
              onImported={onImported}
            />
          </>
        )}

        {service.prices && (excel || opened !== null) && (
          <>
            <Divider />
            <PricesPanel
              key={workbookVersion}
              prices={service.prices}
              month={month}
              grid={grid}
              lang={lang}
              disabled={running || importing}
              save={save}
            />
          </>
        )}

        {service.grids && (excel || opened !== null) && (
          <>
            <Divider />
            <GridsPanel
              key={workbookVersion}
              grids={service.grids}
              lang={lang}
              disabled={running || importing}
              save={save}
              onSelectIssue={excel ? (issue) => void select(issue) : undefined}
            />
          </>
        )}

        <Divider />
        <section className={styles.block}>
          <Subtitle2 as="h2" className={styles.p}>
            {t("template")}
          </Subtitle2>
          <Caption1>{excel ? t("templateIntro") : t("templateIntroStandalone")}</Caption1>
          <Button
            icon={<TableAdd20Regular />}
            onClick={() => void createTemplate()}
            disabled={templateBusy || running}
            data-testid="template"
          >
            {t("createTemplate")}
          </Button>
          {template && (
            <MessageBar intent={template.ok ? "success" : "error"} data-testid="template-message">
              <MessageBarBody>{template.text}</MessageBarBody>
            </MessageBar>
          )}
        </section>
        <Caption1>{t("formulas")}</Caption1>
      </main>
    </FluentProvider>
  );
}
