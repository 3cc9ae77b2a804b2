/** @jest-environment jsdom */
import "./domSetup";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { fakeService, ISSUES, monthState, runResult } from "./fakeService";

const TODAY = new Date(2025, 3, 15); // 15 April 2025: the last complete month is March
const LATER = new Date(2026, 10, 15); // November 2026: the last complete month is October 2026

/** The level of each heading, in document order. */
const headingLevels = () => [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.tagName[1]));

describe("the routine, top to bottom", () => {
  it("lists the month's steps in order, each a level-2 heading, then the tools", () => {
    const { service } = fakeService("excel");
    service.prices = { compareGrids: jest.fn(), priceA: jest.fn() };
    service.grids = { list: jest.fn(() => new Promise(() => undefined)) } as never;
    service.invoices = { preview: jest.fn(), issue: jest.fn() };
    render(<App service={service} lang="fr" today={TODAY} />);
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
      "1. Classeur",
      "2. Import",
      "3. Prix A",
      "4. Relevés",
      "5. Contrôles",
      "6. Factures",
      "7. PDF",
      "Grilles",
      "Comparer les grilles",
    ]);
    // h1, then h2s: no level is skipped.
    const levels = headingLevels();
    expect(levels[0]).toBe(1);
    levels.forEach((l, i) => i > 0 && expect(l).toBeLessThanOrEqual(levels[i - 1] + 1));
  });

  it("says which steps are done for the month, from the month's state", async () => {
    const { service } = fakeService("excel", {
      state: (m) =>
        monthState(m ?? "2025-03", {
          basePrices: [{ grid: "sud-est-2018", gridName: "Sud-Est", price: "412,25", unit: "€/1000 L" }],
          statements: true,
          invoices: 0,
        }),
    });
    render(<App service={service} lang="fr" today={TODAY} />);
    await waitFor(() => expect(screen.getByTestId("step-workbook-status")).toHaveTextContent("fait"));
    expect(screen.getByTestId("step-import-status")).toHaveTextContent("fait");
    expect(screen.getByTestId("step-price-a-status")).toHaveTextContent("fait");
    expect(screen.getByTestId("step-statements-status")).toHaveTextContent("fait");
    expect(screen.getByTestId("step-checks-status")).toHaveTextContent("à faire");
    expect(screen.getByTestId("step-invoices-status")).toHaveTextContent("à faire");
    expect(screen.getByTestId("step-pdf-status")).toHaveTextContent("à faire");
  });
});

