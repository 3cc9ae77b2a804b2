/**
 * Writes a generated sample as an .xlsx with ExcelJS's streaming writer (fast, low memory even for the
 * 480 000-row benchmark workbook). Dates are Excel serials shown dd/mm/yyyy; the file's metadata dates are
 * fixed so that the same sample gives the same workbook.
 */
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Sample } from "./generate";

const FIXED_DATE = new Date(Date.UTC(2025, 0, 1));

export async function writeSampleXlsx(sample: Sample, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: false });
  wb.creator = "milk-pay-op sample";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const sheet of sample.sheets) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = sheet.headers.map((header, i) => ({
      header,
      width: sheet.widths[i] ?? 12,
      style: sheet.dateColumns.includes(i) ? { numFmt: "dd/mm/yyyy" } : {},
    }));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).commit();
    for (const row of sheet.rows) ws.addRow(row).commit();
    ws.commit();
  }
  await wb.commit();
  fs.renameSync(tmp, file);
}
