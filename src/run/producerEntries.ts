/**
 * The producers of the run, one entry per code of Producteurs: a code written twice withholds the first
 * (until the duplicate is fixed), an unknown Grille withholds its producer; a row without a readable code
 * concerns no one (its issues go to the checks list).
 */
import type { Grid } from "../engine";
import { codeKey } from "../inputs";
import type { Issue } from "../inputs/issues";
import type { InputTables } from "../inputs/tables";
import { t } from "../messages";
import type { ProducerEntry } from "./gather";

export interface ProducerEntries {
  /** In the order of Producteurs. */
  list: ProducerEntry[];
  /** Code key (codeKey) → entry. */
  byKey: Map<string, ProducerEntry>;
}

export function producerEntries(
  table: InputTables["producers"],
  lookup: (name: string) => Grid | string,
  issues: Issue[],
): ProducerEntries {
  const list: ProducerEntry[] = [];
  const byKey = new Map<string, ProducerEntry>();
  const sheet = table.sheet;
  const ref = table.columns.ref;
  for (const p of table.rows) {
    if (p.code === null) {
      issues.push(...p.issues);
      continue;
    }
    const key = codeKey(p.code);
    const first = byKey.get(key);
    if (first) {
      const message = t("run.duplicateCode", { code: p.code, first: first.row, second: p.row });
      first.errors.push({
        severity: "error",
        code: "DUPLICATE",
        sheet,
        row: p.row,
        column: ref.code,
        producer: first.code,
        message,
      });
      continue;
    }
    const entry: ProducerEntry = {
      code: p.code,
      name: p.name,
      row: p.row,
      charter: p.charter,
      consent: p.consent,
      grid: null,
      basePrice: null,
      deliveries: [],
      results: [],
      events: [],
      errors: p.issues.map((i) => ({ ...i, producer: p.code! })),
      status: "ready",
    };
    if (p.grid !== null) {
      const found = lookup(p.grid);
      if (typeof found === "string") {
        entry.errors.push({
          severity: "error",
          code: "GRID",
          sheet,
          row: p.row,
          column: ref.grid,
          producer: p.code,
          message: found,
        });
      } else entry.grid = found;
    }
    byKey.set(key, entry);
    list.push(entry);
  }
  return { list, byKey };
}
