/**
 * The import: rows of a lab's or buyer's file → rows of Analyses or Livraisons, through the workbook port.
 *
 * `importRows` reads Producteurs and the target table and decides, row by row, what lands and what does not;
 * `applyImport` appends the rows (port.appendRows), adds the rejects to « Import rejets » and saves the
 * mapping (store.ts). `importFile` does both. Nothing is lost and nothing is silently changed:
 * - every row of the file ends in exactly one count: imported, duplicate, rejected or without consent
 *   (for a wide file, each result of the row: read = imported + duplicates + rejected + noConsent);
 * - a rejected row goes to « Import rejets » with its source line, its text as in the file and the reason;
 * - a row already in the table (Analyses: same date, producer and criterion with the same value;
 *   Livraisons: same date, producer, volume and time), or earlier in the same file, is a duplicate and
 *   is not added again — so importing the same file twice adds nothing. The same date, producer and
 *   criterion with a different value is a conflict: rejected, the table is left as it is;
 * - a producer whose Consentement is non: his results are not imported, counted, and listed without their
 *   content.
 * Values are parsed by src/inputs/cell.ts (the statement run's parser) and written as numbers and dates, text
 * as text.
 */
import { Decimal, frAsTyped, type Criterion, type Grid, type GridCatalogue, type IsoDate } from "../engine";
import {
  Bad,
  isBlankCell,
  codeKey,
  isoToSerial,
  parseCode,
  parseCriterion,
  parseDate,
  parseDecimal,
  parseNonNegative,
  parsePlace,
  parseVolume,
  parseTime,
  parseYesNo,
  type Parsed,
} from "../inputs";
import { gridLookup } from "../inputs/gridLookup";
import { Columns } from "../inputs/columns";
import { DELIVERY_COLUMNS } from "../inputs/deliveriesTable";
import { RESULT_COLUMNS, resultValue } from "../inputs/resultsTable";
import { SHEETS } from "../inputs/tables";
import { readWorkbookGrids, type WorkbookGrids } from "../inputs/workbookGrids";
import type { CellValue, OutputCell, TableData, WorkbookPort } from "../workbook/port";
import { ColumnRows, type RowBlock } from "../workbook/rows";
import {
  type ContentUnit,
  type Field,
  type ImportKind,
  type Mapping,
  type ResolvedMapping,
  resolveMapping,
} from "./mapping";
import { ImportError } from "./errors";
import { SeenResults } from "./seen";
import type { SourceRow, SourceTable } from "./source";
import {
  IMPORT_KEY,
  MAPPINGS_SHEET,
  REJECTS_SHEET,
  type RejectRow,
  loadMappings,
  loadRejects,
  mappingsSheet,
  rejectsSheet,
  replaceable,
  withMapping,
} from "./store";
import {
  ProducerIndex,
  decideImportGrid,
  producerGrid,
  rangeProblem,
  volumeProblem,
  type ImportGrid,
  type ProducerInfo,
} from "./validate";

export interface Reject {
  line: number;
  /** The line as written in the file (empty for a producer without consent: his data is not copied). */
  raw: string;
  reason: string;
}

export interface ImportSummary {
  kind: ImportKind;
  fileName: string;
  format: "csv" | "xlsx";
  encoding?: string;
  separator?: string;
  sheet?: string;
  layout: "long" | "wide";
  /** Data lines of the file (after the header). */
  lines: number;
  /** Non-blank lines before the header (titles): not data. */
  preamble: number;
  /** Results (Analyses) or collections (Livraisons) the file holds: imported + duplicates + rejected + noConsent. */
  read: number;
  imported: number;
  duplicates: number;
  rejected: number;
  noConsent: number;
  /** Where the rows were written (after applyImport), null when nothing was added. */
  appended: { sheet: string; firstRow: number; lastRow: number } | null;
}

export interface ImportPlan {
  summary: ImportSummary;
  /** Target table (Analyses or Livraisons) as found in the workbook. */
  target: string;
  /** Rows to append, cells in the order of the target table's columns. */
  rows: RowBlock;
  rejects: Reject[];
}

/** The tables an import writes to, read as the statement run reads them. */
const TARGET_SPECS = { analyses: RESULT_COLUMNS, livraisons: DELIVERY_COLUMNS };

const CONSENT_TEXT = "(contenu non repris : producteur sans consentement)";

