/**
 * The task pane: choose the month and the grid, generate the statements, see the totals and the issues, then
 * the month's other steps. Works in Excel (Office.js service) and as a plain web page on an .xlsx file
 * (standalone service); the pane itself never touches Excel: it calls the service.
 *
 * usePane (hooks/) holds the state the sections share; each section (sections/) takes from it what it shows
 * and decides when it is shown, so the pane is the list of its sections, in order.
 */
import { Caption1, FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { usePane, type PaneProps } from "./hooks/usePane";
import { GridsSection } from "./sections/GridsSection";
import { ImportSection } from "./sections/ImportSection";
import { InvoicesSection } from "./sections/InvoicesSection";
import { PaneHeader } from "./sections/PaneHeader";
import { PdfSection } from "./sections/PdfSection";
import { PricesSection } from "./sections/PricesSection";
import { StatementsSection } from "./sections/StatementsSection";
import { TemplateSection } from "./sections/TemplateSection";
import { WorkbookFileSection } from "./sections/WorkbookFileSection";

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
});

export type AppProps = PaneProps;

export function App(props: AppProps) {
  const styles = useStyles();
  const pane = usePane(props);
  return (
    <FluentProvider theme={webLightTheme} lang={pane.lang}>
      <main className={styles.root}>
        <PaneHeader pane={pane} />
        <WorkbookFileSection pane={pane} />
        <StatementsSection pane={pane} />
        <InvoicesSection pane={pane} />
        <PdfSection pane={pane} />
        <ImportSection pane={pane} />
        <PricesSection pane={pane} />
        <GridsSection pane={pane} />
        <TemplateSection pane={pane} />
        <Caption1>{pane.t("formulas")}</Caption1>
      </main>
    </FluentProvider>
  );
}
