import { strFromU8 } from "fflate";
import { GENERATED_MARKER, XlsxWorkbook } from "../../../src/workbook/xlsx";
import { checkXlsxPackage } from "../../helpers/xlsxPackage";
import { readZip } from "../../../src/workbook/xlsx/zip/zip";
import type { CellStyle, OutputSheet } from "../../../src/workbook/port";
import { editText, excelJsBytes, loadExcelJs, patchZip, richFixture, text, unzip } from "./fixtures";

const INJECTION = ["=1+1", "+33 6 12 34 56 78", "-x", "@SUM(A1)", '=HYPERLINK("http://evil","clic")'];

function statement(name: string, code = "P001"): OutputSheet {
  return {
    name,
    rows: [
      [{ value: `Relevé ${code}`, style: "title" }],
      null,
      [
        { value: "Libellé", style: "header" },
        { value: "Taux", style: "header" },
        { value: "Montant", style: "header" },
        { value: null, style: "header" },
      ],
      [
        { value: "Prix de base", style: "text" },
        { value: 450, style: "rate" },
        { value: 13500, style: "money" },
      ],
      [
        { value: "Pénalité cellules", style: "text" },
        { value: -12.5, style: "rate" },
        { value: -375.25, style: "money" },
      ],
      [
        { value: "Volume", style: "text" },
        { value: 30000, style: "count" },
        { value: 38.55, style: "decimal2" },
        { value: -0.521, style: "decimal3" },
      ],
      [{ value: "Date", style: "text" }, { value: 45720, style: "date" }, { value: true }, { value: false }],
      [{ value: "Total", style: "total" }, { value: null }, { value: 13124.75, style: "total" }],
      [{ value: "  espaces  et\nretour ", style: "note" }],
      INJECTION.map((v) => ({ value: v, style: "text" as CellStyle })),
      INJECTION.map((v) => ({ value: v })),
    ],
    columnWidths: [28, 12, 14, 10],
    print: { orientation: "portrait", fitToOnePage: true, area: "A1:D11" },
    merges: ["A1:D1"],
  };
}

function summary(name: string): OutputSheet {
  return {
    name,
    rows: [
      [
        { value: "Code", style: "header" },
        { value: "Nom", style: "header" },
        { value: "Total", style: "header" },
      ],
      [
        { value: "P001", style: "text" },
        { value: "GAEC du Pré", style: "text" },
        { value: 13124.75, style: "money" },
      ],
      [
        { value: "P002", style: "text" },
        { value: "=1+1", style: "text" },
        { value: 9000, style: "money" },
      ],
    ],
    columnWidths: [10, 30, 14],
    print: { orientation: "landscape", fitToOnePage: false },
  };
}

function entriesByName(bytes: Uint8Array) {
  return new Map(readZip(bytes).map((e) => [e.name, e]));
}

const EDITABLE = new Set([
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "[Content_Types].xml",
  "xl/styles.xml",
  "docProps/app.xml",
]);

