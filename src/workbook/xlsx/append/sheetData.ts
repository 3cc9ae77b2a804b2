/**
 * Where the rows are in a worksheet part's bytes, found without parsing it: the <sheetData> element, its last
 * <row> and that row's number. For appending rows to a sheet of any size.
 */
import { t } from "../../../messages";

const utf8 = new TextDecoder("utf-8");

function ascii(s: string): number[] {
  return Array.from(s, (c) => c.charCodeAt(0));
}

function matchAt(buf: Uint8Array, at: number, pat: number[]): boolean {
  if (at < 0 || at + pat.length > buf.length) return false;
  for (let k = 0; k < pat.length; k++) if (buf[at + k] !== pat[k]) return false;
  return true;
}

function indexOfBytes(buf: Uint8Array, pat: number[], from = 0): number {
  const first = pat[0];
  for (let i = buf.indexOf(first, from); i >= 0 && i + pat.length <= buf.length; i = buf.indexOf(first, i + 1)) {
    if (matchAt(buf, i, pat)) return i;
  }
  return -1;
}

function lastIndexOfBytes(buf: Uint8Array, pat: number[], before = buf.length): number {
  const first = pat[0];
  for (let i = buf.lastIndexOf(first, before - 1); i >= 0; i = i > 0 ? buf.lastIndexOf(first, i - 1) : -1) {
    if (matchAt(buf, i, pat)) return i;
  }
  return -1;
}

const SHEET_DATA = ascii("sheetData");
const LT = 60;
const GT = 62;

/** Whether byte `b` ends a tag name (so that `<row` is not `<rowX`). */
function endsName(b: number): boolean {
  return b === 32 || b === GT || b === 47 || b === 9 || b === 10 || b === 13;
}

/** Where sheetData is: the namespace prefix, the end of the opening tag, where rows may be inserted. */
export interface SheetDataSpot {
  prefix: string;
  /** Offset of "<" of the opening tag. */
  openStart: number;
  /** Offset after the opening tag's ">". */
  openEnd: number;
  selfClosing: boolean;
  /** Offset of "<" of the closing tag (= openEnd when self-closing). */
  closeStart: number;
}

export function findSheetData(xml: Uint8Array, sheet: string): SheetDataSpot {
  const nameAt = indexOfBytes(xml, SHEET_DATA);
  if (nameAt < 0) throw new Error(t("workbook.sheetDataMissing", { sheet }));
  let lt = nameAt - 1;
  while (lt >= 0 && xml[lt] !== LT) lt--;
  const prefix = utf8.decode(xml.subarray(lt + 1, nameAt));
  const gt = xml.indexOf(GT, nameAt);
  if (lt < 0 || gt < 0) throw new Error(t("workbook.sheetDataMissing", { sheet }));
  const selfClosing = xml[gt - 1] === 47;
  if (selfClosing) return { prefix, openStart: lt, openEnd: gt + 1, selfClosing, closeStart: gt + 1 };
  const close = lastIndexOfBytes(xml, ascii(`</${prefix}sheetData`));
  if (close < 0) throw new Error(t("workbook.sheetDataMissing", { sheet }));
  return { prefix, openStart: lt, openEnd: gt + 1, selfClosing, closeStart: close };
}

/** Offset of the last `<row` start tag in sheetData, -1 when it has none. */
function lastRowStart(xml: Uint8Array, spot: SheetDataSpot): number {
  if (spot.selfClosing) return -1;
  const tag = ascii(`<${spot.prefix}row`);
  let at = lastIndexOfBytes(xml, tag, spot.closeStart);
  while (at >= spot.openEnd && !endsName(xml[at + tag.length])) at = lastIndexOfBytes(xml, tag, at);
  return at >= spot.openEnd ? at : -1;
}

/** The number of the last row in sheetData (0 when empty). */
export function lastRowNumber(xml: Uint8Array, spot: SheetDataSpot): number {
  const at = lastRowStart(xml, spot);
  if (at < 0) return 0;
  const end = xml.indexOf(GT, at);
  const head = utf8.decode(xml.subarray(at, end));
  const m = /\sr\s*=\s*["'](\d+)["']/.exec(head);
  if (m) return Number(m[1]);
  // Rows without numbers follow each other: count them all.
  const tag = ascii(`<${spot.prefix}row`);
  let n = 0;
  for (let i = indexOfBytes(xml, tag, spot.openEnd); i >= 0 && i < spot.closeStart; i = indexOfBytes(xml, tag, i + 1))
    if (endsName(xml[i + tag.length])) n++;
  return n;
}

/** The bytes of the last `<row>` element of sheetData ([start, end)), or null when it has none. */
export function lastRowSpan(xml: Uint8Array, spot: SheetDataSpot): { start: number; end: number } | null {
  const at = lastRowStart(xml, spot);
  if (at < 0) return null;
  const gt = xml.indexOf(GT, at);
  if (xml[gt - 1] === 47) return { start: at, end: gt + 1 };
  const close = indexOfBytes(xml, ascii(`</${spot.prefix}row>`), gt);
  return close < 0 ? null : { start: at, end: close + spot.prefix.length + 6 };
}
