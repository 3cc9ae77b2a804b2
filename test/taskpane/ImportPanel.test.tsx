/** @jest-environment jsdom */
import "./domSetup";
import "./textCodec";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ImportPanel } from "../../src/taskpane/components/ImportPanel";
import type { Lang } from "../../src/taskpane/i18n";
import { createImportService, type ImportOutcome, type ImportService } from "../../src/taskpane/services/importService";
import { OfficeWorkbook } from "../../src/workbook/office";
import { FakeExcel } from "../workbook/office/fakeExcel";
import { opSheets } from "../intake/sheets";

function labFile(text: string, name = "lab.csv"): File {
  const bytes = new TextEncoder().encode(text);
  const f = new File([bytes], name);
  Object.defineProperty(f, "arrayBuffer", {
    value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  });
  return f;
}

function setup(lang: Lang = "fr") {
  const fake = new FakeExcel();
  for (const [name, rows] of Object.entries(opSheets())) fake.model.addSheetWithRows(name, rows as never);
  const service = createImportService(() => new OfficeWorkbook(fake.host()));
  const onImported = jest.fn();
  const onBusy = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <ImportPanel service={service} lang={lang} onImported={onImported} onBusy={onBusy} />
    </FluentProvider>,
  );
  return { fake, onImported, onBusy };
}

const WIDE = "N° producteur;Date;TB;TP;Remarque\nP1;20/03/2025;41,2;33,4;ok\nP7;20/03/2025;40;33;inconnu\n";

