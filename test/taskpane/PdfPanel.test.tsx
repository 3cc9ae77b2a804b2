/** @jest-environment jsdom */
import "./domSetup";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { PdfPanel } from "../../src/taskpane/components/PdfPanel";
import type { MonthPdfSource, PdfService } from "../../src/taskpane/services/pdf";
import type { RunResult } from "../../src/run";

const RESULT = { month: "2025-03", outputSheets: [] } as unknown as RunResult;
const SOURCE: MonthPdfSource = { result: RESULT, letterhead: null };

function panel(service: PdfService, save = jest.fn(), source = SOURCE) {
  render(
    <FluentProvider theme={webLightTheme}>
      <PdfPanel service={service} source={source} lang="fr" save={save} />
    </FluentProvider>,
  );
  return save;
}

describe("PDF panel", () => {
  const created: Blob[] = [];
  beforeAll(() => {
    URL.createObjectURL = jest.fn((b: Blob) => {
      created.push(b);
      return `blob:test/${created.length}`;
    });
    URL.revokeObjectURL = jest.fn();
  });

  test("« Télécharger les PDF » makes the zip, downloads it and offers the link fallback", async () => {
    const blob = new Blob(["zip"], { type: "application/zip" });
    const service: PdfService = {
      monthZip: jest.fn(async (_r, onProgress) => {
        onProgress?.(1, 3);
        return { fileName: "2025-03 PDF.zip", blob, files: 3 };
      }),
    };
    const save = panel(service);
    fireEvent.click(screen.getByRole("button", { name: "Télécharger les PDF" }));
    await waitFor(() => expect(screen.getByTestId("pdf-result")).toHaveTextContent("3 PDF dans 2025-03 PDF.zip."));
    expect(service.monthZip).toHaveBeenCalledWith(SOURCE, expect.any(Function));
    expect(screen.queryByTestId("pdf-no-letterhead")).toBeNull();
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ fileName: "2025-03 PDF.zip", blob }));
    const link = screen.getByTestId("pdf-link");
    expect(link).toHaveAttribute("download", "2025-03 PDF.zip");
    expect(link.getAttribute("href")).toMatch(/^blob:test\//);
    expect(created[created.length - 1]).toBe(blob);
  });

  test("after the issue it says the invoices come as Factur-X; an unreadable OP sheet is said beside the button", async () => {
    const invoice = { number: "F2025-000001" } as unknown as NonNullable<MonthPdfSource["invoices"]>[number];
    const source: MonthPdfSource = {
      result: RESULT,
      letterhead: null,
      letterheadProblem: "feuille OP, ligne 2, colonne SIREN (B) : 123 n'est pas un SIREN",
      invoices: [invoice],
    };
    const service: PdfService = {
      monthZip: jest.fn(async () => ({ fileName: "2025-03 PDF.zip", blob: new Blob(["zip"]), files: 4 })),
    };
    panel(service, jest.fn(), source);
    expect(screen.getByTestId("pdf-panel")).toHaveTextContent("chaque facture et avoir du mois en Factur-X");
    expect(screen.getByTestId("pdf-no-letterhead")).toHaveTextContent(
      "PDF sans en-tête de l'OP — feuille OP, ligne 2, colonne SIREN (B) : 123 n'est pas un SIREN",
    );
    fireEvent.click(screen.getByRole("button", { name: "Télécharger les PDF" }));
    await waitFor(() => expect(service.monthZip).toHaveBeenCalledWith(source, expect.any(Function)));
  });

  test("a failure shows its message and downloads nothing", async () => {
    const service: PdfService = {
      monthZip: jest.fn(async () =>
        Promise.reject(new Error("relancez la génération des relevés avant de télécharger les PDF")),
      ),
    };
    const save = panel(service);
    fireEvent.click(screen.getByRole("button", { name: "Télécharger les PDF" }));
    await waitFor(() =>
      expect(screen.getByTestId("pdf-error")).toHaveTextContent("Les PDF n'ont pas pu être produits"),
    );
    expect(screen.getByTestId("pdf-error")).toHaveTextContent("relancez la génération");
    expect(save).not.toHaveBeenCalled();
  });
});