describe("the month follows the workbook", () => {
  it("defaults to the workbook's last month with deliveries, offered first, with its readiness line", async () => {
    const { service } = fakeService("excel", { state: (m) => monthState(m ?? "2025-03") });
    render(<App service={service} lang="fr" today={LATER} />);
    const month = screen.getByTestId("month") as HTMLSelectElement;
    await waitFor(() => expect(month.value).toBe("2025-03"));
    expect(service.monthState).toHaveBeenCalledWith(undefined, undefined);
    const groups = month.querySelectorAll("optgroup");
    expect(groups[0].label).toBe("Mois avec livraisons");
    expect([...groups[0].querySelectorAll("option")].map((o) => o.textContent)).toEqual([
      "mars 2025",
      "février 2025",
      "janvier 2025",
    ]);
    expect(groups[1].label).toBe("Autres mois");
    expect(within(groups[1] as HTMLElement).getByText("octobre 2026")).toBeInTheDocument();
    const line = screen.getByTestId("readiness");
    expect(line).toHaveTextContent("12 producteurs");
    expect(line).toHaveTextContent("360 collectes");
    expect(line).toHaveTextContent("84 résultats");
    expect(screen.getByTestId("base-price")).toHaveTextContent("prix de base Laiterie Sud-Est 2018 : 412,25 €/1000 L");
    expect(screen.getByTestId("no-base-price")).toHaveTextContent("mooh 2025 : pas de prix de base");
    expect(line).toHaveTextContent("Indicateurs : non");
    expect(screen.getByTestId("no-indicators")).toHaveTextContent("Indicateurs n'a pas de ligne pour mars 2025.");
  });

  it("reads the state of another month chosen, and again after generating", async () => {
    const { service, finish } = fakeService("excel", { state: (m) => monthState(m ?? "2025-03") });
    render(<App service={service} lang="fr" today={LATER} />);
    await waitFor(() => expect((screen.getByTestId("month") as HTMLSelectElement).value).toBe("2025-03"));
    fireEvent.change(screen.getByTestId("month"), { target: { value: "2025-02" } });
    await waitFor(() => expect(service.monthState).toHaveBeenLastCalledWith("2025-02", undefined));
    // The grid chosen for producers without one: its base price is the one the readiness line shows.
    fireEvent.change(screen.getByTestId("grid"), { target: { value: "mooh-2025" } });
    await waitFor(() => expect(service.monthState).toHaveBeenLastCalledWith("2025-02", "mooh-2025"));
    fireEvent.change(screen.getByTestId("grid"), { target: { value: "" } });
    await waitFor(() => expect(service.monthState).toHaveBeenLastCalledWith("2025-02", undefined));
    const asked = (service.monthState as jest.Mock).mock.calls.length;
    fireEvent.click(screen.getByTestId("generate"));
    expect(service.generate).toHaveBeenCalledWith(
      { month: "2025-02", grid: undefined, charts: true },
      expect.any(Function),
    );
    await finish({ result: runResult("2025-02") });
    await waitFor(() => expect((service.monthState as jest.Mock).mock.calls.length).toBe(asked + 1));
  });

  it("without a month state, proposes the last complete month", () => {
    const { service } = fakeService("excel");
    render(<App service={service} lang="fr" today={TODAY} />);
    const month = screen.getByTestId("month") as HTMLSelectElement;
    expect(month.value).toBe("2025-03");
    expect(within(month).getByText("mars 2025")).toBeInTheDocument();
  });

  it("offers the grids by name, for the producers without a grid of their own", () => {
    const { service } = fakeService("excel");
    render(<App service={service} lang="fr" today={TODAY} />);
    const grid = screen.getByLabelText("Grille pour les producteurs sans grille") as HTMLSelectElement;
    expect([...grid.options].map((o) => o.value)).toEqual(["", "sud-est-2018", "mooh-2025"]);
    expect(grid.options[0].textContent).toBe("Automatique");
    expect(grid.options[2].textContent).toBe("mooh société coopérative (dès le 1er janvier 2025)");
    expect(screen.getByText(/Les autres producteurs gardent la leur\./)).toBeInTheDocument();
  });
});

