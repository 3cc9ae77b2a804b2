/**
 * Excel custom functions (shared/spec/functions.md): thin, JSDoc-annotated wrappers over ./core, which
 * itself adapts the pricing engine. custom-functions-metadata generates dist/functions.json from the JSDoc
 * below (English) and webpack.config.js generates dist/functions.fr.json from the @fr / @frparam tags;
 * custom-functions-metadata-plugin appends `CustomFunctions.associate(ID, fn)` for every @customfunction.
 *
 * Rules for this file: only top-level `function` declarations with primitive or any[][] types (the metadata
 * generator rejects named types); ranges are `any[][]` so that Excel hands blank cells over as blanks;
 * optional arguments arrive as null when omitted; every failure leaves as a CustomFunctions.Error.
 */
import {
  antibioticPenalty,
  butyricAdjust,
  cellPenalty,
  contestations,
  fatAdjust,
  freezingPointPenalty,
  germPenalty,
  grids,
  inhibitorPenalty,
  mean,
  priceA,
  proteinAdjust,
  qualityPremium,
  rolling12m,
  standardPrice,
} from "./core";
import { FnError, PassThroughError } from "./errors";

/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata rejects named types in these
   signatures and Excel passes any cell value: the arguments are checked by arguments.ts */

/**
 * The runtime's CustomFunctions, read once when this script loads (office.js loads before it on the shared
 * runtime). The `CustomFunctions.associate(…)` calls the build appends to this module resolve to this
 * binding, so in a page without Office (the task pane opened in a plain browser tab) they do nothing
 * instead of failing with a ReferenceError.
 */
const CustomFunctions: { associate(id: string, fn: (...args: any[]) => unknown): void } = (globalThis as any)
  .CustomFunctions ?? {
  associate() {
    /* not in Excel: nothing to register */
  },
};
void CustomFunctions;

/**
 * Fat adjustment for a monthly fat content: signed, in the grid's price unit (€/1000 L or cts/kg), rounded to 2 decimals.
 * @customfunction MILK_FAT_ADJUST
 * @param fat Monthly fat content, rounded to 2 decimals first: g/l for sud-est-2018 (e.g. 38.5), % for mooh-2025 (e.g. 4.15).
 * @param grid Grid id, e.g. "sud-est-2018" or "mooh-2025" (see MILK_GRIDS).
 * @returns The signed fat adjustment.
 * @fr LAIT_AJUST_MG Ajustement matière grasse pour une teneur mensuelle : signé, dans l'unité de prix de la grille (€/1000 L ou cts/kg), arrondi à 2 décimales.
 * @frparam fat teneur_mg Teneur mensuelle en matière grasse, arrondie à 2 décimales : g/l pour sud-est-2018 (ex. 38,5), % pour mooh-2025 (ex. 4,15).
 * @frparam grid grille Identifiant de la grille, ex. "sud-est-2018" ou "mooh-2025" (voir LAIT_GRILLES).
 */
export function milkFatAdjust(fat: any, grid: string): number {
  try {
    return fatAdjust(fat, grid);
  } catch (e) {
    throw excelError(e);
  }
}

/**
 * Protein adjustment for a monthly protein content: signed, in the grid's price unit, rounded to 2 decimals.
 * @customfunction MILK_PROTEIN_ADJUST
 * @param protein Monthly protein content, rounded to 2 decimals first: g/l for sud-est-2018 (e.g. 33.5), % for mooh-2025 (e.g. 3.25).
 * @param grid Grid id, e.g. "sud-est-2018" or "mooh-2025" (see MILK_GRIDS).
 * @returns The signed protein adjustment.
 * @fr LAIT_AJUST_MP Ajustement matière protéique pour une teneur mensuelle : signé, dans l'unité de prix de la grille, arrondi à 2 décimales.
 * @frparam protein teneur_mp Teneur mensuelle en matière protéique, arrondie à 2 décimales : g/l pour sud-est-2018 (ex. 33,5), % pour mooh-2025 (ex. 3,25).
 * @frparam grid grille Identifiant de la grille, ex. "sud-est-2018" ou "mooh-2025" (voir LAIT_GRILLES).
 */
