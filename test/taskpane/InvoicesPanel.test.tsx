/** @jest-environment jsdom */
import "./domSetup";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { defaultIssueDate, InvoicesPanel } from "../../src/taskpane/components/InvoicesPanel";
import { issueOn, previewOn, type InvoicesActions } from "../../src/taskpane/services/invoices";
import { invoicingWorkbook } from "../invoicing/workbook";

function panel(invoices: InvoicesActions, onIssued = jest.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <InvoicesPanel
        invoices={invoices}
        month="2025-03"
        grid=""
        lang="fr"
        today={new Date(2025, 3, 2)}
        onIssued={onIssued}
      />
    </FluentProvider>,
  );
  return onIssued;
}

describe("Invoices panel", () => {
  test("the issue date defaults to today, or the month's last day when today is earlier", () => {
    expect(defaultIssueDate("2025-03", new Date(2025, 3, 2))).toBe("2025-04-02");
    expect(defaultIssueDate("2025-03", new Date(2025, 2, 20))).toBe("2025-03-31");
  });

  test("shows what the issue will make, then issues on confirmation with the date chosen (real service on a workbook)", async () => {
    const wb = invoicingWorkbook();
    const invoices: InvoicesActions = {
      preview: jest.fn((r) => previewOn(wb, r)),
      issue: jest.fn((r) => issueOn(wb, r)),
    };
    const onIssued = jest.fn();
    panel(invoices, onIssued);
    fireEvent.change(screen.getByTestId("issue-date"), { target: { value: "2025-04-03" } });
    fireEvent.click(screen.getByRole("button", { name: "Émettre les factures…" }));
    await waitFor(() => screen.getByTestId("invoices-preview"));
    expect(screen.getByTestId("invoices-preview")).toHaveTextContent(
      "À émettre : 2 factures, 0 avoir ; 0 facture inchangée ; 2 producteurs non facturés.",
    );
    expect(screen.getByTestId("invoices-preview")).toHaveTextContent("P3 : Régime TVA vide");
    expect(wb.sheet("Registre des factures")).toBeUndefined(); // a preview writes nothing
    fireEvent.click(screen.getByTestId("invoices-confirm"));
    await waitFor(() => screen.getByTestId("invoices-result"));
    expect(screen.getByTestId("invoices-result")).toHaveTextContent("2 factures et 0 avoir émis");
    expect(screen.getByTestId("invoices-result")).toHaveTextContent("F2025-000001 facture P1 TTC");
    expect(invoices.issue).toHaveBeenCalledWith({ month: "2025-03", grid: undefined, issueDate: "2025-04-03" });
    expect(wb.sheet("Registre des factures")).toBeDefined();
    // « Télécharger les PDF » is handed the issue's run (sheets kept), the OP letterhead and the two invoices.
    const pdfs = onIssued.mock.calls[0][0].pdfs;
    expect(pdfs.result.outputSheets.length).toBeGreaterThan(0);
    expect(pdfs.invoices.map((d: { number: string }) => d.number)).toEqual(["F2025-000001", "F2025-000002"]);
    expect(pdfs.letterhead).toMatchObject({ name: "OP Lait des Alpes", city: "Grenoble" });
  });

  test("a date before the register's last one is refused with the reason, nothing issued", async () => {
    const wb = invoicingWorkbook();
    await issueOn(wb, { month: "2025-03", issueDate: "2025-04-05" });
    const invoices: InvoicesActions = { preview: jest.fn((r) => previewOn(wb, r)), issue: jest.fn() };
    panel(invoices);
    fireEvent.click(screen.getByTestId("invoices-prepare"));
    await waitFor(() => screen.getByTestId("invoices-error"));
    expect(screen.getByTestId("invoices-error")).toHaveTextContent(
      "date d'émission du 02/04/2025 antérieure à la dernière du registre",
    );
    expect(screen.queryByTestId("invoices-confirm")).toBeNull();
    expect(invoices.issue).not.toHaveBeenCalled();
  });

  test("the counts in English and in German, with their plurals; no download of its own", async () => {
    const invoices: InvoicesActions = {
      preview: jest.fn(async () => ({ invoices: 1, creditNotes: 1, unchanged: 3, notInvoiced: [] })),
      issue: jest.fn(async () => ({
        invoices: 1,
        creditNotes: 1,
        unchanged: 3,
        notInvoiced: [],
        lines: ["F2025-000009 avoir P2"],
        download: { fileName: "op-factures-2025-03.xlsx", blob: new Blob(["x"]) },
        pdfs: { result: {} as never, letterhead: null },
      })),
    };
    for (const [lang, preview, done] of [
      [
        "en",
        "To issue: 1 invoice, 1 credit note; 3 unchanged invoices; 0 producers not invoiced.",
        "1 invoice and 1 credit note issued",
      ],
      [
        "de",
        "Auszustellen: 1 Rechnung, 1 Gutschrift; 3 unveränderte Rechnungen; 0 Produzenten ohne Rechnung.",
        "1 Rechnung und 1 Gutschrift ausgestellt",
      ],
    ] as const) {
      const { unmount } = render(
        <FluentProvider theme={webLightTheme}>
          <InvoicesPanel invoices={invoices} month="2025-03" grid="" lang={lang} today={new Date(2025, 3, 2)} />
        </FluentProvider>,
      );
      fireEvent.click(screen.getByTestId("invoices-prepare"));
      await waitFor(() => screen.getByTestId("invoices-confirm"));
      expect(screen.getByTestId("invoices-preview")).toHaveTextContent(preview);
      fireEvent.click(screen.getByTestId("invoices-confirm"));
      await waitFor(() => expect(screen.getByTestId("invoices-result")).toHaveTextContent(done));
      expect(screen.queryByTestId("invoices-download")).not.toBeInTheDocument();
      unmount();
    }
  });
});
