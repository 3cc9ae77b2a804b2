/** @jest-environment jsdom */
import "./domSetup";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { Decimal } from "../../src/engine";
import type { Issue, RunResult } from "../../src/run";
import { App } from "../../src/taskpane/App";
import type { GenerateOutcome, StatementService, Step } from "../../src/taskpane/services/types";

const TODAY = new Date(2025, 3, 15); // 15 April 2025: the last complete month is March

const ISSUES: Issue[] = [
  {
    severity: "error",
    code: "VALUE",
    sheet: "Analyses",
    row: 12,
    column: "Valeur (D)",
    producer: "P003",
    message: "valeur « 38,5x » illisible",
  },
  { severity: "warning", code: "HISTORY", producer: "P010", message: "historique incomplet" },
  {
    severity: "warning",
    code: "COOLING",
    sheet: "Livraisons",
    row: 40,
    producer: "P011",
    message: "lait refroidi trop tard",
  },
];

function result(): RunResult {
  return {
    month: "2025-03",
    grid: "sud-est-2018",
    statements: [],
    producers: [],
    issues: ISSUES,
    summary: {
      producers: 120,
      statements: 116,
      withheld: 3,
      noConsent: 1,
      errors: 1,
      warnings: 2,
      totals: [
        {
          grid: "sud-est-2018",
          currency: "EUR",
          volumeUnit: "L",
          priceUnit: "€/1000 L",
          statements: 116,
          volume: new Decimal(9426510),
          total: new Decimal("4339781.47"),
        },
      ],
    },
    sheets: ["Synthèse 2025-03", "Contrôles 2025-03"],
    replaced: [],
  };
}

/** A service whose generate() waits until the test lets it finish. */
function fakeService(mode: "excel" | "standalone") {
  let finish!: (o: GenerateOutcome) => void;
  let fail!: (e: Error) => void;
  let step!: (s: Step) => void;
  const service: StatementService = {
    mode,
    phases: () =>
      mode === "excel"
        ? ["read", "compute", "write", "history", "charts"]
        : ["open", "read", "compute", "write", "save"],
    generate: jest.fn(
      (_req, onStep: (s: Step) => void) =>
        new Promise<GenerateOutcome>((resolve, reject) => {
          finish = resolve;
          fail = reject;
          step = onStep;
        }),
    ),
    createTemplate: jest.fn(async () => ({ created: ["Livraisons", "Analyses"], existing: ["Producteurs"] })),
    selectIssue: jest.fn(async () => undefined),
    openWorkbook: jest.fn(async (file: File) => ({ fileName: file.name, sheets: ["Producteurs", "Livraisons"] })),
  } as never;
  if (mode === "excel") delete (service as Partial<StatementService>).openWorkbook;
  else delete (service as Partial<StatementService>).selectIssue;
  return {
    service,
    finish: (o: GenerateOutcome) => act(async () => finish(o)),
    fail: (e: Error) => act(async () => fail(e)),
    step: (s: Step) => act(async () => step(s)),
  };
}