export function milkProteinAdjust(protein: any, grid: string): number {
  try {
    return proteinAdjust(protein, grid);
  } catch (e) {
    throw excelError(e);
  }
}

/**
 * Germ deduction for the month (negative, or 0), per unit, from the month's germ results (per ml).
 * @customfunction GERM_PENALTY
 * @param results The month's germ results per ml; blank cells are ignored, text numbers such as "100 000" are read. The joker and the two-result minimum are not applied: give the results that count.
 * @param grid Grid id, e.g. "sud-est-2018" or "mooh-2025" (see MILK_GRIDS).
 * @param [prior_contestations] Ladder grids (mooh-2025): germ contestations in the window's earlier months (the 4 before). Default 0.
 * @returns The germ deduction in the grid's price unit.
 * @fr PENALITE_GERMES Déduction germes du mois (négative, ou 0), par unité, à partir des résultats germes du mois (par ml).
 * @frparam results resultats Résultats germes du mois par ml ; cellules vides ignorées, nombres en texte lus ("100 000"). Ni joker ni minimum de deux résultats : donner les résultats qui comptent.
 * @frparam grid grille Identifiant de la grille, ex. "sud-est-2018" ou "mooh-2025" (voir LAIT_GRILLES).
 * @frparam prior_contestations contestations_anterieures Grilles à échelle (mooh-2025) : contestations germes des mois antérieurs de la fenêtre (les 4 précédents). 0 par défaut.
 */
export function germPenaltyFn(results: any[][], grid: string, prior_contestations?: any): number {
  try {
    return germPenalty(results, grid, prior_contestations);
  } catch (e) {
    throw excelError(e);
  }
}

/**
 * Somatic-cell deduction for the month (negative, or 0), per unit, from the month's cell counts (per ml).
 * @customfunction CELL_PENALTY
 * @param results The month's somatic-cell counts per ml; blank cells are ignored, text numbers are read. The two-result minimum is not applied: give the results that count.
 * @param grid Grid id, e.g. "sud-est-2018" or "mooh-2025" (see MILK_GRIDS).
 * @param [prior_contestations] Ladder grids (mooh-2025): cell contestations in the window's earlier months (the 4 before). Default 0.
 * @returns The somatic-cell deduction in the grid's price unit.
 * @fr PENALITE_CELLULES Déduction cellules somatiques du mois (négative, ou 0), par unité, à partir des comptages cellulaires du mois (par ml).
 * @frparam results resultats Comptages cellulaires du mois par ml ; cellules vides ignorées, nombres en texte lus. Pas de minimum de deux résultats : donner les résultats qui comptent.
 * @frparam grid grille Identifiant de la grille, ex. "sud-est-2018" ou "mooh-2025" (voir LAIT_GRILLES).
 * @frparam prior_contestations contestations_anterieures Grilles à échelle (mooh-2025) : contestations cellules des mois antérieurs de la fenêtre (les 4 précédents). 0 par défaut.
 */
export function cellPenaltyFn(results: any[][], grid: string, prior_contestations?: any): number {
  try {
    return cellPenalty(results, grid, prior_contestations);
  } catch (e) {
    throw excelError(e);
  }
}

/**
 * Butyric-spore bonus or deduction for the month, per unit, from the month's spore counts (per litre).
 * @customfunction BUTYRIC_ADJUST
 * @param results The month's butyric-spore counts per litre; blank cells are ignored, text numbers are read.
 * @param grid Grid id, e.g. "sud-est-2018" (see MILK_GRIDS).
 * @returns The signed butyric-spore adjustment in the grid's price unit.
 * @fr AJUST_BUTYRIQUES Bonification ou déduction spores butyriques du mois, par unité, à partir des comptages du mois (par litre).
 * @frparam results resultats Comptages de spores butyriques du mois par litre ; cellules vides ignorées, nombres en texte lus.
 * @frparam grid grille Identifiant de la grille, ex. "sud-est-2018" (voir LAIT_GRILLES).
 */
