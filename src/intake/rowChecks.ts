/**
 * The checks every row of the file goes through first, results or volumes, in this order: its shape (the
 * header's number of fields), its producer (known in Producteurs, with a grid his values can be checked
 * against), his consent, its date. A row that fails one is counted (Tally) and goes no further.
 *
 * A producer's grid is the run's (readWorkbookGrids: built-in grids and the workbook's « Grille <id> »
 * sheets): his Grille, or the import's grid when it is blank (validate.ts). A grid id is that grid whatever
 * the month, as in the run; a family is resolved for each row's month, as the run does for its month.
 */
import type { Grid, IsoDate } from "../engine";
import { Bad, isBlankCell, isoToSerial, parseCode, parseDate } from "../inputs";
import { gridLookup } from "../inputs/gridLookup";
import { SHEETS } from "../inputs/tables";
import type { WorkbookGrids } from "../inputs/workbookGrids";
import { t } from "../messages";
import type { CellValue, OutputCell } from "../workbook/port";
import type { ResolvedMapping } from "./mapping";
import { Memo } from "./memo";
import type { SeenResults } from "./seen";
import type { SourceRow, SourceTable } from "./source";
import type { Tally } from "./tally";
import { producerGrid, type ImportGrid, type ProducerIndex, type ProducerInfo } from "./validate";

/** What an import works from: the file and its mapping, the workbook's producers and grids, and its tally. */
export interface ImportContext {
  source: SourceTable;
  mapping: ResolvedMapping;
  producers: ProducerIndex;
  /** The grid of the producers whose Grille is blank. */
  importGrid: ImportGrid;
  grids: WorkbookGrids;
  tally: Tally;
}

/**
 * A producer of the file, once checked: who he is, his id among the results, his Code cell and the grid his
 * values are checked against. When his grid is a family, `family` names it and `grid` is the version of the
 * row's month. One shape whether he consents or not.
 */
export interface Who {
  producer: ProducerInfo;
  consent: boolean;
  /** Among the results already seen (SeenResults.codeId); -1 for volumes. */
  id: number;
  cell: OutputCell;
  grid: Grid;
  family: string | null;
}

/** A date of the file, once checked: its id among the results (-1 for volumes) and its Date cell. */
export interface When {
  date: IsoDate;
  id: number;
  cell: OutputCell;
}

/** The cell of a field in a row of the file, null when the file has no such column or the row is short. */
export function fieldCell(values: readonly CellValue[], column: number | undefined): CellValue {
  if (column === undefined) return null;
  const v = values[column];
  return v === undefined ? null : v;
}

/** Why a row does not have the header's shape (fewer fields, or more that are not blank), or null. */
function shapeProblem(values: readonly CellValue[], width: number): string | null {
  const n = values.length;
  if (n === width) return null;
  if (n < width) return t("intake.rowShort", { n, width });
  for (let i = width; i < n; i++) if (!isBlankCell(values[i])) return t("intake.rowLong", { n, width });
  return null;
}

export class RowChecks {
  private readonly width: number;
  private readonly codeColumn: number | undefined;
  private readonly dateColumn: number | undefined;
  /** Code and Date cells as read → the producer or date, or the reason of the reject. */
  private readonly producers = new Memo<CellValue, Who | string>();
  private readonly dates = new Memo<CellValue, When | string>();
  /** A family producer's Who for each month. */
  private readonly versions = new Map<Who, Memo<string, Who | string>>();
  /**
   * The date of the last row head() let through. Kept here rather than returned with the producer in an
   * object per row: that object cost the 100 000-row import 3 to 5 ms of its own ~60 ms (bench/import.ts, CPU
   * time, slower in each of 6 interleaved runs).
   */
  when: When = { date: "" as IsoDate, id: -1, cell: { value: null } };

