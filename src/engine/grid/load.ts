/**
 * A grid file (parsed JSON) → a `Grid`: the JSON Schema first (schemas/grid.schema.json, ajv: every
 * structural problem at once), then the rules it cannot say (validate.ts). Every problem names the grid,
 * the field path and what was expected, in the language in use (src/messages/gridProblems.*.ts).
 */
import { GridError } from "../errors";
import { schemaProblems } from "./jsonSchema";
import type { Grid } from "./schema";
import { gridFromData } from "./validate";

export function loadGrid(raw: unknown): Grid {
  const problems = schemaProblems(raw);
  if (problems.length > 0) {
    const named = raw !== null && typeof raw === "object" ? (raw as { id?: unknown }).id : undefined;
    const id = typeof named === "string" && named.trim() !== "" ? named : "?";
    throw new GridError(id, problems[0].field, problems[0].problem, problems);
  }
  return gridFromData(raw);
}