export function butyricAdjustFn(results: any[][], grid: string): number {
  try {
    return butyricAdjust(results, grid);
  } catch (e) {
    throw excelError(e);
  }
}

/**
 * Freezing-point deduction for the month (negative, or 0), per unit, from the month's freezing points (°C).
 * @customfunction FREEZING_POINT_PENALTY
 * @param results The month's freezing points in °C (e.g. -0.520); blank cells are ignored, text numbers such as "−0,505" are read.
 * @param grid Grid id, e.g. "sud-est-2018" or "mooh-2025" (see MILK_GRIDS).
 * @param [base_price] Base price of the month in the grid's price unit; required when the grid deducts a percentage of it (sud-est-2018).
 * @returns The freezing-point deduction in the grid's price unit.
 * @fr PENALITE_POINT_CONGELATION Déduction point de congélation du mois (négative, ou 0), par unité, à partir des points de congélation du mois (°C).
 * @frparam results resultats Points de congélation du mois en °C (ex. -0,520) ; cellules vides ignorées, nombres en texte lus ("−0,505").
 * @frparam grid grille Identifiant de la grille, ex. "sud-est-2018" ou "mooh-2025" (voir LAIT_GRILLES).
 * @frparam base_price prix_de_base Prix de base du mois dans l'unité de prix de la grille ; obligatoire quand la grille déduit un pourcentage de ce prix (sud-est-2018).
 */
export function freezingPointPenaltyFn(results: any[][], grid: string, base_price?: any): number {
  try {
    return freezingPointPenalty(results, grid, base_price);
  } catch (e) {
    throw excelError(e);
  }
}

/**
 * Per-unit inhibitor deduction for the month on ladder grids (negative, or 0): any positive result makes one contestation.
 * @customfunction INHIBITOR_PENALTY
 * @param results The month's inhibitor results: positif/négatif, POS/NEG, 1/0, VRAI/FAUX or TRUE/FALSE; blank cells are ignored.
 * @param grid Grid id with an inhibitor ladder, e.g. "mooh-2025" (see MILK_GRIDS).
 * @param [prior_contestations] Inhibitor contestations in the window's earlier months (the 11 before). Default 0.
 * @returns The inhibitor deduction in the grid's price unit.
 * @fr PENALITE_INHIBITEURS Déduction inhibiteurs du mois par unité pour les grilles à échelle (négative, ou 0) : un résultat positif fait une contestation.
 * @frparam results resultats Résultats inhibiteurs du mois : positif/négatif, POS/NEG, 1/0, VRAI/FAUX ; cellules vides ignorées.
 * @frparam grid grille Identifiant d'une grille à échelle inhibiteurs, ex. "mooh-2025" (voir LAIT_GRILLES).
 * @frparam prior_contestations contestations_anterieures Contestations inhibiteurs des mois antérieurs de la fenêtre (les 11 précédents). 0 par défaut.
 */
export function inhibitorPenaltyFn(results: any[][], grid: string, prior_contestations?: any): number {
  try {
    return inhibitorPenalty(results, grid, prior_contestations);
  } catch (e) {
    throw excelError(e);
  }
}

/**
 * Penalty amount (currency, negative) for one positive antibiotic test on a delivery day: 125 % of that day's milk at base price, 200 % for a repeat within 12 months.
 * @customfunction ANTIBIOTIC_PENALTY
 * @param day_volume Milk delivered that day, in the grid's volume unit (litres for sud-est-2018).
 * @param base_price Base price of the month in the grid's price unit (€/1000 L), without any premium.
 * @param grid Grid id with antibiotic residues, e.g. "sud-est-2018" (see MILK_GRIDS).
 * @param [prior_positives] Positive tests in the 12 months before this one. Default 0 (first positive: 125 %).
 * @returns The penalty amount, rounded to the cent.
 * @fr PENALITE_ANTIBIOTIQUES Montant de la pénalité (devise, négatif) pour un test antibiotique positif un jour de livraison : 125 % du lait du jour au prix de base, 200 % en récidive sur 12 mois.
 * @frparam day_volume volume_jour Lait livré ce jour, dans l'unité de volume de la grille (litres pour sud-est-2018).
 * @frparam base_price prix_de_base Prix de base du mois dans l'unité de prix de la grille (€/1000 L), hors primes.
 * @frparam grid grille Identifiant d'une grille avec résidus d'antibiotiques, ex. "sud-est-2018" (voir LAIT_GRILLES).
 * @frparam prior_positives positifs_anterieurs Tests positifs dans les 12 mois précédents. 0 par défaut (première positivité : 125 %).
 */
