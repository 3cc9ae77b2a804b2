import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { SheetScanner } from "../../../src/workbook/xlsx/read/scan";
import { isoToSerial, parseNumber } from "../../../src/workbook/xlsx/read/cellBytes";
import { parseSharedStrings } from "../../../src/workbook/xlsx/read/richText";
import { NoValue, type CellValue } from "../../../src/workbook/port";
import { editText, excelJsBytes, patchZip, sheetXml, text } from "./fixtures";

const enc = new TextEncoder();

/** Scans sheet XML pushed in chunks of `size` bytes; returns rows as {row, cells: [col, value][]}. */
function scanXml(xml: string, size: number, ss: string[] = []): { row: number; cells: [number, CellValue][] }[] {
  const out: { row: number; cells: [number, CellValue][] }[] = [];
  const sc = new SheetScanner(
    (row, n, cols, vals) => {
      const cells: [number, CellValue][] = [];
      for (let i = 0; i < n; i++) cells.push([cols[i], vals[i]]);
      out.push({ row, cells });
    },
    { sharedStrings: () => ss },
  );
  const bytes = enc.encode(xml);
  for (let o = 0; o < bytes.length; o += size) sc.push(bytes.slice(o, o + size), o + size >= bytes.length);
  return out;
}

describe("sheet scanner", () => {
  const xml = sheetXml(
    [
      '<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t xml:space="preserve">  Crit&#232;re &amp; co  </t></is></c>',
      '<c r="D1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>',
      // rows and cells without r: counted
      '<row><c><v>1.5</v></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c><c s="3"/><c><v>-2.25E-3</v></c></row>',
      '<row><c t="s"><v>1</v></c><c r="C3" t="inlineStr"><is><r><rPr><b/><sz val="11"/></rPr><t>Ri</t></r><r><t>ch</t></r><rPh sb="0" eb="1"><t>PHON</t></rPh></is></c></row>',
      '<row r="10"><c r="AA10"><f>SUM(A1:A2)</f><v>3</v></c><c r="AB10" t="d"><v>2025-03-04T12:00:00</v></c><c r="AC10" t="s"><v>2</v></c></row>',
      '<row r="11"/><row r="12"><c r="A12" t="str"><f>NA()</f></c></row>',
      '<row r="13"><c r="A13" t="inlineStr"><is><t>_x000D_line_x005F_x0041_</t></is></c><c r="B13"><v>0.30000000000000004</v></c></row>',
    ].join(""),
  );
  const ss = ["Code", "Répété", ""];
  const expected = [
    {
      row: 1,
      cells: [
        [1, "Code"],
        [2, "  Critère & co  "],
        [4, "ab"],
      ],
    },
    // An error cell is NoValue, not the text "#N/A" (a producer code "#N/A" was read as a code).
    {
      row: 2,
      cells: [
        [1, 1.5],
        [2, true],
        [3, NoValue.error("#N/A")],
        [5, -0.00225],
      ],
    },
    {
      row: 3,
      cells: [
        [1, "Répété"],
        [3, "Rich"],
      ],
    },
    {
      row: 10,
      cells: [
        [27, 3],
        [28, 45720.5],
      ],
    },
    // A formula saved without its computed value: NoValue.formula, no longer a blank cell.
    { row: 12, cells: [[1, NoValue.formula]] },
    {
      row: 13,
      cells: [
        [1, "\rline_x0041_"],
        [2, 0.30000000000000004],
      ],
    },
  ];

  it.each([1, 2, 3, 7, 13, 64, 100000])("gives the same cells whatever the chunk size (%i bytes)", (size) => {
    expect(scanXml(xml, size, ss)).toEqual(expected);
  });

  it("reads prefixed (x:) element names", () => {
    const px = sheetXml('<x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c r="C2"><x:v>7</x:v></x:c></x:row>', "x");
    expect(scanXml(px, 5, ["Code"])).toEqual([
      {
        row: 2,
        cells: [
          [2, "Code"],
          [3, 7],
        ],
      },
    ]);
  });

  it("handles an empty sheet", () => {
    expect(scanXml('<worksheet xmlns="x"><sheetData/></worksheet>', 4)).toEqual([]);
  });

  it("parses numbers exactly like Number()", () => {
    for (const s of [
      "0",
      "-0",
      "12",
      "38.5",
      "0.1",
      "1234567.891",
      "1e21",
      "1.7976931348623157E308",
      "123456789012345678",
      "0.000001",
      "-45720.999988426",
      "3.3000000000000003",
    ]) {
      const b = enc.encode(s);
      expect(Object.is(parseNumber(b, 0, b.length), Number(s))).toBe(true);
    }
  });

  it("converts ISO dates to 1900-system serials", () => {
    expect(isoToSerial("2025-03-04")).toBe(45720);
    expect(isoToSerial("1900-01-01")).toBe(1);
    expect(isoToSerial("1900-03-01")).toBe(61);
    expect(isoToSerial("2025-03-04T18:00:00")).toBe(45720.75);
  });

  it("flattens rich shared strings and skips phonetic runs", () => {
    const sst =
      '<sst xmlns="x" count="3"><si><t>a&lt;b</t></si><si><r><rPr><i/></rPr><t xml:space="preserve">Fe </t></r><r><t>rme</t></r><rPh><t>X</t></rPh><phoneticPr fontId="1"/></si><si><t/></si></sst>';
    expect(parseSharedStrings(enc.encode(sst))).toEqual(["a<b", "Fe rme", ""]);
  });
});

