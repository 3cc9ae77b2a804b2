/** A1 ranges as the package writes them: in table refs, merges, print areas. */
import { t } from "../../messages";

const RANGE = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})(?::\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6}))?$/;

/** Parses "A1:F20" (or "A1", "$A$1:$F$20") into absolute bounds, or throws naming `what`. */
export function parseRange(ref: string, what: string): { c1: string; r1: number; c2: string; r2: number } {
  const m = RANGE.exec(ref.trim());
  if (!m) throw new Error(t("workbook.badRange", { what, ref }));
  return { c1: m[1].toUpperCase(), r1: +m[2], c2: (m[3] ?? m[1]).toUpperCase(), r2: m[4] ? +m[4] : +m[2] };
}
