/**
 * Step 7, « PDF »: « Télécharger les PDF », once statements were generated with their sheets kept; started
 * afresh for another month or once the invoices are issued. Done once the month's PDFs were made here.
 */
import { PdfPanel } from "../components/PdfPanel";
import { Step } from "../components/Step";
import type { Pane } from "../hooks/usePane";
import { stepsDone } from "./stepsDone";

export function PdfStep({ pane }: { pane: Pane }) {
  const { t } = pane;
  const source = pane.pdfSource?.result.outputSheets ? pane.pdfSource : null;
  return (
    <Step
      n={7}
      title={t("stepPdf")}
      done={stepsDone(pane).pdf}
      hint={source ? undefined : t("afterStatements")}
      testId="step-pdf"
      t={t}
    >
      {source && (
        <PdfPanel
          key={`${source.result.month}-${source.invoices?.length ?? "-"}`}
          service={pane.pdfs}
          source={source}
          lang={pane.lang}
          disabled={pane.busy}
          save={pane.save}
          onMade={pane.pdfMade}
        />
      )}
    </Step>
  );
}