  /** `ids`: the results' ids of producers and dates (null for volumes, which need none). */
  constructor(
    private readonly context: ImportContext,
    private readonly ids: SeenResults | null,
  ) {
    this.width = context.source.headers.length;
    this.codeColumn = context.mapping.index.code;
    this.dateColumn = context.mapping.index.date;
  }

  /** Forgets the producers and dates read. */
  clear(): void {
    this.producers.clear();
    this.dates.clear();
    this.versions.clear();
  }

  /**
   * The row's producer (with the grid of the row's month; its date in `when`), or null when the row was
   * rejected or counted without consent. `count`: the results the row holds (a wide row's), counted together
   * when it stops here.
   */
  head(row: SourceRow, count: number): Who | null {
    const tally = this.context.tally;
    const values = row.values;
    const shape = shapeProblem(values, this.width);
    if (shape !== null) {
      tally.reject(row, shape, count);
      return null;
    }
    const codeCell = fieldCell(values, this.codeColumn);
    const who = this.producers.get(codeCell) ?? this.producers.remember(codeCell, this.producerOf(codeCell));
    if (typeof who === "string") {
      tally.reject(row, who, count);
      return null;
    }
    if (!who.consent) {
      tally.withoutConsent(row, who.producer.code, count);
      return null;
    }
    const dateCell = fieldCell(values, this.dateColumn);
    const when = this.dates.get(dateCell) ?? this.dates.remember(dateCell, this.dateOf(dateCell));
    if (typeof when === "string") {
      tally.reject(row, when, count);
      return null;
    }
    const dated = who.family === null ? who : this.forMonth(who, when.date);
    if (typeof dated === "string") {
      tally.reject(row, dated, count);
      return null;
    }
    this.when = when;
    return dated;
  }

  /** The producer of a Code cell, or the reason of the reject. */
  private producerOf(cell: CellValue): Who | string {
    const code = parseCode(cell);
    if (code === null) return t("inputs.missing.code");
    if (code instanceof Bad) return code.message;
    const producer = this.context.producers.find(code);
    if (!producer) return t("intake.unknownProducer", { code, sheet: SHEETS.producers });
    const { catalogue, broken } = this.context.grids;
    const named = producerGrid(producer, this.context.importGrid, catalogue, broken);
    // Without consent nothing of his is imported, so an unknown grid is not his reject's reason.
    if (typeof named === "string" && producer.consent) return named;
    // A family waits for the row's month: the latest version stands in until then; no consent: nothing of his
    // is checked.
    const grid = typeof named === "string" ? catalogue.list()[0].grid : catalogue.resolve(named.name);
    const family = typeof named === "string" || catalogue.entry(named.name) ? null : named.name;
    return {
      producer,
      consent: producer.consent,
      id: this.ids ? this.ids.codeId(producer.code) : -1,
      cell: { value: producer.code, style: "text" },
      grid,
      family,
    };
  }

  /** The date of a Date cell, or the reason of the reject. */
  private dateOf(cell: CellValue): When | string {
    const date = parseDate(cell);
    if (date === null) return t("inputs.missing.date");
    if (date instanceof Bad) return date.message;
    return { date, id: this.ids ? this.ids.dateId(date) : -1, cell: { value: isoToSerial(date), style: "date" } };
  }

  /** A producer whose grid is a family: the version valid for the row's month, or why there is none. */
  private forMonth(who: Who, date: IsoDate): Who | string {
    let byMonth = this.versions.get(who);
    if (!byMonth) this.versions.set(who, (byMonth = new Memo()));
    const month = date.slice(0, 7);
    return byMonth.get(month) ?? byMonth.remember(month, this.version(who, month));
  }

  private version(who: Who, month: string): Who | string {
    const { catalogue, broken } = this.context.grids;
    const grid = gridLookup(catalogue, month, broken)(who.family!);
    return typeof grid === "string"
      ? t("intake.familyUnusable", { code: who.producer.code, why: grid })
      : { ...who, grid };
  }
}
