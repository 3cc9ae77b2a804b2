/**
 * What « Télécharger les PDF » prints: after « Émettre les factures » for the month shown, that run with its
 * invoices; else the statements just generated; else nothing. And the months whose PDFs were made on this
 * page (the PDF step is done for them).
 */
import { useState } from "react";
import type { InvoicesOutcome } from "../services/invoices";
import type { MonthPdfSource } from "../services/pdf";
import type { GenerateOutcome } from "../services/types";

export function useMonthPdfSource(outcome: GenerateOutcome | null, month: string) {
  const [issued, setIssued] = useState<MonthPdfSource | null>(null);
  const [madeFor, setMadeFor] = useState<readonly string[]>([]);
  const source: MonthPdfSource | null =
    issued && issued.result.month === month
      ? issued
      : outcome
        ? {
            result: outcome.result,
            letterhead: outcome.letterhead?.letterhead ?? null,
            letterheadProblem: outcome.letterhead?.problem ?? null,
          }
        : null;
  return {
    source,
    /** « Émettre les factures » done: the PDFs of its run, with the invoices. */
    issued: (o: InvoicesOutcome) => setIssued(o.pdfs),
    forget: () => setIssued(null),
    /** The PDFs of `m` were made. */
    made: (m: string) => setMadeFor((months) => (months.includes(m) ? months : [...months, m])),
    done: madeFor.includes(month),
  };
}