async function readRequired(port: WorkbookPort, name: string): Promise<TableData> {
  const t = await port.readTable(name);
  if (!t) {
    const names = await port.sheetNames();
    throw new ImportError(
      `feuille ou tableau « ${name} » introuvable dans le classeur (feuilles : ${names.join(", ") || "aucune"})`,
    );
  }
  return t;
}

function columnsOrImportError<K extends string>(
  t: TableData,
  specs: Record<K, { header: string; required?: boolean }>,
): Columns<K> {
  try {
    return new Columns(t, specs);
  } catch (e) {
    throw new ImportError((e as Error).message);
  }
}

export interface ImportOptions {
  /** Grid of the producers whose Grille is blank (default: the only grid named in PrixDeBase). */
  grid?: string;
}

/** Decides what lands: reads Producteurs, PrixDeBase (the import's grid) and the target table, writes nothing. */
export async function importRows(
  port: WorkbookPort,
  source: SourceTable,
  mapping: Mapping,
  kind: ImportKind,
  options: ImportOptions = {},
): Promise<ImportPlan> {
  if (mapping.kind !== kind)
    throw new ImportError(
      `la correspondance est pour ${mapping.kind === "analyses" ? "des résultats" : "des volumes"}, pas pour ${kind === "analyses" ? "des résultats" : "des volumes"}`,
    );
  const resolved = resolveMapping(mapping, source.headers);
  const producersTable = await readRequired(port, SHEETS.producers);
  const producers = (() => {
    try {
      return new ProducerIndex(producersTable);
    } catch (e) {
      throw new ImportError((e as Error).message);
    }
  })();
  const targetName = kind === "analyses" ? SHEETS.results : SHEETS.deliveries;
  const target = await readRequired(port, targetName);
  const summary: ImportSummary = {
    kind,
    fileName: source.fileName,
    format: source.format,
    encoding: source.encoding,
    separator: source.separator,
    sheet: source.sheet,
    layout: mapping.layout,
    lines: source.rows.length,
    preamble: source.preamble,
    read: 0,
    imported: 0,
    duplicates: 0,
    rejected: 0,
    noConsent: 0,
    appended: null,
  };
  // The run's catalogue: built-in grids and the workbook's grid sheets (a broken sheet's grid is named as such).
  const grids = await readWorkbookGrids(port);
  const importGrid = await gridForBlankGrille(port, options.grid, grids.catalogue);
  const ctx = new Run(source, resolved, producers, summary, importGrid, grids);
  const pass = kind === "analyses" ? ctx.analyses(target, columnsOrImportError(target, TARGET_SPECS.analyses)) : null;
  if (kind === "livraisons") ctx.livraisons(target, columnsOrImportError(target, TARGET_SPECS.livraisons));
  const plan = { summary, target: target.sheet, rows: ctx.rows, rejects: ctx.rejects };
  if (pass) keepShapes(pass);
  return plan;
}

/** The import's grid (decideImportGrid), with a PrixDeBase that cannot be read as an ImportError. */
async function gridForBlankGrille(
  port: WorkbookPort,
  option: string | undefined,
  catalogue: GridCatalogue,
): Promise<ImportGrid> {
  const prices = await port.readTable(SHEETS.prices);
  try {
    return decideImportGrid(prices, option, catalogue);
  } catch (e) {
    throw e instanceof ImportError ? e : new ImportError((e as Error).message);
  }
}

/**
 * The last results pass, emptied. V8 throws away the optimised code of the checks once no object of the
 * shapes it was compiled for is left (Run, ResultsPass, SeenResults, ColumnRows): every import after a
 * garbage collection would then run its first ~10 000 rows unoptimised again (~40 ms of a 100 000-row
 * import, more than the rest of the checks take per 10 000 rows). Keeping one emptied pass keeps those
 * shapes, and the code, between imports; it holds no data of the import (release()).
 */
let lastPass: ResultsPass | null = null;

function keepShapes(pass: ResultsPass): void {
  pass.release();
  lastPass = pass;
}

const EMPTY_SOURCE: SourceTable = {
  fileName: "",
  format: "csv",
  headerLine: 0,
  headers: [],
  rows: [],
  preamble: 0,
  rawLine: () => "",
};
const EMPTY_TABLE: TableData = { sheet: "", headerRow: 0, firstColumn: 1, headers: [], rows: [] };

