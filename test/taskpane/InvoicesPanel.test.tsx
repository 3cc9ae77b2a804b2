/** @jest-environment jsdom */
import "./domSetup";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { defaultIssueDate, InvoicesPanel } from "../../src/taskpane/components/InvoicesPanel";
import { issueOn, previewOn, type InvoicesActions } from "../../src/taskpane/services/invoices";
import { invoicingWorkbook } from "../invoicing/workbook";

function panel(invoices: InvoicesActions, save = jest.fn(), onIssued = jest.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <InvoicesPanel
        invoices={invoices}
        month="2025-03"
        grid=""
        lang="fr"
        today={new Date(2025, 3, 2)}
        save={save}
        onIssued={onIssued}
      />
    </FluentProvider>,
  );
  return save;
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
    panel(invoices, jest.fn(), onIssued);
    fireEvent.change(screen.getByTestId("issue-date"), { target: { value: "2025-04-03" } });
    fireEvent.click(screen.getByRole("button", { name: "Émettre les factures…" }));
    await waitFor(() => screen.getByTestId("invoices-preview"));
    expect(screen.getByTestId("invoices-preview")).toHaveTextContent(
      "À émettre : 2 facture(s), 0 avoir(s) ; 0 facture(s) inchangée(s) ; 2 producteur(s) non facturé(s).",
    );
    expect(screen.getByTestId("invoices-preview")).toHaveTextContent("P3 : Régime TVA vide");
    expect(wb.sheet("Registre des factures")).toBeUndefined(); // a preview writes nothing
    fireEvent.click(screen.getByTestId("invoices-confirm"));
    await waitFor(() => screen.getByTestId("invoices-result"));
    expect(screen.getByTestId("invoices-result")).toHaveTextContent("2 facture(s) et 0 avoir(s) émis");
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

  test("standalone: the workbook with the invoices is offered for download", async () => {
    const blob = new Blob(["x"]);
    const invoices: InvoicesActions = {
      preview: jest.fn(async () => ({ invoices: 1, creditNotes: 1, unchanged: 3, notInvoiced: [] })),
      issue: jest.fn(async () => ({
        invoices: 1,
        creditNotes: 1,
        unchanged: 3,
        notInvoiced: [],
        lines: ["F2025-000009 avoir P2"],
        download: { fileName: "op-factures-2025-03.xlsx", blob },
        pdfs: { result: {} as never, letterhead: null },
      })),
    };
    const save = panel(invoices);
    fireEvent.click(screen.getByTestId("invoices-prepare"));
    await waitFor(() => screen.getByTestId("invoices-confirm"));
    expect(screen.getByTestId("invoices-preview")).toHaveTextContent(
      "1 facture(s), 1 avoir(s) ; 3 facture(s) inchangée(s)",
    );
    fireEvent.click(screen.getByTestId("invoices-confirm"));
    await waitFor(() => screen.getByTestId("invoices-download"));
    fireEvent.click(screen.getByTestId("invoices-download"));
    expect(save).toHaveBeenCalledWith({ fileName: "op-factures-2025-03.xlsx", blob });
  });
});

describe("the pane mounts the invoicing step", () => {
  test("in Excel, below the statements, with the month chosen above", async () => {
    const { App } = await import("../../src/taskpane/App");
    const invoices: InvoicesActions = {
      preview: jest.fn(async () => ({ invoices: 2, creditNotes: 0, unchanged: 0, notInvoiced: [] })),
      issue: jest.fn(),
    };
    const service = {
      mode: "excel",
      phases: () => [],
      generate: jest.fn(),
      createTemplate: jest.fn(),
      invoices,
    } as never;
    render(<App service={service} lang="fr" today={new Date(2025, 3, 15)} />);
    fireEvent.click(screen.getByRole("button", { name: "Émettre les factures…" }));
    await waitFor(() => screen.getByTestId("invoices-preview"));
    expect(invoices.preview).toHaveBeenCalledWith({ month: "2025-03", grid: undefined, issueDate: "2025-04-15" });
  });

  test("after the issue, « Télécharger les PDF » makes the month's PDFs with the invoices (Factur-X)", async () => {
    const { App } = await import("../../src/taskpane/App");
    const pdfs = {
      result: { month: "2025-03", outputSheets: [] } as never,
      letterhead: null,
      invoices: [{ number: "F2025-000001" } as never],
    };
    const invoices: InvoicesActions = {
      preview: jest.fn(async () => ({ invoices: 1, creditNotes: 0, unchanged: 0, notInvoiced: [] })),
      issue: jest.fn(async () => ({
        invoices: 1,
        creditNotes: 0,
        unchanged: 0,
        notInvoiced: [],
        lines: ["F2025-000001 facture P1"],
        pdfs,
      })),
    };
    const pdfService = {
      monthZip: jest.fn(async () => ({ fileName: "2025-03 PDF.zip", blob: new Blob(["zip"]), files: 4 })),
    };
    const service = {
      mode: "excel",
      phases: () => [],
      generate: jest.fn(),
      createTemplate: jest.fn(),
      invoices,
    } as never;
    render(<App service={service} lang="fr" today={new Date(2025, 3, 15)} pdfService={pdfService} save={jest.fn()} />);
    expect(screen.queryByTestId("pdf-panel")).toBeNull(); // nothing generated nor issued yet
    fireEvent.click(screen.getByRole("button", { name: "Émettre les factures…" }));
    await waitFor(() => screen.getByTestId("invoices-confirm"));
    fireEvent.click(screen.getByTestId("invoices-confirm"));
    await waitFor(() => screen.getByTestId("pdf-panel"));
    expect(screen.getByTestId("pdf-panel")).toHaveTextContent("chaque facture et avoir du mois en Factur-X");
    fireEvent.click(screen.getByRole("button", { name: "Télécharger les PDF" }));
    await waitFor(() => expect(pdfService.monthZip).toHaveBeenCalledWith(pdfs, expect.any(Function)));
  });
});
