/** A grid as the Grille column, PrixDeBase or --grid names it, resolved for a month (run, import, prices). */
import { NoGridVersionError, UnknownGridError, type Grid, type GridCatalogue, type YearMonth } from "../engine";
import { t } from "../messages/inputs";

/**
 * A grid name as written (an id, or a family: the version valid for the month) → the grid, or why not (in the
 * language in use). A broken workbook grid is named as such, not as unknown.
 */
export function gridLookup(
  catalogue: GridCatalogue,
  month: YearMonth,
  broken?: ReadonlyMap<string, string>,
): (name: string) => Grid | string {
  return (name) => {
    try {
      return catalogue.resolve(name, month);
    } catch (e) {
      const why = broken?.get(name);
      if (why) return t("inputs.gridUnusable", { name, why });
      if (e instanceof NoGridVersionError) return e.message;
      if (e instanceof UnknownGridError) return t("inputs.gridUnknown", { name, grids: catalogue.availableText() });
      throw e;
    }
  };
}