/**
 * A producer of the file, once checked: who he is, his id among the results, his Code cell, the grid his
 * values are checked against (and its place in the catalogue's list, for the checks' memo). When his grid is
 * a family, `family` names it and `grid` is resolved for each row's month (Run.forMonth). One shape whether he
 * consents or not (no `in` test per row).
 */
interface Who {
  producer: ProducerInfo;
  consent: boolean;
  id: number;
  cell: OutputCell;
  grid: Grid;
  gridSlot: number;
  family: string | null;
}
/** A date of the file, once checked: its id among the results and its Date cell. */
interface When {
  date: IsoDate;
  id: number;
  cell: OutputCell;
}

/** One import's bookkeeping. */
class Run {
  /** The rows to append, column by column (set by the pass, which knows the target's width). */
  rows = new ColumnRows(0);
  rejects: Reject[] = [];
  readonly width: number;

  constructor(
    public source: SourceTable,
    readonly m: ResolvedMapping,
    private readonly producers: ProducerIndex,
    readonly summary: ImportSummary,
    private readonly importGrid: ImportGrid,
    private readonly grids: WorkbookGrids,
  ) {
    this.width = source.headers.length;
    this.gridList = grids.catalogue.list().map((e) => e.grid);
    this.fCode = m.index.code ?? -1;
    this.fDate = m.index.date ?? -1;
  }

  /** The grids of the catalogue, in a fixed order: a grid's index is its slot in the checks' memo. */
  readonly gridList: Grid[];
  /** A family producer's Who for each month (forMonth). */
  private readonly familyMemo = new Map<Who, Map<string, Who | string>>();

  reject(row: SourceRow, reason: string, count = 1): void {
    this.summary.rejected += count;
    this.summary.read += count;
    this.rejects.push({ line: row.line, raw: this.source.rawLine(row), reason });
  }

  /** Columns of the file's code and date (-1: none), read on every row. */
  private readonly fCode: number;
  private readonly fDate: number;

  private cell(row: SourceRow, field: Field): CellValue {
    const i = this.m.index[field];
    if (i === undefined) return null;
    const v = row.values[i];
    return v === undefined ? null : v;
  }

  /** The date of the last row head() let through (kept here, not in an object per row). */
  when: When = { date: "" as IsoDate, id: -1, cell: { value: null } };

  // head()'s memos, by the cell as read: a file repeats its producers and dates on every line.
  private readonly whoMemo = new Map<CellValue, Who | string>();
  private readonly whenMemo = new Map<CellValue, When | string>();

  // The previous row's cell and answer: files are often sorted by producer or date (no hashing then).
  private lastWhoCell: CellValue | undefined = undefined;
  private lastWho: Who | string = "";
  private lastWhenCell: CellValue | undefined = undefined;
  private lastWhen: When | string = "";

  private whoOf(cell: CellValue, seen: SeenResults | null): Who | string {
    if (cell === this.lastWhoCell) return this.lastWho;
    this.lastWhoCell = cell;
    return (this.lastWho = this.whoOfNew(cell, seen));
  }

  private whenOf(cell: CellValue, seen: SeenResults | null): When | string {
    if (cell === this.lastWhenCell) return this.lastWhen;
    this.lastWhenCell = cell;
    return (this.lastWhen = this.whenOfNew(cell, seen));
  }

  private whoOfNew(cell: CellValue, seen: SeenResults | null): Who | string {
    let w = this.whoMemo.get(cell);
    if (w !== undefined) return w;
    const code = parseCode(cell);
    const producer = code === null || code instanceof Bad ? undefined : this.producers.find(code);
    if (code === null) w = "code producteur manquant";
    else if (code instanceof Bad) w = code.message;
    else if (!producer) w = `producteur « ${code} » inconnu dans Producteurs`;
    else {
      const named = producerGrid(producer, this.importGrid, this.grids.catalogue, this.grids.broken);
      // Without consent nothing of his is imported, so an unknown grid is not his reject's reason.
      if (typeof named === "string" && producer.consent) w = named;
      else {
        // An id is that grid whatever the month (as in the run); a family waits for the row's month. The latest
        // version stands in until then; no consent: nothing of his is checked.
        const g = typeof named === "string" ? this.gridList[0] : this.grids.catalogue.resolve(named.name);
        const family = typeof named === "string" || this.grids.catalogue.entry(named.name) ? null : named.name;
        w = {
          producer,
          consent: producer.consent,
          id: seen ? seen.codeId(producer.code) : -1,
          cell: { value: producer.code, style: "text" },
          grid: g,
          gridSlot: this.gridList.indexOf(g),
          family,
        };
      }
    }
    if (this.whoMemo.size >= 100_000) this.whoMemo.clear();
    this.whoMemo.set(cell, w);
    return w;
  }

