/**
 * A lab's results file for the browser tests, written as Infolabo exports it (Windows-1252, « ; », decimal
 * comma, dd/mm/yyyy): new results for consenting producers of the workbook on days of the month they have
 * none (so they are imported, not conflicts), and one line of a producer the workbook does not know
 * (rejected).
 */
import type { IsoDate } from "../../src/engine";
import { isoToSerial } from "../../src/inputs";
import { ProducerIndex } from "../../src/intake";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { cp1252 } from "../intake/fixtures";

export interface LabFile {
  name: string;
  bytes: Uint8Array;
  /** The file's lines (header first). */
  lines: string[];
  /** Results that go in, and lines rejected. */
  imported: number;
  rejected: number;
}

const ddmmyyyy = (d: IsoDate) => d.split("-").reverse().join("/");

export async function labFile(workbook: Uint8Array, month: string, name = "infolabo.csv"): Promise<LabFile> {
  const wb = XlsxWorkbook.open(workbook);
  const producers = (await wb.readTable("Producteurs"))!;
  const index = new ProducerIndex(producers);
  const consenting = producers.rows.map((r) => String(r.values[0])).filter((c) => index.find(c)?.consent);
  const taken = new Set((await wb.readTable("Analyses"))!.rows.map((r) => `${r.values[0]}|${r.values[1]}`));
  const days = Array.from({ length: 28 }, (_, i) => `${month}-${String(i + 1).padStart(2, "0")}` as IsoDate);
  const picks = consenting.slice(0, 2).map((code) => ({
    code,
    day: [...days].reverse().find((d) => !taken.has(`${isoToSerial(d)}|${code}`))!,
  }));
  const results = [
    `${picks[0].code};${ddmmyyyy(picks[0].day)};MG;45,3`,
    `${picks[0].code};${ddmmyyyy(picks[0].day)};MP;34,8`,
    `${picks[1].code};${ddmmyyyy(picks[1].day)};MG;36,9`,
  ];
  const lines = [
    "N° producteur;Date de prélèvement;Critère;Résultat",
    ...results,
    `P999;${ddmmyyyy(picks[0].day)};MG;40,1`,
  ];
  return { name, bytes: cp1252(lines.join("\r\n") + "\r\n"), lines, imported: results.length, rejected: 1 };
}
