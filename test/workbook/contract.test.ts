/**
 * One contract, two ports: every case builds the same workbook as an .xlsx file (ExcelJS) and in the fake
 * Excel of Office.js (fakeExcel.ts), and expects the same answer from the .xlsx port and the Office.js port.
 * The reading rules are src/workbook/reading.ts; where a port cannot behave as the other (an .xlsx file may
 * hold a formula without its computed value, Office.js always computes it), the case says so.
 */
import ExcelJS from "exceljs";
import { OfficeWorkbook } from "../../src/workbook/office";
import { NoValue, type OutputCell, type TableData, type WorkbookPort } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { Columns } from "../../src/inputs/columns";
import { RESULT_COLUMNS } from "../../src/inputs/resultsTable";
import { FakeExcel, type FakeValue } from "./office/fakeExcel";

// ------------------------------------------------------------------------------------ the same workbook

/** A cell of the spec: a value, an Excel error, or a formula with what Excel computes for it. */
type SpecValue = string | number | boolean | { error: string } | { formula: string; computed: FakeValue };

interface SheetSpec {
  name: string;
  /** Cells by address ("B2"). */
  cells: Record<string, SpecValue>;
  /** Excel tables (ListObjects) over cells of the sheet, header row first. */
  tables?: { name: string; ref: string }[];
}

function addressOf(a: string): { r: number; c: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a)!;
  let c = 0;
  for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
  return { r: Number(m[2]), c };
}

