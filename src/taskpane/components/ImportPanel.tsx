/**
 * « Importer des résultats » / « Importer des volumes »: pick a file, confirm or correct what each column
 * holds (guessed from its header, or a mapping saved in the workbook), import, read the summary. Outside
 * Excel the import lands in the workbook opened on the page, which is then offered for download.
 * Every word of the panel comes from i18n.ts; the importer's reasons (rejects, errors) stay in French.
 */
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownload20Regular, ArrowImport20Regular } from "@fluentui/react-icons";
import { useMemo, useRef, useState } from "react";
import type { Criterion } from "../../engine";
import type { ImportSummary } from "../../intake/importer";
import { FIELDS, type Field as MappingField, type ImportKind, type Mapping } from "../../intake/mapping";
import { REJECTS_SHEET } from "../../intake/store";
import { locale, translator, type Key, type Lang, type Translate } from "../i18n";
import type { ImportOutcome, ImportPreview, ImportService } from "../services/importService";
import type { Download } from "../services/types";
import { SectionHeading } from "./SectionHeading";
import { FailureBar, messageOf } from "./ActionFeedback";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  fileLine: { margin: 0, wordBreak: "break-word" },
  table: { borderCollapse: "collapse", width: "100%", tableLayout: "fixed", fontSize: tokens.fontSizeBase200 },
  th: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    padding: "2px 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  cell: {
    padding: "3px 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "middle",
    overflowWrap: "anywhere",
  },
  header: { display: "block", fontWeight: tokens.fontWeightSemibold },
  example: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  select: { width: "100%", minWidth: 0 },
  rejects: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    overflowWrap: "anywhere",
  },
});

const CRITERIA: Criterion[] = ["MG", "MP", "GERMES", "CELLULES", "BUTYRIQUES", "PC", "INHIBITEURS"];

/** The words of the importer's fields (a field without words here shows the importer's French label). */
const FIELD_LABEL: Partial<Record<string, Key>> = {
  date: "fieldDate",
  code: "fieldCode",
  criterion: "fieldCriterion",
  value: "fieldValue",
  validated: "fieldValidated",
  volume: "fieldVolume",
  time: "fieldTime",
  temperature: "fieldTemperature",
  place: "fieldPlace",
};

function fieldLabel(t: Translate, f: { field: MappingField; label: string }): string {
  const key = FIELD_LABEL[f.field];
  return key ? t(key) : f.label;
}

const TARGET_TABLE: Record<ImportKind, string> = { analyses: "Analyses", livraisons: "Livraisons" };

/** Rejected lines shown in the pane (all of them are in « Import rejets »). */
const SHOWN_REJECTS = 5;

/** What a column is taken as, in the select: "" (ignored), "field:date", "crit:MG". */
type Assign = Record<string, string>;

function assignOf(preview: ImportPreview, mapping: Mapping): Assign {
  const a: Assign = {};
  for (const h of preview.source.headers) a[h] = "";
  for (const [field, header] of Object.entries(mapping.columns)) if (header) a[header] = `field:${field}`;
  if (mapping.layout === "wide") for (const [header, c] of Object.entries(mapping.criteria)) a[header] = `crit:${c}`;
  return a;
}

function mappingOf(kind: ImportKind, assign: Assign): Mapping {
  const columns: Mapping["columns"] = {};
  const criteria: Mapping["criteria"] = {};
  for (const [header, v] of Object.entries(assign)) {
    if (v.startsWith("field:")) columns[v.slice(6) as keyof Mapping["columns"]] = header;
    else if (v.startsWith("crit:")) criteria[header] = v.slice(5) as Criterion;
  }
  const wide = kind === "analyses" && Object.keys(criteria).length > 0;
  return { kind, layout: wide ? "wide" : "long", columns, criteria: wide ? criteria : {} };
}