  private whenOfNew(cell: CellValue, seen: SeenResults | null): When | string {
    let w = this.whenMemo.get(cell);
    if (w !== undefined) return w;
    const date = parseDate(cell);
    if (date === null) w = "date manquante";
    else if (date instanceof Bad) w = date.message;
    else w = { date, id: seen ? seen.dateId(date) : -1, cell: { value: isoToSerial(date), style: "date" } };
    if (this.whenMemo.size >= 100_000) this.whenMemo.clear();
    this.whenMemo.set(cell, w);
    return w;
  }

  /**
   * Checks common to both kinds, in this order: shape, producer, consent, date. The producer (the date in
   * `when`), or null when the row was rejected or counted without consent.
   */
  head(row: SourceRow, count: number, seen: SeenResults | null): Who | null {
    const values = row.values;
    const n = values.length;
    if (n !== this.width) {
      if (n < this.width) {
        this.reject(row, `ligne incomplète : ${n} champ${n > 1 ? "s" : ""} au lieu de ${this.width}`, count);
        return null;
      }
      let extra = false;
      for (let i = this.width; i < n; i++) if (!isBlankCell(values[i])) extra = true;
      if (extra) {
        this.reject(
          row,
          `ligne trop longue : ${n} champs au lieu de ${this.width} (séparateur dans une valeur sans guillemets ?)`,
          count,
        );
        return null;
      }
    }
    const who = this.whoOf(this.fCode >= 0 ? (values[this.fCode] ?? null) : null, seen);
    if (typeof who === "string") {
      this.reject(row, who, count);
      return null;
    }
    if (!who.consent) {
      this.summary.noConsent += count;
      this.summary.read += count;
      this.rejects.push({
        line: row.line,
        raw: CONSENT_TEXT,
        reason: `producteur ${who.producer.code} : Consentement = non, résultats non importés`,
      });
      return null;
    }
    const when = this.whenOf(this.fDate >= 0 ? (values[this.fDate] ?? null) : null, seen);
    if (typeof when === "string") {
      this.reject(row, when, count);
      return null;
    }
    this.when = when;
    if (who.family === null) return who;
    const dated = this.forMonth(who, when.date);
    if (typeof dated === "string") {
      this.reject(row, dated, count);
      return null;
    }
    return dated;
  }

  /** A producer whose grid is a family: the version valid for the row's month (memo per producer and month). */
  private forMonth(who: Who, date: IsoDate): Who | string {
    const month = date.slice(0, 7);
    let byMonth = this.familyMemo.get(who);
    if (!byMonth) this.familyMemo.set(who, (byMonth = new Map()));
    let w = byMonth.get(month);
    if (w === undefined) {
      const grid = gridLookup(this.grids.catalogue, month, this.grids.broken)(who.family!);
      w =
        typeof grid === "string"
          ? `producteur ${who.producer.code} : ${grid} : valeurs non vérifiables, non importées`
          : { ...who, grid, gridSlot: this.gridList.indexOf(grid) };
      byMonth.set(month, w);
    }
    return w;
  }

  analyses(target: TableData, c: Columns<keyof typeof TARGET_SPECS.analyses>): ResultsPass {
    const pass = new ResultsPass(this, target, c);
    pass.each();
    return pass;
  }

  /** Drops the import's data (keepShapes): the file, the rows, the rejects, the memos. */
  release(): void {
    this.source = EMPTY_SOURCE;
    this.rows = new ColumnRows(0);
    this.rejects = [];
    this.whoMemo.clear();
    this.whenMemo.clear();
    this.familyMemo.clear();
    this.lastWhoCell = undefined;
    this.lastWho = "";
    this.lastWhenCell = undefined;
    this.lastWhen = "";
  }

