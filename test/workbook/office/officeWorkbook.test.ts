import { runStatements } from "../../../src/run";
import { OfficeWorkbook } from "../../../src/workbook/office";
import { NUMBER_FORMATS } from "../../../src/workbook/office/formats";
import { NUMBER_FORMATS as XLSX_FORMATS } from "../../../src/workbook/xlsx";
import type { OutputCell, OutputSheet, WorkbookPort } from "../../../src/workbook/port";
import { FakeExcel, FakeExcelError, type FakeTable, type FakeWorksheet } from "./fakeExcel";
import { fillFromSample } from "./helpers";

// The statement run reads Retenues too (withholdings on every statement, invoices.md): loaded with the others.
const INPUTS = ["Producteurs", "Livraisons", "Analyses", "PrixDeBase", "Evenements", "Retenues"];
const MB5 = 5 * 1024 * 1024;

function port(fake: FakeExcel, options = {}): OfficeWorkbook {
  return new OfficeWorkbook(fake.host(), { tables: INPUTS, ...options });
}

describe("the fake Excel API keeps Office.js's load/sync rules", () => {
  it("refuses a property read before load and sync, and gives it after", async () => {
    const fake = new FakeExcel();
    fake.model.addSheetWithRows("Data", [["a", 1]]);
    await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Data").getRange("A1:B1");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load("values");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(range.values).toEqual([["a", 1]]);
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      expect(() => missing.isNullObject).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
    });
    expect(fake.syncs).toHaveLength(2);
  });

  it("queues writes until sync, stops a request at the first failure, and types strings like Excel", async () => {
    const fake = new FakeExcel();
    const ws = fake.model.addSheetWithRows("S", [["x"]]);
    await expect(
      fake.run(async (ctx) => {
        const s = ctx.workbook.worksheets.getItem("S");
        s.getRange("A1:D1").values = [["=1+1", "2025-03", "38,5", "plain"]];
        expect(ws.cell(1, 1)!.value).toBe("x");
        ctx.workbook.worksheets.getItem("Missing").delete();
        s.getRange("A2").values = [["never"]];
        await ctx.sync();
      }),
    ).rejects.toThrow(FakeExcelError);
    expect(ws.cell(1, 1)!.formula).toBe("=1+1");
    expect(ws.cell(1, 2)!.value).toBe(45717); // a date
    expect(ws.cell(1, 3)!.value).toBe(38.5);
    expect(ws.cell(2, 1)).toBeUndefined();
  });

  it("fails a request over 5 MB like Excel on the web", async () => {
    const fake = new FakeExcel();
    fake.model.addSheetWithRows("S", [["x"]]);
    const big = "x".repeat(6 * 1024 * 1024);
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1").values = [[big.slice(0, 32767)]];
        for (let i = 0; i < 200; i++)
          ctx.workbook.worksheets.getItem("S").getRange(`B${i + 1}`).values = [[big.slice(0, 32767)]];
        await ctx.sync();
      }),
    ).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
  });
});

