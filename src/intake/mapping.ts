/**
 * Which column of the file holds what. Labs and buyers send different layouts, so nothing is assumed: each
 * header is guessed (case-, accent- and unit-insensitive: "N° producteur", "Date de prélèvement",
 * "MG (g/l)"), the person confirms or corrects, and the mapping is saved by name in the workbook (store.ts).
 *
 * Results come in two layouts, both landing as rows of Analyses:
 * - long: one row per result, with a criterion column and a value column;
 * - wide: one row per sample, one column per criterion (MG, TB, MP, TP, Germes, Cellules, Butyriques,
 *   Spores, Cryoscopie / Point de congélation, Inhibiteurs / Antibiotiques…).
 * A mapping names columns by their header text, not their position: next month's file may move them.
 */
import type { Criterion } from "../engine";
import { Bad, normalizeKey, parseCriterion } from "../inputs";
import { headerKey } from "../inputs/columns";
import { message, t, type MessageKey } from "../messages";
import { ImportError } from "./errors";

export type ImportKind = "analyses" | "livraisons";
export type Field = "date" | "code" | "criterion" | "value" | "validated" | "volume" | "time" | "temperature" | "place";
export type ContentUnit = "g/l" | "%";

export interface Mapping {
  kind: ImportKind;
  /** Analyses: long (criterion + value columns) or wide (one column per criterion). Livraisons: long. */
  layout: "long" | "wide";
  /** Field → header of the file. */
  columns: Partial<Record<Field, string>>;
  /** Wide layout: header of the file → criterion. */
  criteria: Record<string, Criterion>;
}

/** Each field's name for the person (« Code producteur »): catalogue keys intake.field.*. */
const FIELD_LABELS: Record<Field, MessageKey> = {
  date: "intake.field.date",
  code: "intake.field.code",
  criterion: "intake.field.criterion",
  value: "intake.field.value",
  validated: "intake.field.validated",
  volume: "intake.field.volume",
  time: "intake.field.time",
  temperature: "intake.field.temperature",
  place: "intake.field.place",
};

/** A field's name in the language in use (« Code producteur », "Producer code"). */
export function fieldLabel(field: Field): string {
  return t(FIELD_LABELS[field]);
}

export interface FieldSpec {
  field: Field;
  required: boolean;
  /** The field's name, worded when read (fieldLabel): the language in use, not the one at load time. */
  readonly label: string;
}

function spec(field: Field, required: boolean): FieldSpec {
  return {
    field,
    required,
    get label() {
      return fieldLabel(field);
    },
  };
}

/** The fields of each kind, required first. */
export const FIELDS: Record<ImportKind, FieldSpec[]> = {
  analyses: [
    spec("date", true),
    spec("code", true),
    spec("criterion", true),
    spec("value", true),
    // Infolabo marks results validated or not; only validated results are paid on (Analyses' Validé).
    spec("validated", false),
  ],
  livraisons: [
    spec("date", true),
    spec("code", true),
    spec("volume", true),
    spec("time", false),
    spec("temperature", false),
    spec("place", false),
  ],
};

/** Exact header keys (headerKey form) per field. */
const EXACT: Record<Field, string[]> = {
  date: [
    "date",
    "date prelevement",
    "date de prelevement",
    "date du prelevement",
    "date analyse",
    "date d analyse",
    "date de l analyse",
    "date collecte",
    "date de collecte",
    "date livraison",
    "date de livraison",
    "date ramassage",
    "date de ramassage",
    "date echantillon",
    "jour",
  ],
  code: [
    "code",
    "code producteur",
    "n producteur",
    "no producteur",
    "num producteur",
    "numero producteur",
    "numero de producteur",
    "n de producteur",
    "producteur",
    "code adherent",
    "adherent",
    "n adherent",
    "ede",
    "n ede",
    "no ede",
    "numero ede",
    "code ede",
    "n cheptel",
    "cheptel",
    "code exploitation",
    "n exploitation",
    "exploitation",
    "matricule",
  ],
  criterion: [
    "critere",
    "code critere",
    "parametre",
    "code parametre",
    "analyse",
    "type analyse",
    "type d analyse",
    "code analyse",
    "libelle analyse",
    "determination",
    "criterion",
  ],
  validated: ["valide", "validation", "resultat valide", "statut validation", "etat validation", "validated"],
  value: ["valeur", "resultat", "result", "value", "mesure", "valeur mesuree", "resultat analyse", "resultat brut"],
  volume: [
    "volume",
    "quantite",
    "qte",
    "litres",
    "volume collecte",
    "volume livre",
    "quantite collectee",
    "quantite livree",
    "poids",
    "kg",
  ],
  time: ["heure", "heure collecte", "heure de collecte", "heure ramassage", "heure de ramassage"],
  temperature: ["temperature", "temp", "temperature lait", "temperature du lait"],
  place: ["lieu", "lieu de collecte", "lieu collecte", "site"],
};

