import { updateAppTitles } from "../../../src/workbook/xlsx/write/appProps";
import { StyleSheetEditor } from "../../../src/workbook/xlsx/write/styles";
import { readZip } from "../../../src/workbook/xlsx/zip/zip";
import { makeEntry, writeZip } from "../../../src/workbook/xlsx/zip/zipWrite";
import { inflateEntry } from "../../../src/workbook/xlsx/zip/inflate";
import { checkXlsxPackage } from "../../helpers/xlsxPackage";
import { GENERATED_MARKER, markerFormula, parseMarkerFormula, sheetNameProblem } from "../../../src/workbook/names";
import { normalizeKey as normalizeName } from "../../../src/inputs";

const enc = new TextEncoder();
const dec = new TextDecoder();

describe("docProps/app.xml titles", () => {
  const app =
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Feuilles de calcul</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant>' +
    "<vt:variant><vt:lpstr>Plages nommées</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>" +
    '<TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>Producteurs</vt:lpstr><vt:lpstr>Récap</vt:lpstr><vt:lpstr>Producteurs!Print_Area</vt:lpstr></vt:vector></TitlesOfParts></Properties>';

  it("replaces the worksheet segment, whatever its label's language, and keeps the others", () => {
    const out = updateAppTitles(app, ["Producteurs", "Récap"], ["Producteurs", "A & B", "C"]);
    expect(out).toContain("<vt:i4>3</vt:i4>");
    expect(out).toContain("<vt:i4>1</vt:i4>");
    expect(out).toContain(
      '<vt:vector size="4" baseType="lpstr"><vt:lpstr>Producteurs</vt:lpstr><vt:lpstr>A &amp; B</vt:lpstr><vt:lpstr>C</vt:lpstr><vt:lpstr>Producteurs!Print_Area</vt:lpstr></vt:vector>',
    );
  });

  it("leaves an app.xml it does not understand alone", () => {
    expect(updateAppTitles(app, ["Autre"], ["X"])).toBe(app);
    expect(updateAppTitles("<Properties/>", ["A"], ["B"])).toBe("<Properties/>");
  });
});

describe("styles", () => {
  it("appends to an existing stylesheet, keeps indices, reuses identical entries", () => {
    const xml =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="170" formatCode="0.0%"/></numFmts>' +
      '<fonts count="1"><font><sz val="10"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="170" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>';
    const ed = new StyleSheetEditor(xml);
    expect(ed.xf("money")).toBe(2);
    expect(ed.xf("date")).toBe(3);
    expect(ed.xf("title")).toBe(4);
    const out = ed.result()!;
    expect(out).toContain(
      '<numFmts count="2"><numFmt numFmtId="170" formatCode="0.0%"/><numFmt numFmtId="171" formatCode="dd/mm/yyyy"/></numFmts>',
    );
    expect(out).toContain('<font><b/><sz val="14"/><name val="Arial"/></font>');
    expect(out).toContain('<cellXfs count="5">');
    // A second editor on the result finds the same entries.
    const again = new StyleSheetEditor(out);
    expect([again.xf("money"), again.xf("date"), again.xf("title")]).toEqual([2, 3, 4]);
    expect(again.result()).toBeNull();
  });
});

describe("zip container", () => {
  it("round-trips stored and deflated entries, keeping compressed bytes", () => {
    const a = makeEntry("a.xml", enc.encode("<a>" + "x".repeat(1000) + "</a>"));
    const b = makeEntry("dir/é.bin", new Uint8Array([1, 2, 3]));
    expect(a.method).toBe(8);
    expect(b.method).toBe(0);
    const z = readZip(writeZip([a, b]));
    expect(z.map((e) => e.name)).toEqual(["a.xml", "dir/é.bin"]);
    expect(dec.decode(inflateEntry(z[0]))).toBe("<a>" + "x".repeat(1000) + "</a>");
    expect(Array.from(inflateEntry(z[1]))).toEqual([1, 2, 3]);
    expect(Buffer.compare(Buffer.from(z[0].data), Buffer.from(a.data))).toBe(0);
  });

  it("reports a non-package as a problem", () => {
    expect(checkXlsxPackage(enc.encode("nope"))[0]).toMatch(/zip/);
  });
});

describe("names shared by both ports", () => {
  it("encodes the marker key as a string constant", () => {
    expect(GENERATED_MARKER).toBe("MilkPay_Generated");
    expect(markerFormula('2025-03 "x"')).toBe('"2025-03 ""x"""');
    expect(parseMarkerFormula('"2025-03 ""x"""')).toBe('2025-03 "x"');
    expect(parseMarkerFormula('="2025-03"')).toBe("2025-03");
    expect(parseMarkerFormula("Sheet1!$A$1")).toBeNull();
  });

  it("normalizes names and validates sheet names", () => {
    expect(normalizeName("  Événements ")).toBe("evenements");
    expect(normalizeName("CRITÈRE")).toBe("critere");
    expect(sheetNameProblem("Relevé P001 2025-03")).toBeNull();
    expect(sheetNameProblem("a".repeat(31))).toBeNull();
    expect(sheetNameProblem("a".repeat(32))).toBe(
      `le nom de feuille « ${"a".repeat(32)} » est trop long (32 caractères, Excel en accepte 31)`,
    );
  });
});
