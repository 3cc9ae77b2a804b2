import {
  addStatementCharts,
  addTemplateTables,
  OfficeWorkbook,
  selectCell,
  templateTables,
} from "../../../src/workbook/office";
import { columnOf } from "../../../src/workbook/office/address";
import { FakeExcel } from "./fakeExcel";

const GRIDS = ["sud-est-2018", "mooh-2025"];

describe("Créer le modèle (Office.js)", () => {
  it("adds the input tables (statements, then invoices) as Excel tables with typed columns and lists, in two syncs", async () => {
    const fake = new FakeExcel();
    fake.model.addSheetWithRows("Feuil1", [[null]]);
    const outcome = await addTemplateTables(fake.host(), GRIDS);
    expect(outcome).toEqual({
      created: [
        "Producteurs",
        "Livraisons",
        "Analyses",
        "PrixDeBase",
        "Evenements",
        "Indicateurs",
        "OP",
        "Acheteurs",
        "Retenues",
        "TauxTVA",
      ],
      existing: [],
    });
    expect(fake.syncs).toHaveLength(2);
    const ws = fake.model.sheet("Analyses")!;
    const table = ws.tables.own[0];
    expect(table.name).toBe("Analyses");
    expect(table.headerNames).toEqual(["Date", "Code", "Critère", "Valeur", "Validé"]);
    expect(ws.cell(1, 3)!.bold).toBe(true);
    expect(ws.cell(2, 1)!.numberFormat).toBe("dd/mm/yyyy");
    expect(ws.cell(2, 2)!.numberFormat).toBe("@");
    expect(ws.validations).toEqual([
      {
        address: "C2",
        rule: { list: { inCellDropDown: true, source: "MG,MP,GERMES,CELLULES,BUTYRIQUES,PC,INHIBITEURS" } },
      },
      { address: "E2", rule: { list: { inCellDropDown: true, source: "oui,non" } } },
    ]);
    const producers = fake.model.sheet("Producteurs")!;
    expect(producers.validations.map((v) => [v.address, v.rule.list!.source])).toEqual([
      ["C2", "sud-est-2018,mooh-2025"],
      ["D2", "oui,non"],
      ["E2", "oui,non"],
      ["K2", "assujetti,forfait"],
    ]);
    // Identifiers are text (a postal code 01000 keeps its 0); the mandate is a date.
    expect([7, 9, 12, 13, 14].map((c) => producers.cell(2, c)!.numberFormat)).toEqual([
      "@",
      "@",
      "@",
      "@",
      "dd/mm/yyyy",
    ]);
    expect(fake.model.sheet("OP")!.validations.map((v) => [v.address, v.rule.list!.source])).toEqual([
      ["G2", "mandat,autofacturation"],
    ]);
    expect(fake.model.sheet("Retenues")!.validations.map((v) => [v.address, v.rule.list!.source])).toEqual([
      ["C2", "volume,montant"],
      ["H2", "sud-est-2018,mooh-2025"],
    ]);
    expect(fake.model.sheet("Evenements")!.validations.map((v) => v.rule.list!.source)).toEqual([
      "ALERTE,EPANDAGE,DOMMAGES",
    ]);
    expect(fake.model.activeSheet!.name).toBe("Producteurs");
    expect(producers.frozenRows).toBe(1);

    // The empty template reads as tables without rows, but TauxTVA holds the rate in force (5,5 % since 2014).
    const port = new OfficeWorkbook(fake.host(), { tables: templateTables(GRIDS).map((t) => t.name) });
    const read = await port.readTable("Producteurs");
    expect(read).toMatchObject({
      headers: [
        "Code",
        "Nom",
        "Grille",
        "Charte",
        "Consentement",
        "Raison sociale",
        "SIREN",
        "Adresse",
        "Code postal",
        "Ville",
        "Régime TVA",
        "N° TVA",
        "Acheteur",
        "Mandat",
      ],
      rows: [],
    });
    expect(await port.readTable("Acheteurs")).toMatchObject({
      headers: ["Code", "Raison sociale", "SIREN", "Adresse", "Code postal", "Ville", "N° TVA"],
      rows: [],
    });
    expect(await port.readTable("TauxTVA")).toMatchObject({
      headers: ["Du", "Taux"],
      rows: [{ row: 2, values: ["2014-01", 5.5] }],
    });
    // Price A's inputs (issue 15): Indicateurs, empty, its month as text.
    expect(await port.readTable("Indicateurs")).toMatchObject({
      headers: ["Mois", "Indicateur", "Valeur", "Poids"],
      rows: [],
    });
    expect(fake.model.sheet("Indicateurs")!.cell(2, 1)!.numberFormat).toBe("@");
  });

  it("leaves the tables the workbook already has", async () => {
    const fake = new FakeExcel();
    fake.model.addSheetWithRows("producteurs", [["Code"], ["P1"]]);
    const ws = fake.model.addSheetWithRows("Data", [
      ["Mois", "Grille", "Prix"],
      ["2025-03", "x", 1],
    ]);
    ws.tables.add("A1:C2", true).name = "PrixDeBase";
    const outcome = await addTemplateTables(fake.host(), GRIDS);
    expect(outcome).toEqual({
      created: ["Livraisons", "Analyses", "Evenements", "Indicateurs", "OP", "Acheteurs", "Retenues", "TauxTVA"],
      existing: ["Producteurs", "PrixDeBase"],
    });
    expect(fake.model.sheet("producteurs")!.cell(2, 1)!.value).toBe("P1");
  });

  it("works without data validation on ExcelApi 1.4", async () => {
    const fake = new FakeExcel({ api: "1.4" });
    fake.model.addSheetWithRows("Feuil1", [[null]]);
    const outcome = await addTemplateTables(fake.host(), GRIDS);
    expect(outcome.created).toHaveLength(10);
    expect(fake.model.sheet("Analyses")!.validations).toEqual([]);
  });
});

