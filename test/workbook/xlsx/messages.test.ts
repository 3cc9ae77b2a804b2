/**
 * What a damaged file makes the .xlsx port say: the catalogue's French message naming the part or the sheet
 * and what to do, never the words of fflate or of the XML parser (issue 11).
 */
import { readZip } from "../../../src/workbook/xlsx/zip/zip";
import { writeZip } from "../../../src/workbook/xlsx/zip/zipWrite";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { editText, excelJsBytes, text } from "./fixtures";

const RESAVE =
  "ouvrez-le dans Excel et enregistrez-le de nouveau en .xlsx (Fichier > Enregistrer sous > Classeur Excel)";

async function small(): Promise<Uint8Array> {
  return excelJsBytes((wb) => {
    const ws = wb.addWorksheet("Livraisons");
    ws.addRow(["Date", "Code", "Volume"]);
    for (let i = 0; i < 50; i++) ws.addRow(["03/03/2025", `P${i}`, 1000 + i]);
  });
}

describe("a damaged .xlsx gets the catalogue's French message", () => {
  it("a sheet whose compressed bytes are garbage: the zip entry is named", async () => {
    const entries = readZip(await small());
    const sheet = entries.find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    expect(sheet.method).toBe(8);
    // Block type 3 (bits 1-2 = 11) does not exist in deflate: every inflater refuses it.
    sheet.data = Uint8Array.from([0x07, ...sheet.data.subarray(1)]);
    const wb = XlsxWorkbook.open(writeZip(entries));
    await expect(wb.readTable("Livraisons")).rejects.toThrow(
      `le classeur est endommagé (élément « xl/worksheets/sheet1.xml » de l'archive zip abîmé) : ${RESAVE}`,
    );
  });

  it("a sheet cut in the middle of a row: the sheet is named", async () => {
    const bytes = await small();
    const cut = editText(bytes, "xl/worksheets/sheet1.xml", (s) => s.slice(0, s.indexOf('<row r="30"') + 20));
    const wb = XlsxWorkbook.open(cut);
    await expect(wb.readTable("Livraisons")).rejects.toThrow(
      `le classeur est endommagé (la feuille « Livraisons » s'arrête au milieu d'une ligne) : ${RESAVE}`,
    );
  });

  it("a malformed workbook.xml: the XML fault in XML's own tokens", async () => {
    const bytes = await small();
    expect(text(bytes, "xl/workbook.xml")).toContain("</workbook>");
    const broken = editText(bytes, "xl/workbook.xml", (s) => s.replace("</workbook>", ""));
    expect(() => XlsxWorkbook.open(broken).sheetNamesSync()).toThrow(
      `le classeur est endommagé (XML mal formé : élément <workbook> jamais fermé) : ${RESAVE}`,
    );
  });
});
