import type { Decimal } from "../decimal";
import type { PlausibleRanges } from "./plausible";

/**
 * A buyer's payment grid, as declarative data (src/engine/grids/*.json), validated by `loadGrid`.
 * Adding a grid means adding a JSON file; the vocabulary below is what the engine knows how to compute.
 */

export const CRITERIA = ["MG", "MP", "GERMES", "CELLULES", "BUTYRIQUES", "PC", "INHIBITEURS"] as const;
export type Criterion = (typeof CRITERIA)[number];

export const METHODS = ["arithmetic", "geometric", "weighted", "worst"] as const;
/** How a month's results become one monthly value (grids.md, "Monthly values"). */
export type MeanMethod = (typeof METHODS)[number];

/** How the monthly value of a criterion is obtained. */
export interface CriterionRule {
  method: MeanMethod;
  /** For `worst`: which end is worst (freezing point: the highest). */
  worst?: "highest" | "lowest";
  /** Decimal places the monthly value is rounded to before the grid is applied; geometric means: 0. */
  round?: number;
  /** Unit shown in explanations ("/ml", "g/l", "%", "°C"). */
  unit: string;
  /** Minimum number of results for a monthly mean; below it, `fallback` decides (grids.md sud-est). */
  minResults?: number;
  /** With too few results: complete with the previous month's last result; with none, reuse its mean. */
  fallback?: "previous-month";
  /** Joker germes: one result above `threshold` set aside when all others of this and `months` earlier months are ≤ it. */
  joker?: { threshold: Decimal; months: number };
}

/** A tier bound in the words of the grid: `from` / `upTo` include the bound, `above` / `below` exclude it. */
export interface Tier {
  from?: Decimal;
  above?: Decimal;
  below?: Decimal;
  upTo?: Decimal;
  /** Per-unit adjustment in the grid's price unit... */
  rate?: Decimal;
  /** ...or a percentage of the base price (freezing point, sud-est). Exactly one of the two. */
  percentOfBase?: Decimal;
  /** A warning reported when the monthly value falls in this tier (sud-est freezing point). */
  warning?: string;
}

/** Contestations a month's value makes: the highest `count` whose `from` (inclusive) the value reaches. */
export interface ContestationRule {
  /** With at least `multiFrom` results (default 2): thresholds applied to the monthly mean. */
  mean: { from: Decimal; count: number }[];
  /** With a single result, other limits may apply; absent = same as `mean`. */
  single?: { from: Decimal; count: number }[];
}

export interface LadderLevel {
  level: number;
  rate: Decimal;
  suspension?: boolean;
}

export type LineCategory =
  "base" | "composition" | "quality-bonus" | "quality-deduction" | "penalty" | "indemnity" | "cost";

interface ComponentBase {
  code: string;
  label: string;
}

export interface BaseComponent extends ComponentBase {
  kind: "base";
}

/** Fat/protein: each unit of content is paid at the rate of the band it falls in (continuous). */
export interface MarginalComponent extends ComponentBase {
  kind: "marginal";
  criterion: Criterion;
  reference: Decimal;
  /** Content step the rates are expressed per (1 g/l, or 0.01 %). */
  step: Decimal;
  /** Contiguous bands covering every content; `rate` = price change per step of content increase. */
  bands: { from?: Decimal; to?: Decimal; rate: Decimal }[];
}

/** A monthly value looked up in tiers (germs, cells, spores, freezing point). */
export interface TieredComponent extends ComponentBase {
  kind: "tiers";
  criterion: Criterion;
  tiers: Tier[];
  /** Values at or above which a contestation is reported (not priced). */
  contestation?: ContestationRule;
}

/** Contestations counted in a window of months decide a deduction level (mooh germs, cells, inhibitors). */
export interface LadderComponent extends ComponentBase {
  kind: "ladder";
  criterion: Criterion;
  /** Months in the window, current month included (5 or 12). */
  windowMonths: number;
  /** Numeric criteria: thresholds; inhibitors: `anyPositive` makes one contestation per month. */
  contestation: ContestationRule | { anyPositive: number };
  levels: LadderLevel[];
  /** Actual damages (events `DOMMAGES`) are charged with this criterion's contestations. */
  damages?: boolean;
}

/** Antibiotic residues on a delivery day (sud-est): penalty, destruction participation, alert indemnity. */
export interface AntibioticComponent extends ComponentBase {
  kind: "antibiotic";
  /** Percent of the day's milk value at base price: first positive, then a repeat within the window. */
  penaltyPercent: { first: Decimal; repeat: Decimal };
  windowMonths: number;
  /** Fixed destruction participation by rank of the positive in the window (last applies to later ones). */
  destruction: Decimal[];
  /** Alert before collection: percent of the undelivered milk's value, `perCalendarYear` times a year. */
  alert: { percent: Decimal; perCalendarYear: number };
}

export type BonusCondition =
  | { criterion: Criterion; stat: "monthly"; below?: Decimal; upTo?: Decimal }
  | { criterion: Criterion; stat: "max"; upTo: Decimal; requireResult?: boolean }
  | { criterion: Criterion; stat: "noPositive"; requireResult?: boolean }
  | { stat: "charter" };

/** A per-unit bonus paid when every condition holds (quality premium, excellence supplement). */
export interface BonusComponent extends ComponentBase {
  kind: "bonus";
  rate: Decimal;
  conditions: BonusCondition[];
}

/** Cooling check at pick-up (mooh): not priced, reported. */
export interface CoolingComponent extends ComponentBase {
  kind: "cooling";
  maxTemperature: Decimal;
  tolerated: { maxTemperature: Decimal; windows: Record<string, [string, string][]> };
}

export type Component =
  | BaseComponent
  | MarginalComponent
  | TieredComponent
  | LadderComponent
  | AntibioticComponent
  | BonusComponent
  | CoolingComponent;

export interface Grid {
  /** This exact grid (one version of a family), shown on every statement. */
  id: string;
  /** The buyer's grid family ("sud-est"): a family names the version valid for the month. */
  family: string;
  /** First month (YYYY-MM) this version applies to. */
  validFrom: string;
  /** Last month it applies to; absent = until a later version of the family starts. */
  validTo?: string;
  name: string;
  source: string;
  currency: string;
  /** Price unit as shown ("€/1000 L", "cts/kg"). */
  priceUnit: string;
  /** amount (currency) = per-unit rate × volume ÷ amountDivisor (1000 for €/1000 L, 100 for cts/kg → CHF). */
  amountDivisor: Decimal;
  volumeUnit: "L" | "kg";
  criteria: Partial<Record<Criterion, CriterionRule>>;
  components: Component[];
  /** Choices made where the source and grids.md are silent, for the next reader. */
  choices: string[];
  /** Plausible values per criterion and for one delivery's volume, in the grid's units (plausible.ts). */
  plausible?: PlausibleRanges;
}
