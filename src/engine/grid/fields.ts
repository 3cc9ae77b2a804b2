import { Decimal, toDecimal } from "../decimal";
import { GridError } from "../errors";
import { CRITERIA, type Criterion } from "./schema";

/** A JSON object of grid data, its fields not read yet. */
export type Obj = Record<string, unknown>;

export function obj(raw: unknown, gridId: string, at: string): Obj {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw))
    throw new GridError(gridId, at, "attendu : un objet { … }");
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
    if (!Array.isArray(raw)) this.fail(at, raw === undefined ? "manquant" : "attendu : une liste [ … ]");
    return raw;
  }
  text(raw: unknown, at: string): string {
    if (typeof raw !== "string" || raw.trim() === "")
      this.fail(at, raw === undefined ? "manquant" : "attendu : un texte non vide");
    return raw;
  }
  decimal(raw: unknown, at: string): Decimal {
    if (raw === undefined) this.fail(at, "manquant");
    try {
      return toDecimal(raw, at);
    } catch {
      return this.fail(at, `attendu : un nombre, reçu ${JSON.stringify(raw)}`);
    }
  }
  int(raw: unknown, at: string, min: number, max: number): number {
    if (typeof raw !== "number" || !Number.isInteger(raw) || raw < min || raw > max) {
      this.fail(
        at,
        raw === undefined ? "manquant" : `attendu : un nombre entier de ${min} à ${max}, reçu ${JSON.stringify(raw)}`,
      );
    }
    return raw;
  }
  oneOf<T extends string>(raw: unknown, at: string, allowed: readonly T[]): T {
    if (typeof raw !== "string" || !(allowed as readonly string[]).includes(raw)) {
      this.fail(
        at,
        `${raw === undefined ? "manquant" : `valeur inconnue ${JSON.stringify(raw)}`} ; attendu : ${allowed.join(", ")}`,
      );
    }
    return raw as T;
  }
  criterion(raw: unknown, at: string): Criterion {
    return this.oneOf(raw, at, CRITERIA);
  }
}
