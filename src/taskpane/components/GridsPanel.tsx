/**
 * « Grilles » section of the pane: the grids available (built-in and the workbook's sheets « Grille <id> »),
 * the chosen one shown as its readable table, « Copier pour modifier » (next year's version as a new sheet),
 * « Importer un fichier de grille », « Exporter », and the grid sheets' problems as issues (clickable in
 * Excel: they select the cell). Calls the grids service, never Excel.
 */
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownload20Regular, ArrowUpload20Regular, Copy20Regular } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Issue } from "../../run";
import { translator, type Lang } from "../i18n";
import type { GridsActions, GridsChange, GridsView } from "../services/grids";
import type { Download } from "../services/types";
import { SectionHeading } from "./SectionHeading";
import { DownloadButton, FailureBar, messageOf, useServiceAction } from "./ActionFeedback";
import { IssueList } from "./IssueList";

const TEXT = {
  fr: {
    title: "Grilles",
    intro:
      "Grilles intégrées et grilles du classeur (feuilles « Grille <id> », modifiables dans Excel). Une copie sert de point de départ à la version de l'an prochain.",
    choose: "Grille",
    builtIn: "intégrée",
    copy: "Copier pour modifier",
    newId: "Nouvel identifiant",
    fromMonth: "Valable à partir de (AAAA-MM)",
    create: "Créer la feuille",
    importFile: "Importer un fichier de grille",
    export: "Exporter",
    added: (sheet: string) => `Feuille « ${sheet} » ajoutée`,
    failed: "Échec",
    download: "Télécharger le classeur",
    badMonth: "mois attendu au format AAAA-MM (ex. 2026-01)",
    loading: "Lecture des grilles…",
  },
  en: {
    title: "Grids",
    intro:
      "Built-in grids and the workbook's grids (sheets « Grille <id> », editable in Excel). A copy is the starting point for next year's version.",
    choose: "Grid",
    builtIn: "built-in",
    copy: "Copy to edit",
    newId: "New id",
    fromMonth: "Valid from (YYYY-MM)",
    create: "Create the sheet",
    importFile: "Import a grid file",
    export: "Export",
    added: (sheet: string) => `Sheet « ${sheet} » added`,
    failed: "Failed",
    download: "Download the workbook",
    badMonth: "expected a month as YYYY-MM (e.g. 2026-01)",
    loading: "Reading the grids…",
  },
} as const;

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  scroll: {
    overflowX: "auto",
    maxHeight: "320px",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase100, whiteSpace: "nowrap" },
  cell: { padding: "1px 6px", borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, textAlign: "left" },
  head: {
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
    position: "sticky",
    top: 0,
  },
});

export interface GridsPanelProps {
  grids: GridsActions;
  lang: Lang;
  disabled?: boolean;
  save: (download: Download) => void;
  /** Excel: selects an issue's cell. */
  onSelectIssue?: (issue: Issue) => void;
}

/** A number as French Excel shows it (−9 → "-9", 0.06 → "0,06"). */
function shown(value: string | number | null, lang: Lang): string {
  if (value === null) return "";
  return typeof value === "number" && lang === "fr" ? String(value).replace(".", ",") : String(value);
}

