/**
 * Which cell formats of a styles part show dates: a workbook in the 1904 date system stores date serials 1462
 * days apart from the 1900 system the readers expect, and only its date cells are shifted.
 */
import { child, parseXml } from "../xml";

/** Built-in number formats that display dates or times. */
const DATE_BUILTINS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, "")
    .split(";")[0];
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** For each cellXfs index of styles.xml: 1 when its number format shows a date or time, else 0. */
export function dateStyleFlags(stylesXml: string): Uint8Array {
  const root = parseXml(stylesXml);
  const custom = new Map<number, string>();
  for (const nf of child(root, "numFmts")?.children ?? [])
    custom.set(Number(nf.attrs.numFmtId), nf.attrs.formatCode ?? "");
  const xfs = child(root, "cellXfs")?.children ?? [];
  const flags = new Uint8Array(xfs.length);
  xfs.forEach((xf, i) => {
    const id = Number(xf.attrs.numFmtId ?? 0);
    const code = custom.get(id);
    flags[i] = (code !== undefined ? isDateFormatCode(code) : DATE_BUILTINS.has(id)) ? 1 : 0;
  });
  return flags;
}