export function antibioticPenaltyFn(day_volume: any, base_price: any, grid: string, prior_positives?: any): number {
  try {
    return antibioticPenalty(day_volume, base_price, grid, prior_positives);
  } catch (e) {
    throw excelError(e);
  }
}

/**
 * The grid's quality premium for the month, per unit (e.g. +6.00 €/1000 L for sud-est-2018, +0.50 cts/kg for mooh-2025), or 0 when a condition fails.
 * @customfunction QUALITY_PREMIUM
 * @param grid Grid id, e.g. "sud-est-2018" or "mooh-2025" (see MILK_GRIDS).
 * @param germ_results The month's germ results per ml; blank cells are ignored.
 * @param cell_results The month's somatic-cell counts per ml; blank cells are ignored.
 * @param [butyric_results] The month's butyric-spore counts per litre (required by sud-est-2018).
 * @param [inhibitor_results] The month's inhibitor or antibiotic tests: positif/négatif, 1/0, VRAI/FAUX (required by mooh-2025).
 * @param [freezing_results] The month's freezing points in °C (required by mooh-2025).
 * @param [charter] TRUE if the producer signed the Charte des bonnes pratiques, else FALSE (required by sud-est-2018).
 * @returns The premium in the grid's price unit, or 0.
 * @fr PRIME_QUALITE Prime qualité de la grille pour le mois, par unité (ex. +6,00 €/1000 L pour sud-est-2018, +0,50 cts/kg pour mooh-2025), ou 0 si une condition n'est pas remplie.
 * @frparam grid grille Identifiant de la grille, ex. "sud-est-2018" ou "mooh-2025" (voir LAIT_GRILLES).
 * @frparam germ_results resultats_germes Résultats germes du mois par ml ; cellules vides ignorées.
 * @frparam cell_results resultats_cellules Comptages cellulaires du mois par ml ; cellules vides ignorées.
 * @frparam butyric_results resultats_butyriques Comptages de spores butyriques du mois par litre (obligatoire pour sud-est-2018).
 * @frparam inhibitor_results resultats_inhibiteurs Résultats inhibiteurs ou antibiotiques du mois : positif/négatif, 1/0, VRAI/FAUX (obligatoire pour mooh-2025).
 * @frparam freezing_results resultats_pc Points de congélation du mois en °C (obligatoire pour mooh-2025).
 * @frparam charter charte VRAI si le producteur a signé la Charte des bonnes pratiques, sinon FAUX (obligatoire pour sud-est-2018).
 */
export function qualityPremiumFn(
  grid: string,
  germ_results: any[][],
  cell_results: any[][],
  butyric_results?: any[][],
  inhibitor_results?: any[][],
  freezing_results?: any[][],
  charter?: any,
): number {
  try {
    return qualityPremium(
      grid,
      germ_results,
      cell_results,
      butyric_results,
      inhibitor_results,
      freezing_results,
      charter,
    );
  } catch (e) {
    throw excelError(e);
  }
}

/**
 * Contestations the month's results make for a criterion (GERMES, CELLULES, INHIBITEURS or PC), as the grid counts them.
 * @customfunction MILK_CONTESTATIONS
 * @param results The month's results of that criterion; blank cells are ignored, text numbers are read.
 * @param grid Grid id with contestations, e.g. "mooh-2025" (see MILK_GRIDS).
 * @param criterion "GERMES", "CELLULES", "INHIBITEURS" or "PC".
 * @returns The number of contestations of the month.
 * @fr LAIT_CONTESTATIONS Contestations que font les résultats du mois pour un critère (GERMES, CELLULES, INHIBITEURS ou PC), comptées selon la grille.
 * @frparam results resultats Résultats du mois pour ce critère ; cellules vides ignorées, nombres en texte lus.
 * @frparam grid grille Identifiant d'une grille à contestations, ex. "mooh-2025" (voir LAIT_GRILLES).
 * @frparam criterion critere "GERMES", "CELLULES", "INHIBITEURS" ou "PC".
 */
