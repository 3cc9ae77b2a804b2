/**
 * Printing the generated sheets (issue 14): the summary at a fixed readable scale over several pages wide with
 * its header row and Code/Nom repeated on every page; wrapped header rows tall enough for their lines (Excel
 * and LibreOffice do not compute the height of a row when they open a file). Read back with ExcelJS.
 */
import { strFromU8 } from "fflate";
import { runStatements } from "../../../src/run";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { sampleWorkbook } from "../../run/fixtures";
import { MemoryWorkbook } from "../../run/memoryPort";
import { smallOp, xlsxBytes } from "../../cli/workbooks";
import { loadExcelJs, unzip } from "./fixtures";

async function runSmall(): Promise<Uint8Array> {
  const wb = XlsxWorkbook.open(await xlsxBytes(smallOp()));
  await runStatements(wb, { month: "2025-03" });
  return wb.toBytes();
}

describe("summary print setup", () => {
  it("prints landscape at 90 % (no fit to one page wide), header row and Code/Nom on every page", async () => {
    const out = await runSmall();
    const x = await loadExcelJs(out);
    const sum = x.getWorksheet("Synthèse 2025-03")!;
    expect(sum.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", scale: 90 });
    expect(sum.pageSetup.fitToPage).toBeFalsy();
    const wbXml = strFromU8(unzip(out)["xl/workbook.xml"]);
    expect(wbXml).toMatch(
      /<definedName name="_xlnm.Print_Titles" localSheetId="\d+">'Synthèse 2025-03'!\$A:\$B,'Synthèse 2025-03'!\$4:\$4<\/definedName>/,
    );
    // Row 4 is the header row.
    expect(sum.getCell("A4").value).toBe("Code");
    expect(sum.getCell("B4").value).toBe("Nom");
  });

  it("keeps the statements fit to one page, without print titles", async () => {
    const x = await loadExcelJs(await runSmall());
    const st = x.getWorksheet("2025-03 P1")!;
    expect(st.pageSetup).toMatchObject({ orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
  });
});

describe("wrapped header rows", () => {
  it("are written with a height for all their lines, other rows keep Excel's default", async () => {
    const x = await loadExcelJs(await runSmall());
    const st = x.getWorksheet("2025-03 P1")!;
    // "Taux (€/1000 L)" in a 12-character column wraps on two lines: 2 × 15 pt.
    let priceHeader = 0;
    st.eachRow((row, n) => {
      if (row.getCell(1).value === "Composante") priceHeader = n;
    });
    expect(priceHeader).toBeGreaterThan(0);
    expect(st.getRow(priceHeader).height).toBe(30);
    expect(st.getRow(priceHeader + 1).height).toBeUndefined();
  });

  it("the statement's columns are wide enough for the texts the sheet puts in them", async () => {
    const { workbook } = sampleWorkbook({ grid: "sud-est-2018", producers: 30 });
    const port: MemoryWorkbook = workbook;
    await runStatements(port, { month: "2025-03" });
    const sheet = port.output("2025-03 P001");
    const widths = sheet.columnWidths!;
    // Text in a column with a filled cell to its right is cut when printed: it must fit its column. Texts of
    // the last filled cell may run into the empty columns after it (up to H).
    for (const row of sheet.rows) {
      if (!row) continue;
      row.forEach((cell, i) => {
        if (
          typeof cell?.value !== "string" ||
          cell.style === "header" ||
          cell.style === "title" ||
          cell.style === "note"
        )
          return;
        let room = 0;
        let j = i;
        do room += widths[j++];
        while (j < widths.length && (row[j] === undefined || row[j]?.value === null));
        // Calibri: a lowercase text takes about 0,85 of its characters' count in column-width units.
        expect({ text: cell.value, fits: cell.value.length * 0.85 <= room }).toEqual({ text: cell.value, fits: true });
      });
    }
  });
});
