/** @jest-environment jsdom */
import "./domSetup";
import "./textCodec";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ImportPanel } from "../../src/taskpane/components/ImportPanel";
import { createImportService } from "../../src/taskpane/services/importService";
import { OfficeWorkbook } from "../../src/workbook/office";
import { FakeExcel } from "../workbook/office/fakeExcel";
import { opSheets } from "../intake/sheets";

function labFile(text: string, name = "lab.csv"): File {
  const bytes = new TextEncoder().encode(text);
  const f = new File([bytes], name);
  Object.defineProperty(f, "arrayBuffer", { value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
  return f;
}

function setup() {
  const fake = new FakeExcel();
  for (const [name, rows] of Object.entries(opSheets())) fake.model.addSheetWithRows(name, rows as never);
  const service = createImportService(() => new OfficeWorkbook(fake.host()));
  render(
    <FluentProvider theme={webLightTheme}>
      <ImportPanel service={service} />
    </FluentProvider>,
  );
  return fake;
}

const WIDE = "N° producteur;Date;TB;TP;Remarque\nP1;20/03/2025;41,2;33,4;ok\nP7;20/03/2025;40;33;inconnu\n";

describe("ImportPanel", () => {
  test("results: preview with guessed columns, correction, import, summary; mapping saved then offered", async () => {
    const fake = setup();
    fireEvent.click(screen.getByTestId("import-results"));
    fireEvent.change(screen.getByTestId("import-file"), { target: { files: [labFile(WIDE)] } });
    await screen.findByTestId("import-preview");
    expect(screen.getByTestId("import-preview")).toHaveTextContent("lab.csv — 2 lignes, utf-8, séparateur « ; » → Analyses");
    expect((screen.getByTestId("map-0") as HTMLSelectElement).value).toBe("field:code");
    expect((screen.getByTestId("map-2") as HTMLSelectElement).value).toBe("crit:MG");
    expect((screen.getByTestId("map-3") as HTMLSelectElement).value).toBe("crit:MP");
    expect((screen.getByTestId("map-4") as HTMLSelectElement).value).toBe("");
    // The person decides the TP column is not to be imported this time.
    fireEvent.change(screen.getByTestId("map-3"), { target: { value: "" } });
    fireEvent.change(screen.getByTestId("import-save-as"), { target: { value: "Labo TB" } });
    fireEvent.click(screen.getByTestId("import-run"));
    const summary = await screen.findByTestId("import-summary");
    expect(summary).toHaveTextContent("2 lignes lues (2 résultats) : 1 importé, 0 doublon, 1 rejeté, 0 sans consentement");
    expect(summary).toHaveTextContent("Import rejets");
    expect(fake.model.sheet("Analyses")!.valuesOf("A3:D4")).toEqual([
      [45736, "P1", "MG", 41.2],
      ["", "", "", ""],
    ]);

    // Next month: the saved mapping is offered.
    fireEvent.click(screen.getByTestId("import-results"));
    fireEvent.change(screen.getByTestId("import-file"), { target: { files: [labFile(WIDE)] } });
    await screen.findByTestId("import-saved");
    fireEvent.change(screen.getByTestId("import-saved"), { target: { value: "Labo TB" } });
    await waitFor(() => expect((screen.getByTestId("map-3") as HTMLSelectElement).value).toBe(""));
    fireEvent.click(screen.getByTestId("import-run"));
    await waitFor(() => expect(screen.getByTestId("import-summary")).toHaveTextContent("0 importé, 1 doublon, 1 rejeté"));
  });

  test("an empty file says why", async () => {
    setup();
    fireEvent.click(screen.getByTestId("import-volumes"));
    fireEvent.change(screen.getByTestId("import-file"), { target: { files: [labFile("")] } });
    expect(await screen.findByTestId("import-error")).toHaveTextContent("le fichier est vide");
  });
});