export function milkContestations(results: any[][], grid: string, criterion: string): number {
  try {
    return contestations(results, grid, criterion);
  } catch (e) {
    throw excelError(e);
  }
}

/**
 * Mean of values, blanks ignored: "arithmetic", "geometric" (rounded to a whole count) or "weighted" by the weights.
 * @customfunction MILK_MEAN
 * @param values The values; blank cells are ignored, text numbers are read.
 * @param method "arithmetic", "geometric" or "weighted".
 * @param [weights] For "weighted": a range the size of values (e.g. the volume of each sampling day).
 * @returns The mean.
 * @fr LAIT_MOYENNE Moyenne de valeurs, cellules vides ignorées : "arithmetic" (arithmétique), "geometric" (géométrique, arrondie à l'unité) ou "weighted" (pondérée par les poids).
 * @frparam values valeurs Les valeurs ; cellules vides ignorées, nombres en texte lus.
 * @frparam method methode "arithmetic", "geometric" ou "weighted" (aussi "arithmétique", "géométrique", "pondérée").
 * @frparam weights poids Pour "weighted" : une plage de la taille des valeurs (ex. le volume de chaque jour de prélèvement).
 */
export function milkMean(values: any[][], method: string, weights?: any[][]): number {
  try {
    return mean(values, method, weights);
  } catch (e) {
    throw excelError(e);
  }
}

/**
 * Sodiaal price A: product-mix valuation + 50 % × (FranceAgriMer price − Sodiaal price A, both of month m−3) + seasonality, in €/1000 L, each term rounded to 2 decimals.
 * @customfunction MILK_PRICE_A
 * @param mix Product-mix valuation of the month, €/1000 L.
 * @param sodiaal_price_m3 Sodiaal average price A of month m−3, €/1000 L.
 * @param fam_price_m3 FranceAgriMer conventional French price of month m−3, €/1000 L.
 * @param [seasonality] Regional seasonality of the month, €/1000 L (signed). Default 0.
 * @returns Price A in €/1000 L.
 * @fr LAIT_PRIX_A Prix A Sodiaal : valorisation du mix produits + 50 % × (prix FranceAgriMer − prix A Sodiaal, tous deux du mois m−3) + saisonnalité, en €/1000 L, chaque terme arrondi à 2 décimales.
 * @frparam mix mix_produits Valorisation du mix produits du mois, €/1000 L.
 * @frparam sodiaal_price_m3 prix_sodiaal_m3 Prix moyen A Sodiaal du mois m−3, €/1000 L.
 * @frparam fam_price_m3 prix_fam_m3 Prix conventionnel France FranceAgriMer du mois m−3, €/1000 L.
 * @frparam seasonality saisonnalite Saisonnalité régionale du mois, €/1000 L (signée). 0 par défaut.
 */
export function milkPriceA(mix: any, sodiaal_price_m3: any, fam_price_m3: any, seasonality?: any): number {
  try {
    return priceA(mix, sodiaal_price_m3, fam_price_m3, seasonality);
  } catch (e) {
    throw excelError(e);
  }
}

