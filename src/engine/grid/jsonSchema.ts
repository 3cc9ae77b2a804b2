/**
 * The grid file format checked against its JSON Schema (schemas/grid.schema.json) by ajv, with the problems
 * said in the language in use (src/messages/gridProblems.*.ts and gridSchema.*.ts): the field path in the grid
 * (`components[3].tiers[1].rate`) and what was expected. The schema says the structure (fields, types,
 * enumerations, patterns); what it cannot say (tiers sorted without overlap or gap, ladders in order,
 * cross-references) stays in validate.ts.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020";
import schema from "../../../schemas/grid.schema.json";
import { message, t } from "../../messages/gridSchema";
import type { Message, Param } from "../../messages/core";

/** One problem of a grid file: where (a path in the grid's JSON) and what was expected, worded when found. */
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
    const p = worded(e);
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

/** What a pattern of the schema's $defs asks for; the other patterns are told by where they are. */
const EXPECTED_PATTERN: Record<string, Message> = {
  decimal: message("gridProblem.quotedDecimal", { example: '"-9.00"' }),
  positiveDecimal: message("gridSchema.positiveDecimal"),
  gridId: message("gridSchema.gridId"),
  yearMonth: message("gridSchema.yearMonth"),
  text: message("gridProblem.nonEmptyText"),
  componentCode: message("gridSchema.componentCode"),
};

/** JSON types as the schema names them → what they are called in a problem. */
const TYPES: Record<string, Message> = {
  object: message("gridProblem.object"),
  array: message("gridProblem.list"),
  string: message("gridSchema.text"),
  number: message("gridProblem.number"),
  integer: message("gridSchema.integer"),
  boolean: message("gridSchema.boolean"),
};

function shown(value: unknown): string {
  const s = JSON.stringify(value);
  return s === undefined ? t("gridSchema.nothing") : s.length > 40 ? s.slice(0, 37) + "…" : s;
}

/** Which $defs entry an error's schema path ends in (`#/$defs/decimal/pattern` → `decimal`). */
function defOf(e: ErrorObject): string | undefined {
  return /\$defs\/([^/]+)\/[^/]+$/.exec(e.schemaPath)?.[1];
}

/** What a pattern error expected: its $defs entry's description, else one told by the field. */
function patternExpected(e: ErrorObject): Param {
  const def = defOf(e);
  if (def && EXPECTED_PATTERN[def]) return EXPECTED_PATTERN[def];
  if (e.instancePath.endsWith("/currency")) return message("gridSchema.currency");
  if (/windows/.test(e.instancePath)) return message("gridSchema.time");
  return message("gridSchema.pattern", { pattern: String((e.params as { pattern?: unknown }).pattern) });
}

/** One ajv error as a problem worded in the language in use; null when another error already says it. */
function worded(e: ErrorObject): GridProblem | null {
  const at = fieldPath(e.instancePath);
  const problem = (text: string) => ({ field: at, problem: text });
  const expectedGot = (what: Param) => problem(t("gridProblem.expectedGot", { what, got: shown(e.data) }));
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "required":
      return { field: fieldPath(e.instancePath, String(p.missingProperty)), problem: t("gridProblem.missing") };
    case "additionalProperties":
      return {
        field: fieldPath(e.instancePath, String(p.additionalProperty)),
        problem: t("gridSchema.unknownField"),
      };
    case "propertyNames":
      return {
        field: fieldPath(e.instancePath, String(p.propertyName)),
        problem: t("gridSchema.unknownName", { name: String(p.propertyName), allowed: allowedOf(e) }),
      };
    case "type":
      return expectedGot(
        String(p.type)
          .split(",")
          .map((type): Param => TYPES[type] ?? type)
          .reduce((a, b) => message("gridSchema.or", { a, b })),
      );
    case "pattern":
      return expectedGot(patternExpected(e));
    case "enum":
      return problem(
        t("gridProblem.unknownValue", { value: shown(e.data), allowed: (p.allowedValues as unknown[]).join(", ") }),
      );
    case "const":
      return expectedGot(shown(p.allowedValue));
    case "minItems":
    case "maxItems":
      return problem(
        t(e.keyword === "minItems" ? "gridSchema.minItems" : "gridSchema.maxItems", { n: Number(p.limit) }),
      );
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
      return expectedGot(message("gridSchema.compared", { op: COMPARED[e.keyword], limit: String(p.limit) }));
    case "minLength":
      return expectedGot(message("gridProblem.nonEmptyText"));
    case "maxLength":
      return expectedGot(message("gridSchema.maxLength", { n: String(p.limit) }));
    case "discriminator":
      return p.error === "mapping"
        ? null // the enum on kind already says it
        : { field: fieldPath(e.instancePath, "kind"), problem: t("gridProblem.missing") };
    case "anyOf":
      return problem(t("gridProblem.expected", { what: message("gridSchema.thresholds") }));
    case "oneOf":
      return null; // with the discriminator, the chosen branch's errors are reported
    default:
      return problem(e.message ?? t("gridSchema.refused"));
  }
}

const COMPARED: Record<string, string> = { minimum: "≥", maximum: "≤", exclusiveMinimum: ">" };

function allowedOf(e: ErrorObject): string {
  const schemaAt = e.parentSchema as { propertyNames?: { enum?: unknown[]; $ref?: string } } | undefined;
  const names =
    schemaAt?.propertyNames?.enum ??
    (schemaAt?.propertyNames?.$ref ? ["MG", "MP", "GERMES", "CELLULES", "BUTYRIQUES", "PC", "INHIBITEURS"] : undefined);
  return names ? names.join(", ") : t("gridSchema.knownName");
}
