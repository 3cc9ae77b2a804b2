/** @jest-environment jsdom */
import "./domSetup";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { PricesPanel } from "../../src/taskpane/components/PricesPanel";
import { compareOn, priceAOn, type PricesActions } from "../../src/taskpane/services/prices";
import type { StatementService } from "../../src/taskpane/services/types";
import { opWorkbook } from "../run/fixtures";

function panel(prices: PricesActions, kind: "priceA" | "compare", onDone = jest.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <PricesPanel kind={kind} prices={prices} month="2025-03" grid="" lang="fr" onDone={onDone} />
    </FluentProvider>,
  );
  return onDone;
}

describe("Prices panel", () => {
  test("« Comparer les grilles » runs the month's comparison and shows its lines", async () => {
    const prices: PricesActions = {
      compareGrids: jest.fn(async () => ({
        sheet: "Comparaison 2025-03",
        lines: ["PSP sud-est-2018 : 470,30 €/1000 L (456,60 €/1000 kg)"],
      })),
      priceA: jest.fn(),
    };
    panel(prices, "compare");
    expect(screen.queryByTestId("price-a")).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Comparer les grilles" }));
    await waitFor(() => expect(screen.getByTestId("compare-result")).toHaveTextContent("Comparaison 2025-03"));
    expect(screen.getByTestId("compare-result")).toHaveTextContent("PSP sud-est-2018 : 470,30 €/1000 L");
    expect(prices.compareGrids).toHaveBeenCalledWith("2025-03", undefined);
  });

  test("price A failure shows the message naming what is missing, its months as the pane writes them", async () => {
    const prices: PricesActions = {
      compareGrids: jest.fn(),
      priceA: jest.fn(async () => {
        throw new Error("prix A de 2025-03 impossible à calculer : FAM (prix FranceAgriMer) de 2024-12 (m − 3) absent");
      }),
    };
    const onDone = panel(prices, "priceA");
    expect(screen.queryByTestId("compare")).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Calculer le prix A" }));
    await waitFor(() =>
      expect(screen.getByTestId("prices-error")).toHaveTextContent(
        "prix A de mars 2025 impossible à calculer : FAM (prix FranceAgriMer) de décembre 2024 (m − 3) absent",
      ),
    );
    expect(onDone).not.toHaveBeenCalled();
  });

  test("price A written: its lines, the month's state read again, no download of its own", async () => {
    const prices: PricesActions = {
      compareGrids: jest.fn(),
      priceA: jest.fn(async () => ({
        sheet: "Prix A 2025-03",
        lines: ["Prix A 2025-03 : 412,25 €/1000 L (sud-est-2018)"],
        download: { fileName: "op-prix-a-2025-03.xlsx", blob: new Blob(["x"]) },
      })),
    };
    const onDone = panel(prices, "priceA");
    fireEvent.click(screen.getByTestId("price-a"));
    await waitFor(() => expect(screen.getByTestId("prices-result")).toHaveTextContent("412,25 €/1000 L"));
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("button", { name: /Télécharger/ })).not.toBeInTheDocument();
  });

  test("the pane shows the section in Excel when the service has price actions", () => {
    const service = {
      mode: "excel",
      phases: () => [],
      generate: jest.fn(),
      createTemplate: jest.fn(),
      prices: { compareGrids: jest.fn(), priceA: jest.fn() },
    } as unknown as StatementService;
    render(<App service={service} lang="fr" today={new Date(2025, 3, 15)} />);
    expect(screen.getByRole("button", { name: "Comparer les grilles" })).toBeInTheDocument();
  });

  test("the service actions on a workbook: comparison sheet written, lines to show", async () => {
    const port = opWorkbook({
      producers: [["P1", "Un", "sud-est-2018", "non", "oui"]],
      deliveries: [
        ["2025-03-10", "P1", 1000],
        ["2025-03-20", "P1", 1000],
      ],
      results: ["10", "20"].flatMap((d) =>
        [
          ["MG", 41.2],
          ["MP", 33.99],
          ["GERMES", 30000],
          ["CELLULES", 200000],
          ["BUTYRIQUES", 1000],
          ["PC", -0.52],
        ].map(([c, v]) => [`2025-03-${d}`, "P1", c, v, null]),
      ),
      prices: [["2025-03", "sud-est-2018", 450]],
    });
    const out = await compareOn(port, "2025-03");
    expect(out.sheet).toBe("Comparaison 2025-03");
    expect(out.lines).toContain("mooh-2025 : pas de prix de base pour 2025-03 et la grille mooh-2025 dans PrixDeBase");
    expect(out.lines).toContain("PSP sud-est-2018 : 470,30 €/1000 L (456,60 €/1000 kg)");
    await expect(priceAOn(port, "2025-03")).rejects.toThrow(/Indicateurs/);
  });
});