describe("OfficeWorkbook reading", () => {
  it("reads a sheet whose headers are not in A1: blank rows skipped, empty cells null, names matched without accents", async () => {
    const fake = new FakeExcel();
    fake.model.addSheetWithRows(
      "Évenements",
      [
        ["Date", "Code", "Type", null, "Montant"],
        [45717, "P1", "EPANDAGE", null, 120],
        [null, null, null, null, null],
        ["04/03/2025", " P2 ", "alerte", null, ""],
      ],
      { row: 3, col: 2 },
    );
    const t = await port(fake).readTable("evenements");
    expect(t).toEqual({
      sheet: "Évenements",
      headerRow: 3,
      firstColumn: 2,
      headers: ["Date", "Code", "Type", "", "Montant"],
      rows: [
        { row: 4, values: [45717, "P1", "EPANDAGE", null, 120] },
        { row: 6, values: ["04/03/2025", " P2 ", "alerte", null, null] },
      ],
    });
  });

  it("reads an Excel table by its name, without its totals row", async () => {
    const fake = new FakeExcel();
    const ws = fake.model.addSheetWithRows("Données", [
      ["Mois", "Grille", "Prix"],
      ["2025-03", "sud-est-2018", 450],
      [null, null, null],
      ["2025-02", "sud-est-2018", 440],
      ["Total", null, 890],
    ]);
    const table = ws.tables.add("A1:C5", true);
    table.name = "PrixDeBase";
    table.showTotals = true;
    const t = await port(fake).readTable("PrixDeBase");
    expect(t).toEqual({
      sheet: "Données",
      headerRow: 1,
      firstColumn: 1,
      headers: ["Mois", "Grille", "Prix"],
      rows: [
        { row: 2, values: ["2025-03", "sud-est-2018", 450] },
        { row: 4, values: ["2025-02", "sud-est-2018", 440] },
      ],
    });
  });

  it("reads all input tables, sheet names and markers in one Excel.run of three syncs", async () => {
    const fake = new FakeExcel();
    fillFromSample(fake, { grid: "sud-est-2018", producers: 30, months: 3 });
    const p = port(fake);
    for (const name of INPUTS) await p.readTable(name);
    await p.sheetNames();
    await p.generatedSheets();
    expect(fake.runs).toBe(1);
    expect(fake.syncs).toHaveLength(3);
    expect(await p.readTable("Nowhere")).toBeNull();
  });

  it("reads a big table in row ranges when a response would pass 5 MB, and gets the same rows", async () => {
    const fake = new FakeExcel({ payloadLimit: 300_000 });
    const rows = Array.from({ length: 8000 }, (_, i) => [45717 + (i % 28), `P${i % 300}`, 1000 + i]);
    fake.model.addSheetWithRows("Livraisons", [["Date", "Code", "Volume"], ...rows]);
    const t = await new OfficeWorkbook(fake.host(), { tables: ["Livraisons"] }).readTable("Livraisons");
    expect(t!.rows).toHaveLength(8000);
    expect(t!.rows[7999]).toEqual({ row: 8001, values: rows[7999] });
    expect(fake.maxResponseBytes).toBeLessThanOrEqual(300_000);
  });
});

function sheet(name: string, rows: OutputSheet["rows"], extra: Partial<OutputSheet> = {}): OutputSheet {
  return { name, rows, ...extra };
}