/** "2 lignes lues (2 résultats) : 1 importé, 0 doublon, 1 rejeté, 0 sans consentement" in the pane's language. */
export function summaryText(s: ImportSummary, t: Translate, lang: Lang): string {
  const format = new Intl.NumberFormat(locale(lang));
  const c = (n: number) => ({ n, v: format.format(n).replace(/\u202f|\u00a0/g, " ") });
  const read = t(s.kind === "analyses" ? "importReadResults" : "importReadDeliveries", c(s.read));
  const counts = [
    t("importImported", c(s.imported)),
    t("importDuplicates", c(s.duplicates)),
    t("importRejected", c(s.rejected)),
    t("importNoConsent", c(s.noConsent)),
  ];
  return `${t("importLinesRead", c(s.lines))} (${read})${lang === "fr" ? " :" : ":"} ${counts.join(", ")}`;
}

export interface ImportPanelProps {
  service: ImportService;
  lang: Lang;
  disabled?: boolean;
  /** Outside Excel: the import lands in the workbook opened on the page (the texts say so). */
  standalone?: boolean;
  /** Saves a download (standalone: the workbook with the imported rows). */
  save?: (download: Download) => void;
  /** While a file is read or imported (the pane keeps other actions off the workbook meanwhile). */
  onBusy?: (busy: boolean) => void;
  /** After a successful import. */
  onImported?: (outcome: ImportOutcome) => void;
}