describe("the task pane in Excel", () => {
  it("proposes the last complete month and the grids, in French", () => {
    const { service } = fakeService("excel");
    render(<App service={service} lang="fr" today={TODAY} />);
    const month = screen.getByTestId("month") as HTMLSelectElement;
    expect(month.value).toBe("2025-03");
    expect(within(month).getByText("mars 2025")).toBeInTheDocument();
    const grid = screen.getByTestId("grid") as HTMLSelectElement;
    expect([...grid.options].map((o) => o.value)).toEqual(["", "sud-est-2018", "mooh-2025"]);
    expect(screen.getByText("Celle de chaque producteur (classeur)")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Générer les relevés" })).toBeEnabled();
    expect(screen.getByLabelText("Graphique 12 mois sur chaque relevé")).toBeChecked();
  });

  it("generates with one click: progress with the step, then count, total and clickable issues", async () => {
    const { service, finish, step } = fakeService("excel");
    render(<App service={service} lang="fr" today={TODAY} />);
    fireEvent.change(screen.getByTestId("grid"), { target: { value: "sud-est-2018" } });
    fireEvent.click(screen.getByRole("button", { name: "Générer les relevés" }));
    expect(service.generate).toHaveBeenCalledWith(
      { month: "2025-03", grid: "sud-est-2018", charts: true },
      expect.any(Function),
    );
    await step({ phase: "compute", done: 50, total: 120 });
    expect(screen.getByTestId("step")).toHaveTextContent("Étape 2/5 : Calcul des relevés (50 / 120)");
    expect(screen.getByRole("progressbar")).toBeInTheDocument();
    expect(screen.getByTestId("generate")).toBeDisabled();

    await finish({ result: result(), charts: 116 });
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(screen.getByTestId("statement-count")).toHaveTextContent("116 relevés — mars 2025");
    expect(screen.getByTestId("total-amount").textContent!.replace(/\s/g, " ")).toBe("4 339 781,47 €");
    expect(screen.getByText(/3 producteurs sans relevé pour erreur/)).toBeInTheDocument();
    expect(screen.getByText(/116 graphiques ajoutés/)).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Erreurs (1)" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Avertissements (2)" })).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: /valeur « 38,5x » illisible/ }));
    expect(service.selectIssue).toHaveBeenCalledWith(ISSUES[0]);
    // An issue without a cell is not a button.
    expect(screen.queryByRole("button", { name: /historique incomplet/ })).not.toBeInTheDocument();
    expect(screen.getByText("historique incomplet")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /lait refroidi trop tard/ })).toBeInTheDocument();
  });

  it("shows why a run could not be done", async () => {
    const { service, fail } = fakeService("excel");
    render(<App service={service} lang="fr" today={TODAY} />);
    fireEvent.click(screen.getByTestId("generate"));
    await fail(new Error("feuille ou tableau « Livraisons » introuvable"));
    expect(screen.getByTestId("run-error")).toHaveTextContent("Les relevés n'ont pas pu être générés");
    expect(screen.getByTestId("run-error")).toHaveTextContent("« Livraisons » introuvable");
    expect(screen.getByTestId("generate")).toBeEnabled();
  });

  it("creates the template and says what was added and what was already there", async () => {
    const { service } = fakeService("excel");
    render(<App service={service} lang="fr" today={TODAY} />);
    fireEvent.click(screen.getByRole("button", { name: "Créer le modèle" }));
    await waitFor(() =>
      expect(screen.getByTestId("template-message")).toHaveTextContent("Tableaux ajoutés : Livraisons, Analyses."),
    );
    expect(screen.getByTestId("template-message")).toHaveTextContent(
      "Déjà présents, laissés tels quels : Producteurs.",
    );
  });

  it("speaks English when Office does", async () => {
    const { service, finish } = fakeService("excel");
    render(<App service={service} lang="en" today={TODAY} />);
    expect(within(screen.getByTestId("month")).getByText("March 2025")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Generate statements" }));
    await finish({ result: result() });
    expect(screen.getByTestId("statement-count")).toHaveTextContent("116 statements — March 2025");
    expect(screen.getByTestId("total-amount")).toHaveTextContent("€4,339,781.47");
    expect(screen.getByRole("heading", { name: "Errors (1)" })).toBeInTheDocument();
  });
});