describe("XlsxWorkbook reading", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await excelJsBytes((wb) => {
      const p = wb.addWorksheet("Producteurs");
      p.addRow([]);
      p.addRow([null, " Code ", "Nom", "Charte", null, "Consentement"]);
      p.addRow([null, "P001", "GAEC du Pré", "oui", "hors tableau", "oui"]);
      p.addRow([]);
      p.addRow([
        null,
        "P002",
        { richText: [{ text: "Martin " }, { text: "& Fils", font: { bold: true } }] },
        true,
        null,
        null,
      ]);
      p.addRow([null, "   ", null, null, "ignored: outside the header range?"]);
      p.addRow([null, "=1+1", "<b>", { formula: "1+1", result: 2 }, null, { error: "#N/A" }]);
      const e = wb.addWorksheet("Événements");
      e.addRow(["Date", "Code", "Type", "Volume", "Montant"]);
      e.addRow([new Date(Date.UTC(2025, 2, 4)), "P001", "ALERTE", 1500, null]);
      e.getCell("A2").numFmt = "dd/mm/yyyy";
      e.addRow(["04/03/2025", "P002", "EPANDAGE", null, 120.5]);
      const t = wb.addWorksheet("Données");
      t.addRow(["Titre du classeur"]);
      t.addRow([]);
      t.addTable({
        name: "PrixDeBase",
        ref: "B3",
        headerRow: true,
        totalsRow: true,
        columns: [{ name: "Mois" }, { name: "Grille" }, { name: "Prix", totalsRowFunction: "sum" }],
        rows: [
          ["2025-03", "sud-est-2018", 450],
          ["2025-02", "sud-est-2018", 445.5],
        ],
      });
      t.getCell("H1").value = "after the table";
    });
  });

  it("lists worksheets in order", async () => {
    const wb = XlsxWorkbook.open(bytes);
    expect(await wb.sheetNames()).toEqual(["Producteurs", "Événements", "Données"]);
  });

  it("reads a sheet table: header = first non-empty row, blank rows skipped, worksheet row numbers", async () => {
    const wb = XlsxWorkbook.open(bytes);
    const t = (await wb.readTable("producteurs"))!;
    expect(t.sheet).toBe("Producteurs");
    expect(t.headerRow).toBe(2);
    expect(t.firstColumn).toBe(2);
    expect(t.headers).toEqual(["Code", "Nom", "Charte", "", "Consentement"]);
    expect(t.rows).toEqual([
      { row: 3, values: ["P001", "GAEC du Pré", "oui", "hors tableau", "oui"] },
      { row: 5, values: ["P002", "Martin & Fils", true, null, null] },
      { row: 6, values: ["   ", null, null, "ignored: outside the header range?", null] },
      { row: 7, values: ["=1+1", "<b>", 2, null, NoValue.error("#N/A")] },
    ]);
  });

  it("matches sheet names case- and accent-insensitively; dates come as serials", async () => {
    const wb = XlsxWorkbook.open(bytes);
    const t = (await wb.readTable("Evenements"))!;
    expect(t.sheet).toBe("Événements");
    expect(t.rows).toEqual([
      { row: 2, values: [45720, "P001", "ALERTE", 1500, null] },
      { row: 3, values: ["04/03/2025", "P002", "EPANDAGE", null, 120.5] },
    ]);
    expect(wb.readTableSync("ÉVÉNEMENTS")).toEqual(t);
  });

  it("reads an Excel table by name, without its totals row", async () => {
    const wb = XlsxWorkbook.open(bytes);
    const t = (await wb.readTable("prixdebase"))!;
    expect(t).toEqual({
      sheet: "Données",
      headerRow: 3,
      firstColumn: 2,
      headers: ["Mois", "Grille", "Prix"],
      rows: [
        { row: 4, values: ["2025-03", "sud-est-2018", 450] },
        { row: 5, values: ["2025-02", "sud-est-2018", 445.5] },
      ],
    });
  });

  it("returns null for an unknown table", async () => {
    expect(await XlsxWorkbook.open(bytes).readTable("Analyses")).toBeNull();
  });

  it("reads hand-written XML: rows without r, inline and rich strings, entities, prefixes", async () => {
    const patched = patchZip(bytes, {
      "xl/worksheets/sheet1.xml": sheetXml(
        '<row><c t="inlineStr"><is><t>Code</t></is></c><c t="inlineStr"><is><t>Crit&#xE8;re</t></is></c><c t="inlineStr"><is><t>Valeur</t></is></c></row>' +
          '<row><c t="inlineStr"><is><t>P&amp;1</t></is></c><c t="inlineStr"><is><r><t>M</t></r><r><rPr><b/></rPr><t>G</t></r></is></c><c><v>38.5</v></c></row>' +
          '<row r="5"><c r="C5"><v>1</v></c></row><row><c t="inlineStr"><is><t xml:space="preserve"> x </t></is></c></row>',
      ),
    });
    const t = (await XlsxWorkbook.open(patched).readTable("Producteurs"))!;
    expect(t.headers).toEqual(["Code", "Critère", "Valeur"]);
    expect(t.rows).toEqual([
      { row: 2, values: ["P&1", "MG", 38.5] },
      { row: 5, values: [null, null, 1] },
      { row: 6, values: [" x ", null, null] },
    ]);
  });

  it("shifts date serials of a 1904 workbook to the 1900 system", async () => {
    const b1904 = editText(bytes, "xl/workbook.xml", (s) =>
      s.includes("<workbookPr")
        ? s.replace("<workbookPr", '<workbookPr date1904="1"')
        : s.replace("<sheets>", '<workbookPr date1904="1"/><sheets>'),
    );
    const edited = patchZip(b1904, {
      "xl/worksheets/sheet2.xml": text(b1904, "xl/worksheets/sheet2.xml").replace(/<v>45720<\/v>/, "<v>44258</v>"),
    });
    const t = (await XlsxWorkbook.open(edited).readTable("Événements"))!;
    expect(t.rows[0].values[0]).toBe(45720);
    expect(t.rows[0].values[3]).toBe(1500);
  });

  it("does not modify the input bytes", async () => {
    const copy = bytes.slice();
    const wb = XlsxWorkbook.open(bytes);
    await wb.readTable("Producteurs");
    await wb.writeSheets([{ name: "X", rows: [[{ value: 1 }]] }], "k", []);
    wb.toBytes();
    expect(Buffer.compare(Buffer.from(copy), Buffer.from(bytes))).toBe(0);
  });

  it("copies its input: the caller may reuse its buffer (even a Node Buffer) after open()", async () => {
    const buf = Buffer.from(bytes);
    const wb = XlsxWorkbook.open(buf);
    buf.fill(0);
    expect((await wb.readTable("Evenements"))!.rows.length).toBe(2);
  });

  it("rejects what is not a workbook", () => {
    expect(() => XlsxWorkbook.open(enc.encode("hello"))).toThrow(
      "le classeur est endommagé (archive zip illisible) : ouvrez-le dans Excel et enregistrez-le de nouveau en .xlsx (Fichier > Enregistrer sous > Classeur Excel)",
    );
  });
});
