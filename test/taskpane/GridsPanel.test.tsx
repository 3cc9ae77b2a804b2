/** @jest-environment jsdom */
import "./domSetup";
import "./textCodec";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import sudEst from "../../src/engine/grids/sud-est-2018.json";
import { GridsPanel } from "../../src/taskpane/components/GridsPanel";
import { gridsActions } from "../../src/taskpane/services/grids";
import type { GridJson } from "../../src/inputs/gridSheetWrite";
import { gridCells, rowWhere } from "../grids/cells";
import { MemoryWorkbook } from "../run/memoryPort";

/** A workbook with one good grid sheet (a copy for 2026) and one broken (a germ rate that is not a number). */
function workbook(): MemoryWorkbook {
  const good = gridCells({ ...(sudEst as GridJson), id: "sud-est-2026", validFrom: "2026-01" });
  const broken = gridCells({ ...(sudEst as GridJson), id: "essai", family: "essai" }, (cells) => {
    cells[rowWhere(cells, { 0: "Tranche", 1: "GERMES", 9: -9 })][9] = "moins neuf";
  });
  return new MemoryWorkbook({ Producteurs: [["Code"], ["P1"]], "Grille sud-est-2026": good, "Grille essai": broken });
}

function jsonFile(text: string, name: string): File {
  const bytes = new TextEncoder().encode(text);
  const f = new File([bytes], name);
  Object.defineProperty(f, "arrayBuffer", {
    value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  });
  return f;
}

function setup(wb = workbook()) {
  const save = jest.fn();
  const onSelectIssue = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <GridsPanel grids={gridsActions(async () => wb)} lang="fr" save={save} onSelectIssue={onSelectIssue} />
    </FluentProvider>,
  );
  return { wb, save, onSelectIssue };
}

describe("« Grilles » section", () => {
  test("lists the built-in and the workbook's grids, shows one as its table, the broken sheet's error is clickable", async () => {
    const { onSelectIssue } = setup();
    const select = (await screen.findByTestId("grids-select")) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      "sud-est-2018 — intégrée",
      "mooh-2025 — intégrée",
      "sud-est-2026 — « Grille sud-est-2026 »",
    ]);
    const table = await screen.findByTestId("grids-table");
    expect(within(table).getAllByRole("row")[0]).toHaveTextContent(
      "RubriqueCodeCritèreParamètreN°Borne basseSeuil basBorne hauteSeuil hautValeurUnitéRemarque",
    );
    // The germ tier « à partir de 100000 jusqu'à (inclus) 200000 → -9 €/1000 L » is one row, one value per cell.
    const germRow = within(table)
      .getAllByRole("row")
      .find((r) => r.textContent!.startsWith("TrancheGERMESGERMEStaux") && r.textContent!.includes("-9"))!;
    expect([...germRow.querySelectorAll("td")].map((c) => c.textContent)).toEqual([
      "Tranche",
      "GERMES",
      "GERMES",
      "taux",
      "",
      "à partir de",
      "100000",
      "jusqu'à (inclus)",
      "200000",
      "-9",
      "€/1000 L",
      "",
    ]);

    const issue = await screen.findByText(/« moins neuf » n'est pas un nombre/);
    fireEvent.click(issue.closest("button")!);
    expect(onSelectIssue).toHaveBeenCalledWith(
      expect.objectContaining({ sheet: "Grille essai", column: "Valeur (J)" }),
    );
  });

  test("« Copier pour modifier » adds the sheet of next year's version", async () => {
    const { wb } = setup();
    await screen.findByTestId("grids-table");
    fireEvent.click(screen.getByTestId("grids-copy"));
    fireEvent.change(screen.getByTestId("grids-new-id"), { target: { value: "sud-est-2027" } });
    fireEvent.change(screen.getByTestId("grids-from-month"), { target: { value: "2027-01" } });
    fireEvent.click(screen.getByTestId("grids-create"));
    await waitFor(() =>
      expect(screen.getByTestId("grids-result")).toHaveTextContent("Feuille « Grille sud-est-2027 » ajoutée"),
    );
    const rows = wb.output("Grille sud-est-2027").rows.map((r) => (r ? r.map((c) => c.value) : null));
    expect(rows).toContainEqual([
      "Grille",
      null,
      null,
      "Identifiant",
      null,
      null,
      null,
      null,
      null,
      "sud-est-2027",
      null,
      null,
    ]);
    expect(rows).toContainEqual([
      "Grille",
      null,
      null,
      "Valable à partir de",
      null,
      null,
      null,
      null,
      null,
      "2027-01",
      null,
      null,
    ]);
  });

  test("a copy never takes an existing id", async () => {
    setup();
    await screen.findByTestId("grids-table");
    fireEvent.click(screen.getByTestId("grids-copy"));
    fireEvent.change(screen.getByTestId("grids-new-id"), { target: { value: "sud-est-2026" } });
    fireEvent.click(screen.getByTestId("grids-create"));
    expect(
      await screen.findByText(/l'identifiant « sud-est-2026 » est déjà pris \(Grille sud-est-2026\)/),
    ).toBeDefined();
  });

  test("« Importer un fichier de grille »: a bad file's problems are listed in French, nothing is written", async () => {
    const { wb } = setup();
    await screen.findByTestId("grids-table");
    const bad = { ...(sudEst as GridJson), id: "nord-2026", currency: "euro" };
    fireEvent.change(screen.getByTestId("grids-file"), {
      target: { files: [jsonFile(JSON.stringify(bad), "nord.json")] },
    });
    expect(
      await screen.findByText(
        'nord.json : grille « nord-2026 » : currency : attendu : un code de devise ISO en 3 majuscules (ex. "EUR", "CHF"), reçu "euro"',
      ),
    ).toBeDefined();
    expect(wb.sheet("Grille nord-2026")).toBeUndefined();
  });

  test("« Exporter » saves the grid file", async () => {
    const { save } = setup();
    await screen.findByTestId("grids-table");
    fireEvent.click(screen.getByTestId("grids-export"));
    await waitFor(() => expect(save).toHaveBeenCalled());
    const download = save.mock.calls[0][0];
    expect(download.fileName).toBe("sud-est-2018.json");
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(download.blob);
    });
    expect(JSON.parse(text)).toMatchObject({
      formatVersion: 1,
      id: "sud-est-2018",
      family: "sud-est",
      validFrom: "2018-01",
    });
  });
});