  livraisons(target: TableData, c: Columns<keyof typeof TARGET_SPECS.livraisons>): void {
    const keyOf = (date: IsoDate, code: string, volume: Decimal, time: string | null) =>
      `${date}|${codeKey(code)}|${volume.toString()}|${time ?? ""}`;
    const existing = new Set<string>();
    for (const { values } of target.rows) {
      const code = parseCode(c.cell(values, "code"));
      const date = parseDate(c.cell(values, "date"));
      const volume = parseVolume(c.cell(values, "volume"));
      const time = parseTime(c.cell(values, "time"));
      if (
        code === null ||
        code instanceof Bad ||
        date === null ||
        date instanceof Bad ||
        volume === null ||
        volume instanceof Bad ||
        time instanceof Bad
      )
        continue;
      existing.add(keyOf(date, code, volume, time));
    }
    this.rows = new ColumnRows(target.headers.length);
    const missingColumn = (field: "time" | "temperature" | "place", label: string) =>
      this.m.index[field] !== undefined && c.index[field] < 0 ? label : null;
    const lacking = {
      time: missingColumn("time", "Heure"),
      temperature: missingColumn("temperature", "Température"),
      place: missingColumn("place", "Lieu"),
    };
    for (const row of this.source.rows) {
      const who = this.head(row, 1, null);
      if (!who) continue;
      const h = { producer: who.producer, date: this.when.date };
      const volume = parseVolume(this.cell(row, "volume"));
      if (volume === null) {
        this.reject(row, "volume manquant");
        continue;
      }
      if (volume instanceof Bad) {
        this.reject(row, volume.message);
        continue;
      }
      const vp = volumeProblem(volume, who.grid);
      if (vp) {
        this.reject(row, vp);
        continue;
      }
      const time = parseTime(this.cell(row, "time"));
      const temperature = parseDecimal(this.cell(row, "temperature"));
      const place = parsePlace(this.cell(row, "place"));
      const bad = [time, temperature, place].find((x): x is Bad => x instanceof Bad);
      if (bad) {
        this.reject(row, bad.message);
        continue;
      }
      const lost = (["time", "temperature", "place"] as const).find(
        (f) => lacking[f] !== null && !isBlankCell(this.cell(row, f)),
      );
      if (lost) {
        this.reject(
          row,
          `la feuille Livraisons n'a pas de colonne « ${lacking[lost]} » : la valeur serait perdue (ajoutez la colonne puis importez à nouveau)`,
        );
        continue;
      }
      const key = keyOf(h.date, h.producer.code, volume, time as string | null);
      if (existing.has(key)) {
        this.summary.duplicates++;
        this.summary.read++;
        continue;
      }
      existing.add(key);
      const out = this.rows;
      out.set(c.index.date, this.when.cell);
      out.set(c.index.code, who.cell);
      out.set(c.index.volume, { value: volume.toNumber() });
      if (time !== null && c.index.time >= 0) out.set(c.index.time, { value: time as string, style: "text" });
      if (temperature !== null && c.index.temperature >= 0)
        out.set(c.index.temperature, { value: (temperature as Decimal).toNumber() });
      if (place !== null && c.index.place >= 0) out.set(c.index.place, { value: place as string, style: "text" });
      out.commit();
      this.summary.imported++;
      this.summary.read++;
    }
  }
}

/** A result's outcome: its problem, or its value id, text and output cell. One shape for both (monomorphic reads). */
interface Outcome {
  problem: string | null;
  valueId: number;
  shown: string;
  cell: OutputCell | null;
}

function unitIndex(u: ContentUnit | null): number {
  return u === null ? 0 : u === "g/l" ? 1 : 2;
}

const VALIDATED_YES: OutputCell = { value: "oui", style: "text" };
const VALIDATED_NO: OutputCell = { value: "non", style: "text" };

/**
 * The Analyses side of an import: each result of the file checked against the producer's grid, the plausible
 * ranges and what Analyses (and the file, earlier) holds, then written as a row of Analyses.
 *
 * Memos: labs repeat values, dates, producers and criteria; each is parsed, checked and turned into an output
 * cell once (output cells are immutable and shared between rows). The state is in fields and the steps are
 * methods, not closures made per import: V8 keeps their optimised code from one import to the next.
 */
