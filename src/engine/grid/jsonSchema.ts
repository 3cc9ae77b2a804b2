/**
 * The grid file format checked against its JSON Schema (schemas/grid.schema.json) by ajv, with the problems
 * said in French: the field path in the grid (`components[3].tiers[1].rate`) and what was expected. The
 * schema says the structure (fields, types, enumerations, patterns); what it cannot say (tiers sorted without
 * overlap or gap, ladders in order, cross-references) stays in validate.ts.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020";
import schema from "../../../schemas/grid.schema.json";

/** One problem of a grid file: where (a path in the grid's JSON) and what was expected, in French. */
export interface GridProblem {
  field: string;
  problem: string;
}

/** The current grid format version (`formatVersion`). */
export const GRID_FORMAT_VERSION = 1;

let compiled: ValidateFunction | null = null;

/** Compiled once, on first use (about 30 ms): the functions' runtime may never need it. */
function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({
      allErrors: true,
      verbose: true,
      discriminator: true,
      strict: true,
      allowUnionTypes: true,
    });
    compiled = ajv.compile(schema);
  }
  return compiled;
}

/** The schema's problems with a raw grid (parsed JSON); empty when the structure is right. */
export function schemaProblems(raw: unknown): GridProblem[] {
  const validate = validator();
  if (validate(raw)) return [];
  const errors = validate.errors ?? [];
  // An anyOf that failed says what was expected there; its branches' own errors are noise.
  const anyOfAt = errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath);
  const problems: GridProblem[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    // Errors inside propertyNames repeat the propertyNames error.
    if ((e as { propertyName?: string }).propertyName !== undefined) continue;
    if (
      e.keyword !== "anyOf" &&
      anyOfAt.some((p) => e.instancePath.startsWith(p + "/") || (e.instancePath === p && e.keyword !== "anyOf"))
    )
      continue;
    const p = french(e);
    if (!p) continue;
    const key = `${p.field}|${p.problem}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(p);
  }
  return problems;
}

/** `/components/3/tiers/1/rate` → `components[3].tiers[1].rate`. */
export function fieldPath(pointer: string, child?: string): string {
  const parts = pointer
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (child !== undefined) parts.push(child);
  let out = "";
  for (const p of parts) out += /^\d+$/.test(p) ? `[${p}]` : out === "" ? p : `.${p}`;
  return out === "" ? "(grille)" : out;
}

const EXPECTED_PATTERN: Record<string, string> = {
  decimal: 'un nombre écrit avec un point décimal, entre guillemets (ex. "-9.00")',
  positiveDecimal: 'un nombre positif écrit avec un point décimal (ex. "1000")',
  gridId:
    'un identifiant en minuscules (lettres, chiffres, « - » et « . »), 24 caractères au plus (ex. "sud-est-2018")',
  yearMonth: 'un mois AAAA-MM (ex. "2026-01")',
  text: "un texte non vide",
  componentCode: 'un code en majuscules, chiffres, « _ » ou « - » (ex. "GERMES")',
};

const TYPE_FR: Record<string, string> = {
  object: "un objet { … }",
  array: "une liste [ … ]",
  string: "un texte",
  number: "un nombre",
  integer: "un nombre entier",
  boolean: "true ou false",
};

function shown(value: unknown): string {
  const s = JSON.stringify(value);
  return s === undefined ? "rien" : s.length > 40 ? s.slice(0, 37) + "…" : s;
}

/** Which $defs entry an error's schema path ends in (`#/$defs/decimal/pattern` → `decimal`). */
function defOf(e: ErrorObject): string | undefined {
  return /\$defs\/([^/]+)\/[^/]+$/.exec(e.schemaPath)?.[1];
}

function french(e: ErrorObject): GridProblem | null {
  const at = fieldPath(e.instancePath);
  const got = `reçu ${shown(e.data)}`;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "required":
      return { field: fieldPath(e.instancePath, String(p.missingProperty)), problem: "manquant" };
    case "additionalProperties":
      return {
        field: fieldPath(e.instancePath, String(p.additionalProperty)),
        problem: "champ inconnu du format des grilles (faute de frappe ?)",
      };
    case "propertyNames":
      return {
        field: fieldPath(e.instancePath, String(p.propertyName)),
        problem: `nom inconnu « ${String(p.propertyName)} » ; attendu : ${allowedOf(e)}`,
      };
    case "type":
      return {
        field: at,
        problem: `attendu : ${String(p.type)
          .split(",")
          .map((t) => TYPE_FR[t] ?? t)
          .join(" ou ")}, ${got}`,
      };
    case "pattern": {
      const def = defOf(e);
      const expected =
        (def && EXPECTED_PATTERN[def]) ??
        (e.instancePath.endsWith("/currency")
          ? 'un code de devise ISO en 3 majuscules (ex. "EUR", "CHF")'
          : /windows/.test(e.instancePath)
            ? 'une heure "HH:MM"'
            : `le motif ${String(p.pattern)}`);
      return { field: at, problem: `attendu : ${expected}, ${got}` };
    }
    case "enum":
      return {
        field: at,
        problem: `valeur inconnue ${shown(e.data)} ; attendu : ${(p.allowedValues as unknown[]).join(", ")}`,
      };
    case "const":
      return { field: at, problem: `attendu : ${shown(p.allowedValue)}, ${got}` };
    case "minItems":
      return {
        field: at,
        problem: `au moins ${String(p.limit)} élément${Number(p.limit) > 1 ? "s" : ""} attendu${Number(p.limit) > 1 ? "s" : ""}`,
      };
    case "maxItems":
      return {
        field: at,
        problem: `au plus ${String(p.limit)} élément${Number(p.limit) > 1 ? "s" : ""} attendu${Number(p.limit) > 1 ? "s" : ""}`,
      };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
      return {
        field: at,
        problem: `attendu : un nombre ${e.keyword === "maximum" ? "≤" : e.keyword === "minimum" ? "≥" : ">"} ${String(p.limit)}, ${got}`,
      };
    case "minLength":
    case "maxLength":
      return {
        field: at,
        problem: `attendu : ${e.keyword === "minLength" ? "un texte non vide" : `${String(p.limit)} caractères au plus`}, ${got}`,
      };
    case "discriminator":
      return p.error === "mapping"
        ? null // the enum on kind already says it
        : { field: fieldPath(e.instancePath, "kind"), problem: "manquant" };
    case "anyOf":
      return { field: at, problem: 'attendu : des seuils { "mean": [ … ], "single": [ … ] } ou { "anyPositive": 1 }' };
    case "oneOf":
      return null; // with the discriminator, the chosen branch's errors are reported
    default:
      return { field: at, problem: e.message ?? "valeur refusée" };
  }
}

function allowedOf(e: ErrorObject): string {
  const schemaAt = e.parentSchema as { propertyNames?: { enum?: unknown[]; $ref?: string } } | undefined;
  const names =
    schemaAt?.propertyNames?.enum ??
    (schemaAt?.propertyNames?.$ref ? ["MG", "MP", "GERMES", "CELLULES", "BUTYRIQUES", "PC", "INHIBITEURS"] : undefined);
  return names ? names.join(", ") : "un nom connu";
}