describe("OfficeWorkbook writing", () => {
  it("uses the same number formats as the .xlsx port", () => {
    expect(NUMBER_FORMATS).toEqual(XLSX_FORMATS);
  });

  it("prints a sheet at a fixed scale with print titles (the summary)", async () => {
    const fake = new FakeExcel();
    fake.model.addSheetWithRows("Producteurs", [["Code"], ["P1"]]);
    await port(fake).writeSheets(
      [
        sheet(
          "Synthèse",
          [
            [
              { value: "Code", style: "header" },
              { value: "Nom", style: "header" },
            ],
            [{ value: "P1" }, { value: "Martin" }],
          ],
          {
            print: {
              orientation: "landscape",
              fitToOnePage: false,
              area: "A1:B2",
              scale: 90,
              titleRows: "1:1",
              titleColumns: "A:B",
            },
          },
        ),
      ],
      "2025-03",
      [],
    );
    expect(fake.model.sheet("Synthèse")!.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { scale: 90 },
      printArea: "A1:B2",
      printTitleRows: "$1:$1",
      printTitleColumns: "$A:$B",
    });
  });

  it("adds marked sheets at the end, text as text, numbers with their formats, looks, widths, merges and print setup", async () => {
    const fake = new FakeExcel();
    fake.model.addSheetWithRows("Producteurs", [["Code"], ["P1"]]);
    const p = port(fake);
    await p.writeSheets(
      [
        sheet(
          "Relevé",
          [
            [{ value: "Relevé de mars", style: "title" }],
            [
              { value: "=1+1", style: "text" },
              { value: "+33 6 12", style: "text" },
              { value: "-5", style: "text" },
              { value: "@SUM(A1)", style: "text" },
              { value: "2025-03" },
              { value: "007" },
            ],
            null,
            [
              { value: "Code", style: "header" },
              { value: "Montant", style: "header" },
            ],
            [
              { value: 1234.5, style: "money" },
              { value: -3.2, style: "rate" },
              { value: 45717, style: "date" },
              { value: true },
              { value: null, style: "count" },
            ],
            [
              { value: 99.99, style: "total" },
              { value: "note", style: "note" },
            ],
          ],
          {
            columnWidths: [28, 13],
            merges: ["A1:F1"],
            print: { orientation: "portrait", fitToOnePage: true, area: "A1:H6" },
          },
        ),
      ],
      "2025-03",
      [],
    );
    const model = fake.model;
    expect(model.worksheets.items.map((s) => s.name)).toEqual(["Producteurs", "Relevé"]);
    const ws = model.sheet("Relevé")!;
    expect(ws.names.items.map((n) => [n.name, n.formula, n.visible, n.type, n.value])).toEqual([
      ["MilkPay_Generated", '="2025-03/Relevé"', false, "String", "2025-03/Relevé"],
    ]);
    const row2 = [1, 2, 3, 4, 5, 6].map((c) => ws.cell(2, c)!);
    expect(row2.map((c) => c.value)).toEqual(["=1+1", "+33 6 12", "-5", "@SUM(A1)", "2025-03", "007"]);
    expect(row2.every((c) => c.formula === undefined && c.numberFormat === "@")).toBe(true);
    expect([1, 2, 3].map((c) => [ws.cell(5, c)!.value, ws.cell(5, c)!.numberFormat])).toEqual([
      [1234.5, "#,##0.00"],
      [-3.2, "+#,##0.00;-#,##0.00;0.00"],
      [45717, "dd/mm/yyyy"],
    ]);
    expect(ws.cell(5, 4)!.value).toBe(true);
    expect(ws.cell(5, 5)!.numberFormat).toBe("#,##0");
    expect(ws.cell(1, 1)).toMatchObject({ bold: true, size: 14 });
    expect(ws.cell(4, 2)).toMatchObject({ bold: true, fill: "#D9E1F2", borders: { EdgeBottom: "Continuous" } });
    expect(ws.cell(6, 1)).toMatchObject({ bold: true, numberFormat: "#,##0.00", borders: { EdgeTop: "Continuous" } });
    expect(ws.cell(6, 2)).toMatchObject({ italic: true, size: 9 });
    expect(ws.cell(2, 1)!.bold).toBeUndefined();
    expect(ws.columnWidths.get(1)).toBeCloseTo((28 * 7 + 5) * 0.75);
    expect(ws.merges).toEqual(["A1:F1"]);
    expect(ws.pageLayout).toMatchObject({
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
      printArea: "A1:H6",
    });
    // One request wrote everything, with calculation and screen updating suspended.
    const writes = fake.syncs.slice(3);
    expect(writes.length).toBe(1);
    expect(writes.every((s) => s.calcSuspended && s.screenSuspended)).toBe(true);
    expect(await port(fake).generatedSheets()).toEqual([{ name: "Relevé", key: "2025-03" }]);
  });

  it("replaces exactly the generated sheets it is told to, and refuses a sheet it did not generate before writing anything", async () => {
    const fake = new FakeExcel();
    fake.model.addSheetWithRows("Producteurs", [["Code"], ["P1"]]);
    const p = port(fake);
    await p.writeSheets([sheet("A 2025-03", [[{ value: "old" }]]), sheet("B 2025-02", [[{ value: "feb" }]])], "x", []);
    const byKey = await p.generatedSheets();
    expect(byKey.map((g) => g.name)).toEqual(["A 2025-03", "B 2025-02"]);
    await p.writeSheets([sheet("A 2025-03", [[{ value: "new" }]])], "x", ["A 2025-03"]);
    expect(fake.model.worksheets.items.map((s) => s.name)).toEqual(["Producteurs", "B 2025-02", "A 2025-03"]);
    expect(fake.model.sheet("A 2025-03")!.cell(1, 1)!.value).toBe("new");

    fake.model.addSheetWithRows("Mine", [["keep"]]);
    const before = fake.syncs.length;
    const q = port(fake);
    await expect(q.writeSheets([sheet("Mine", [[{ value: "x" }]])], "x", ["Mine"])).rejects.toThrow(
      "la feuille « Mine » n'a pas été créée par ce programme (pas de marqueur MilkPay_Generated) : elle est laissée telle quelle ; renommez-la ou supprimez-la, puis relancez",
    );
    await expect(q.writeSheets([sheet("Mine", [[{ value: "x" }]])], "x", [])).rejects.toThrow(
      /le classeur a déjà une feuille nommée « Mine »/,
    );
    expect(fake.model.sheet("Mine")!.cell(1, 1)!.value).toBe("keep");
    // Only the reading syncs happened.
    expect(fake.syncs.slice(before).every((s) => s.requestBytes < 20_000 && !s.calcSuspended)).toBe(true);
  });

  it("splits one very large sheet into requests under 5 MB", async () => {
    const fake = new FakeExcel();
    fake.model.addSheetWithRows("Producteurs", [["Code"], ["P1"]]);
    const text = "Analyses, ligne 12 : valeur « 38,5x » illisible — nombre attendu. ".repeat(4);
    const rows = Array.from({ length: 60_000 }, (_, i) => [
      { value: "Erreur", style: "text" as const },
      { value: i + 1, style: "count" as const },
      { value: text, style: "text" as const },
    ]);
    const p = port(fake);
    await p.writeSheets([sheet("Contrôles", rows)], "2025-03", []);
    const writes = fake.syncs.slice(3);
    expect(writes.length).toBeGreaterThan(3);
    expect(fake.maxRequestBytes).toBeLessThan(MB5);
    const ws = fake.model.sheet("Contrôles")!;
    expect(ws.cell(60_000, 2)!.value).toBe(60_000);
    expect(ws.cell(60_000, 3)!.value).toBe(text);
  });

  it("still writes on Excel 2016 (ExcelApi 1.4): no RangeAreas, no page layout, no screen suspension", async () => {
    const fake = new FakeExcel({ api: "1.4" });
    fake.model.addSheetWithRows("Producteurs", [["Code"], ["P1"]]);
    await port(fake).writeSheets(
      [
        sheet("S", [[{ value: "T", style: "title" }], [{ value: "=x", style: "text" }]], {
          print: { orientation: "landscape", fitToOnePage: false },
        }),
      ],
      "k",
      [],
    );
    const ws = fake.model.sheet("S")!;
    expect(ws.cell(1, 1)).toMatchObject({ value: "T", bold: true });
    expect(ws.cell(2, 1)).toMatchObject({ value: "=x", numberFormat: "@" });
    expect(ws.names.items[0].formula).toBe('="k/S"');
  });
});

