import { message, t, type GridProblemKey } from "../../messages/gridProblems";
import { Decimal, toDecimal } from "../decimal";
import { GridError } from "../errors";
import { CRITERIA, type Criterion } from "./schema";

/** A JSON object of grid data, its fields not read yet. */
export type Obj = Record<string, unknown>;

export function obj(raw: unknown, gridId: string, at: string): Obj {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw))
    throw new GridError(gridId, at, expected("gridProblem.object"));
  return raw as Obj;
}

/** Field readers that fail with the grid id and the field's path. */
export class Fields {
  constructor(readonly gridId: string) {}
  fail(field: string, problem: string): never {
    throw new GridError(this.gridId, field, problem);
  }
  obj(raw: unknown, at: string): Obj {
    return obj(raw, this.gridId, at);
  }
  array(raw: unknown, at: string): unknown[] {
    if (!Array.isArray(raw)) this.fail(at, raw === undefined ? t("gridProblem.missing") : expected("gridProblem.list"));
    return raw;
  }
  text(raw: unknown, at: string): string {
    if (typeof raw !== "string" || raw.trim() === "")
      this.fail(at, raw === undefined ? t("gridProblem.missing") : expected("gridProblem.nonEmptyText"));
    return raw;
  }
  decimal(raw: unknown, at: string): Decimal {
    if (raw === undefined) this.fail(at, t("gridProblem.missing"));
    try {
      return toDecimal(raw, at);
    } catch {
      return this.fail(at, t("gridProblem.expectedGot", { what: message("gridProblem.number"), got: json(raw) }));
    }
  }
  int(raw: unknown, at: string, min: number, max: number): number {
    if (typeof raw !== "number" || !Number.isInteger(raw) || raw < min || raw > max) {
      this.fail(
        at,
        raw === undefined
          ? t("gridProblem.missing")
          : t("gridProblem.expectedGot", { what: message("gridProblem.integerRange", { min, max }), got: json(raw) }),
      );
    }
    return raw;
  }
  oneOf<T extends string>(raw: unknown, at: string, allowed: readonly T[]): T {
    if (typeof raw !== "string" || !(allowed as readonly string[]).includes(raw)) {
      this.fail(
        at,
        raw === undefined
          ? t("gridProblem.missingOneOf", { allowed: allowed.join(", ") })
          : t("gridProblem.unknownValue", { value: json(raw), allowed: allowed.join(", ") }),
      );
    }
    return raw as T;
  }
  criterion(raw: unknown, at: string): Criterion {
    return this.oneOf(raw, at, CRITERIA);
  }
}

/** « attendu : <what> », what being one of the catalogue's descriptions. */
export function expected(what: GridProblemKey): string {
  return t("gridProblem.expected", { what: message(what) });
}

/** A value as the grid file writes it (JSON), for « reçu … ». */
export function json(value: unknown): string {
  return String(JSON.stringify(value));
}