/** Words that, inside a header, point at a field (second pass, for headers not matched exactly). */
const CONTAINS: [Field, RegExp][] = [
  ["date", /\bdate\b/],
  ["code", /\b(producteur|ede|adherent|cheptel)\b/],
  ["criterion", /\b(critere|parametre)\b/],
  ["value", /\b(valeur|resultat)\b/],
  ["validated", /\bvalid(e|ation)\b/],
  ["volume", /\b(volume|quantite|litres)\b/],
  ["time", /\bheure\b/],
  ["temperature", /\btemperature\b/],
  ["place", /\blieu\b/],
];

/** The criterion a wide column holds, from its header ("MG (g/l)", "TP", "Point de congélation"), or null. */
export function criterionOfHeader(header: string): Criterion | null {
  const key = headerKey(header);
  if (key === "") return null;
  const c = parseCriterion(key);
  return c === null || c instanceof Bad ? null : c;
}

/** A unit written in a header: "MG (g/l)" → "g/l", "TB %" → "%". */
export function unitOfHeader(header: string): ContentUnit | null {
  const k = normalizeKey(header);
  if (/g\s*\/\s*l|g\/1000|\bgl\b/.test(k)) return "g/l";
  if (/%|pourcent/.test(k)) return "%";
  return null;
}

export interface ColumnGuess {
  header: string;
  /** What the column is taken as: a field, a criterion (wide), or nothing (ignored). */
  field: Field | null;
  criterion: Criterion | null;
}

/** Guesses the mapping of a file from its headers. */
export function guessMapping(headers: readonly string[], kind: ImportKind): Mapping {
  const wanted = FIELDS[kind].map((f) => f.field);
  const keys = headers.map((h) => headerKey(h));
  const columns: Partial<Record<Field, string>> = {};
  const used = new Set<number>();
  // Pass 1: exact names, in the order of each field's list (the first alias is the most specific).
  for (const field of wanted) {
    for (const alias of EXACT[field]) {
      const i = keys.findIndex((k, j) => !used.has(j) && k === alias);
      if (i >= 0) {
        columns[field] = headers[i];
        used.add(i);
        break;
      }
    }
  }
  // Pass 2: a telling word.
  for (const [field, re] of CONTAINS) {
    if (!wanted.includes(field) || columns[field] !== undefined) continue;
    const i = keys.findIndex(
      (k, j) => !used.has(j) && re.test(k) && (kind !== "analyses" || criterionOfHeader(headers[j]) === null),
    );
    if (i >= 0) {
      columns[field] = headers[i];
      used.add(i);
    }
  }
  const criteria: Record<string, Criterion> = {};
  let layout: Mapping["layout"] = "long";
  if (kind === "analyses" && !(columns.criterion !== undefined && columns.value !== undefined)) {
    headers.forEach((h, i) => {
      if (used.has(i)) return;
      const c = criterionOfHeader(h);
      if (c) criteria[h] = c;
    });
    if (Object.keys(criteria).length > 0) {
      layout = "wide";
      delete columns.criterion;
      delete columns.value;
    }
  }
  return { kind, layout, columns, criteria };
}

/** How each header of the file is taken by a mapping (for the preview). */
export function describeColumns(headers: readonly string[], mapping: Mapping): ColumnGuess[] {
  const byHeader = new Map<string, Field>();
  for (const [field, header] of Object.entries(mapping.columns))
    if (header !== undefined) byHeader.set(normalizeKey(header), field as Field);
  const crit = new Map(Object.entries(mapping.criteria).map(([h, c]) => [normalizeKey(h), c]));
  return headers.map((header) => {
    const k = normalizeKey(header);
    return {
      header,
      field: byHeader.get(k) ?? null,
      criterion: mapping.layout === "wide" ? (crit.get(k) ?? null) : null,
    };
  });
}