class ResultsPass {
  private seen: SeenResults;
  /** By criterion id × (grid, declared unit), then by the cell as read. */
  private readonly outcomes: (Map<CellValue, Outcome> | undefined)[] = [];
  private readonly gridCount: number;
  private readonly criterionCells: OutputCell[] = [];
  private readonly criterionAt: Criterion[] = [];
  /** Long layout: the criterion column's texts → criterion id, or the reason of the reject. */
  private readonly criterionMemo = new Map<CellValue, number | string>();
  private lastCriterionCell: CellValue | undefined = undefined;
  private lastCriterion: number | string = "";
  private readonly iDate: number;
  private readonly iCode: number;
  private readonly iCrit: number;
  private readonly iValue: number;
  private readonly iValidated: number;
  private readonly fCrit: number;
  private readonly fValue: number;
  private readonly fValidated: number;
  private readonly noValidatedColumn: string;

  constructor(
    private readonly run: Run,
    private target: TableData,
    c: Columns<keyof typeof TARGET_SPECS.analyses>,
  ) {
    const m = run.m;
    this.gridCount = run.gridList.length;
    this.seen = new SeenResults(target.rows.length + run.source.rows.length * Math.max(1, m.criteria.length));
    this.iDate = c.index.date;
    this.iCode = c.index.code;
    this.iCrit = c.index.criterion;
    this.iValue = c.index.value;
    this.iValidated = c.index.validated;
    this.fCrit = m.index.criterion ?? -1;
    this.fValue = m.index.value ?? -1;
    this.fValidated = m.index.validated ?? -1;
    run.rows = new ColumnRows(target.headers.length, run.source.rows.length * Math.max(1, m.criteria.length));
    this.noValidatedColumn = `la feuille ${target.sheet} n'a pas de colonne « Validé » : ce résultat non validé y serait compté comme validé (ajoutez la colonne Validé puis importez à nouveau)`;
    // What Analyses holds already.
    const seen = this.seen;
    for (const { row, values } of target.rows) {
      const code = parseCode(c.cell(values, "code"));
      const date = parseDate(c.cell(values, "date"));
      const criterion = parseCriterion(c.cell(values, "criterion"));
      if (
        code === null ||
        code instanceof Bad ||
        date === null ||
        date instanceof Bad ||
        criterion === null ||
        criterion instanceof Bad
      )
        continue;
      const value = resultValue(criterion, c.cell(values, "value"));
      if (value === null || value instanceof Bad) continue;
      const validated = this.iValidated >= 0 ? parseYesNo(values[this.iValidated] ?? null) : true;
      if (validated instanceof Bad) continue;
      seen.add(
        seen.dateId(date),
        seen.codeId(code),
        seen.criterionId(criterion),
        validated ?? true,
        seen.valueId(value.toString()),
        -row,
      );
    }
  }

  /** Drops the import's data (keepShapes). */
  release(): void {
    this.seen = new SeenResults(0);
    this.outcomes.length = 0;
    this.criterionMemo.clear();
    this.lastCriterionCell = undefined;
    this.lastCriterion = "";
    this.target = EMPTY_TABLE;
    this.run.release();
  }

  private whereText(w: number): string {
    return w > 0 ? `${this.run.source.fileName}, ligne ${w}` : `${this.target.sheet}, ligne ${-w}`;
  }

  private outcomeOf(critId: number, cell: CellValue, who: Who, declared: ContentUnit | null): Outcome {
    const g = (critId * this.gridCount + who.gridSlot) * 3 + unitIndex(declared);
    let memo = this.outcomes[g];
    if (memo === undefined) this.outcomes[g] = memo = new Map();
    let o = memo.get(cell);
    if (o !== undefined) return o;
    o = this.newOutcome(this.criterionAt[critId], cell, who.grid, declared);
    if (memo.size >= 50_000) memo.clear(); // a memo only: distinct values are usually few
    memo.set(cell, o);
    return o;
  }

  private newOutcome(criterion: Criterion, cell: CellValue, grid: Grid, declared: ContentUnit | null): Outcome {
    const rejected = (problem: string): Outcome => ({ problem, valueId: -1, shown: "", cell: null });
    const parsed: Parsed<Decimal> = resultValue(criterion, cell);
    if (parsed === null) return rejected("valeur manquante");
    if (parsed instanceof Bad) return rejected(parsed.message);
    const problem = rangeProblem(criterion, parsed, grid, declared);
    if (problem) return rejected(problem);
    const out: OutputCell =
      criterion === "INHIBITEURS"
        ? { value: parsed.isZero() ? "négatif" : "positif", style: "text" }
        : { value: parsed.toNumber() };
    return { problem: null, valueId: this.seen.valueId(parsed.toString()), shown: frAsTyped(parsed), cell: out };
  }