describe("ImportPanel", () => {
  test("results: preview with guessed columns, correction, import, summary; mapping saved then offered", async () => {
    const { fake } = setup();
    fireEvent.click(screen.getByTestId("import-results"));
    fireEvent.change(screen.getByTestId("import-file"), { target: { files: [labFile(WIDE)] } });
    await screen.findByTestId("import-preview");
    expect(screen.getByTestId("import-preview")).toHaveTextContent(
      "lab.csv — 2 lignes, utf-8, séparateur « ; » → Analyses",
    );
    expect((screen.getByTestId("map-0") as HTMLSelectElement).value).toBe("field:code");
    expect((screen.getByTestId("map-2") as HTMLSelectElement).value).toBe("crit:MG");
    expect((screen.getByTestId("map-3") as HTMLSelectElement).value).toBe("crit:MP");
    expect((screen.getByTestId("map-4") as HTMLSelectElement).value).toBe("");
    // The person decides the TP column is not to be imported this time.
    fireEvent.change(screen.getByTestId("map-3"), { target: { value: "" } });
    fireEvent.change(screen.getByTestId("import-save-as"), { target: { value: "Labo TB" } });
    fireEvent.click(screen.getByTestId("import-run"));
    const summary = await screen.findByTestId("import-summary");
    expect(summary).toHaveTextContent(
      "2 lignes lues (2 résultats) : 1 importé, 0 doublon, 1 rejeté, 0 sans consentement",
    );
    expect(summary).toHaveTextContent(/^lab\.csv, import de \d\d:\d\d/);
    expect(summary).toHaveAttribute("data-intent", "warning"); // some lines refused
    expect(summary).toHaveTextContent("Import rejets");
    expect(fake.model.sheet("Analyses")!.valuesOf("A3:D4")).toEqual([
      [45736, "P1", "MG", 41.2],
      ["", "", "", ""],
    ]);

    // Next month: the saved mapping is offered; the last import's result stays while the file is read.
    fireEvent.click(screen.getByTestId("import-results"));
    fireEvent.change(screen.getByTestId("import-file"), { target: { files: [labFile(WIDE, "lab2.csv")] } });
    await screen.findByTestId("import-saved");
    expect(screen.getByTestId("import-summary")).toHaveTextContent("lab.csv, import de");
    fireEvent.change(screen.getByTestId("import-saved"), { target: { value: "Labo TB" } });
    await waitFor(() => expect((screen.getByTestId("map-3") as HTMLSelectElement).value).toBe(""));
    fireEvent.click(screen.getByTestId("import-run"));
    await waitFor(() =>
      expect(screen.getByTestId("import-summary")).toHaveTextContent("0 importé, 1 doublon, 1 rejeté"),
    );
    // Nothing went in and a line was refused: red, not orange; and it says which result it replaced.
    expect(screen.getByTestId("import-summary")).toHaveAttribute("data-intent", "error");
    expect(screen.getByTestId("import-summary")).toHaveTextContent(/^lab2\.csv, import de \d\d:\d\d/);
    expect(screen.getByTestId("import-replaced")).toHaveTextContent(/^Remplace l'import de \d\d:\d\d \(lab\.csv\)\.$/);
  });

  test("an empty file says why", async () => {
    setup();
    fireEvent.click(screen.getByTestId("import-volumes"));
    fireEvent.change(screen.getByTestId("import-file"), { target: { files: [labFile("")] } });
    expect(await screen.findByTestId("import-error")).toHaveTextContent("le fichier est vide");
  });
});

/** Every option text of a select. */
const optionsOf = (testId: string) =>
  [...(screen.getByTestId(testId) as HTMLSelectElement).options].map((o) => o.textContent);

describe("ImportPanel in English", () => {
  // Volumes: P1 twice on the same day and hour (the second is a duplicate), P7 unknown, P9 without consent.
  const VOLUMES =
    "Date de collecte;N° producteur;Volume;Heure\n04/03/2025;P1;5 210,5;06:30\n04/03/2025;P1;5 210,5;06:30\n04/03/2025;P7;4000;07:00\n04/03/2025;P9;3000;07:10\n05/03/2025;P2;4100;06:45\n";
  const lines = VOLUMES.trim().split("\n").slice(1);

  test("volumes: every word of the preview and of the summary in English; the counts are the file's", async () => {
    const { fake, onImported, onBusy } = setup("en");
    expect(screen.getByTestId("import-results")).toHaveTextContent("Import results");
    fireEvent.click(screen.getByRole("button", { name: "Import volumes" }));
    fireEvent.change(screen.getByTestId("import-file"), { target: { files: [labFile(VOLUMES, "collecte.csv")] } });
    const preview = await screen.findByTestId("import-preview");
    expect(preview).toHaveTextContent(`collecte.csv — ${lines.length} lines, utf-8, separator “;” → Livraisons`);
    expect(within(preview).getByText("N° producteur")).toBeInTheDocument();
    // The first rows of each column as examples, and the guessed fields, named in English.
    expect(screen.getByTestId("example-2")).toHaveTextContent(
      lines
        .slice(0, 3)
        .map((l) => l.split(";")[2])
        .join(" · "),
    );
    expect((screen.getByLabelText("Column N° producteur imported as") as HTMLSelectElement).value).toBe("field:code");
    expect((screen.getByTestId("map-0") as HTMLSelectElement).value).toBe("field:date");
    expect((screen.getByTestId("map-3") as HTMLSelectElement).value).toBe("field:time");
    expect(optionsOf("map-1")).toEqual(
      expect.arrayContaining(["(ignored)", "Date", "Producer code", "Volume", "Time", "Temperature", "Place"]),
    );
    expect(optionsOf("map-1").some((o) => /Result|Résultat/.test(o ?? ""))).toBe(false); // no criteria for volumes
    expect(screen.getByLabelText("Save the mapping as (optional)")).toHaveAttribute("placeholder", "e.g. Infolabo");
    expect(screen.getByRole("button", { name: "Cancel" })).toBeInTheDocument();

    const before = fake.model.sheet("Livraisons")!.getUsedRange(true).values.length;
    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    const summary = await screen.findByTestId("import-summary");
    // What the file holds: 5 lines; P1's second line is a duplicate, P7 unknown, P9 refuses, the rest lands.
    const imported = lines.length - 3;
    expect(summary).toHaveTextContent(/^collecte\.csv, imported at \d\d:\d\d/);
    expect(summary).toHaveTextContent(
      `${lines.length} lines read (${lines.length} collections): ${imported} imported, 1 duplicate, 1 rejected, 1 without consent`,
    );
    expect(summary).toHaveTextContent(`rows ${before + 1} to ${before + imported} of Livraisons`);
    expect(summary).toHaveTextContent("the rows not imported are listed in the sheet “Import rejets”");
    // The rejected lines with the importer's reasons (in French, as in « Import rejets »).
    const shown = [...within(screen.getByTestId("import-rejects")).getAllByRole("listitem")].map(
      (li) => li.textContent,
    );
    expect(shown).toEqual([
      "line 4: producteur « P7 » inconnu dans Producteurs",
      "line 5: producteur P9 : Consentement = non, résultats non importés",
    ]);
    // Apart from them, no French word of the panel is left.
    const panelText = screen
      .getByTestId("import-panel")
      .textContent!.replace(screen.getByTestId("import-rejects").textContent!, "");
    expect(panelText).not.toMatch(
      /Importer|ligne|doublon|rejeté|consentement|Colonne|ignorée|Annuler|feuille|résultat/i,
    );
    expect(fake.model.sheet("Livraisons")!.valuesOf(`A${before + 1}:D${before + imported}`)).toEqual([
      [45720, "P1", 5210.5, "06:30"],
      [45721, "P2", 4100, "06:45"],
    ]);
    const rejects = fake.model.sheet("Import rejets")!.getUsedRange(true).values;
    expect(rejects.slice(1).map((r) => r[3])).toEqual([4, 5]); // P7's line, then P9's
    expect(onImported).toHaveBeenCalledTimes(1);
    expect((onImported.mock.calls[0][0] as ImportOutcome).plan.summary.imported).toBe(imported);
    expect(onBusy.mock.calls.map((c) => c[0])).toEqual([true, false, true, false]);
    // Excel: the rows are in the workbook, there is nothing to download.
    expect(screen.queryByTestId("import-download")).not.toBeInTheDocument();
  });

  test("results: criteria offered as results, errors framed in English, the importer's reason kept", async () => {
    setup("en");
    fireEvent.click(screen.getByTestId("import-results"));
    fireEvent.change(screen.getByTestId("import-file"), { target: { files: [labFile(WIDE)] } });
    await screen.findByTestId("import-preview");
    expect(optionsOf("map-2")).toEqual([
      "(ignored)",
      "Date",
      "Producer code",
      "Criterion",
      "Value",
      ...(optionsOf("map-2").includes("Validated") ? ["Validated"] : []),
      "Result MG",
      "Result MP",
      "Result GERMES",
      "Result CELLULES",
      "Result BUTYRIQUES",
      "Result PC",
      "Result INHIBITEURS",
    ]);
    // Without a producer column the import cannot be done: the panel says so, the importer says why.
    fireEvent.change(screen.getByTestId("map-0"), { target: { value: "" } });
    fireEvent.click(screen.getByTestId("import-run"));
    const error = await screen.findByTestId("import-error");
    expect(error).toHaveTextContent("Import failed");
    expect(error).toHaveTextContent("aucune colonne pour « Code producteur »");
    // The preview stays, to correct the column.
    expect(screen.getByTestId("import-preview")).toBeInTheDocument();
  });

  test("no download of its own outside Excel: the page's workbook has the rows", async () => {
    const real = createImportService(() => {
      const fake = new FakeExcel();
      for (const [name, rows] of Object.entries(opSheets())) fake.model.addSheetWithRows(name, rows as never);
      return new OfficeWorkbook(fake.host());
    });
    const service: ImportService = {
      preview: real.preview,
      run: async (...args) => ({
        ...(await real.run(...args)),
        download: { fileName: "OP-import.xlsx", blob: new Blob(["x"]) },
        workbook: { fileName: "OP.xlsx", sheets: [], imports: 1 },
      }),
    };
    render(
      <FluentProvider theme={webLightTheme}>
        <ImportPanel service={service} lang="en" />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByTestId("import-results"));
    fireEvent.change(screen.getByTestId("import-file"), { target: { files: [labFile(WIDE)] } });
    fireEvent.click(await screen.findByTestId("import-run"));
    await screen.findByTestId("import-summary");
    expect(screen.queryByRole("button", { name: /Download/ })).not.toBeInTheDocument();
  });
});

describe("ImportPanel in German", () => {
  test("the preview and the summary in German, with German plurals", async () => {
    setup("de");
    fireEvent.click(screen.getByRole("button", { name: "Resultate importieren" }));
    fireEvent.change(screen.getByTestId("import-file"), { target: { files: [labFile(WIDE)] } });
    const preview = await screen.findByTestId("import-preview");
    expect(preview).toHaveTextContent("lab.csv – 2 Zeilen, utf-8, Trennzeichen «;» → Analyses");
    expect(optionsOf("map-2")).toEqual(expect.arrayContaining(["(ignoriert)", "Produzentennummer", "Resultat MG"]));
    fireEvent.click(screen.getByRole("button", { name: "Importieren" }));
    expect(await screen.findByTestId("import-summary")).toHaveTextContent(
      "2 Zeilen gelesen (4 Resultate): 2 importiert, 0 doppelt, 2 abgewiesen, 0 ohne Einwilligung",
    );
  });
});
