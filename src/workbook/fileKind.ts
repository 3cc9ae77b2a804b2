/**
 * What a file given as the workbook really is, told from its first bytes before anything tries to unzip it —
 * so that a password-protected workbook, an .xls, an .ods or a CSV each get their own message instead of
 * « not a zip file ». Used by every command-line tool and the standalone page (no Node import).
 *
 *   zip (PK\3\4 or PK\5\6) whose first entry is `mimetype` = application/vnd.oasis.opendocument…  → "ods"
 *   any other zip                                                                      → "xlsx" (the port checks the rest)
 *   OLE2 compound file (D0 CF 11 E0 A1 B1 1A E1) with an EncryptedPackage stream      → "encrypted"
 *     (Excel saves a password-protected .xlsx as an OLE2 file holding EncryptionInfo + EncryptedPackage)
 *   any other OLE2 compound file                                                       → "xls" (Excel 97-2003)
 *   text: no NUL byte and under 1 % control characters in the first 8 KB, or a UTF-16 BOM → "csv"
 *   nothing                                                                            → "empty"
 *   anything else                                                                      → "unknown"
 *
 * The OLE2 stream is found by its directory entry's name (UTF-16LE "EncryptedPackage") anywhere in the file
 * rather than by walking the directory's sector chain: directory entries hold names in exactly this form,
 * and a false match would need that UTF-16 text inside an .xls — then the message would still say what to do.
 */
export type FileKind = "xlsx" | "ods" | "encrypted" | "xls" | "csv" | "empty" | "unknown";

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_MIME = "application/vnd.oasis.opendocument";

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  return prefix.every((b, i) => bytes[at + i] === b);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  let s = "";
  for (let i = from; i < Math.min(to, bytes.length); i++) s += String.fromCharCode(bytes[i]);
  return s;
}

/** Whether the UTF-16LE form of `name` occurs in `bytes`. */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (let i = 0; i + name.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++)
      if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

export function fileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    // OpenDocument: the first entry is "mimetype", stored, its content right after the 30-byte header + name.
    const nameLength = bytes.length > 27 ? bytes[26] | (bytes[27] << 8) : 0;
    if (ascii(bytes, 30, 30 + nameLength) === "mimetype" && ascii(bytes, 0, 200).includes(ODS_MIME)) return "ods";
    return "xlsx";
  }
  if (startsWith(bytes, OLE2))
    return hasUtf16Name(bytes, "EncryptedPackage") || hasUtf16Name(bytes, "EncryptionInfo") ? "encrypted" : "xls";
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return "csv";
  return looksLikeText(bytes.subarray(0, 8192)) ? "csv" : "unknown";
}

/** No NUL byte and almost no control characters other than tab, CR, LF (a PDF's or an image's bytes have many). */
function looksLikeText(head: Uint8Array): boolean {
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control <= head.length / 100;
}

/** The catalogue key of the message for a file that is not an .xlsx workbook (null for "xlsx"). */
export function fileKindMessage(
  kind: FileKind,
): "input.ods" | "input.encrypted" | "input.xls" | "input.csv" | "input.empty" | "input.unknown" | null {
  return kind === "xlsx" ? null : (`input.${kind}` as const);
}