describe("OfficeWorkbook on an Excel without sheet-scoped names", () => {
  it("writes nothing rather than sheets a re-run could not find (ExcelApi 1.3)", async () => {
    const fake = new FakeExcel({ api: "1.3" });
    fake.model.addSheetWithRows("Producteurs", [["Code"], ["P1"]]);
    await expect(port(fake).writeSheets([sheet("S", [[{ value: "x" }]])], "k", [])).rejects.toThrow(/ExcelApi 1.4/);
    expect(fake.model.worksheets.items.map((s) => s.name)).toEqual(["Producteurs"]);
  });
});

describe("the fake's Excel tables add rows as Excel documents it", () => {
  it("rows.add inserts into the table: cells below move down, new cells take the row above's formats, strings are typed", async () => {
    const fake = new FakeExcel();
    const ws = fake.model.addSheetWithRows("S", [
      ["Code", "Note"],
      ["P1", "a"],
      [null, null],
      [null, null],
      ["sous le tableau", "x"],
    ]);
    const table = ws.tables.add("A1:B2", true);
    table.name = "T";
    ws.cell(2, 2)!.numberFormat = "@";
    await fake.run(async (ctx) => {
      const row = ctx.workbook.tables.getItem("T").rows.add(undefined, [["00123", "00123"]]);
      row.load("index");
      await ctx.sync();
      expect(row.index).toBe(1);
    });
    expect(boxOf(table)).toBe("A1:B3");
    // General: "00123" is typed into 123; "@" (taken from the row above): it stays text.
    expect(ws.valuesOf("A3:B3")).toEqual([[123, "00123"]]);
    expect(ws.getRange("A3:B3").numberFormat).toEqual([["General", "@"]]);
    // What was below the table in its columns moved down one row.
    expect(ws.valuesOf("A5:B6")).toEqual([
      ["", ""],
      ["sous le tableau", "x"],
    ]);
  });

  it("adds above a totals row, and several rows at once only from ExcelApi 1.4", async () => {
    const fake = new FakeExcel({ api: "1.3" });
    const ws = fake.model.addSheetWithRows("S", [
      ["Code", "Volume"],
      ["P1", 10],
      ["Total", 10],
    ]);
    const table = ws.tables.add("A1:B3", true);
    table.name = "T";
    table.showTotals = true;
    await fake.run(async (ctx) => {
      ctx.workbook.tables.getItem("T").rows.add(undefined, [["P2", 20]]);
      await ctx.sync();
    });
    expect(ws.valuesOf("A1:B4")).toEqual([
      ["Code", "Volume"],
      ["P1", 10],
      ["P2", 20],
      ["Total", 10],
    ]);
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.tables.getItem("T").rows.add(undefined, [
          ["P3", 1],
          ["P4", 2],
        ]);
        await ctx.sync();
      }),
    ).rejects.toThrow(/needs ExcelApi 1.4/);
    expect(boxOf(table)).toBe("A1:B4");
  });
});