describe("12-month charts", () => {
  it("writes the data right of the statement and adds a line chart, price on the first axis", async () => {
    const fake = new FakeExcel();
    fake.model.addSheetWithRows("2025-03 P1", [["Relevé"]]);
    const months = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, "0")}`);
    const n = await addStatementCharts(fake.host(), [
      {
        sheet: "2025-03 P1",
        title: "Évolution sur 12 mois",
        months,
        series: [
          { name: "Prix payé (€/1000 L)", values: months.map((_, i) => 450 + i) },
          { name: "Germes (milliers/ml)", values: months.map((_, i) => (i === 3 ? null : 20 + i)), secondary: true },
          { name: "Cellules (milliers/ml)", values: months.map(() => 210), secondary: true },
        ],
      },
    ]);
    expect(n).toBe(1);
    const ws = fake.model.sheet("2025-03 P1")!;
    expect(ws.valuesOf("J21:M22")).toEqual([
      ["Mois", "Prix payé (€/1000 L)", "Germes (milliers/ml)", "Cellules (milliers/ml)"],
      ["2024-01", 450, 20, 210],
    ]);
    expect(ws.cell(22, 10)!.numberFormat).toBe("@"); // "2024-01" stays text, not a date
    expect(ws.cell(25, 12)!.value).toBe(""); // the missing germ mean is left empty
    const chart = ws.charts.items[0];
    expect(chart.chartType).toBe("LineMarkers");
    expect(chart.title.text).toBe("Évolution sur 12 mois");
    expect(chart.position).toEqual({ start: "J2", end: "Q19" });
    expect(chart.series.items.map((s) => s.axisGroup)).toEqual(["Primary", "Secondary", "Secondary"]);
  });

  it("packs 1 000 charts into few requests under 5 MB", async () => {
    const fake = new FakeExcel();
    const months = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, "0")}`);
    const charts = Array.from({ length: 1000 }, (_, k) => {
      fake.model.addSheetWithRows(`S${k}`, [["x"]]);
      return {
        sheet: `S${k}`,
        title: "Évolution",
        months,
        series: [{ name: "Prix", values: months.map(() => 450.12) }],
      };
    });
    await addStatementCharts(fake.host(), charts);
    expect(fake.syncs.length).toBeLessThanOrEqual(3);
    expect(fake.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(fake.model.sheet("S999")!.charts.items).toHaveLength(1);
  });
});

describe("selecting an issue's cell", () => {
  it("activates the sheet and selects the cell", async () => {
    const fake = new FakeExcel();
    fake.model.addSheetWithRows("Producteurs", [["Code"]]);
    fake.model.addSheetWithRows("Analyses", [["Date"]]);
    await selectCell(fake.host(), "Analyses", "D12");
    expect(fake.model.selection).toEqual({ sheet: "Analyses", address: "D12" });
    expect(fake.model.activeSheet!.name).toBe("Analyses");
    await expect(selectCell(fake.host(), "Gone", "A1")).rejects.toThrow(
      "la feuille « Gone » n'existe plus dans le classeur (renommée ou supprimée ?) : relancez le calcul",
    );
  });

  it("reads the column letter of an issue", () => {
    expect(columnOf("Valeur (D)")).toBe("D");
    expect(columnOf("AB")).toBe("AB");
    expect(columnOf("Valeur")).toBeNull();
    expect(columnOf(undefined)).toBeNull();
  });
});
