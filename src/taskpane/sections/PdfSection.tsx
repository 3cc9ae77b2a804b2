/**
 * « Télécharger les PDF », once statements were generated with their sheets kept: started afresh for another
 * month or once the invoices are issued.
 */
import { Divider } from "@fluentui/react-components";
import { PdfPanel } from "../components/PdfPanel";
import type { Pane } from "../hooks/usePane";

export function PdfSection({ pane }: { pane: Pane }) {
  const source = pane.pdfSource;
  if (!source?.result.outputSheets) return null;
  return (
    <>
      <Divider />
      <PdfPanel
        key={`${source.result.month}-${source.invoices?.length ?? "-"}`}
        service={pane.pdfs}
        source={source}
        lang={pane.lang}
        disabled={pane.busy}
        save={pane.save}
      />
    </>
  );
}