function boxOf(t: { box: { r1: number; c1: number; r2: number; c2: number } }): string {
  const col = (n: number) => String.fromCharCode(64 + n);
  return `${col(t.box.c1)}${t.box.r1}:${col(t.box.c2)}${t.box.r2}`;
}

const date = (serial: number): OutputCell => ({ value: serial, style: "date" });
const text = (s: string): OutputCell => ({ value: s, style: "text" });

describe("OfficeWorkbook appending rows to an Excel table", () => {
  /** A user's table: General cells, one blank row at its end, a note under it, a cell beside it. */
  function userTable(fake: FakeExcel): { ws: FakeWorksheet; table: FakeTable } {
    const ws = fake.model.addSheetWithRows("Données", [
      ["Date", "Code", "Critère", "Valeur", null, "à côté"],
      [45717, "P1", "MG", 40],
      [null, null, null, null],
      [null, null, null, null],
      ["Remarque : résultats du labo", null, null, null],
    ]);
    const table = ws.tables.add("A1:D3", true);
    table.name = "Labo";
    return { ws, table };
  }
  const labRows = (n: number, code = "00123") =>
    Array.from({ length: n }, (_, i) => [date(45734 + (i % 28)), text(code), text("MG"), { value: 41.5 }]);

  it("grows the table: its blank last row filled, rows inserted, formats before values (codes stay text, dates dd/mm/yyyy)", async () => {
    const fake = new FakeExcel();
    const { ws, table } = userTable(fake);
    const p = new OfficeWorkbook(fake.host());
    await p.readTable("Labo");
    fake.resetCounts();
    const result = await p.appendRows("Labo", labRows(3));
    expect(result).toEqual({ sheet: "Données", firstRow: 3, lastRow: 5 });
    // Two syncs find the table (the sheet's tables, their bounds), then one request writes the rows.
    expect(fake.syncs).toHaveLength(3);
    expect(boxOf(table)).toBe("A1:D5");
    expect(ws.valuesOf("A3:D5")).toEqual([
      [45734, "00123", "MG", 41.5],
      [45735, "00123", "MG", 41.5],
      [45736, "00123", "MG", 41.5],
    ]);
    expect(ws.getRange("A3:D5").numberFormat).toEqual(
      Array.from({ length: 3 }, () => ["dd/mm/yyyy", "@", "@", "General"]),
    );
    // The note under the table moved down with the inserted rows; the cell beside it stayed.
    expect(ws.valuesOf("A7")).toEqual([["Remarque : résultats du labo"]]);
    expect(ws.valuesOf("F1")).toEqual([["à côté"]]);
    // Read again: the table holds the new rows, codes as written.
    const again = await new OfficeWorkbook(fake.host()).readTable("Labo");
    expect(again!.rows.map((r) => [r.row, r.values[1]])).toEqual([
      [2, "P1"],
      [3, "00123"],
      [4, "00123"],
      [5, "00123"],
    ]);
  });

  it("grows the table of a sheet whose header row is the table's, not another table of that sheet", async () => {
    const fake = new FakeExcel();
    const ws = fake.model.addSheetWithRows("Analyses", [
      ["Date", "Code", "Critère", "Valeur"],
      [45717, "P1", "MG", 40],
      [null, null, null, null, null, "Critère", "Unité"],
      [null, null, null, null, null, "MP", "g/l"],
      [null, null, null, null, null, "GERMES", "/ml"],
    ]);
    const data = ws.tables.add("A1:D2", true);
    const other = ws.tables.add("F3:G5", true);
    other.name = "Unites";
    const result = await new OfficeWorkbook(fake.host()).appendRows("Analyses", labRows(2, "007"));
    expect(result).toEqual({ sheet: "Analyses", firstRow: 3, lastRow: 4 });
    expect(boxOf(data)).toBe("A1:D4");
    expect(boxOf(other)).toBe("F3:G5");
    expect(ws.valuesOf("B3:B4")).toEqual([["007"], ["007"]]);
    expect(ws.valuesOf("F4:G5")).toEqual([
      ["MP", "g/l"],
      ["GERMES", "/ml"],
    ]);
  });

  it("refuses a table with a totals row, before writing anything", async () => {
    const fake = new FakeExcel();
    const ws = fake.model.addSheetWithRows("Données", [
      ["Date", "Code", "Critère", "Valeur"],
      [45717, "P1", "MG", 40],
      ["Total", null, null, 40],
    ]);
    const table = ws.tables.add("A1:D3", true);
    table.name = "Labo";
    table.showTotals = true;
    await expect(new OfficeWorkbook(fake.host()).appendRows("Labo", labRows(2))).rejects.toThrow(
      "le tableau « Labo » a une ligne de total : décochez-la (Création de tableau > Ligne des totaux) avant d'y ajouter des lignes",
    );
    expect(boxOf(table)).toBe("A1:D3");
    expect(ws.valuesOf("A3:D4")).toEqual([
      ["Total", "", "", 40],
      ["", "", "", ""],
    ]);
  });

  it("sends many rows in several requests under the byte budget, one sync each, the table growing with each", async () => {
    const fake = new FakeExcel();
    const { ws, table } = userTable(fake);
    const budget = 8_000;
    const p = new OfficeWorkbook(fake.host(), { requestBytes: budget });
    await p.readTable("Labo");
    fake.resetCounts();
    const rows = labRows(400);
    await p.appendRows("Labo", rows);
    const writes = fake.syncs.filter((s) => s.calcSuspended);
    expect(fake.syncs.length).toBe(2 + writes.length);
    expect(writes.length).toBeGreaterThan(5);
    for (const s of fake.syncs) expect(s.requestBytes).toBeLessThanOrEqual(budget);
    expect(boxOf(table)).toBe("A1:D402");
    expect(ws.valuesOf("B402:C402")).toEqual([["00123", "MG"]]);
    expect(new Set(ws.getRange("B3:B402").numberFormat.flat())).toEqual(new Set(["@"]));
    expect(ws.valuesOf("A404")).toEqual([["Remarque : résultats du labo"]]);
  });

  it("adds one row per call on an Excel without several-row adds (ExcelApi 1.3)", async () => {
    const fake = new FakeExcel({ api: "1.3" });
    const { ws, table } = userTable(fake);
    await new OfficeWorkbook(fake.host()).appendRows("Labo", labRows(4));
    expect(boxOf(table)).toBe("A1:D6");
    expect(ws.valuesOf("B3:B6")).toEqual([["00123"], ["00123"], ["00123"], ["00123"]]);
  });
});

