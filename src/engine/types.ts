import type { Message } from "../messages/core";
import type { Decimal } from "./decimal";
import type { Criterion, Grid, LineCategory } from "./grid/schema";
import type { IsoDate, YearMonth } from "./month";

/** Where a value came from in the workbook, so a message can point at the cell. */
export interface SourceRef {
  sheet: string;
  row: number;
  column?: string;
}

export interface Producer {
  code: string;
  name?: string;
  /** Signed the Charte des bonnes pratiques (quality premium condition). */
  charter: boolean;
}

export interface Delivery {
  date: IsoDate;
  /** In the grid's volume unit (L or kg). */
  volume: Decimal;
  /** "HH:MM", for the cooling check. */
  time?: string;
  temperature?: Decimal;
  place?: "ferme" | "centre";
  source?: SourceRef;
}

/** One lab result. INHIBITEURS: value 1 = positive, 0 = negative. */
export interface LabResult {
  date: IsoDate;
  criterion: Criterion;
  value: Decimal;
  /** Only validated results count (default true). */
  validated?: boolean;
  source?: SourceRef;
}

export type EventType = "ALERTE" | "EPANDAGE" | "DOMMAGES";

export interface ProducerEvent {
  date: IsoDate;
  type: EventType;
  /** ALERTE: milk not delivered, in the grid's volume unit. */
  volume?: Decimal;
  /** EPANDAGE, DOMMAGES: the cost in the grid's currency (positive). */
  amount?: Decimal;
  source?: SourceRef;
}

/** Everything the engine needs for one producer's month; history = the earlier months of the same lists. */
export interface ProducerMonthInput {
  producer: Producer;
  month: YearMonth;
  grid: Grid;
  /** Base price of the month in the grid's price unit. */
  basePrice: Decimal;
  deliveries: readonly Delivery[];
  results: readonly LabResult[];
  events?: readonly ProducerEvent[];
  /** First month the workbook holds data for; earlier months count as unknown, not as clean. Default: the producer's earliest row. */
  historyStart?: YearMonth;
}

export type Severity = "info" | "warning" | "error";

export interface Note {
  severity: Severity;
  /** Stable code for filtering: FALLBACK, JOKER, HISTORY, SUSPENSION, CONTESTATION, COOLING, MISSING, ALERT… */
  code: string;
  /** Worded in the language in use when the note was made (the run's issues, the pane, the JSON). */
  message: string;
  /** The same message, to be worded in another language: the statement's Remarques are French whatever it is. */
  text: Message;
  source?: SourceRef;
  /**
   * The criterion and its monthly value when the note is about one (a freezing point in a warning tier, a
   * contestation): the pane groups the same note of several producers and shows each one's value.
   */
  criterion?: Criterion;
  value?: Decimal;
}

export interface StatementLine {
  code: string;
  label: string;
  /** Per-unit rate in the grid's price unit; null for lump sums (penalties, indemnities, costs). */
  rate: Decimal | null;
  /** Signed amount in the grid's currency, rounded to the cent. */
  amount: Decimal;
  category: LineCategory;
  /** Whether the line enters the PSL effective price (grids.md, PSL). */
  inEffectivePrice: boolean;
  explanation: string;
}

export type Fallback = "none" | "previous-last-result" | "previous-mean" | "single-result";

/** How a month's value of a criterion was obtained, for the statement's results section. */
export interface MonthlyValue {
  criterion: Criterion;
  value: Decimal | null;
  method: string;
  /** Results of the month that entered the value. */
  count: number;
  fallback: Fallback;
  /** Result set aside by the joker germes. */
  jokerResult?: LabResult;
  /** In French (the statement's words). */
  explanation: string;
  /** The same explanation as a message, for a note that quotes it in the language in use. */
  explanationText: Message;
}

export interface Statement {
  producer: string;
  grid: string;
  month: YearMonth;
  currency: string;
  priceUnit: string;
  volumeUnit: string;
  volume: Decimal;
  basePrice: Decimal;
  lines: StatementLine[];
  /** Sum of the rounded lines. */
  total: Decimal;
  /** total ÷ volume in the price unit, rounded to 2 decimals; null without volume. */
  pricePerUnit: Decimal | null;
  /** PSL effective price: only the lines that enter it, ÷ volume, rounded to 2 decimals; null without volume. */
  effectivePrice: Decimal | null;
  monthlyValues: MonthlyValue[];
  notes: Note[];
  suspension: boolean;
}