export function GridsPanel({ grids, lang, disabled, save, onSelectIssue }: GridsPanelProps) {
  const styles = useStyles();
  const t = TEXT[lang] ?? TEXT.fr;
  const tr = useMemo(() => translator(lang), [lang]);
  const [view, setView] = useState<GridsView | null>(null);
  const [selected, setSelected] = useState("");
  const [table, setTable] = useState<(string | number | null)[][] | null>(null);
  const [copying, setCopying] = useState(false);
  const [newId, setNewId] = useState("");
  const [fromMonth, setFromMonth] = useState("");
  const { busy, error, setError, run } = useServiceAction<"change">();
  const [change, setChange] = useState<GridsChange | null>(null);
  const [version, setVersion] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    grids.list().then(
      (v) => {
        if (!live) return;
        setView(v);
        setSelected((s) => (s && v.grids.some((g) => g.id === s) ? s : (v.grids[0]?.id ?? "")));
      },
      (e) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [grids, version]);

  useEffect(() => {
    if (!selected) return;
    let live = true;
    grids.table(selected).then(
      (rows) => live && setTable(rows),
      (e) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [grids, selected, version]);

  function act(action: () => Promise<GridsChange | void>) {
    setChange(null);
    return run("change", async () => {
      const out = await action();
      if (out) {
        setChange(out);
        if (out.sheet) {
          setCopying(false);
          setVersion((v) => v + 1);
          setSelected(out.sheet.replace(/^Grille\s+/, ""));
        }
      }
    });
  }

  function startCopy() {
    const g = view?.grids.find((x) => x.id === selected);
    const year = new Date().getFullYear() + 1;
    setNewId(g ? `${g.family}-${year}` : "");
    setFromMonth(`${year}-01`);
    setCopying(true);
  }

  const monthOk = /^\d{4}-(0[1-9]|1[0-2])$/.test(fromMonth);
  const issues = [...(view?.issues ?? []), ...(change?.issues ?? [])];
  const off = disabled || busy !== null;

  return (
    <section className={styles.block} data-testid="grids">
      <SectionHeading title={t.title} intro={t.intro} />
      {!view && !error && <Caption1>{t.loading}</Caption1>}
      {view && (
        <Field label={t.choose}>
          <Select value={selected} onChange={(_, d) => setSelected(d.value)} data-testid="grids-select" disabled={off}>
            {view.grids.map((g) => (
              <option key={g.id} value={g.id}>
                {`${g.id} — ${g.sheet ? `« ${g.sheet} »` : t.builtIn}`}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div className={styles.buttons}>
        <Button icon={<Copy20Regular />} onClick={startCopy} disabled={off || !selected} data-testid="grids-copy">
          {t.copy}
        </Button>
        <Button
          icon={<ArrowUpload20Regular />}
          onClick={() => fileInput.current?.click()}
          disabled={off}
          data-testid="grids-import"
        >
          {t.importFile}
        </Button>
        <Button
          icon={<ArrowDownload20Regular />}
          onClick={() => void act(async () => save(await grids.exportJson(selected)))}
          disabled={off || !selected}
          data-testid="grids-export"
        >
          {t.export}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="grids-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file)
              void act(async () =>
                grids.importFile(file.name, new TextDecoder("utf-8").decode(await file.arrayBuffer())),
              );
          }}
        />
      </div>
      {copying && (
        <div className={styles.block} data-testid="grids-copy-form">
          <Field label={t.newId}>
            <Input value={newId} onChange={(_, d) => setNewId(d.value)} data-testid="grids-new-id" />
          </Field>
          <Field label={t.fromMonth} validationMessage={fromMonth && !monthOk ? t.badMonth : undefined}>
            <Input value={fromMonth} onChange={(_, d) => setFromMonth(d.value)} data-testid="grids-from-month" />
          </Field>
          <div className={styles.buttons}>
            <Button
              appearance="primary"
              onClick={() => void act(() => grids.copy(selected, newId, fromMonth))}
              disabled={off || !newId.trim() || !monthOk}
              data-testid="grids-create"
            >
              {t.create}
            </Button>
          </div>
        </div>
      )}
      <FailureBar title={t.failed} message={error} testId="grids-error" />
      {change?.sheet && (
        <MessageBar intent="success" data-testid="grids-result">
          <MessageBarBody>{t.added(change.sheet)}</MessageBarBody>
        </MessageBar>
      )}
      <DownloadButton download={change?.download} save={save} label={t.download} testId="grids-download" />
      <IssueList
        severity="error"
        issues={issues.filter((i) => i.severity === "error")}
        t={tr}
        onSelect={onSelectIssue}
      />
      <IssueList
        severity="warning"
        issues={issues.filter((i) => i.severity === "warning")}
        t={tr}
        onSelect={onSelectIssue}
      />
      {table && (
        <div className={styles.scroll}>
          <table className={styles.table} data-testid="grids-table">
            <tbody>
              {table
                .filter((r) => r.length > 0)
                .map((r, i) => (
                  <tr key={i}>
                    {r.map((v, j) =>
                      i === 0 ? (
                        <th key={j} className={`${styles.cell} ${styles.head}`}>
                          {shown(v, lang)}
                        </th>
                      ) : (
                        <td key={j} className={styles.cell}>
                          {shown(v, lang)}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
