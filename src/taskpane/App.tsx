/**
 * The task pane: the month's routine, top to bottom — 1 Classeur, the month and its readiness, 2 Import,
 * 3 Prix A, 4 Relevés, 5 Contrôles, 6 Factures, 7 PDF — each step saying whether it is done for the month,
 * then the tools (grids, grid comparison). Works in Excel (Office.js service) and as a plain web page on an
 * .xlsx file (standalone service); the pane itself never touches Excel: it calls the service.
 *
 * usePane (hooks/) holds the state the steps share; each step (sections/) takes from it what it shows, so
 * the pane is the list of its steps, in order. Office's theme (or the system's) is followed, light or dark;
 * the pane fills its width, text keeping a readable line length.
 */
import { Caption1, FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { Announcer } from "./components/Step";
import { usePaneStyles } from "./components/paneStyles";
import type { Theme } from "./host";
import { usePane, type PaneProps } from "./hooks/usePane";
import { ChecksStep } from "./sections/ChecksStep";
import { ImportStep } from "./sections/ImportStep";
import { InvoicesStep } from "./sections/InvoicesStep";
import { MonthBar } from "./sections/MonthBar";
import { PaneHeader } from "./sections/PaneHeader";
import { PdfStep } from "./sections/PdfStep";
import { PriceAStep } from "./sections/PriceAStep";
import { StatementsStep } from "./sections/StatementsStep";
import { ToolsSections } from "./sections/ToolsSections";
import { WorkbookStep } from "./sections/WorkbookStep";

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
});

export interface AppProps extends PaneProps {
  /** Office's theme, or the system's outside Excel (default light). */
  theme?: Theme;
}

export function App({ theme = "light", ...props }: AppProps) {
  const styles = useStyles();
  const paneStyles = usePaneStyles();
  const pane = usePane(props);
  return (
    <FluentProvider
      theme={theme === "dark" ? webDarkTheme : webLightTheme}
      lang={pane.lang}
      className={styles.provider}
      data-theme={theme}
    >
      <main className={styles.root}>
        <PaneHeader pane={pane} />
        <WorkbookStep pane={pane} />
        <MonthBar pane={pane} />
        <ImportStep pane={pane} />
        <PriceAStep pane={pane} />
        <StatementsStep pane={pane} />
        <ChecksStep pane={pane} />
        <InvoicesStep pane={pane} />
        <PdfStep pane={pane} />
        <ToolsSections pane={pane} />
        <Caption1 className={paneStyles.text}>{pane.t("formulas")}</Caption1>
        <Announcer text={pane.announcement} />
      </main>
    </FluentProvider>
  );
}