export function ImportPanel({ service, lang, disabled, standalone, save, onBusy, onImported }: ImportPanelProps) {
  const styles = useStyles();
  const t = useMemo(() => translator(lang), [lang]);
  const input = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<ImportKind>("analyses");
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [assign, setAssign] = useState<Assign>({});
  const [saveAs, setSaveAs] = useState("");
  const [busy, setBusyState] = useState<"read" | "import" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<ImportOutcome | null>(null);

  function setBusy(b: "read" | "import" | null) {
    setBusyState(b);
    onBusy?.(b !== null);
  }

  function pick(k: ImportKind) {
    setKind(k);
    input.current?.click();
  }

  async function load(f: File, k: ImportKind, mappingName?: string) {
    setBusy("read");
    setError(null);
    setDone(null);
    try {
      const p = await service.preview(f, k, mappingName);
      setFile(f);
      setPreview(p);
      setAssign(assignOf(p, p.mapping));
      setSaveAs(mappingName ?? "");
    } catch (e) {
      setPreview(null);
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  }

  async function run() {
    if (!preview) return;
    setBusy("import");
    setError(null);
    try {
      const outcome = await service.run(preview, mappingOf(preview.kind, assign), saveAs);
      setDone(outcome);
      setPreview(null);
      onImported?.(outcome);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  }

  const fields = FIELDS[preview?.kind ?? kind];
  const s = preview?.source;
  const summary = done?.plan.summary;
  return (
    <section className={styles.block} data-testid="import-panel">
      <SectionHeading title={t("importTitle")} intro={standalone ? t("importIntroStandalone") : t("importIntro")} />
      <input
        ref={input}
        type="file"
        accept=".csv,.txt,.tsv,.xlsx,.xlsm,text/csv"
        style={{ display: "none" }}
        data-testid="import-file"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = "";
          if (f) void load(f, kind);
        }}
      />
      <div className={styles.buttons}>
        <Button
          icon={<ArrowImport20Regular />}
          onClick={() => pick("analyses")}
          disabled={disabled || busy !== null}
          data-testid="import-results"
        >
          {t("importResults")}
        </Button>
        <Button
          icon={<ArrowImport20Regular />}
          onClick={() => pick("livraisons")}
          disabled={disabled || busy !== null}
          data-testid="import-volumes"
        >
          {t("importVolumes")}
        </Button>
      </div>
      {busy === "read" && <Spinner size="tiny" labelPosition="after" label={t("importReading")} />}

      {preview && s && (
        <div className={styles.block} data-testid="import-preview">
          <Body1 as="p" className={styles.fileLine}>
            {t("importPreviewLines", { file: preview.fileName, n: s.rows.length })}
            {", "}
            {s.format === "csv"
              ? t("importCsvFormat", {
                  encoding: s.encoding ?? "",
                  separator: s.separator === "\t" ? t("importTab") : (s.separator ?? ""),
                })
              : t("importSheetFormat", { sheet: s.sheet ?? "" })}{" "}
            {t("importInto", { table: TARGET_TABLE[preview.kind] })}
          </Body1>
          {preview.saved.length > 0 && (
            <Field label={t("importSaved")}>
              <Select
                data-testid="import-saved"
                value=""
                onChange={(_, d) => d.value && file && void load(file, preview.kind, d.value)}
                disabled={busy !== null}
              >
                <option value="">—</option>
                {preview.saved.map((m) => (
                  <option key={m.name} value={m.name}>
                    {m.name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <table className={styles.table}>
            <thead>
              <tr>
                <th className={styles.th} scope="col">
                  {t("importFileColumn")} <span className={styles.example}>{t("importExample")}</span>
                </th>
                <th className={styles.th} scope="col">
                  {t("importAs")}
                </th>
              </tr>
            </thead>
            <tbody>
              {s.headers.map((h, i) => {
                const name = h || t("importColumnN", { n: i + 1 });
                const examples = preview.sample.map((r) => r[i] ?? "").filter((v) => v !== "");
                return (
                  <tr key={`${h}-${i}`}>
                    <td className={styles.cell}>
                      <span className={styles.header}>{name}</span>
                      <span className={styles.example} title={examples.join(" · ")} data-testid={`example-${i}`}>
                        {examples.length ? examples.join(" · ") : "—"}
                      </span>
                    </td>
                    <td className={styles.cell}>
                      <Select
                        size="small"
                        className={styles.select}
                        aria-label={t("importColumnLabel", { name })}
                        data-testid={`map-${i}`}
                        value={assign[h] ?? ""}
                        onChange={(_, d) => setAssign({ ...assign, [h]: d.value })}
                        disabled={busy !== null}
                      >
                        <option value="">{t("importIgnored")}</option>
                        {fields.map((f) => (
                          <option key={f.field} value={`field:${f.field}`}>
                            {fieldLabel(t, f)}
                          </option>
                        ))}
                        {preview.kind === "analyses" &&
                          CRITERIA.map((c) => (
                            <option key={c} value={`crit:${c}`}>
                              {t("importResultOf", { c })}
                            </option>
                          ))}
                      </Select>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <Field label={t("importSaveAs")}>
            <Input
              value={saveAs}
              onChange={(_, d) => setSaveAs(d.value)}
              data-testid="import-save-as"
              placeholder={t("importSaveAsPlaceholder")}
              disabled={busy !== null}
            />
          </Field>
          <div className={styles.buttons}>
            <Button appearance="primary" onClick={() => void run()} disabled={busy !== null} data-testid="import-run">
              {busy === "import" ? t("importRunning") : t("importRun")}
            </Button>
            <Button onClick={() => setPreview(null)} disabled={busy !== null} data-testid="import-cancel">
              {t("importCancel")}
            </Button>
          </div>
        </div>
      )}

      <FailureBar title={t("importFailed")} message={error} testId="import-error" />
      {done && summary && (
        <MessageBar
          intent={summary.rejected + summary.noConsent > 0 ? "warning" : "success"}
          layout="multiline"
          data-testid="import-summary"
        >
          <MessageBarBody>
            <MessageBarTitle>{summary.fileName}</MessageBarTitle>
            {summaryText(summary, t, lang)}
            {summary.appended
              ? ` — ${t("importAppended", { first: summary.appended.firstRow, last: summary.appended.lastRow, sheet: summary.appended.sheet })}`
              : ""}
            {done.plan.rejects.length > 0 ? ` — ${t("importRejectsSheet", { sheet: REJECTS_SHEET })}` : ""}
            {done.plan.rejects.length > 0 && (
              <ul className={styles.rejects} data-testid="import-rejects">
                {done.plan.rejects.slice(0, SHOWN_REJECTS).map((r, i) => (
                  <li key={i}>{t("importRejectLine", { line: r.line, reason: r.reason })}</li>
                ))}
                {done.plan.rejects.length > SHOWN_REJECTS && (
                  <li>{t("importMoreRejects", { n: done.plan.rejects.length - SHOWN_REJECTS })}</li>
                )}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {done?.download && save && (
        <div className={styles.block}>
          <Button icon={<ArrowDownload20Regular />} onClick={() => save(done.download!)} data-testid="import-download">
            {t("importDownload")}
          </Button>
          <Caption1>{t("importDownloadHint", { file: done.download.fileName })}</Caption1>
        </div>
      )}
    </section>
  );
}
