/**
 * Step 1, « Classeur ». Outside Excel: « Ouvrir un classeur .xlsx… » or « Partir du modèle », the workbook the
 * page works on, and the one « Télécharger le classeur » with everything done on the page. Both: the template's
 * tables the workbook lacks, listed, and « Ajouter les tableaux manquants ». Done once no table is missing.
 */
import { Button, Caption1 } from "@fluentui/react-components";
import {
  ArrowDownload20Regular,
  DocumentAdd20Regular,
  FolderOpen20Regular,
  TableAdd20Regular,
} from "@fluentui/react-icons";
import { useRef } from "react";
import { FailureBar, Notice } from "../components/ActionFeedback";
import { usePaneStyles } from "../components/paneStyles";
import { Step } from "../components/Step";
import type { Pane } from "../hooks/usePane";
import { stepsDone } from "./stepsDone";

export function WorkbookStep({ pane }: { pane: Pane }) {
  const { t, excel, tables, hasWorkbook } = pane;
  const state = pane.month.state;
  const missing = state?.missingTables ?? [];
  // Without the month's state (an older service) Excel still offers the template's tables, as before.
  const offerTables = hasWorkbook && (state ? missing.length > 0 : excel && !pane.service.monthState);
  const { message } = tables;
  return (
    <Step
      n={1}
      title={t("stepWorkbook")}
      done={stepsDone(pane).workbook}
      hint={!excel && !hasWorkbook ? t("workbookHint") : undefined}
      testId="step-workbook"
      t={t}
    >
      {!excel && <WorkbookFile pane={pane} />}
      {offerTables && missing.length > 0 && (
        <Notice intent="warning" testId="missing-tables">
          {t("missingTables", { names: missing.join(", ") })}
        </Notice>
      )}
      {offerTables && (
        <div>
          <Button
            icon={<TableAdd20Regular />}
            onClick={() => void tables.add()}
            disabled={pane.busy}
            data-testid="add-tables"
          >
            {t("addMissingTables")}
          </Button>
        </div>
      )}
      {message?.ok && (
        <Notice intent="success" testId="tables-message">
          {message.text}
        </Notice>
      )}
      <FailureBar
        title={t("templateFailed")}
        message={message && !message.ok ? message.error : null}
        testId="tables-error"
        lang={pane.lang}
      />
    </Step>
  );
}

/** Standalone: open a file or start from the template; the workbook the page works on; its download. */
function WorkbookFile({ pane }: { pane: Pane }) {
  const styles = usePaneStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const { t, workbook, hasWorkbook } = pane;
  const { opened, fileError } = workbook;
  return (
    <>
      <input
        ref={fileInput}
        type="file"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        style={{ display: "none" }}
        data-testid="file-input"
        onChange={(e) => {
          void workbook.open(e.target.files?.[0]);
          e.target.value = "";
        }}
      />
      <Caption1 className={styles.text} data-testid="file-name">
        {opened
          ? `${opened.fileName}${opened.imports ? ` — ${t("fileImports", { n: opened.imports })}` : ""}`
          : t("noFile")}
      </Caption1>
      <div className={styles.buttons}>
        <Button
          icon={<FolderOpen20Regular />}
          onClick={() => fileInput.current?.click()}
          disabled={pane.busy}
          data-testid="open-file"
        >
          {t("openFile")}
        </Button>
        {!hasWorkbook && (
          <Button
            icon={<DocumentAdd20Regular />}
            onClick={() => void pane.tables.add()}
            disabled={pane.busy}
            data-testid="start-template"
          >
            {t("startFromTemplate")}
          </Button>
        )}
        {hasWorkbook && pane.downloadWorkbook && (
          <Button
            appearance="primary"
            icon={<ArrowDownload20Regular />}
            onClick={pane.downloadWorkbook}
            disabled={pane.busy}
            title={t("downloadWorkbookHint")}
            data-testid="download-workbook"
          >
            {t("downloadWorkbook")}
          </Button>
        )}
      </div>
      {fileError && (
        <Notice intent="error" testId="file-error">
          {fileError}
        </Notice>
      )}
    </>
  );
}