function letters(c: number): string {
  let s = "";
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The cells of a table's range as rows (null where the spec has none). */
function tableRows(spec: SheetSpec, ref: string): (SpecValue | null)[][] {
  const [a, b] = ref.split(":").map(addressOf);
  const rows: (SpecValue | null)[][] = [];
  for (let r = a.r; r <= b.r; r++) {
    const row: (SpecValue | null)[] = [];
    for (let c = a.c; c <= b.c; c++) row.push(spec.cells[`${letters(c)}${r}`] ?? null);
    rows.push(row);
  }
  return rows;
}

function excelJsValue(v: SpecValue): ExcelJS.CellValue {
  if (typeof v !== "object") return v;
  if ("error" in v) return { error: v.error } as ExcelJS.CellErrorValue;
  // No result: the file holds the formula without a computed value, as a program that does not calculate writes it.
  return { formula: v.formula } as ExcelJS.CellFormulaValue;
}

async function xlsxBytes(specs: SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const spec of specs) {
    const ws = wb.addWorksheet(spec.name);
    const inTable = new Set<string>();
    for (const t of spec.tables ?? []) {
      const [head, ...body] = tableRows(spec, t.ref);
      const start = t.ref.split(":")[0];
      ws.addTable({
        name: t.name,
        ref: start,
        headerRow: true,
        columns: head.map((h) => ({ name: String(h) })),
        rows: body.map((r) => r.map((v) => (v === null ? null : excelJsValue(v)))),
      });
      const [a, b] = t.ref.split(":").map(addressOf);
      for (let r = a.r; r <= b.r; r++) for (let c = a.c; c <= b.c; c++) inTable.add(`${letters(c)}${r}`);
    }
    for (const [address, v] of Object.entries(spec.cells))
      if (!inTable.has(address)) ws.getCell(address).value = excelJsValue(v);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function fakeExcel(specs: SheetSpec[]): FakeExcel {
  const fake = new FakeExcel();
  for (const spec of specs) {
    const ws = fake.model.addSheetWithRows(spec.name, []);
    for (const [address, v] of Object.entries(spec.cells)) {
      const { r, c } = addressOf(address);
      const cell = ws.cell(r, c, true)!;
      if (typeof v !== "object") cell.value = v;
      else if ("error" in v)
        cell.value = v.error; // Office.js gives an error value as its text in Range.values
      else Object.assign(cell, { value: v.computed, formula: `=${v.formula}` });
    }
    for (const t of spec.tables ?? []) ws.tables.add(t.ref, true).name = t.name;
  }
  return fake;
}

/** A port over the workbook, and the raw value of any cell after its changes. */
interface Subject {
  port: WorkbookPort;
  raw(sheet: string, address: string): Promise<unknown>;
}

const PORTS: [string, (specs: SheetSpec[]) => Promise<Subject>][] = [
  [
    ".xlsx",
    async (specs) => {
      const port = XlsxWorkbook.open(await xlsxBytes(specs));
      return {
        port,
        raw: async (sheet, address) => {
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(Buffer.from(port.toBytes()) as never);
          const v = wb.getWorksheet(sheet)!.getCell(address).value;
          return v === null || v === undefined ? "" : v;
        },
      };
    },
  ],
  [
    "Office.js",
    async (specs) => {
      const fake = fakeExcel(specs);
      return {
        port: new OfficeWorkbook(fake.host()),
        raw: async (sheet, address) => {
          const { r, c } = addressOf(address);
          return fake.model.sheet(sheet)!.cell(r, c)?.value ?? "";
        },
      };
    },
  ],
];

const text = (value: string): OutputCell => ({ value, style: "text" });
const date = (value: number): OutputCell => ({ value, style: "date" });

// ------------------------------------------------------------------------------------------- the cases

/** A sheet table not in A1, with every kind of cell and blank rows. */
const RESULTS: SheetSpec = {
  name: "Analyses",
  cells: {
    B2: "Date",
    C2: "CODE",
    D2: "critère",
    E2: "Valeur (g/l)",
    B3: 45720,
    C3: "P001",
    D3: "MG",
    E3: "38,5",
    // Row 4 blank; row 5 holds only spaces: both skipped.
    B5: "   ",
    C5: "\u00a0",
    B6: 45721,
    C6: 1002,
    D6: "INHIBITEURS",
    E6: true,
    B7: "04/03/2025",
    C7: "P003",
    D7: "GERMES",
    E7: { error: "#N/A" },
    B8: 45722,
    C8: "P004",
    D8: "MP",
    E8: "#DIV/0!",
    // Beside the table (column G, outside its headers' span): not read, and no reason to append below it.
    G3: "note à côté",
    G12: "total à part",
  },
};

const RESULTS_TABLE: TableData = {
  sheet: "Analyses",
  headerRow: 2,
  firstColumn: 2,
  headers: ["Date", "CODE", "critère", "Valeur (g/l)"],
  rows: [
    { row: 3, values: [45720, "P001", "MG", "38,5"] },
    { row: 6, values: [45721, 1002, "INHIBITEURS", true] },
    { row: 7, values: ["04/03/2025", "P003", "GERMES", NoValue.error("#N/A")] },
    // A text that is exactly an Excel error reads as that error in both ports (Office.js cannot tell them apart).
    { row: 8, values: [45722, "P004", "MP", NoValue.error("#DIV/0!")] },
  ],
};

/** An Excel table with a blank row inside it, a formula, and a cell below it in another column. */
const LAB: SheetSpec = {
  name: "Données",
  cells: {
    A1: "Date",
    B1: "Code",
    C1: "Critère",
    D1: "Valeur",
    A2: 45717,
    B2: "P1",
    C2: "MG",
    D2: 40,
    A4: 45718,
    B4: "P2",
    C4: "MP",
    D4: { formula: "32+1", computed: 33 },
    F9: "à côté, plus bas",
  },
  tables: [{ name: "Labo", ref: "A1:D4" }],
};

describe.each(PORTS)("the %s port keeps the workbook contract", (kind, open) => {
  it("reads a sheet table: header row = first non-blank row, its span = the columns, blank rows skipped, errors as NoValue", async () => {
    const { port } = await open([RESULTS]);
    expect(await port.readTable("analyses")).toEqual(RESULTS_TABLE);
    expect(await port.readTable("ANALYSES")).toEqual(RESULTS_TABLE);
    expect(await port.readTable("Livraisons")).toBeNull();
  });

  it("gives headers that the run matches case- and accent-insensitively, a unit in parentheses ignored", async () => {
    const { port } = await open([RESULTS]);
    const c = new Columns((await port.readTable("Analyses"))!, RESULT_COLUMNS);
    expect(c.index).toEqual({ date: 0, code: 1, criterion: 2, value: 3, validated: -1 });
    expect(c.ref.value).toBe("Valeur (g/l) (E)");
  });

  it("finds an Excel table by name (accents and case forgiven); a sheet of that name comes first", async () => {
    const { port } = await open([LAB, { name: "LABO", cells: { A1: "Mois", B1: "Prix", A2: "2025-03", B2: 450 } }]);
    expect((await port.readTable("labo"))!.sheet).toBe("LABO");
    const only = await open([LAB]);
    const t = (await only.port.readTable("LABO"))!;
    expect(t.sheet).toBe("Données");
    expect([t.headerRow, t.firstColumn, t.headers]).toEqual([1, 1, ["Date", "Code", "Critère", "Valeur"]]);
    // Row 3 is blank inside the table: skipped. A formula: its computed value, or NoValue where the file has none.
    expect(t.rows).toEqual([
      { row: 2, values: [45717, "P1", "MG", 40] },
      { row: 4, values: [45718, "P2", "MP", kind === ".xlsx" ? NoValue.formula : 33] },
    ]);
  });

  it("appends right below the table's last data row, not below a note beside it further down; the note stays", async () => {
    const s = await open([RESULTS]);
    const result = await s.port.appendRows!("Analyses", [
      [date(45730), text("P010"), text("MG"), { value: 41.5 }],
      [date(45731), text("P011"), text("MP"), { value: 33 }],
    ]);
    // Last data row 8 → rows 9 and 10, whatever lies beside the table.
    expect(result).toEqual({ sheet: "Analyses", firstRow: 9, lastRow: 10 });
    const t = (await s.port.readTable("Analyses"))!;
    expect(t.rows.slice(-3).map((r) => [r.row, r.values[1], r.values[3]])).toEqual([
      [8, "P004", NoValue.error("#DIV/0!")],
      [9, "P010", 41.5],
      [10, "P011", 33],
    ]);
    expect(await s.raw("Analyses", "G3")).toBe("note à côté");
    expect(await s.raw("Analyses", "G12")).toBe("total à part");
  });

  it("appends into an Excel table that has a cell below it in another column: the table grows, the cell stays", async () => {
    const s = await open([LAB]);
    expect(await s.port.appendRows!("Labo", [[date(45730), text("P9"), text("MG"), { value: 39 }]])).toEqual({
      sheet: "Données",
      firstRow: 5,
      lastRow: 5,
    });
    const t = (await s.port.readTable("Labo"))!;
    expect(t.rows.map((r) => [r.row, r.values[1]])).toEqual([
      [2, "P1"],
      [4, "P2"],
      [5, "P9"],
    ]);
    expect(await s.raw("Données", "F9")).toBe("à côté, plus bas");
  });

  it("merges appended rows with cells beside them on the same rows, keeping those cells", async () => {
    const spec: SheetSpec = {
      name: "Livraisons",
      cells: { A1: "Date", B1: "Code", C1: "Volume", A2: 45717, B2: "P1", C2: 1200, E3: "remarque", E5: 12 },
    };
    const s = await open([spec]);
    const result = await s.port.appendRows!(
      "Livraisons",
      [0, 1, 2, 3].map((i) => [date(45718 + i), text(`P${i + 2}`), { value: 1000 + i }]),
    );
    expect(result).toEqual({ sheet: "Livraisons", firstRow: 3, lastRow: 6 });
    const t = (await s.port.readTable("Livraisons"))!;
    expect(t.rows.map((r) => [r.row, ...r.values])).toEqual([
      [2, 45717, "P1", 1200],
      [3, 45718, "P2", 1000],
      [4, 45719, "P3", 1001],
      [5, 45720, "P4", 1002],
      [6, 45721, "P5", 1003],
    ]);
    expect(await s.raw("Livraisons", "E3")).toBe("remarque");
    expect(await s.raw("Livraisons", "E5")).toBe(12);
  });

  it("appends into an Excel table: its blank last row filled first, the table grown to take the rows", async () => {
    const spec: SheetSpec = {
      name: "Données",
      cells: {
        A1: "Date",
        B1: "Code",
        C1: "Critère",
        D1: "Valeur",
        A2: 45717,
        B2: "P1",
        C2: "MG",
        D2: 40,
        F1: "à côté",
      },
      tables: [{ name: "Labo", ref: "A1:D3" }],
    };
    const s = await open([spec]);
    const result = await s.port.appendRows!(
      "Labo",
      [1, 2].map((i) => [date(45720 + i), text("00123"), text("MG"), { value: 41 + i }]),
    );
    expect(result).toEqual({ sheet: "Données", firstRow: 3, lastRow: 4 });
    const t = (await s.port.readTable("Labo"))!;
    expect(t.rows.map((r) => [r.row, r.values[1], r.values[3]])).toEqual([
      [2, "P1", 40],
      [3, "00123", 42],
      [4, "00123", 43],
    ]);
    expect(await s.raw("Données", "F1")).toBe("à côté");
  });

  it("keeps a note typed below an Excel table in its columns: refused by the .xlsx port, moved down by Office.js", async () => {
    // The one place the ports differ: Office.js's rows.add inserts the table's rows (the cells below move
    // down); the .xlsx port does not shift cells and refuses rather than write over the note. Nothing is lost.
    const spec: SheetSpec = {
      name: "Données",
      cells: {
        A1: "Date",
        B1: "Code",
        C1: "Critère",
        D1: "Valeur",
        A2: 45717,
        B2: "P1",
        C2: "MG",
        D2: 40,
        A4: "Remarque",
      },
      tables: [{ name: "Labo", ref: "A1:D2" }],
    };
    const s = await open([spec]);
    const rows = [1, 2, 3].map((i) => [date(45720 + i), text("P2"), text("MG"), { value: 40 + i }]);
    if (kind === ".xlsx") {
      await expect(s.port.appendRows!("Labo", rows)).rejects.toThrow(
        "le tableau « Labo » a des cellules remplies juste en dessous, sur la feuille « Données » : déplacez-les plus bas ou ailleurs avant d'y ajouter des lignes",
      );
      expect(await s.raw("Données", "A4")).toBe("Remarque");
    } else {
      expect(await s.port.appendRows!("Labo", rows)).toEqual({ sheet: "Données", firstRow: 3, lastRow: 5 });
      expect(await s.raw("Données", "A7")).toBe("Remarque");
    }
  });

  it("appends below the header row of a table without data", async () => {
    const s = await open([{ name: "Analyses", cells: { B2: "Date", C2: "Code", D2: "Critère", E2: "Valeur" } }]);
    expect(await s.port.appendRows!("analyses", [[date(45720), text("P1"), text("MG"), { value: 40 }]])).toEqual({
      sheet: "Analyses",
      firstRow: 3,
      lastRow: 3,
    });
    expect((await s.port.readTable("Analyses"))!.rows).toEqual([{ row: 3, values: [45720, "P1", "MG", 40] }]);
  });

  it("writes marked sheets, finds them again by their marker, and replaces only those", async () => {
    const s = await open([RESULTS, { name: "Notes", cells: { A1: "à moi" } }]);
    expect(await s.port.generatedSheets()).toEqual([]);
    const sheet = (name: string, v: string) => ({ name, rows: [[{ value: v, style: "text" as const }]] });
    await s.port.writeSheets([sheet("Relevés 2025-03", "a"), sheet("Contrôles 2025-03", "b")], "2025-03", []);
    expect(await s.port.generatedSheets()).toEqual([
      { name: "Relevés 2025-03", key: "2025-03" },
      { name: "Contrôles 2025-03", key: "2025-03" },
    ]);
    await s.port.writeSheets([sheet("Relevés 2025-03", "c")], "2025-03", ["Relevés 2025-03", "Contrôles 2025-03"]);
    expect(await s.port.sheetNames()).toEqual(["Analyses", "Notes", "Relevés 2025-03"]);
    expect(await s.raw("Relevés 2025-03", "A1")).toBe("c");
    await expect(s.port.writeSheets([], "2025-03", ["Notes"])).rejects.toThrow(
      /la feuille « Notes » n'a pas été créée par ce programme/,
    );
    expect(await s.port.sheetNames()).toEqual(["Analyses", "Notes", "Relevés 2025-03"]);
  });
});
