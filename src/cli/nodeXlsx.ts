/**
 * The .xlsx port's options on Node: zlib's native deflate and CRC-32 instead of the pure-JS defaults that the
 * browser page uses (several times faster on big parts: an import's 20 MB Analyses sheet is checksummed in
 * ~9 ms instead of ~115 ms).
 *
 * Parts of 4 MB and more (a sheet after a 100 000-row import) are deflated at level 1: about 3.5 times
 * faster than the default level 6 for ~15 % more bytes; Excel compresses the file again when it saves it.
 */
import * as zlib from "node:zlib";
import { t } from "../messages";
import { fileKind, fileKindMessage } from "../workbook/fileKind";
import { XlsxWorkbook, type XlsxOptions } from "../workbook/xlsx";
import { oneLine } from "./common";

const BIG_PART = 4 << 20;

/** zlib.crc32 appeared in Node 20.15 / 22.2; older Nodes use the port's JS checksum. */
const nativeCrc32 = (zlib as unknown as { crc32?: (data: Uint8Array) => number }).crc32;

export const NODE_XLSX_OPTIONS: XlsxOptions = {
  deflateRaw: (d) => zlib.deflateRawSync(d, { level: d.length >= BIG_PART ? 1 : 6 }),
  crc32: nativeCrc32 ? (d) => nativeCrc32(d) : undefined,
};

/**
 * The workbook of an .xlsx file's bytes, with the options above, or why it cannot be read (one line): a
 * password-protected workbook, an .xls, an .ods or a CSV is told apart before unzipping (fileKind.ts).
 */
export function openWorkbook(file: string, bytes: Uint8Array): XlsxWorkbook | string {
  const wrongKind = fileKindMessage(fileKind(bytes));
  if (wrongKind) return t(wrongKind, { file });
  try {
    return XlsxWorkbook.open(bytes, NODE_XLSX_OPTIONS);
  } catch (e) {
    return t("input.notWorkbook", { file, reason: oneLine((e as Error).message) });
  }
}