describe("the same pane outside Excel", () => {
  it("asks for an .xlsx file first, then generates and offers the download", async () => {
    const { service, finish } = fakeService("standalone");
    const save = jest.fn();
    render(<App service={service} lang="fr" today={TODAY} save={save} />);
    expect(screen.getByText("Hors Excel")).toBeInTheDocument();
    expect(screen.queryByLabelText("Graphique 12 mois sur chaque relevé")).not.toBeInTheDocument();
    expect(screen.getByTestId("generate")).toBeDisabled();
    const file = new File([new Uint8Array([1, 2, 3])], "OP mars.xlsx");
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByTestId("file-name")).toHaveTextContent("OP mars.xlsx — 2 feuilles"));
    expect(screen.getByTestId("generate")).toBeEnabled();
    fireEvent.click(screen.getByTestId("generate"));
    expect(service.generate).toHaveBeenCalledWith(
      { month: "2025-03", grid: undefined, charts: false },
      expect.any(Function),
    );
    const download = { fileName: "OP mars-2025-03.xlsx", blob: new Blob(["x"]) };
    await finish({ result: result(), download });
    // Issues are listed with where they are, but there is no cell to select outside Excel.
    expect(screen.queryByRole("button", { name: /38,5x/ })).not.toBeInTheDocument();
    expect(screen.getByText("Analyses · ligne 12 · colonne Valeur (D) · P003")).toBeInTheDocument();
    fireEvent.click(screen.getByTestId("download"));
    expect(save).toHaveBeenCalledWith(download);
  });

  it("downloads the template", async () => {
    const { service } = fakeService("standalone");
    const download = { fileName: "modele-paie-du-lait.xlsx", blob: new Blob(["x"]) };
    (service.createTemplate as jest.Mock).mockResolvedValue({ created: ["Producteurs"], existing: [], download });
    const save = jest.fn();
    render(<App service={service} lang="fr" today={TODAY} save={save} />);
    fireEvent.click(screen.getByTestId("template"));
    await waitFor(() => expect(save).toHaveBeenCalledWith(download));
    expect(screen.getByTestId("template-message")).toHaveTextContent("Modèle téléchargé : modele-paie-du-lait.xlsx.");
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
    const download = { fileName: "OP mars-import.xlsx", blob: new Blob(["x"]) };
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
                  download,
                  workbook: { fileName: "OP mars.xlsx", sheets: ["Producteurs", "Livraisons", "Analyses"], imports: 1 },
                })),
          ),
      ),
    } as never;
    service.prices = { compareGrids: jest.fn(), priceA: jest.fn() };
    const save = jest.fn();
    render(<App service={service} lang="en" today={TODAY} save={save} />);
    expect(screen.queryByTestId("import-panel")).not.toBeInTheDocument(); // nothing to import into yet
    fireEvent.change(screen.getByTestId("file-input"), {
      target: { files: [new File([new Uint8Array([1])], "OP mars.xlsx")] },
    });
    await waitFor(() => expect(screen.getByTestId("file-name")).toHaveTextContent("OP mars.xlsx — 2 sheets"));
    fireEvent.click(screen.getByTestId("generate"));
    await finish({ result: result(), download: { fileName: "OP mars-2025-03.xlsx", blob: new Blob(["x"]) } });
    expect(screen.getByTestId("result")).toBeInTheDocument();

    expect(screen.getByTestId("import-panel")).toHaveTextContent("added to the open workbook");
    fireEvent.click(screen.getByRole("button", { name: "Import results" }));
    fireEvent.change(screen.getByTestId("import-file"), { target: { files: [new File(["Code"], "labo.csv")] } });
    fireEvent.click(await screen.findByTestId("import-run"));
    await waitFor(() => expect(screen.getByTestId("generate")).toBeDisabled());
    expect(screen.getByRole("button", { name: "Compare grids" })).toBeDisabled();
    await act(async () => release());
    await screen.findByTestId("import-summary");
    expect(screen.getByTestId("file-name")).toHaveTextContent("OP mars.xlsx — 3 sheets, 1 import added on this page");
    expect(screen.queryByTestId("result")).not.toBeInTheDocument();
    expect(screen.getByTestId("generate")).toBeEnabled();
    fireEvent.click(screen.getByTestId("import-download"));
    expect(save).toHaveBeenCalledWith(download);
  });

  it("says when the file cannot be read", async () => {
    const { service } = fakeService("standalone");
    (service.openWorkbook as jest.Mock).mockRejectedValue(new Error("not an Excel workbook"));
    render(<App service={service} lang="fr" today={TODAY} />);
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [new File(["x"], "a.txt")] } });
    await waitFor(() =>
      expect(screen.getByText("Ce fichier ne peut pas être lu : not an Excel workbook")).toBeInTheDocument(),
    );
    expect(screen.getByTestId("generate")).toBeDisabled();
  });
});