export interface ResolvedMapping {
  mapping: Mapping;
  /** Field → 0-based column of the file (absent: not in the file). */
  index: Partial<Record<Field, number>>;
  /** Wide: the criterion columns. */
  criteria: { index: number; criterion: Criterion; header: string; unit: ContentUnit | null }[];
  /** Long: a unit written in the value column's header. */
  valueUnit: ContentUnit | null;
}

/** Places a mapping on a file's headers; throws ImportError naming what is missing. */
export function resolveMapping(mapping: Mapping, headers: readonly string[]): ResolvedMapping {
  const keys = headers.map((h) => normalizeKey(h));
  const find = (header: string) => keys.indexOf(normalizeKey(header));
  const index: Partial<Record<Field, number>> = {};
  const problems: string[] = [];
  // A column named by the mapping and absent from the file: it says already why no criterion is left.
  let absent = false;
  const fields = FIELDS[mapping.kind].filter(
    (f) => !(mapping.layout === "wide" && (f.field === "criterion" || f.field === "value")),
  );
  for (const { field, required } of fields) {
    const header = mapping.columns[field];
    const label = fieldLabel(field);
    if (header === undefined || header === "") {
      if (required) problems.push(t("intake.mapping.noColumn", { label }));
      continue;
    }
    const i = find(header);
    if (i < 0) {
      absent = true;
      problems.push(t("intake.mapping.columnAbsent", { header, label }));
    } else index[field] = i;
  }
  const criteria: ResolvedMapping["criteria"] = [];
  if (mapping.kind === "analyses" && mapping.layout === "wide") {
    for (const [header, criterion] of Object.entries(mapping.criteria)) {
      const i = find(header);
      if (i < 0) {
        absent = true;
        problems.push(t("intake.mapping.columnAbsent", { header, label: criterion }));
      } else criteria.push({ index: i, criterion, header: headers[i], unit: unitOfHeader(headers[i]) });
    }
    if (criteria.length === 0 && !absent) problems.push(t("intake.mapping.noCriterionColumn"));
  }
  if (problems.length > 0) throw new ImportError(incompleteMapping(problems, headers));
  const valueHeader = mapping.columns.value;
  return {
    mapping,
    index,
    criteria,
    valueUnit: mapping.layout === "long" && valueHeader ? unitOfHeader(valueHeader) : null,
  };
}

/** Why a mapping does not fit the file: its problems and the file's headers, in the language in use. */
function incompleteMapping(problems: readonly string[], headers: readonly string[]): string {
  return t("intake.mapping.incomplete", {
    problems: problems.join(t("intake.mapping.and")),
    headers: headers.filter((h) => h).join(", ") || message("inputs.noHeaders"),
  });
}

/** Checks a mapping read back from the workbook (JSON typed by hand, perhaps). */
export function checkMapping(value: unknown): Mapping {
  const m = value as Partial<Mapping> | null;
  if (!m || typeof m !== "object") throw new ImportError(t("intake.mapping.unreadable"));
  if (m.kind !== "analyses" && m.kind !== "livraisons")
    throw new ImportError(t("intake.mapping.unknownKind", { kind: String(m.kind) }));
  if (m.layout !== "long" && m.layout !== "wide")
    throw new ImportError(t("intake.mapping.unknownLayout", { layout: String(m.layout) }));
  const columns: Partial<Record<Field, string>> = {};
  for (const [k, v] of Object.entries(m.columns ?? {})) {
    if (typeof v === "string" && v !== "" && Object.prototype.hasOwnProperty.call(EXACT, k)) columns[k as Field] = v;
  }
  const criteria: Record<string, Criterion> = {};
  for (const [h, c] of Object.entries(m.criteria ?? {})) {
    const parsed = parseCriterion(String(c));
    if (parsed === null || parsed instanceof Bad)
      throw new ImportError(t("intake.mapping.unknownCriterion", { criterion: String(c), column: h }));
    criteria[h] = parsed;
  }
  return { kind: m.kind, layout: m.layout, columns, criteria };
}