describe("the statements in Excel", () => {
  it("generates: the service's phase and counts, then the focus on the checks' heading and one short line", async () => {
    const { service, finish, step } = fakeService("excel");
    render(<App service={service} lang="fr" today={TODAY} />);
    fireEvent.change(screen.getByTestId("grid"), { target: { value: "sud-est-2018" } });
    expect(screen.getByLabelText("Graphique 12 mois sur chaque relevé")).toBeChecked();
    const button = screen.getByRole("button", { name: "Générer les relevés" });
    button.focus();
    fireEvent.click(button);
    expect(service.generate).toHaveBeenCalledWith(
      { month: "2025-03", grid: "sud-est-2018", charts: true },
      expect.any(Function),
    );
    await step({ phase: "compute", done: 50, total: 120 });
    expect(screen.getByTestId("step")).toHaveTextContent("Étape 2/5 : Calcul des relevés (50 / 120)");
    expect(screen.getByRole("progressbar")).toBeInTheDocument();
    // Disabled, but it keeps the focus while the run goes (aria-disabled).
    expect(screen.getByTestId("generate")).toHaveAttribute("aria-disabled", "true");
    expect(document.activeElement).toBe(screen.getByTestId("generate"));
    expect(screen.getByTestId("announcer")).toHaveTextContent("");

    await finish({ result: runResult(), charts: 116 });
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    const heading = screen.getByTestId("step-checks-heading");
    expect(heading.tagName).toBe("H2");
    expect(heading).toHaveAttribute("tabindex", "-1");
    expect(document.activeElement).toBe(heading);
    expect(screen.getByTestId("announcer")).toHaveTextContent(
      "116 relevés pour mars 2025 : 1 erreur, 2 avertissements.",
    );
    expect(screen.getByTestId("announcer")).toHaveAttribute("aria-live", "polite");
    // The announcer is the pane's only live region: the progress is not read out at every step. (The result
    // view's own, inside « Contrôles », is the result view's.)
    const checks = screen.getByTestId("step-checks");
    expect([...document.querySelectorAll("[aria-live]")].filter((el) => !checks.contains(el))).toHaveLength(1);
    expect(screen.getByTestId("step-checks")).toHaveTextContent("116");
    fireEvent.click(screen.getByRole("button", { name: /valeur « 38,5x » illisible/ }));
    expect(service.selectIssue).toHaveBeenCalledWith(ISSUES[0]);
  });

  it("shows why a run failed: the title, then the message on its own, its month as the pane writes it", async () => {
    const { service, fail } = fakeService("excel");
    render(<App service={service} lang="fr" today={TODAY} />);
    fireEvent.click(screen.getByTestId("generate"));
    await fail(new Error("pas de prix de base pour 2026-10 et la grille sud-est-2018 dans « Synthèse 2026-10 »"));
    const bar = screen.getByTestId("run-error");
    const message = screen.getByTestId("run-error-message");
    expect(bar).toHaveTextContent("Les relevés n'ont pas pu être générés");
    expect(message).toHaveTextContent(
      "pas de prix de base pour octobre 2026 et la grille sud-est-2018 dans « Synthèse 2026-10 »",
    );
    // Title and message are two elements, the message a block of its own: they never run together.
    expect(message.textContent).not.toContain("générés");
    expect(message.tagName).toBe("SPAN");
    expect(getComputedStyle(message).display).toBe("block");
    expect(screen.getByTestId("generate")).toBeEnabled();
    expect(document.activeElement).toBe(screen.getByTestId("step-statements-heading"));
    expect(screen.getByTestId("announcer")).toHaveTextContent("Les relevés n'ont pas pu être générés");
  });

  it("lists the missing tables and adds them, then reads the month again", async () => {
    const missing = ["Indicateurs", "Registre des factures"];
    let added = false;
    const { service } = fakeService("excel", {
      state: (m) => monthState(m ?? "2025-03", { missingTables: added ? [] : missing }),
    });
    (service.addMissingTables as jest.Mock).mockImplementation(async () => {
      added = true;
      return { created: missing, existing: ["Producteurs"] };
    });
    render(<App service={service} lang="fr" today={TODAY} />);
    expect(await screen.findByTestId("missing-tables")).toHaveTextContent(
      "Tableaux manquants : Indicateurs, Registre des factures",
    );
    expect(screen.getByTestId("step-workbook-status")).toHaveTextContent("à faire");
    fireEvent.click(screen.getByRole("button", { name: "Ajouter les tableaux manquants" }));
    await waitFor(() =>
      expect(screen.getByTestId("tables-message")).toHaveTextContent(
        "Tableaux ajoutés : Indicateurs, Registre des factures.",
      ),
    );
    await waitFor(() => expect(screen.getByTestId("step-workbook-status")).toHaveTextContent("fait"));
    expect(screen.queryByTestId("missing-tables")).not.toBeInTheDocument();
  });

  it("speaks English and Swiss German", async () => {
    const { service, finish } = fakeService("excel");
    const { unmount } = render(<App service={service} lang="en" today={TODAY} />);
    expect(within(screen.getByTestId("month")).getByText("March 2025")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Generate statements" }));
    await finish({ result: runResult() });
    expect(screen.getByTestId("announcer")).toHaveTextContent("116 statements for March 2025: 1 error, 2 warnings.");
    unmount();
    const german = fakeService("excel");
    render(<App service={german.service} lang="de" today={TODAY} />);
    expect(within(screen.getByTestId("month")).getByText("März 2025")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "4. Abrechnungen" })).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Abrechnungen erstellen" }));
    await german.finish({ result: runResult("2025-03", [ISSUES[1]]) });
    expect(screen.getByTestId("announcer")).toHaveTextContent("116 Abrechnungen für März 2025: 0 Fehler, 1 Warnung.");
  });

  it("points no message bar at a title it does not have", async () => {
    const { service, fail } = fakeService("excel", {
      state: (m) => monthState(m ?? "2025-03", { missingTables: ["Indicateurs"] }),
    });
    render(<App service={service} lang="fr" today={TODAY} />);
    await screen.findByTestId("missing-tables");
    fireEvent.click(screen.getByTestId("generate"));
    await fail(new Error("introuvable"));
    for (const el of document.querySelectorAll("[aria-labelledby]"))
      for (const id of el.getAttribute("aria-labelledby")!.split(/\s+/))
        expect(document.getElementById(id)).not.toBeNull();
  });
});
