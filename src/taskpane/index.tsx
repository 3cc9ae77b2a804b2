/**
 * Entry of the task pane page: in Excel, the Office.js service; in a plain browser, the standalone service
 * (its .xlsx code is loaded on demand, never in Excel). The pane follows Office's theme in Excel, the
 * system's outside it (and its changes).
 */
import { createRoot } from "react-dom/client";
import { officeHost } from "../workbook/office/host";
import { App } from "./App";
import { detectHost, systemTheme, type Theme } from "./host";
import { loadLanguage, setLanguage } from "../messages";
import { locale } from "./format";
import { createExcelService } from "./services/excelService";
import { createStandaloneService } from "./services/standaloneService";
import { createImportService } from "./services/importService";
import { OfficeWorkbook } from "../workbook/office";
import { onWorksheetChanges, recalculate } from "../workbook/office/sheetEvents";
import { startWorkbookGridsSync } from "./services/workbookGridsSync";

async function main(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  const host = await detectHost();
  const service = host.kind === "excel" ? createExcelService(officeHost()) : createStandaloneService();
  document.documentElement.lang = locale(host.lang);
  await loadLanguage(host.lang); // English and German come in a chunk of their own (src/messages/languages.browser.ts)
  setLanguage(host.lang); // the messages shared with the command line (src/messages) in the pane's language
  document.body.dataset.mode = host.kind;
  // Standalone, the import works on the opened workbook: the standalone service brings its own (service.imports).
  const importService = host.kind === "excel" ? createImportService(() => new OfficeWorkbook(officeHost())) : undefined;
  const root = createRoot(container);
  const render = (theme: Theme) => {
    document.documentElement.style.colorScheme = theme;
    root.render(<App service={service} lang={host.lang} theme={theme} importService={importService} />);
  };
  render(host.theme);
  if (host.kind === "standalone")
    window.matchMedia?.("(prefers-color-scheme: dark)").addEventListener?.("change", () => render(systemTheme()));
  // The custom functions (same runtime) see the workbook's grid sheets: read now, again when one changes.
  if (host.kind === "excel") {
    const office = officeHost();
    void startWorkbookGridsSync({
      open: () => new OfficeWorkbook(office),
      recalculate: () => recalculate(office),
      subscribe: async (changed) => void (await onWorksheetChanges(office, changed)),
    }).catch(() => undefined);
  }
}

void main();