/**
 * PSL standardized producer price of a grid: the grid applied to the standard producer (180 000 kg a year, 4.0 % fat, 3.3 % protein, standard quality), guaranteed components only, in the grid's price unit.
 * @customfunction MILK_STANDARD_PRICE
 * @param grid Grid id, e.g. "sud-est-2018" or "mooh-2025" (see MILK_GRIDS).
 * @param base_price Base price of the month in the grid's price unit (€/1000 L or cts/kg).
 * @param [supplements] Guaranteed contractual supplements, per unit in the grid's price unit (signed). Default 0.
 * @param [annual_kg] Kilograms a year of the standard producer: 180 000 (default) or 350 000.
 * @returns The standardized price in the grid's price unit, rounded to 2 decimals.
 * @fr LAIT_PRIX_STANDARD Prix standardisé producteur (PSL) d'une grille : la grille appliquée au producteur standard (180 000 kg par an, 4,0 % de matière grasse, 3,3 % de protéine, qualité standard), composantes garanties seulement, dans l'unité de prix de la grille.
 * @frparam grid grille Identifiant de la grille, ex. "sud-est-2018" ou "mooh-2025" (voir LAIT_GRILLES).
 * @frparam base_price prix_de_base Prix de base du mois dans l'unité de prix de la grille (€/1000 L ou cts/kg).
 * @frparam supplements supplements Suppléments contractuels garantis, par unité dans l'unité de prix de la grille (signés). 0 par défaut.
 * @frparam annual_kg kg_par_an Kilogrammes par an du producteur standard : 180 000 (par défaut) ou 350 000.
 */
export function milkStandardPrice(grid: string, base_price: any, supplements?: any, annual_kg?: any): number {
  try {
    return standardPrice(grid, base_price, supplements, annual_kg);
  } catch (e) {
    throw excelError(e);
  }
}

/**
 * Rolling 12 months (PSL): mean of the last 12 monthly prices, volume-weighted when volumes are given, rounded to 2 decimals. With fewer prices, the mean of those given.
 * @customfunction MILK_ROLLING_12M
 * @param prices Monthly prices, oldest first; blank cells are ignored and the last 12 prices are used.
 * @param [volumes] Volume of each month, a range the size of prices: the mean is then weighted by volume.
 * @returns The rolling 12-month price.
 * @fr LAIT_MOYENNE_12_MOIS Moyenne glissante sur 12 mois (PSL) : moyenne des 12 derniers prix mensuels, pondérée par les volumes s'ils sont donnés, arrondie à 2 décimales. Avec moins de prix, la moyenne de ceux donnés.
 * @frparam prices prix Prix mensuels, du plus ancien au plus récent ; cellules vides ignorées, les 12 derniers prix sont retenus.
 * @frparam volumes volumes Volume de chaque mois, une plage de la taille des prix : la moyenne est alors pondérée par les volumes.
 */
export function milkRolling12m(prices: any[][], volumes?: any[][]): number {
  try {
    return rolling12m(prices, volumes);
  } catch (e) {
    throw excelError(e);
  }
}

/**
 * Lists the available payment grids, one per row: id, name, currency, price unit.
 * @customfunction MILK_GRIDS
 * @returns The grids, spilled as a table.
 * @fr LAIT_GRILLES Liste les grilles de paiement disponibles, une par ligne : identifiant, nom, devise, unité de prix.
 */
export function milkGrids(): string[][] {
  try {
    return grids();
  } catch (e) {
    throw excelError(e);
  }
}

/** Any failure as the error Excel shows: #VALUE! or #N/A with its message (CustomFunctions.Error). */
function excelError(e: unknown): unknown {
  const runtime = (globalThis as any).CustomFunctions;
  const make = (code: "#VALUE!" | "#N/A", message: string): unknown => {
    if (runtime && typeof runtime.Error === "function") {
      const codes = runtime.ErrorCode ?? {};
      return new runtime.Error(code === "#N/A" ? (codes.notAvailable ?? code) : (codes.invalidValue ?? code), message);
    }
    const error = new Error(message);
    error.name = code;
    return error;
  };
  if (e instanceof FnError) return make(e.kind === "na" ? "#N/A" : "#VALUE!", e.message);
  if (e instanceof PassThroughError) {
    // An error value in an argument (a cell holding #N/A…) is returned as it is.
    const original = e.original as any;
    if (runtime && typeof runtime.Error === "function" && original instanceof runtime.Error) return original;
    if (original && typeof original.code === "string" && runtime && typeof runtime.Error === "function")
      return new runtime.Error(original.code, original.message);
    return make("#VALUE!", "an argument holds an error value");
  }
  // Engine errors (unknown grid, refused input) already name what is wrong.
  return make("#VALUE!", e instanceof Error ? e.message : String(e));
}
