/** @jest-environment jsdom */
import "./domSetup";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { fakeService, monthState, runResult } from "./fakeService";

const TODAY = new Date(2025, 3, 15);
const LATER = new Date(2026, 10, 15);

function openFile(name = "OP mars.xlsx") {
  fireEvent.change(screen.getByTestId("file-input"), { target: { files: [new File([new Uint8Array([1])], name)] } });
}

describe("the pane outside Excel", () => {
  it("starts with the workbook: the routine is shown, nothing to act on yet", () => {
    const { service } = fakeService("standalone", { state: (m) => monthState(m ?? "2025-03") });
    render(<App service={service} lang="fr" today={TODAY} />);
    expect(screen.getByText("Hors Excel")).toBeInTheDocument();
    expect(screen.getByText("Il reste dans ce navigateur : rien n'est envoyé.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Ouvrir un classeur .xlsx…" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Partir du modèle" })).toBeEnabled();
    expect(screen.getAllByRole("heading", { level: 2 })).toHaveLength(7);
    expect(screen.getByTestId("step-import-status")).toHaveTextContent("à faire");
    expect(screen.queryByTestId("month")).not.toBeInTheDocument();
    expect(screen.queryByTestId("download-workbook")).not.toBeInTheDocument();
    expect(screen.getByTestId("generate")).toBeDisabled();
    expect(screen.queryByLabelText("Graphique 12 mois sur chaque relevé")).not.toBeInTheDocument();
    expect(service.monthState).not.toHaveBeenCalled();
  });

  it("opens a file: the month follows it; one « Télécharger le classeur », no download per action", async () => {
    const { service, finish } = fakeService("standalone", { state: (m) => monthState(m ?? "2025-03") });
    const save = jest.fn();
    render(<App service={service} lang="fr" today={LATER} save={save} />);
    openFile();
    await waitFor(() => expect(screen.getByTestId("file-name")).toHaveTextContent("OP mars.xlsx"));
    await waitFor(() => expect((screen.getByTestId("month") as HTMLSelectElement).value).toBe("2025-03"));
    expect(service.monthState).toHaveBeenCalledWith(undefined, undefined);
    expect(screen.queryByRole("button", { name: "Partir du modèle" })).not.toBeInTheDocument();
    fireEvent.click(screen.getByTestId("generate"));
    expect(service.generate).toHaveBeenCalledWith(
      { month: "2025-03", grid: undefined, charts: false },
      expect.any(Function),
    );
    await finish({ result: runResult(), download: { fileName: "OP mars-2025-03.xlsx", blob: new Blob(["x"]) } });
    // Issues are listed with where they are, but there is no cell to select outside Excel.
    expect(screen.queryByRole("button", { name: /38,5x/ })).not.toBeInTheDocument();
    expect(screen.queryByTestId("download")).not.toBeInTheDocument();
    const downloads = screen.getAllByRole("button", { name: /Télécharger/ });
    expect(downloads.map((b) => b.textContent)).toEqual(["Télécharger le classeur"]);
    fireEvent.click(screen.getByTestId("download-workbook"));
    expect(service.downloadWorkbook).toHaveBeenCalled();
    expect(save).toHaveBeenCalledWith({ fileName: "OP mars.xlsx", blob: expect.any(Blob) });
  });

  it("starts from the template: it becomes the page's workbook, nothing downloaded", async () => {
    const { service } = fakeService("standalone", {
      state: (m) => monthState(m ?? "2025-03", { monthsWithDeliveries: [], producers: 0 }),
    });
    (service.addMissingTables as jest.Mock).mockResolvedValue({
      created: ["Producteurs", "Livraisons"],
      existing: [],
      workbook: { fileName: "modele-paie-du-lait.xlsx", sheets: ["Producteurs", "Livraisons"] },
    });
    const save = jest.fn();
    render(<App service={service} lang="fr" today={TODAY} save={save} />);
    fireEvent.click(screen.getByRole("button", { name: "Partir du modèle" }));
    await waitFor(() => expect(screen.getByTestId("file-name")).toHaveTextContent("modele-paie-du-lait.xlsx"));
    expect(service.addMissingTables).toHaveBeenCalled();
    expect(save).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.getByTestId("readiness")).toHaveTextContent("0 producteur"));
    expect(screen.getByTestId("generate")).toBeEnabled();
  });

  it("with an older service, « Partir du modèle » downloads the template", async () => {
    const { service } = fakeService("standalone");
    const download = { fileName: "modele-paie-du-lait.xlsx", blob: new Blob(["x"]) };
    (service.createTemplate as jest.Mock).mockResolvedValue({ created: ["Producteurs"], existing: [], download });
    const save = jest.fn();
    render(<App service={service} lang="fr" today={TODAY} save={save} />);
    fireEvent.click(screen.getByTestId("start-template"));
    await waitFor(() => expect(save).toHaveBeenCalledWith(download));
    expect(screen.getByTestId("tables-message")).toHaveTextContent("Modèle téléchargé : modele-paie-du-lait.xlsx.");
  });

  it("imports into the opened workbook: the file line counts the import, a result computed before is dropped, other actions wait", async () => {
    const { service, finish } = fakeService("standalone");
    let release!: () => void;
    const plan = {
      summary: {
        kind: "analyses",
        fileName: "labo.csv",
        format: "csv",
        layout: "long",
        lines: 3,
        preamble: 0,
        read: 3,
        imported: 2,
        duplicates: 1,
        rejected: 0,
        noConsent: 0,
        appended: { sheet: "Analyses", firstRow: 30, lastRow: 31 },
      },
      target: "Analyses",
      rows: [],
      rejects: [],
    };
    service.imports = {
      preview: jest.fn(async (file: { name: string }, kind) => ({
        fileName: file.name,
        kind,
        source: {
          fileName: file.name,
          format: "csv",
          encoding: "utf-8",
          separator: ";",
          headerLine: 1,
          headers: ["Code"],
          rows: [],
          preamble: 0,
          rawLine: () => "",
        },
        mapping: { kind, layout: "long", columns: { code: "Code" }, criteria: {} },
        saved: [],
        columns: [],
        sample: [],
      })),
      run: jest.fn(
        () =>
          new Promise(
            (resolve) =>
              (release = () =>
                resolve({
                  plan,
                  download: { fileName: "OP mars-import.xlsx", blob: new Blob(["x"]) },
                  workbook: { fileName: "OP mars.xlsx", sheets: ["Producteurs", "Livraisons", "Analyses"], imports: 1 },
                })),
          ),
      ),
    } as never;
    service.prices = { compareGrids: jest.fn(), priceA: jest.fn() };
    render(<App service={service} lang="en" today={TODAY} />);
    expect(screen.queryByTestId("import-panel")).not.toBeInTheDocument(); // nothing to import into yet
    openFile();
    await waitFor(() => expect(screen.getByTestId("file-name")).toHaveTextContent("OP mars.xlsx"));
    fireEvent.click(screen.getByTestId("generate"));
    await finish({ result: runResult() });
    expect(screen.getByTestId("step-checks")).toHaveTextContent("116 statements");

    fireEvent.click(screen.getByRole("button", { name: "Import results" }));
    fireEvent.change(screen.getByTestId("import-file"), { target: { files: [new File(["Code"], "labo.csv")] } });
    fireEvent.click(await screen.findByTestId("import-run"));
    await waitFor(() => expect(screen.getByTestId("generate")).toBeDisabled());
    expect(screen.getByRole("button", { name: "Compare grids" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Compute price A" })).toBeDisabled();
    await act(async () => release());
    await screen.findByTestId("import-summary");
    expect(screen.getByTestId("file-name")).toHaveTextContent("OP mars.xlsx — 1 import added on this page");
    expect(screen.getByTestId("step-checks")).toHaveTextContent("After “Generate statements”.");
    expect(screen.getByTestId("generate")).toBeEnabled();
    expect(screen.queryByTestId("import-download")).not.toBeInTheDocument();
  });

  it("says when the file cannot be read", async () => {
    const { service } = fakeService("standalone");
    (service.openWorkbook as jest.Mock).mockRejectedValue(new Error("not an Excel workbook"));
    render(<App service={service} lang="fr" today={TODAY} />);
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [new File(["x"], "a.txt")] } });
    await waitFor(() =>
      expect(screen.getByTestId("file-error")).toHaveTextContent(
        "Ce fichier ne peut pas être lu : not an Excel workbook",
      ),
    );
    expect(screen.getByTestId("generate")).toBeDisabled();
  });
});
