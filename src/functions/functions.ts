import { listGrids } from "../engine/grid/registry";

/**
 * Lists the available payment grids: id, name, currency and price unit, one grid per row.
 * @customfunction MILK_GRIDS
 * @returns The grids, spilled as a table.
 * @fr LAIT_GRILLES Liste les grilles de paiement disponibles : identifiant, nom, devise et unité de prix, une grille par ligne.
 */
export function milkGrids(): string[][] {
  return listGrids().map((g) => [g.id, g.name, g.currency, g.priceUnit]);
}
