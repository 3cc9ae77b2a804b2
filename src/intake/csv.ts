/**
 * CSV as labs and buyers send it, French conventions detected, not assumed:
 * - encoding: a BOM says UTF-8 (or UTF-16); otherwise the bytes are UTF-8 when they are valid UTF-8, else
 *   Windows-1252 (the superset of Latin-1 that Excel "CSV (séparateur : point-virgule)" writes in France);
 * - separator: `;`, `,`, tab or `|`, the one found the same number of times (outside quotes) on most of the
 *   first lines;
 * - RFC 4180 quotes ("a;b", "say ""hi""", line breaks inside quotes); CRLF, LF or CR line ends.
 * Values stay text (a blank field is null): numbers and dates are read later by src/inputs/cell.ts, the same
 * parser the statement run uses (decimal comma, thousands separators, dd/mm/yyyy).
 *
 * Hot path (100 000-line files): one pass over the decoded text, `indexOf` hops for unquoted fields.
 */
import { t, type MessageKey } from "../messages";

export type Separator = ";" | "," | "\t" | "|";
export type Encoding = "utf-8" | "utf-8-bom" | "windows-1252" | "utf-16le" | "utf-16be";

export interface CsvRecord {
  /** 1-based physical line where the record starts. */
  line: number;
  /** Fields as text; a blank field is null. */
  fields: (string | null)[];
  /** Offsets of the record in `CsvText.text` (for the raw line of a reject). */
  start: number;
  end: number;
}

export interface CsvText {
  text: string;
  encoding: Encoding;
  separator: Separator;
  records: CsvRecord[];
}

const SEPARATORS: Separator[] = [";", "\t", ",", "|"];

/** Bytes → text, with the encoding it was read as. */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  // Plain ASCII is the common case and decodes the same either way.
  let ascii = true;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return { text: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}

/** Counts of each candidate separator outside quotes, line by line, over the first `maxLines` lines. */
function separatorCounts(text: string, maxLines: number): Map<Separator, number[]> {
  const counts = new Map<Separator, number[]>(SEPARATORS.map((s) => [s, []]));
  const current = new Map<Separator, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  let lines = 0;
  let lineHasText = false;
  const endLine = () => {
    if (lineHasText) {
      for (const s of SEPARATORS) counts.get(s)!.push(current.get(s)!);
      lines++;
    }
    for (const s of SEPARATORS) current.set(s, 0);
    lineHasText = false;
  };
  for (let i = 0; i < text.length && lines < maxLines; i++) {
    const c = text[i];
    if (c === '"') {
      quoted = !quoted;
      lineHasText = true;
    } else if (!quoted && (c === "\n" || c === "\r")) {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endLine();
    } else if (!quoted && (c === ";" || c === "\t" || c === "," || c === "|")) {
      current.set(c, current.get(c)! + 1);
      lineHasText = true;
    } else if (c !== " ") lineHasText = true;
  }
  if (lines < maxLines) endLine();
  return counts;
}

/**
 * The separator found the same, non-zero number of times on the most lines (ties: `;` before tab before `,`
 * before `|`, the French order). A file of one column has no separator: `;` is returned.
 */
export function detectSeparator(text: string, maxLines = 30): Separator {
  const counts = separatorCounts(text, maxLines);
  let best: Separator = ";";
  let bestScore = 0;
  for (const s of SEPARATORS) {
    const list = counts.get(s)!;
    const freq = new Map<number, number>();
    for (const n of list) if (n > 0) freq.set(n, (freq.get(n) ?? 0) + 1);
    let score = 0;
    for (const f of freq.values()) if (f > score) score = f;
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

/** Where the unquoted text of a field that starts at `i` ends: at the separator or the line end. */
function fieldEnd(text: string, i: number, sepCode: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === sepCode || c === 10 || c === 13) break;
    i++;
  }
  return i;
}

/** Splits text into records (RFC 4180 quotes); blank lines are skipped. */
export function splitRecords(text: string, sep: Separator): CsvRecord[] {
  const records: CsvRecord[] = [];
  const n = text.length;
  const sepCode = sep.charCodeAt(0);
  let i = 0;
  let line = 1;
  while (i < n) {
    const start = i;
    const startLine = line;
    const fields: (string | null)[] = [];
    let blank = true;
    // One record.
    for (;;) {
      // One field starting at i.
      if (i < n && text.charCodeAt(i) === 34) {
        // Quoted field.
        let value = "";
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) {
            // Unterminated quote: the rest of the file is the field (reported as such by the caller's checks).
            value += text.slice(i);
            i = n;
            break;
          }
          const chunk = text.slice(i, q);
          for (let k = 0; k < chunk.length; k++) if (chunk.charCodeAt(k) === 10) line++;
          value += chunk;
          if (text.charCodeAt(q + 1) === 34) {
            value += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        // Text between the closing quote and the separator is kept as typed (never dropped).
        const j = fieldEnd(text, i, sepCode);
        if (j > i) value += text.slice(i, j);
        i = j;
        const trimmed = value.trim();
        fields.push(trimmed === "" ? null : value);
        if (trimmed !== "") blank = false;
      } else {
        const j = fieldEnd(text, i, sepCode);
        const value = text.slice(i, j);
        if (value.length === 0 || value.trim() === "") fields.push(null);
        else {
          fields.push(value);
          blank = false;
        }
        i = j;
      }
      if (i < n && text.charCodeAt(i) === sepCode) {
        i++;
        continue;
      }
      break;
    }
    const end = i;
    // Line end.
    if (i < n) {
      if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i += 2;
      else i++;
      line++;
    }
    if (!blank) records.push({ line: startLine, fields, start, end });
  }
  return records;
}

/** Decodes, detects the separator and splits: the whole CSV parser. */
export function parseCsv(bytes: Uint8Array, separator?: Separator): CsvText {
  const { text, encoding } = decodeBytes(bytes);
  const sep = separator ?? detectSeparator(text);
  return { text, encoding, separator: sep, records: splitRecords(text, sep) };
}

const SEPARATOR_NAMES: Record<Separator, MessageKey> = {
  ";": "intake.separator.semicolon",
  ",": "intake.separator.comma",
  "\t": "intake.separator.tab",
  "|": "intake.separator.pipe",
};

/** The separator's name in the language in use (« point-virgule », "semicolon"). */
export function separatorName(sep: Separator): string {
  return t(SEPARATOR_NAMES[sep] ?? "intake.separator.pipe");
}