  private criterionIdOf(criterion: Criterion): number {
    const k = this.seen.criterionId(criterion);
    if (this.criterionAt[k] === undefined) {
      this.criterionAt[k] = criterion;
      this.criterionCells[k] = { value: criterion, style: "text" };
    }
    return k;
  }

  private criterionOfCell(cell: CellValue): number | string {
    if (cell === this.lastCriterionCell) return this.lastCriterion;
    this.lastCriterionCell = cell;
    let k = this.criterionMemo.get(cell);
    if (k === undefined) {
      const parsed = parseCriterion(cell);
      k = parsed === null ? "critère manquant" : parsed instanceof Bad ? parsed.message : this.criterionIdOf(parsed);
      if (this.criterionMemo.size >= 10_000) this.criterionMemo.clear();
      this.criterionMemo.set(cell, k);
    }
    return (this.lastCriterion = k);
  }

  /** The row's Validé (true when the file has no such column or the cell is blank), or the reject's reason. */
  private validatedOf(values: CellValue[]): boolean | string {
    if (this.fValidated < 0) return true;
    const v = parseYesNo(values[this.fValidated] ?? null);
    if (v === null) return true;
    if (v instanceof Bad) return `Validé : ${v.message}`;
    return v || this.iValidated >= 0 ? v : this.noValidatedColumn;
  }

  /** One result of a row (a wide row's other results are still tried when this one is rejected). */
  private add(
    row: SourceRow,
    who: Who,
    when: When,
    critId: number,
    cell: CellValue,
    declared: ContentUnit | null,
    label: string,
    validated: boolean,
  ): void {
    const run = this.run;
    const o = this.outcomeOf(critId, cell, who, declared);
    if (o.problem !== null) {
      // A plausibility message names its criterion already ("MG 400 g/l…"): the label is not repeated.
      run.reject(row, o.problem.startsWith(`${label} `) ? o.problem : `${label} : ${o.problem}`);
      return;
    }
    const at = this.seen.findOrAdd(when.id, who.id, critId, validated, o.valueId, row.line);
    if (at >= 0) {
      if (this.seen.valueOf(at) === o.valueId) {
        run.summary.duplicates++;
        run.summary.read++;
      } else this.conflict(row, who, when, critId, label, validated, o, at);
      return;
    }
    const out = run.rows;
    out.set(this.iDate, when.cell);
    out.set(this.iCode, who.cell);
    out.set(this.iCrit, this.criterionCells[critId]);
    out.set(this.iValue, o.cell);
    if (this.fValidated >= 0 && this.iValidated >= 0)
      out.set(this.iValidated, validated ? VALIDATED_YES : VALIDATED_NO);
    out.commit();
    run.summary.imported++;
    run.summary.read++;
  }

  private conflict(
    row: SourceRow,
    who: Who,
    when: When,
    critId: number,
    label: string,
    validated: boolean,
    o: Outcome,
    at: number,
  ): void {
    const seen = this.seen;
    const status = validated ? "" : " non validé";
    const before = frAsTyped(new Decimal(seen.valueText(seen.valueOf(at))));
    this.run.reject(
      row,
      `${label} : ${who.producer.code} a déjà un résultat${status} ${this.criterionAt[critId]} le ${when.date.split("-").reverse().join("/")} (${this.whereText(seen.whereOf(at))}) avec la valeur ${before} ; la nouvelle valeur ${o.shown} n'est pas importée : vérifiez auprès du laboratoire`,
    );
  }

  /** Every row of the file. */
  each(): void {
    if (this.run.m.mapping.layout === "long") this.eachLong();
    else this.eachWide();
  }

