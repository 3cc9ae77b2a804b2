import type { Decimal } from "../decimal";
import type { Grid } from "../grid/schema";
import type { YearMonth } from "../month";
import type { Note, Producer, StatementLine } from "../types";
import type { ProducerHistory } from "../values/producerHistory";

/** What every rule sees of the producer's month. */
export interface MonthContext {
  grid: Grid;
  producer: Producer;
  month: YearMonth;
  basePrice: Decimal;
  /** Volume delivered in the month, in the grid's volume unit. */
  volume: Decimal;
  history: ProducerHistory;
}

/** What a rule adds to the statement. */
export interface RuleOutcome {
  lines: StatementLine[];
  notes: Note[];
  suspension?: boolean;
}
