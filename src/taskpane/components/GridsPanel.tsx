/**
 * « Grilles » section of the pane: the grids available (built-in and the workbook's sheets « Grille <id> »),
 * the chosen one shown as its readable table, « Copier pour modifier » (next year's version as a new sheet),
 * « Importer un fichier de grille », « Exporter », and the grid sheets' problems as issues (clickable in
 * Excel: they select the cell). Calls the grids service, never Excel. The parts are in grids/.
 */
import { Button, Caption1, Field, Select } from "@fluentui/react-components";
import { ArrowDownload20Regular, ArrowUpload20Regular, Copy20Regular } from "@fluentui/react-icons";
import { useMemo, useRef, useState } from "react";
import type { Issue } from "../../run";
import { translator, type Lang, type Translate } from "../i18n";
import type { GridsActions, GridsChange, GridsView } from "../services/grids";
import type { Download } from "../services/types";
import { FailureBar, Notice, useServiceAction } from "./ActionFeedback";
import { IssueList } from "./IssueList";
import { usePaneStyles } from "./paneStyles";
import { GridCopyForm, useGridCopy } from "./grids/GridCopyForm";
import { GridTable } from "./grids/GridTable";
import { useGridsView } from "./grids/useGridsView";

export interface GridsPanelProps {
  grids: GridsActions;
  lang: Lang;
  disabled?: boolean;
  save: (download: Download) => void;
  /** Excel: selects an issue's cell. */
  onSelectIssue?: (issue: Issue) => void;
  /** A grid sheet was added to the workbook. */
  onChanged?: () => void;
}

export function GridsPanel({ grids, lang, disabled, save, onSelectIssue, onChanged }: GridsPanelProps) {
  const styles = usePaneStyles();
  const t = useMemo(() => translator(lang), [lang]);
  const { busy, error, setError, run } = useServiceAction<"change">();
  const { view, selected, setSelected, table, added } = useGridsView(grids, setError);
  const copy = useGridCopy();
  const [change, setChange] = useState<GridsChange | null>(null);

  /** A grid action; a sheet it added closes the copy form and is shown. */
  function act(action: () => Promise<GridsChange | void>) {
    setChange(null);
    return run("change", async () => {
      const out = await action();
      if (out) {
        setChange(out);
        if (out.sheet) {
          copy.close();
          added(out.sheet);
          onChanged?.();
        }
      }
    });
  }

  const issues = [...(view?.issues ?? []), ...(change?.issues ?? [])];
  const off = disabled || busy !== null;
  return (
    <div className={styles.block} data-testid="grids">
      {!view && !error && <Caption1>{t("gridsLoading")}</Caption1>}
      {view && <GridChoice view={view} selected={selected} onSelect={setSelected} disabled={off} t={t} />}
      <GridButtons
        t={t}
        disabled={off}
        selected={selected}
        onCopy={() => copy.start(view?.grids.find((x) => x.id === selected)?.family)}
        onImport={(file) =>
          act(async () => grids.importFile(file.name, new TextDecoder("utf-8").decode(await file.arrayBuffer())))
        }
        onExport={() => act(async () => save(await grids.exportJson(selected)))}
      />
      {copy.copying && (
        <GridCopyForm
          copy={copy}
          t={t}
          disabled={off}
          onCreate={() => void act(() => grids.copy(selected, copy.newId, copy.fromMonth))}
        />
      )}
      <FailureBar title={t("failed")} message={error} testId="grids-error" lang={lang} />
      {change?.sheet && (
        <Notice intent="success" testId="grids-result">
          {t("gridsAdded", { sheet: change.sheet })}
        </Notice>
      )}
      {(["error", "warning"] as const).map((severity) => (
        <IssueList
          key={severity}
          severity={severity}
          issues={issues.filter((i) => i.severity === severity)}
          t={t}
          onSelect={onSelectIssue}
        />
      ))}
      {table && <GridTable table={table} lang={lang} label={`${t("gridsTitle")} — ${selected}`} />}
    </div>
  );
}

interface GridChoiceProps {
  view: GridsView;
  selected: string;
  onSelect: (id: string) => void;
  disabled: boolean;
  t: Translate;
}

/** The grid shown: each grid by id, built-in or the sheet that holds it. */
function GridChoice({ view, selected, onSelect, disabled, t }: GridChoiceProps) {
  const styles = usePaneStyles();
  return (
    <Field label={t("gridsChoose")} className={styles.field}>
      <Select
        className={styles.focusRing}
        value={selected}
        onChange={(_, d) => onSelect(d.value)}
        data-testid="grids-select"
        disabled={disabled}
      >
        {view.grids.map((g) => (
          <option key={g.id} value={g.id}>
            {`${g.id} — ${g.sheet ? `« ${g.sheet} »` : t("grids.builtIn")}`}
          </option>
        ))}
      </Select>
    </Field>
  );
}

interface GridButtonsProps {
  t: Translate;
  disabled: boolean;
  selected: string;
  onCopy: () => void;
  onImport: (file: File) => Promise<void>;
  onExport: () => Promise<void>;
}

/** « Copier pour modifier », « Importer un fichier de grille » (with its hidden file input), « Exporter ». */
function GridButtons({ t, disabled, selected, onCopy, onImport, onExport }: GridButtonsProps) {
  const styles = usePaneStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.buttons}>
      <Button icon={<Copy20Regular />} onClick={onCopy} disabled={disabled || !selected} data-testid="grids-copy">
        {t("gridsCopy")}
      </Button>
      <Button
        icon={<ArrowUpload20Regular />}
        onClick={() => fileInput.current?.click()}
        disabled={disabled}
        data-testid="grids-import"
      >
        {t("gridsImport")}
      </Button>
      <Button
        icon={<ArrowDownload20Regular />}
        onClick={() => void onExport()}
        disabled={disabled || !selected}
        data-testid="grids-export"
      >
        {t("gridsExport")}
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
          if (file) void onImport(file);
        }}
      />
    </div>
  );
}
