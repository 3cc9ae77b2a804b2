import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { guessMapping, importFile, openSource } from "../../src/intake";
import { enc, opWorkbook } from "./fixtures";

test("appended rows are read by another reader (ExcelJS): every cell has its reference", async () => {
  const wb = XlsxWorkbook.open(await opWorkbook());
  const src = openSource(
    "lab.csv",
    enc("Date;Code;Critère;Valeur\n17/03/2025;P1;MG;41,5\n17/03/2025;P2;Inhibiteurs;négatif\n"),
  );
  await importFile(wb, src, guessMapping(src.headers, "analyses"), "analyses");
  const x = new ExcelJS.Workbook();
  await x.xlsx.load(Buffer.from(wb.toBytes()) as never);
  const ws = x.getWorksheet("Analyses")!;
  expect([3, 4].map((r) => [1, 2, 3, 4].map((c) => ws.getRow(r).getCell(c).value))).toEqual([
    [new Date(Date.UTC(2025, 2, 17)), "P1", "MG", 41.5],
    [new Date(Date.UTC(2025, 2, 17)), "P2", "INHIBITEURS", "négatif"],
  ]);
});
