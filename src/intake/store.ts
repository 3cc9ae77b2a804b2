/**
 * What the import keeps in the workbook, in two sheets written with the port's writeSheets (so both ports
 * can write them, and they carry the generated-sheet marker with the key "import"):
 *
 * - « Import mappings »: one row per saved mapping — Nom | Type | Correspondance (the mapping as JSON, see
 *   Mapping in mapping.ts). Next month's import of the same lab's file is then one click (or
 *   `--mapping NAME` on the command line). The sheet is rewritten whole when a mapping is saved.
 * - « Import rejets »: every rejected row of every import, newest last — Date import | Fichier | Type |
 *   Ligne | Contenu | Motif. Earlier rejects are kept: the sheet is read back and rewritten with the new ones
 *   added.
 *
 * A user sheet of either name (without the marker) is never replaced: the import stops before writing.
 * The headers and sheet names are French in every language; a reject's Contenu note, its Motif and a mapping's
 * Type are messages, worded in the language of the session that wrote them (src/messages/intake.*.ts).
 *
 * Both sheets are visible on purpose: the accountant can see which mappings exist, delete one (delete its
 * row) and show the rejects to the lab; a hidden sheet would keep data in the workbook that nobody sees.
 */
import { NoValue, type CellValue, type OutputSheet, type WorkbookPort } from "../workbook/port";
import { Bad, normalizeKey, parseText } from "../inputs";
import { message, t, type MessageKey } from "../messages";
import { checkMapping, type ImportKind, type Mapping } from "./mapping";
import { ImportError } from "./errors";

export const IMPORT_KEY = "import";
export const MAPPINGS_SHEET = "Import mappings";
export const REJECTS_SHEET = "Import rejets";

export interface SavedMapping {
  name: string;
  mapping: Mapping;
}

/** The mappings saved in the workbook (a row that cannot be read is skipped). */
export async function loadMappings(port: WorkbookPort): Promise<SavedMapping[]> {
  const table = await port.readTable(MAPPINGS_SHEET);
  if (!table) return [];
  const keys = table.headers.map((h) => normalizeKey(h));
  const iName = keys.indexOf("nom");
  const iJson = keys.indexOf("correspondance");
  if (iName < 0 || iJson < 0) return [];
  const out: SavedMapping[] = [];
  for (const { values } of table.rows) {
    const name = parseText(values[iName] ?? null);
    const json = values[iJson];
    if (name === null || name instanceof Bad || typeof json !== "string") continue;
    try {
      out.push({ name, mapping: checkMapping(JSON.parse(json)) });
    } catch {
      /* a damaged row is not a mapping */
    }
  }
  return out;
}

export async function findMapping(port: WorkbookPort, name: string, kind?: ImportKind): Promise<Mapping> {
  const list = await loadMappings(port);
  const found = list.find(
    (m) => normalizeKey(m.name) === normalizeKey(name) && (kind === undefined || m.mapping.kind === kind),
  );
  if (!found) {
    const names = list.filter((m) => kind === undefined || m.mapping.kind === kind).map((m) => m.name);
    const saved = names.join(", ") || message("intake.mapping.noneSaved");
    throw new ImportError(t("intake.mapping.notFound", { name, sheet: MAPPINGS_SHEET, names: saved }));
  }
  return found.mapping;
}

/** The list with `name` added or replaced (names compared case- and accent-insensitively). */
export function withMapping(list: SavedMapping[], name: string, mapping: Mapping): SavedMapping[] {
  const out = list.filter((m) => normalizeKey(m.name) !== normalizeKey(name));
  out.push({ name: name.trim(), mapping });
  return out;
}

/** The Type column: what a mapping imports, worded when the sheet is written. */
const KIND_LABEL: Record<ImportKind, MessageKey> = {
  analyses: "intake.kind.analyses",
  livraisons: "intake.kind.livraisons",
};

export function mappingsSheet(list: SavedMapping[]): OutputSheet {
  return {
    name: MAPPINGS_SHEET,
    columnWidths: [28, 22, 100],
    rows: [
      [
        { value: "Nom", style: "header" },
        { value: "Type", style: "header" },
        { value: "Correspondance", style: "header" },
      ],
      ...list.map((m) => [
        { value: m.name, style: "text" as const },
        { value: t(KIND_LABEL[m.mapping.kind]), style: "text" as const },
        { value: JSON.stringify(m.mapping), style: "text" as const },
      ]),
    ],
  };
}

export interface RejectRow {
  stamp: string;
  file: string;
  kind: ImportKind;
  line: number;
  raw: string;
  reason: string;
}

const REJECT_HEADERS = ["Date import", "Fichier", "Type", "Ligne", "Contenu", "Motif"];

/** Rows already in « Import rejets » (as cells, to be written back unchanged). */
export async function loadRejects(port: WorkbookPort): Promise<CellValue[][]> {
  const table = await port.readTable(REJECTS_SHEET);
  if (!table) return [];
  return table.rows.map((r) => REJECT_HEADERS.map((_, i) => r.values[i] ?? null));
}

export function rejectsSheet(previous: CellValue[][], added: RejectRow[]): OutputSheet {
  // A cell that held an Excel error is written back as its code (« #N/A »): the list keeps what it had.
  const cell = (v: CellValue, i: number) => ({
    value: v instanceof NoValue ? v.code || null : v,
    style: i === 3 && typeof v === "number" ? ("count" as const) : ("text" as const),
  });
  return {
    name: REJECTS_SHEET,
    columnWidths: [17, 28, 11, 8, 60, 80],
    rows: [
      REJECT_HEADERS.map((h) => ({ value: h, style: "header" as const })),
      ...previous.map((r) => r.map(cell)),
      ...added.map((r) => [r.stamp, r.file, r.kind, r.line, r.raw, r.reason].map(cell)),
    ],
  };
}

/** The generated sheets among these names; throws if one of them is a user's sheet. */
export async function replaceable(port: WorkbookPort, names: string[]): Promise<string[]> {
  const generated = new Set((await port.generatedSheets()).map((g) => normalizeKey(g.name)));
  const existing = await port.sheetNames();
  const out: string[] = [];
  for (const name of names) {
    const actual = existing.find((n) => normalizeKey(n) === normalizeKey(name));
    if (actual === undefined) continue;
    if (!generated.has(normalizeKey(actual))) {
      throw new ImportError(t("intake.userSheet", { sheet: actual }));
    }
    out.push(actual);
  }
  return out;
}