  /**
   * Long layout: one result per row. Kept small (and apart from the wide loop): V8 optimises a function's
   * loop sooner the shorter its bytecode, and the first rows run before that.
   */
  private eachLong(): void {
    const run = this.run;
    const rows = run.source.rows;
    const valueUnit = run.m.valueUnit;
    const fCrit = this.fCrit;
    const fValue = this.fValue;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      const who = run.head(row, 1, this.seen);
      if (who === null) continue;
      const values = row.values;
      const crit = this.criterionOfCell(values[fCrit] ?? null);
      if (typeof crit === "string") {
        run.reject(row, crit);
        continue;
      }
      const validated = this.validatedOf(values);
      if (typeof validated === "string") {
        run.reject(row, validated);
        continue;
      }
      this.add(row, who, run.when, crit, values[fValue] ?? null, valueUnit, this.criterionAt[crit], validated);
    }
  }

  private eachWide(): void {
    const run = this.run;
    const m = run.m;
    const rows = run.source.rows;
    // Wide: one result per non-blank criterion cell.
    const columns = m.criteria.map((col) => ({ ...col, critId: this.criterionIdOf(col.criterion) }));
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      let count = 0;
      for (const col of columns) if (!isBlankCell(row.values[col.index])) count++;
      if (count === 0 && row.values.length >= run.width) continue; // a sample without any result: nothing to import
      const who = run.head(row, Math.max(1, count), this.seen);
      if (who === null) continue;
      const when = run.when;
      const validated = this.validatedOf(row.values);
      if (typeof validated === "string") {
        run.reject(row, validated, count);
        continue;
      }
      for (let k = 0; k < columns.length; k++) {
        const col = columns[k];
        const cell = row.values[col.index];
        if (isBlankCell(cell)) continue;
        this.add(row, who, when, col.critId, cell ?? null, col.unit, col.header, validated);
      }
    }
  }
}

export interface ApplyOptions {
  /** Save the mapping under this name in « Import mappings ». */
  saveAs?: string;
  mapping?: Mapping;
  /** Time stamp of the rejects (tests fix it). */
  now?: Date;
}

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** Writes a plan: appends its rows, adds its rejects to « Import rejets », saves the mapping if asked. */
export async function applyImport(
  port: WorkbookPort,
  plan: ImportPlan,
  options: ApplyOptions = {},
): Promise<ImportSummary> {
  const sheets = [];
  const names: string[] = [];
  if (plan.rejects.length > 0) names.push(REJECTS_SHEET);
  if (options.saveAs && options.mapping) names.push(MAPPINGS_SHEET);
  // Checked before anything is written: a user's sheet of these names stops the import.
  const replace = await replaceable(port, names);
  if (plan.rows.length > 0) {
    if (!port.appendRows) throw new ImportError("ce classeur ne permet pas d'ajouter des lignes");
    const r = await port.appendRows(plan.target, plan.rows);
    plan.summary.appended = r;
  }
  if (plan.rejects.length > 0) {
    const when = stamp(options.now ?? new Date());
    const previous = replace.some((n) => n.toLowerCase() === REJECTS_SHEET.toLowerCase())
      ? await loadRejects(port)
      : [];
    const added: RejectRow[] = plan.rejects.map((r) => ({
      stamp: when,
      file: plan.summary.fileName,
      kind: plan.summary.kind,
      line: r.line,
      raw: r.raw,
      reason: r.reason,
    }));
    sheets.push(rejectsSheet(previous, added));
  }
  if (options.saveAs && options.mapping)
    sheets.push(mappingsSheet(withMapping(await loadMappings(port), options.saveAs, options.mapping)));
  if (sheets.length > 0) await port.writeSheets(sheets, IMPORT_KEY, replace);
  return plan.summary;
}

/** importRows then applyImport. */
export async function importFile(
  port: WorkbookPort,
  source: SourceTable,
  mapping: Mapping,
  kind: ImportKind,
  options: Omit<ApplyOptions, "mapping"> & ImportOptions = {},
): Promise<ImportPlan> {
  const plan = await importRows(port, source, mapping, kind, { grid: options.grid });
  await applyImport(port, plan, { ...options, mapping });
  return plan;
}

/** "1 200 lignes lues (3 600 résultats) : 3 500 importés, 50 doublons, 40 rejetés, 10 sans consentement". */
export function summaryLine(s: ImportSummary): string {
  const n = (x: number) => x.toLocaleString("fr-FR").replace(/\u202f|\u00a0/g, " ");
  const pl = (x: number, one: string, many: string) => `${n(x)} ${x > 1 ? many : one}`;
  const what = s.kind === "analyses" ? ["résultat", "résultats"] : ["livraison", "livraisons"];
  const parts = [
    `${pl(s.imported, "importé", "importés")}`,
    `${pl(s.duplicates, "doublon", "doublons")}`,
    `${pl(s.rejected, "rejeté", "rejetés")}`,
    `${n(s.noConsent)} sans consentement`,
  ];
  return `${pl(s.lines, "ligne lue", "lignes lues")} (${pl(s.read, what[0], what[1])}) : ${parts.join(", ")}`;
}
