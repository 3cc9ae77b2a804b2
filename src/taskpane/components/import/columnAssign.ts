/**
 * What each column of an import file is taken as, the way the preview's selects hold it — "" (ignored),
 * "field:date", "crit:MG" — and its two translations: from the importer's mapping (guessed or saved) to the
 * selects, and back from the selects to the mapping the import runs with.
 */
import type { Criterion } from "../../../engine";
import type { ImportKind, Mapping } from "../../../intake/mapping";
import type { ImportPreview } from "../../services/importService";

/** What a column is taken as, by header: "" (ignored), "field:date", "crit:MG". */
export type Assign = Record<string, string>;

export function assignOf(preview: ImportPreview, mapping: Mapping): Assign {
  const a: Assign = {};
  for (const h of preview.source.headers) a[h] = "";
  for (const [field, header] of Object.entries(mapping.columns)) if (header) a[header] = `field:${field}`;
  if (mapping.layout === "wide") for (const [header, c] of Object.entries(mapping.criteria)) a[header] = `crit:${c}`;
  return a;
}

export function mappingOf(kind: ImportKind, assign: Assign): Mapping {
  const columns: Mapping["columns"] = {};
  const criteria: Mapping["criteria"] = {};
  for (const [header, v] of Object.entries(assign)) {
    if (v.startsWith("field:")) columns[v.slice(6) as keyof Mapping["columns"]] = header;
    else if (v.startsWith("crit:")) criteria[header] = v.slice(5) as Criterion;
  }
  const wide = kind === "analyses" && Object.keys(criteria).length > 0;
  return { kind, layout: wide ? "wide" : "long", columns, criteria: wide ? criteria : {} };
}
