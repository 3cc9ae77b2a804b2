/**
 * A result's value as the file gives it, read as the statement run reads Analyses (resultValue), checked
 * against the producer's grid (its plausible ranges, and the unit a header declares: validate.ts) and turned
 * into its Analyses cell. Labs repeat their values: each distinct cell is read and checked once per
 * criterion, grid and declared unit (Memo), and its output cell is shared by the rows that hold it.
 */
import { Decimal, frAsTyped, type Criterion, type Grid } from "../engine";
import { Bad, type Parsed } from "../inputs";
import { resultValue } from "../inputs/resultsTable";
import { t } from "../messages";
import type { CellValue, OutputCell } from "../workbook/port";
import type { ContentUnit } from "./mapping";
import { Memo } from "./memo";
import type { SeenResults } from "./seen";
import { rangeProblem } from "./validate";

/** A result's value: the reason it is rejected, or its value id (SeenResults), text and output cell. */
export interface ValueCheck {
  problem: string | null;
  valueId: number;
  shown: string;
  cell: OutputCell | null;
}

/** Declared units, as a number for the memos' index. */
const UNITS: (ContentUnit | null)[] = [null, "g/l", "%"];

export class ResultValues {
  /** Per grid, by criterion id × declared unit. */
  private readonly memos = new Map<Grid, Memo<CellValue, ValueCheck>[]>();

  constructor(private readonly seen: SeenResults) {}

  clear(): void {
    this.memos.clear();
  }

  /** The check of a value of `criterion` (whose id is `criterionId`) for a producer of `grid`. */
  check(
    criterion: Criterion,
    criterionId: number,
    cell: CellValue,
    grid: Grid,
    declared: ContentUnit | null,
  ): ValueCheck {
    let byCriterion = this.memos.get(grid);
    if (!byCriterion) this.memos.set(grid, (byCriterion = []));
    const unit = UNITS.indexOf(declared);
    const slot = criterionId * UNITS.length + unit;
    let memo = byCriterion[slot];
    if (!memo) byCriterion[slot] = memo = new Memo(50_000);
    return memo.get(cell) ?? memo.remember(cell, this.checkOnce(criterion, cell, grid, declared));
  }

  private checkOnce(criterion: Criterion, cell: CellValue, grid: Grid, declared: ContentUnit | null): ValueCheck {
    const rejected = (problem: string): ValueCheck => ({ problem, valueId: -1, shown: "", cell: null });
    const parsed: Parsed<Decimal> = resultValue(criterion, cell);
    if (parsed === null) return rejected(t("intake.missingValue"));
    if (parsed instanceof Bad) return rejected(parsed.message);
    const problem = rangeProblem(criterion, parsed, grid, declared);
    if (problem) return rejected(problem);
    const out: OutputCell =
      criterion === "INHIBITEURS"
        ? { value: parsed.isZero() ? "négatif" : "positif", style: "text" }
        : { value: parsed.toNumber() };
    return { problem: null, valueId: this.seen.valueId(parsed.toString()), shown: frAsTyped(parsed), cell: out };
  }
}
