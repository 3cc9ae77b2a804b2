/** Workbooks and lab files for the intake tests, built in the test (no binary fixtures). */
import { xlsxBytes, type OpSheets } from "../cli/workbooks";
import { opSheets } from "./sheets";

export { opSheets };
import { XlsxWorkbook } from "../../src/workbook/xlsx";

export async function opWorkbook(sheets: OpSheets = opSheets()): Promise<Uint8Array> {
  return xlsxBytes(sheets);
}

export const enc = (s: string) => new TextEncoder().encode(s);
export const withBom = (s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...enc(s)]);

/** Windows-1252 bytes of a text (é, è, à, °, µ… are single bytes). */
export function cp1252(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c < 0x100) out.push(c);
    else if (c === 0x20ac) out.push(0x80);
    else if (c === 0x2019) out.push(0x92);
    else throw new Error(`not in cp1252: ${ch}`);
  }
  return new Uint8Array(out);
}

/** Reopens the bytes of a workbook (as a user opening the output would). */
export function reopen(wb: XlsxWorkbook): XlsxWorkbook {
  return XlsxWorkbook.open(wb.toBytes());
}
