/**
 * Standalone: « Ouvrir un classeur… », the file the page works on (its sheets, the imports added on the page)
 * or why it could not be read. Nothing in Excel, which works on the open workbook.
 */
import { Body1, Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { FolderOpen20Regular } from "@fluentui/react-icons";
import { useRef } from "react";
import type { Pane } from "../hooks/usePane";

const useStyles = makeStyles({
  file: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  fileName: { overflowWrap: "anywhere" },
  p: { margin: 0 },
});

export function WorkbookFileSection({ pane }: { pane: Pane }) {
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const { t, workbook } = pane;
  const { opened, fileError } = workbook;
  if (pane.excel) return null;
  return (
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
          void workbook.open(e.target.files?.[0]);
          e.target.value = "";
        }}
      />
      <Button icon={<FolderOpen20Regular />} onClick={() => fileInput.current?.click()} disabled={pane.busy}>
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
  );
}
