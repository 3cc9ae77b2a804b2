/** Workbooks and lab files for the intake tests, built in the test (no binary fixtures). */
import { xlsxBytes, type OpSheets } from "../cli/workbooks";
import { XlsxWorkbook } from "../../src/workbook/xlsx";

/** An OP with four producers: P1 and P2 (sud-est, g/l), M1 (mooh, %), P9 without consent; EDE numbers. */
export function opSheets(): OpSheets {
  return {
    Producteurs: [
      ["Code", "Nom", "Grille", "Consentement", "EDE"],
      ["P1", "Martin", "sud-est-2018", "oui", "01234567"],
      ["P2", "Durand", "", "", "01234568"],
      ["M1", "Müller", "mooh-2025", "oui", ""],
      ["P9", "Refus", "", "non", ""],
    ],
    Livraisons: [["Date", "Code", "Volume", "Heure"], ["03/03/2025", "P1", 5000, "06:30"]],
    Analyses: [["Date", "Code", "Critère", "Valeur"], ["03/03/2025", "P1", "MG", 40]],
    PrixDeBase: [["Mois", "Grille", "Prix"], ["2025-03", "sud-est-2018", 450]],
  };
}

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
