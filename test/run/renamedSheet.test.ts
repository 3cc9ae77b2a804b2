/**
 * A generated sheet that the accountant renamed to keep it (« 2025-03 P1 » → « P1 archive mars ») is theirs:
 * the next run of that month leaves it alone — not replaced, not deleted, not listed as generated — and
 * writes the month's sheets beside it. On both workbook ports, with the real run. Markers of earlier versions
 * (key only, no recorded name) still count as generated.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { runStatements } from "../../src/run";
import { OfficeWorkbook } from "../../src/workbook/office";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { markerFormula, parseMarkerValue, stillGenerated } from "../../src/workbook/names";
import { smallOp, xlsxBytes } from "../cli/workbooks";
import { FakeExcel } from "../workbook/office/fakeExcel";
import { fillFromSample } from "../workbook/office/helpers";

const ARCHIVE = "P1 archive mars";

/** What Excel does when the user renames a sheet in an .xlsx: the sheet's name and the formulas naming it. */
function renameInXlsx(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const files = unzipSync(bytes);
  const wb = strFromU8(files["xl/workbook.xml"]);
  expect(wb).toContain(`name="${from}"`);
  files["xl/workbook.xml"] = strToU8(
    wb.split(`name="${from}"`).join(`name="${to}"`).split(`'${from}'!`).join(`'${to}'!`),
  );
  return zipSync(files);
}

describe("a renamed generated sheet is the user's (.xlsx port)", () => {
  it("a re-run of the month keeps it with its content and writes the new statement beside it", async () => {
    const wb1 = XlsxWorkbook.open(await xlsxBytes(smallOp()));
    const first = await runStatements(wb1, { month: "2025-03" });
    const statement = first.sheets.find((s) => s.endsWith(" P1"))!;
    expect(statement).toBe("2025-03 P1");
    const before = await wb1.readTable(statement);

    const wb2 = XlsxWorkbook.open(renameInXlsx(wb1.toBytes(), statement, ARCHIVE));
    expect((await wb2.generatedSheets()).map((g) => g.name)).not.toContain(ARCHIVE);
    const second = await runStatements(wb2, { month: "2025-03" });

    const names = await wb2.sheetNames();
    expect(names).toContain(ARCHIVE);
    expect(names).toContain(statement);
    expect(second.replaced).not.toContain(ARCHIVE);
    // Every other sheet of the first run was replaced by its new version: same names, nothing else lost.
    expect(second.replaced.sort()).toEqual(first.sheets.filter((s) => s !== statement).sort());
    expect(second.sheets.sort()).toEqual(first.sheets.sort());
    for (const input of ["Producteurs", "Livraisons", "Analyses", "PrixDeBase", "Evenements"])
      expect(names).toContain(input);
    // The archive holds what the statement held; the new statement holds the same (same inputs).
    const reopened = XlsxWorkbook.open(wb2.toBytes());
    const archive = await reopened.readTable(ARCHIVE);
    expect(archive?.rows.map((r) => r.values)).toEqual(before?.rows.map((r) => r.values));
    expect((await reopened.readTable(statement))?.rows.map((r) => r.values)).toEqual(before?.rows.map((r) => r.values));
    // A third run still leaves it alone.
    await runStatements(reopened, { month: "2025-03" });
    expect(await reopened.sheetNames()).toContain(ARCHIVE);
  });

  it("a marker of an earlier version (key only) still marks a generated sheet", async () => {
    const wb1 = XlsxWorkbook.open(await xlsxBytes(smallOp()));
    await runStatements(wb1, { month: "2025-03" });
    const files = unzipSync(wb1.toBytes());
    const xml = strFromU8(files["xl/workbook.xml"]);
    // Strip the recorded names: "2025-03/2025-03 P1" → "2025-03".
    const old = xml.replace(/(<definedName name="MilkPay_Generated"[^>]*>)"2025-03\/[^"<]*"/g, '$1"2025-03"');
    expect(old).not.toEqual(xml);
    files["xl/workbook.xml"] = strToU8(old);
    const wb2 = XlsxWorkbook.open(zipSync(files));
    expect((await wb2.generatedSheets()).map((g) => g.name)).toContain("2025-03 P1");
    const again = await runStatements(wb2, { month: "2025-03" });
    expect(again.replaced).toContain("2025-03 P1");
  });
});

describe("a renamed generated sheet is the user's (Office.js port)", () => {
  it("a re-run of the month keeps it with its content and writes the new statement beside it", async () => {
    const fake = new FakeExcel();
    const { month } = fillFromSample(fake, { grid: "sud-est-2018", producers: 3, months: 2, plain: true });
    const tables = ["Producteurs", "Livraisons", "Analyses", "PrixDeBase", "Evenements"];
    const first = await runStatements(new OfficeWorkbook(fake.host(), { tables }), { month });
    const statement = first.sheets.find(
      (s) => s.startsWith(`${month} `) && fake.model.sheet(s)!.names.items.length > 0,
    )!;
    const ws = fake.model.sheet(statement)!;
    const content = ws.getUsedRange(true).values;
    const sheetCount = fake.model.worksheets.items.length;

    ws.name = ARCHIVE; // worksheet.name is settable in Office.js; the sheet-scoped marker travels with it
    const port = new OfficeWorkbook(fake.host(), { tables });
    expect((await port.generatedSheets()).map((g) => g.name)).not.toContain(ARCHIVE);
    const second = await runStatements(port, { month });

    const names = fake.model.worksheets.items.map((s) => s.name);
    expect(names).toContain(ARCHIVE);
    expect(names).toContain(statement);
    expect(names).toHaveLength(sheetCount + 1);
    expect(second.replaced).not.toContain(ARCHIVE);
    expect(second.replaced.sort()).toEqual(first.sheets.filter((s) => s !== statement).sort());
    expect(fake.model.sheet(ARCHIVE)!.getUsedRange(true).values).toEqual(content);
    expect(fake.model.sheet(statement)!.getUsedRange(true).values).toEqual(content);
  });
});

describe("the marker's value", () => {
  it("records the key and the sheet's name; the last '/' separates them (Excel forbids '/' in sheet names)", () => {
    expect(markerFormula("2025-03", "2025-03 P1")).toBe('"2025-03/2025-03 P1"');
    expect(parseMarkerValue("2025-03/2025-03 P1")).toEqual({ key: "2025-03", sheet: "2025-03 P1" });
    expect(parseMarkerValue("a/b/Relevé")).toEqual({ key: "a/b", sheet: "Relevé" });
    expect(parseMarkerValue("2025-03")).toEqual({ key: "2025-03", sheet: null });
    expect(stillGenerated({ key: "2025-03", sheet: "2025-03 P1" }, "2025-03 p1")).toBe(true); // Excel ignores case
    expect(stillGenerated({ key: "2025-03", sheet: "2025-03 P1" }, ARCHIVE)).toBe(false);
    expect(stillGenerated({ key: "2025-03", sheet: null }, ARCHIVE)).toBe(true);
  });
});