describe("XlsxWorkbook writing", () => {
  let input: Uint8Array;
  let out: Uint8Array;
  const sheets = [
    summary("Récap 2025-03"),
    statement("P001 2025-03"),
    statement("P002 2025-03", "P002"),
    { name: "Contrôles 2025-03", rows: [] },
  ];

  beforeAll(async () => {
    input = await richFixture();
    expect(checkXlsxPackage(input)).toEqual([]);
    const wb = XlsxWorkbook.open(input);
    const progress: number[] = [];
    await wb.writeSheets(sheets, "2025-03", [], (done, total) => progress.push(done / total));
    expect(progress[progress.length - 1]).toBe(1);
    out = wb.toBytes();
  });

  it("passes the structural check", () => {
    expect(checkXlsxPackage(out)).toEqual([]);
  });

  it("copies every original entry except the few edited ones byte for byte (same compressed bytes)", () => {
    const before = entriesByName(input);
    const after = entriesByName(out);
    for (const [name, e] of before) {
      const a = after.get(name);
      expect(a).toBeDefined();
      if (EDITABLE.has(name)) continue;
      expect({
        name,
        crc: a!.crc,
        size: a!.size,
        same: Buffer.compare(Buffer.from(a!.data), Buffer.from(e.data)) === 0,
      }).toEqual({ name, crc: e.crc, size: e.size, same: true });
    }
    const uIn = unzip(input);
    const uOut = unzip(out);
    for (const p of [
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
      "xl/pivotCache/pivotCacheDefinition1.xml",
      "xl/pivotCache/pivotCacheRecords1.xml",
      "customXml/item1.xml",
      "customXml/itemProps1.xml",
      "xl/printerSettings/printerSettings1.bin",
      "xl/worksheets/sheet1.xml",
    ]) {
      expect(Buffer.compare(Buffer.from(uOut[p]), Buffer.from(uIn[p]))).toBe(0);
    }
  });

  it("keeps relationships, content types, pivot caches and defined names of the input", () => {
    const wbXml = text(out, "xl/workbook.xml");
    expect(wbXml).toContain('<pivotCache cacheId="1" r:id="rIdPivot1"/>');
    expect(wbXml).toMatch(/<definedName name="ToutesLesFermes">Producteurs!\$A\$1:\$C\$4<\/definedName>/);
    expect(wbXml).toContain('<definedName name="Taux" localSheetId="1">0.05</definedName>');
    expect(wbXml).toContain('<definedName name="_xlnm.Print_Area" localSheetId="2">Notes!$A$1:$B$10</definedName>');
    const rels = text(out, "xl/_rels/workbook.xml.rels");
    expect(rels).toContain('Id="rIdPivot1"');
    expect(rels).toContain('Id="rIdCx1"');
    const ct = text(out, "[Content_Types].xml");
    expect(ct).toContain('PartName="/xl/charts/chart1.xml"');
    expect(ct).toContain('PartName="/customXml/itemProps1.xml"');
  });

  it("adds sheets with marker and print area names", async () => {
    const wb = XlsxWorkbook.open(out);
    expect(await wb.sheetNames()).toEqual(["Producteurs", "Livraisons", "Notes", ...sheets.map((s) => s.name)]);
    expect(await wb.generatedSheets()).toEqual(sheets.map((s) => ({ name: s.name, key: "2025-03" })));
    const wbXml = text(out, "xl/workbook.xml");
    expect(wbXml).toContain(
      `<definedName name="${GENERATED_MARKER}" localSheetId="3" hidden="1">"2025-03/Récap 2025-03"</definedName>`,
    );
    expect(wbXml).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="4">'P001 2025-03'!$A$1:$D$11</definedName>`,
    );
  });

  it("opens in ExcelJS with the same values and styles", async () => {
    const x = await loadExcelJs(out);
    expect(x.worksheets.map((w) => w.name)).toEqual([
      "Producteurs",
      "Livraisons",
      "Notes",
      ...sheets.map((s) => s.name),
    ]);
    const ws = x.getWorksheet("P001 2025-03")!;
    expect(ws.getCell("A1").value).toBe("Relevé P001");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("A1").font?.size).toBe(14);
    expect(ws.getCell("A3").font?.bold).toBe(true);
    expect(ws.getCell("A3").fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(ws.getCell("A3").border?.bottom?.style).toBe("thin");
    expect(ws.getCell("D3").fill).toMatchObject({ pattern: "solid" });
    expect(ws.getCell("C4").value).toBe(13500);
    expect(ws.getCell("C4").numFmt).toBe("#,##0.00");
    expect(ws.getCell("B4").numFmt).toBe("+#,##0.00;-#,##0.00;0.00");
    expect(ws.getCell("B6").numFmt).toBe("#,##0");
    expect(ws.getCell("C6").numFmt).toBe("0.00");
    expect(ws.getCell("D6").numFmt).toBe("0.000");
    expect(ws.getCell("D6").value).toBe(-0.521);
    expect(ws.getCell("B7").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("C7").value).toBe(true);
    expect(ws.getCell("D7").value).toBe(false);
    expect(ws.getCell("A4").numFmt).toBe("@");
    expect(ws.getCell("C8").font?.bold).toBe(true);
    expect(ws.getCell("C8").border?.top?.style).toBe("thin");
    expect(ws.getCell("A9").font?.italic).toBe(true);
    expect(ws.getCell("A9").value).toBe("  espaces  et\nretour ");
    expect(ws.getColumn(1).width).toBeCloseTo(28.71, 1);
    expect(ws.getCell("A1").isMerged && ws.getCell("D1").isMerged).toBe(true);
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
    });
    const sum = x.getWorksheet("Récap 2025-03")!;
    expect(sum.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1, fitToHeight: 0 });
    expect(sum.getCell("B3").value).toBe("=1+1");
  });

  it("writes formula-looking text as text, never as a formula", async () => {
    const x = await loadExcelJs(out);
    const ws = x.getWorksheet("P001 2025-03")!;
    for (const row of [10, 11]) {
      INJECTION.forEach((v, i) => {
        const c = ws.getRow(row).getCell(i + 1);
        expect(c.value).toBe(v);
        expect(c.formula).toBeUndefined();
      });
    }
    const part = Object.entries(unzip(out)).filter(
      ([n]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n) && !unzip(input)[n],
    );
    expect(part.length).toBe(4);
    for (const [, b] of part) expect(strFromU8(b)).not.toMatch(/<f[ >]/);
    const back = (await XlsxWorkbook.open(out).readTable("P001 2025-03"))!;
    // The first non-empty row (the title) is the header row, one column wide.
    expect(back.rows.filter((r) => r.row >= 10).map((r) => r.values)).toEqual([[INJECTION[0]], [INJECTION[0]]]);
  });

  it("reads the new sheets back with the same values", async () => {
    const back = (await XlsxWorkbook.open(out).readTable("recap 2025-03"))!;
    expect(back.headers).toEqual(["Code", "Nom", "Total"]);
    expect(back.rows).toEqual([
      { row: 2, values: ["P001", "GAEC du Pré", 13124.75] },
      { row: 3, values: ["P002", "=1+1", 9000] },
    ]);
  });

  it("updates docProps/app.xml titles", () => {
    const app = text(out, "docProps/app.xml");
    expect(app).toContain("<vt:i4>7</vt:i4>");
    expect(app).toContain('<vt:vector size="7" baseType="lpstr">');
    expect(app).toContain("<vt:lpstr>Contrôles 2025-03</vt:lpstr>");
  });

  it("replaces its own sheets; running twice gives the same set of sheets and does not grow styles", async () => {
    const wb = XlsxWorkbook.open(out);
    const replace = (await wb.generatedSheets()).filter((g) => g.key === "2025-03").map((g) => g.name);
    await wb.writeSheets(sheets, "2025-03", replace);
    const out2 = wb.toBytes();
    expect(checkXlsxPackage(out2)).toEqual([]);
    const wb2 = XlsxWorkbook.open(out2);
    expect(await wb2.sheetNames()).toEqual(await XlsxWorkbook.open(out).sheetNames());
    expect(await wb2.generatedSheets()).toEqual(await XlsxWorkbook.open(out).generatedSheets());
    const count = (b: Uint8Array) => /<cellXfs count="(\d+)"/.exec(text(b, "xl/styles.xml"))![1];
    expect(count(out2)).toBe(count(out));
    const countNames = (b: Uint8Array) => (text(b, "xl/workbook.xml").match(/<definedName /g) ?? []).length;
    expect(countNames(out2)).toBe(countNames(out));
    // The old parts are gone: as many worksheet parts as sheets.
    const parts = Object.keys(unzip(out2)).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(parts.length).toBe(7);
    const x = await loadExcelJs(out2);
    expect(x.getWorksheet("P002 2025-03")!.getCell("A1").value).toBe("Relevé P002");
  });

  it("adds another month next to the first one", async () => {
    const wb = XlsxWorkbook.open(out);
    await wb.writeSheets([summary("Récap 2025-04")], "2025-04", []);
    const g = await wb.generatedSheets();
    expect(g.map((x) => x.key)).toEqual(["2025-03", "2025-03", "2025-03", "2025-03", "2025-04"]);
    expect(checkXlsxPackage(wb.toBytes())).toEqual([]);
  });

  it("refuses to replace a sheet it did not generate, and leaves the workbook unchanged", async () => {
    const wb = XlsxWorkbook.open(out);
    await expect(wb.writeSheets([summary("Notes")], "2025-03", ["Notes"])).rejects.toThrow(
      /la feuille « Notes » n'a pas été créée par ce programme/,
    );
    await expect(wb.writeSheets([summary("X")], "2025-03", ["Nope"])).rejects.toThrow(
      "impossible de remplacer la feuille « Nope » : le classeur n'a pas de feuille de ce nom",
    );
    expect(Buffer.compare(Buffer.from(wb.toBytes()), Buffer.from(out))).toBe(0);
  });

  it("refuses invalid or duplicate sheet names", async () => {
    const wb = XlsxWorkbook.open(out);
    await expect(wb.writeSheets([summary("notes")], "k", [])).rejects.toThrow(
      "impossible d'écrire la feuille « notes » : le classeur a déjà une feuille nommée « Notes »",
    );
    await expect(wb.writeSheets([summary("A"), summary("a")], "k", [])).rejects.toThrow(
      /a déjà une feuille nommée « A »/,
    );
    await expect(wb.writeSheets([summary("x".repeat(32))], "k", [])).rejects.toThrow(
      /est trop long \(32 caractères, Excel en accepte 31\)/,
    );
    for (const bad of ["a/b", "a[1]", "a:b", "a*", "a?", "a\\b", "", "'quoted'", "History"]) {
      await expect(wb.writeSheets([summary(bad)], "k", [])).rejects.toThrow(/^impossible d'écrire la feuille : /);
    }
    await expect(wb.writeSheets([{ name: "M", rows: [], merges: ["A1:B2", "B2:C3"] }], "k", [])).rejects.toThrow(
      /overlap/,
    );
    await expect(
      wb.writeSheets(
        [{ name: "M", rows: [], print: { orientation: "portrait", fitToOnePage: true, area: "nonsense" } }],
        "k",
        [],
      ),
    ).rejects.toThrow(
      "zone d'impression de la feuille « M » : « nonsense » n'est pas une plage de cellules comme A1:F20",
    );
  });
});

describe("XlsxWorkbook deleting generated sheets", () => {
  /** Sheets A, G1 (generated), B, G2 (generated), C with sheet-scoped names on B and C. */
  async function layered(): Promise<Uint8Array> {
    const base = await excelJsBytes((wb) => {
      for (const n of ["A", "G1", "B", "G2", "C"]) wb.addWorksheet(n).addRow([n]);
    });
    return editText(base, "xl/workbook.xml", (s) =>
      s
        .replace(
          /<\/sheets>/,
          `</sheets><definedNames>` +
            `<definedName name="${GENERATED_MARKER}" localSheetId="1" hidden="1">"2025-03"</definedName>` +
            `<definedName name="${GENERATED_MARKER}" localSheetId="3" hidden="1">"2025-03"</definedName>` +
            `<definedName name="_xlnm.Print_Area" localSheetId="1">G1!$A$1:$B$2</definedName>` +
            `<definedName name="Local" localSheetId="2">B!$A$1</definedName>` +
            `<definedName name="_xlnm.Print_Area" localSheetId="4">C!$A$1:$B$2</definedName>` +
            `<definedName name="Global">C!$A$1</definedName>` +
            `</definedNames>`,
        )
        .replace(/<bookViews>[\s\S]*?<\/bookViews>/, "")
        .replace("<sheets>", '<bookViews><workbookView activeTab="4" firstSheet="3"/></bookViews><sheets>'),
    );
  }

  it("removes the sheets, their names and parts, and renumbers localSheetId of the others", async () => {
    const input = await layered();
    expect(checkXlsxPackage(input)).toEqual([]);
    const wb = XlsxWorkbook.open(input);
    expect(await wb.generatedSheets()).toEqual([
      { name: "G1", key: "2025-03" },
      { name: "G2", key: "2025-03" },
    ]);
    await wb.writeSheets([{ name: "G1", rows: [[{ value: "new" }]] }], "2025-03", ["G1", "g2"]);
    const out = wb.toBytes();
    expect(checkXlsxPackage(out)).toEqual([]);
    expect(await XlsxWorkbook.open(out).sheetNames()).toEqual(["A", "B", "C", "G1"]);
    const xml = text(out, "xl/workbook.xml");
    const names = [...xml.matchAll(/<definedName ([^>]*)>([^<]*)</g)].map((m) => `${m[1]} => ${m[2]}`);
    expect(names).toEqual([
      'name="Local" localSheetId="1" => B!$A$1',
      'name="_xlnm.Print_Area" localSheetId="2" => C!$A$1:$B$2',
      'name="Global" => C!$A$1',
      `name="${GENERATED_MARKER}" localSheetId="3" hidden="1" => "2025-03/G1"`,
    ]);
    expect(xml).toContain('<workbookView activeTab="2" firstSheet="1"/>');
    // 5 sheets - 2 + 1 parts
    expect(Object.keys(unzip(out)).filter((n) => n.startsWith("xl/worksheets/sheet")).length).toBe(4);
    expect(text(out, "[Content_Types].xml").match(/worksheet\+xml/g)!.length).toBe(4);
    const x = await loadExcelJs(out);
    expect(x.getWorksheet("G1")!.getCell("A1").value).toBe("new");
    expect(x.getWorksheet("C")!.getCell("A1").value).toBe("C");
  });

  it("keeps a visible sheet and points the active tab at a visible one", async () => {
    const input = editText(await layered(), "xl/workbook.xml", (s) =>
      s.replace(
        /(name="[ABC]") state="visible"/g,
        (_m, n: string) => `${n} state="${n === 'name="C"' ? "veryHidden" : "hidden"}"`,
      ),
    );
    expect(input.length).toBeGreaterThan(0);
    expect(text(input, "xl/workbook.xml")).toContain('name="C" state="veryHidden"');
    const wb = XlsxWorkbook.open(input);
    await expect(wb.writeSheets([], "2025-03", ["G1", "G2"])).rejects.toThrow(
      "impossible de supprimer ces feuilles : un classeur doit garder au moins une feuille visible",
    );
    await wb.writeSheets([], "2025-03", ["G1"]);
    const xml = text(wb.toBytes(), "xl/workbook.xml");
    // C (active, old index 4) is very hidden: the active tab moves to G2, the visible one before it.
    expect(xml).toContain('<workbookView activeTab="2" firstSheet="2"/>');
  });

  it("deletes a deleted sheet's own drawing and chart but keeps parts other sheets use, and drops a stale calcChain", async () => {
    let input = await layered();
    const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const relsXml = (items: string) =>
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
    input = patchZip(input, {
      // G1 (sheet2) has its own drawing (→ chart) and shares a printer-settings part with A (sheet1).
      "xl/worksheets/_rels/sheet2.xml.rels": relsXml(
        `<Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/><Relationship Id="rId2" Type="${REL}/printerSettings" Target="../printerSettings/printerSettings1.bin"/>`,
      ),
      "xl/worksheets/_rels/sheet1.xml.rels": relsXml(
        `<Relationship Id="rId1" Type="${REL}/printerSettings" Target="../printerSettings/printerSettings1.bin"/>`,
      ),
      "xl/drawings/drawing1.xml":
        '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>',
      "xl/drawings/_rels/drawing1.xml.rels": relsXml(
        `<Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/>`,
      ),
      "xl/charts/chart1.xml": '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
      "xl/printerSettings/printerSettings1.bin": new Uint8Array([1, 2, 3]),
      "xl/calcChain.xml":
        '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A2" i="2"/><c r="A3"/></calcChain>',
    });
    input = editText(input, "[Content_Types].xml", (s) =>
      s.replace(
        "</Types>",
        '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/><Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
      ),
    );
    input = editText(input, "xl/_rels/workbook.xml.rels", (s) =>
      s.replace(
        "</Relationships>",
        `<Relationship Id="rIdCalc" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`,
      ),
    );
    expect(checkXlsxPackage(input)).toEqual([]);
    const wb = XlsxWorkbook.open(input);
    await wb.writeSheets([], "2025-03", ["G1"]);
    const out = wb.toBytes();
    expect(checkXlsxPackage(out)).toEqual([]);
    const files = Object.keys(unzip(out));
    expect(files).not.toContain("xl/drawings/drawing1.xml");
    expect(files).not.toContain("xl/drawings/_rels/drawing1.xml.rels");
    expect(files).not.toContain("xl/charts/chart1.xml");
    expect(files).not.toContain("xl/worksheets/_rels/sheet2.xml.rels");
    expect(files).not.toContain("xl/calcChain.xml");
    expect(files).toContain("xl/printerSettings/printerSettings1.bin");
    expect(text(out, "[Content_Types].xml")).not.toContain("drawing1.xml");
    expect(text(out, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    await loadExcelJs(out);
  });
});

describe("text round trip", () => {
  it("keeps any text: markup, control characters, literal _xHHHH_, CR/LF, astral characters", async () => {
    const texts = [
      "<a & b>",
      "tab\there",
      "ctrl\u0001x",
      "_x0041_ literal",
      "a\r\nb",
      "émoji 🐄",
      " lead",
      "trail ",
      "lone \ud800 surrogate",
    ];
    const wb = XlsxWorkbook.open(await richFixture());
    await wb.writeSheets([{ name: "T", rows: [[{ value: "h" }], ...texts.map((t) => [{ value: t }])] }], "k", []);
    const out = wb.toBytes();
    expect(checkXlsxPackage(out)).toEqual([]);
    const expected = texts.map((t) => t.replace("\ud800", "\ufffd"));
    const back = (await XlsxWorkbook.open(out).readTable("T"))!;
    expect(back.rows.map((r) => r.values[0])).toEqual(expected);
    const x = (await loadExcelJs(out)).getWorksheet("T")!;
    // ExcelJS does not decode _xHHHH_ escapes; compare the others.
    expected.forEach((t, i) => {
      // eslint-disable-next-line no-control-regex -- the texts written hold control characters on purpose
      if (!/[\u0001\r]/.test(t) && !t.includes("_x0041_")) expect(x.getCell(i + 2, 1).value).toBe(t);
    });
  });
});

describe("XlsxWorkbook with another compressor", () => {
  it("writes valid parts with Node's zlib", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const zlib = require("zlib") as typeof import("zlib");
    const wb = XlsxWorkbook.open(await richFixture(), { deflateRaw: (d) => zlib.deflateRawSync(d) });
    await wb.writeSheets([statement("S")], "k", []);
    const out = wb.toBytes();
    expect(checkXlsxPackage(out)).toEqual([]);
    expect((await loadExcelJs(out)).getWorksheet("S")!.getCell("C4").value).toBe(13500);
  });
});

describe("XlsxWorkbook on a workbook without styles, defined names or app.xml", () => {
  it("creates what it needs", async () => {
    let input = await excelJsBytes((wb) => wb.addWorksheet("Producteurs").addRow(["Code"]));
    input = patchZip(input, { "xl/styles.xml": null, "docProps/app.xml": null });
    input = editText(input, "xl/_rels/workbook.xml.rels", (s) => s.replace(/<Relationship [^>]*styles"[^>]*\/>/, ""));
    input = editText(input, "[Content_Types].xml", (s) =>
      s.replace(/<Override PartName="\/(xl\/styles|docProps\/app)\.xml"[^>]*\/>/g, ""),
    );
    input = editText(input, "_rels/.rels", (s) => s.replace(/<Relationship [^>]*extended-properties"[^>]*\/>/, ""));
    expect(checkXlsxPackage(input)).toEqual([]);
    const wb = XlsxWorkbook.open(input);
    await wb.writeSheets([statement("S")], "k", []);
    const out = wb.toBytes();
    expect(checkXlsxPackage(out)).toEqual([]);
    const x = await loadExcelJs(out);
    expect(x.getWorksheet("S")!.getCell("C4").numFmt).toBe("#,##0.00");
    expect(x.getWorksheet("S")!.getCell("A1").font?.bold).toBe(true);
  });
});