/** A port that records the sheets the run gives to writeSheets (and passes them on). */
function recording(inner: WorkbookPort): { port: WorkbookPort; sheets: OutputSheet[] } {
  const rec = { sheets: [] as OutputSheet[] } as { port: WorkbookPort; sheets: OutputSheet[] };
  rec.port = {
    readTable: (n) => inner.readTable(n),
    sheetNames: () => inner.sheetNames(),
    generatedSheets: () => inner.generatedSheets(),
    writeSheets: (sheets, key, replace, onProgress) => {
      rec.sheets = sheets;
      return inner.writeSheets(sheets, key, replace, onProgress);
    },
  };
  return rec;
}

describe("the statement run through the Office.js port", () => {
  it("writes exactly the cells of the run's sheets, and a second run replaces them", async () => {
    const fake = new FakeExcel();
    const { month } = fillFromSample(fake, { grid: "sud-est-2018", producers: 40, months: 13 });
    const rec = recording(port(fake));
    const result = await runStatements(rec.port, { month });
    expect(result.summary.statements).toBeGreaterThan(30);
    for (const s of rec.sheets) {
      const ws = fake.model.sheet(s.name)!;
      s.rows.forEach((cells, r) =>
        (cells ?? []).forEach((cell, c) => {
          const got = ws.cell(r + 1, c + 1);
          const want = cell.value === null ? "" : cell.value;
          expect([s.name, r + 1, c + 1, got?.value ?? ""]).toEqual([s.name, r + 1, c + 1, want]);
          expect(got?.formula).toBeUndefined();
        }),
      );
    }
    const count = fake.model.worksheets.items.length;
    const again = await runStatements(port(fake), { month });
    expect(again.replaced.length).toBe(rec.sheets.length);
    expect(fake.model.worksheets.items.length).toBe(count);
  });

  async function syncsFor(producers: number): Promise<{
    total: number;
    writes: number;
    reads: number;
    maxRequest: number;
    maxResponse: number;
    requests: number;
    estimated: number;
  }> {
    const fake = new FakeExcel();
    const { month } = fillFromSample(fake, { grid: "sud-est-2018", producers, months: 2, plain: true });
    const p = port(fake);
    const result = await runStatements(p, { month });
    expect(result.summary.statements).toBe(producers);
    return {
      total: fake.syncs.length,
      reads: fake.syncs.filter((s) => !s.calcSuspended).length,
      writes: fake.syncs.filter((s) => s.calcSuspended).length,
      maxRequest: fake.maxRequestBytes,
      maxResponse: fake.maxResponseBytes,
      requests: p.lastWrite.requests,
      estimated: p.lastWrite.bytes.reduce((a, b) => a + b, 0),
    };
  }

  it("makes the same syncs for 1 000 producers as for 50, plus one per ~4 MB of data, none over 5 MB", async () => {
    const small = await syncsFor(50);
    const large = await syncsFor(1000);
    console.log(`syncs: 50 producers ${JSON.stringify(small)}; 1000 producers ${JSON.stringify(large)}`);
    // Reading: three syncs whatever the number of producers (names; markers and bounds; all values).
    expect(small.reads).toBe(3);
    expect(large.reads).toBe(3);
    // Writing: one sync per request; 50 producers fit in one; 1 000 producers in as many as their bytes need.
    expect(small.writes).toBe(1);
    expect(large.writes).toBe(large.requests);
    expect(large.writes).toBeLessThanOrEqual(Math.ceil(large.estimated / (3 * 1024 * 1024)));
    // Under 5 MB with room to spare for the envelope: the planner's estimate is above the fake's count.
    expect(large.maxRequest).toBeLessThan(4.2 * 1024 * 1024);
    expect(large.maxResponse).toBeLessThan(MB5);
    // Not one per producer nor per sheet: the count follows the bytes.
    expect(large.writes).toBeLessThan(10);
  }, 120_000);
});
