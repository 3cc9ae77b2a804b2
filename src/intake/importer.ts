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
 * Values are parsed by src/run/parse.ts (the statement run's parser) and written as numbers and dates, text
 * as text.
 */
import { Decimal, type Criterion, type IsoDate } from "../engine";
import { Bad, codeKey, isoToSerial, parseCode, parseCriterion, parseDate, parseDecimal, parseNonNegative, parsePlace, parseTime, type Parsed } from "../run/parse";
import { Columns, SHEETS, resultValue } from "../run/tables";
import type { CellValue, OutputCell, TableData, WorkbookPort } from "../workbook/port";
import { type ContentUnit, type Field, type ImportKind, type Mapping, type ResolvedMapping, resolveMapping } from "./mapping";
import { ImportError } from "./errors";
import type { SourceRow, SourceTable } from "./source";
import { IMPORT_KEY, MAPPINGS_SHEET, REJECTS_SHEET, type RejectRow, loadMappings, loadRejects, mappingsSheet, rejectsSheet, replaceable, withMapping } from "./store";
import { ProducerIndex, gridContentUnit, rangeProblem, volumeProblem, type ProducerInfo } from "./validate";

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
  rows: OutputCell[][];
  rejects: Reject[];
}

const TARGET_SPECS = {
  analyses: {
    date: { header: "Date", required: true },
    code: { header: "Code", required: true },
    criterion: { header: "Critère", required: true },
    value: { header: "Valeur", required: true },
  },
  livraisons: {
    date: { header: "Date", required: true },
    code: { header: "Code", required: true },
    volume: { header: "Volume", required: true },
    time: { header: "Heure" },
    temperature: { header: "Température" },
    place: { header: "Lieu" },
  },
};

const CONSENT_TEXT = "(contenu non repris : producteur sans consentement)";

function fr(d: Decimal): string {
  return d.toString().replace(".", ",");
}

function isBlankCell(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

async function readRequired(port: WorkbookPort, name: string): Promise<TableData> {
  const t = await port.readTable(name);
  if (!t) {
    const names = await port.sheetNames();
    throw new ImportError(`feuille ou tableau « ${name} » introuvable dans le classeur (feuilles : ${names.join(", ") || "aucune"})`);
  }
  return t;
}

function columnsOrImportError<K extends string>(t: TableData, specs: Record<K, { header: string; required?: boolean }>): Columns<K> {
  try {
    return new Columns(t, specs);
  } catch (e) {
    throw new ImportError((e as Error).message);
  }
}

/** Decides what lands: reads Producteurs and the target table, writes nothing. */
export async function importRows(port: WorkbookPort, source: SourceTable, mapping: Mapping, kind: ImportKind): Promise<ImportPlan> {
  if (mapping.kind !== kind) throw new ImportError(`la correspondance est pour ${mapping.kind === "analyses" ? "des résultats" : "des volumes"}, pas pour ${kind === "analyses" ? "des résultats" : "des volumes"}`);
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
  const ctx = new Run(source, resolved, producers, summary);
  if (kind === "analyses") ctx.analyses(target, columnsOrImportError(target, TARGET_SPECS.analyses));
  else ctx.livraisons(target, columnsOrImportError(target, TARGET_SPECS.livraisons));
  return { summary, target: target.sheet, rows: ctx.rows, rejects: ctx.rejects };
}

/** One import's bookkeeping. */
class Run {
  rows: OutputCell[][] = [];
  rejects: Reject[] = [];
  private readonly width: number;

  constructor(
    private readonly source: SourceTable,
    private readonly m: ResolvedMapping,
    private readonly producers: ProducerIndex,
    private readonly summary: ImportSummary,
  ) {
    this.width = source.headers.length;
  }

  private reject(row: SourceRow, reason: string, count = 1): void {
    this.summary.rejected += count;
    this.summary.read += count;
    this.rejects.push({ line: row.line, raw: this.source.rawLine(row), reason });
  }

  private cell(row: SourceRow, field: Field): CellValue {
    const i = this.m.index[field];
    if (i === undefined) return null;
    const v = row.values[i];
    return v === undefined ? null : v;
  }

  /** The last head()'s date (kept here, not in an object per row). */
  private headDate: IsoDate = "" as IsoDate;

  /** Checks common to both kinds: shape, producer, consent, date. The producer (the date in headDate), or null when the row was rejected/counted. */
  private head(row: SourceRow, count: number): ProducerInfo | null {
    const n = row.values.length;
    if (n < this.width) {
      this.reject(row, `ligne incomplète : ${n} champ${n > 1 ? "s" : ""} au lieu de ${this.width}`, count);
      return null;
    }
    if (n > this.width) {
      let extra = false;
      for (let i = this.width; i < n; i++) if (!isBlankCell(row.values[i])) extra = true;
      if (extra) {
        this.reject(row, `ligne trop longue : ${n} champs au lieu de ${this.width} (séparateur dans une valeur sans guillemets ?)`, count);
        return null;
      }
    }
    const code = parseCode(this.cell(row, "code"));
    if (code === null) {
      this.reject(row, "code producteur manquant", count);
      return null;
    }
    const producer = this.producers.find(code);
    if (!producer) {
      this.reject(row, `producteur « ${code} » inconnu dans Producteurs`, count);
      return null;
    }
    if (!producer.consent) {
      this.summary.noConsent += count;
      this.summary.read += count;
      this.rejects.push({ line: row.line, raw: CONSENT_TEXT, reason: `producteur ${producer.code} : Consentement = non, résultats non importés` });
      return null;
    }
    const date = parseDate(this.cell(row, "date"));
    if (date === null) {
      this.reject(row, "date manquante", count);
      return null;
    }
    if (date instanceof Bad) {
      this.reject(row, date.message, count);
      return null;
    }
    this.headDate = date;
    return producer;
  }

  analyses(target: TableData, c: Columns<keyof typeof TARGET_SPECS.analyses>): void {
    // What Analyses holds already: (date, code, criterion) → value and where. Keys are numbers (interned
    // date and code ids): a 100 000-row import would spend more on hashing string keys than on the rest.
    const dateIds = new Map<string, number>();
    const codeIds = new Map<string, number>();
    const critIds = new Map<Criterion, number>();
    // Code → id as written (the file's producers repeat the same code strings): codeKey once per code.
    const codeIdsAsWritten = new Map<string, number>();
    const keyOf = (date: string, code: string, criterion: Criterion): Map<number, Seen> => {
      let d = dateIds.get(date);
      if (d === undefined) dateIds.set(date, (d = dateIds.size));
      let c = codeIdsAsWritten.get(code);
      if (c === undefined) {
        const ck = codeKey(code);
        c = codeIds.get(ck);
        if (c === undefined) codeIds.set(ck, (c = codeIds.size));
        codeIdsAsWritten.set(code, c);
      }
      let k = critIds.get(criterion);
      if (k === undefined) critIds.set(criterion, (k = critIds.size));
      innerKey = c * 16 + k;
      return (byDate[d] ??= new Map());
    };
    // By date id, then by code id × 16 + criterion id: small integer keys (a flat key of all three would pass
    // the small-integer range and be hashed as a heap number).
    type Seen = { value: string; where: string | number };
    const byDate: Map<number, Seen>[] = [];
    let innerKey = 0;
    const whereText = (w: string | number) => (typeof w === "number" ? `${this.source.fileName}, ligne ${w}` : w);
    for (const { row, values } of target.rows) {
      const code = parseCode(c.cell(values, "code"));
      const date = parseDate(c.cell(values, "date"));
      const criterion = parseCriterion(c.cell(values, "criterion"));
      if (code === null || date === null || date instanceof Bad || criterion === null || criterion instanceof Bad) continue;
      const value = resultValue(criterion, c.cell(values, "value"));
      if (value === null || value instanceof Bad) continue;
      const existing = keyOf(date, code, criterion);
      if (!existing.has(innerKey)) existing.set(innerKey, { value: value.toString(), where: `${target.sheet}, ligne ${row}` });
    }
    const iDate = c.index.date, iCode = c.index.code, iCrit = c.index.criterion, iValue = c.index.value;
    const width = target.headers.length;
    const wide = this.m.mapping.layout === "wide";
    const valueUnit = this.m.valueUnit;

    // Memos: labs repeat values, dates, producers and criteria; each is parsed, checked and turned into an
    // output cell once (output cells are immutable and shared between rows).
    type Outcome = { problem: string } | { value: string; shown: string; cell: OutputCell };
    // Memo by (criterion, expected, declared) then by the cell's text: no key string built per row.
    type Memos = { text: Map<string, Outcome>; other: Map<string, Outcome> };
    const outcomes = new Map<Criterion, Map<ContentUnit | null, Map<ContentUnit | null, Memos>>>();
    let memoSize = 0;
    const dateCells = new Map<IsoDate, OutputCell>();
    const codeCells = new Map<string, OutputCell>();
    const criterionCells = new Map<Criterion, OutputCell>();
    const outcomeOf = (criterion: Criterion, cell: CellValue, expected: ContentUnit | null, declared: ContentUnit | null): Outcome => {
      let byExpected = outcomes.get(criterion);
      if (byExpected === undefined) outcomes.set(criterion, (byExpected = new Map()));
      let byDeclared = byExpected.get(expected);
      if (byDeclared === undefined) byExpected.set(expected, (byDeclared = new Map()));
      let group = byDeclared.get(declared);
      if (group === undefined) byDeclared.set(declared, (group = { text: new Map(), other: new Map() }));
      const memos = typeof cell === "string" ? group.text : group.other;
      const memo = typeof cell === "string" ? cell : `${typeof cell}|${cell}`;
      let o = memos.get(memo);
      if (o !== undefined) return o;
      const parsed: Parsed<Decimal> = resultValue(criterion, cell);
      if (parsed === null) o = { problem: "valeur manquante" };
      else if (parsed instanceof Bad) o = { problem: parsed.message };
      else {
        const problem = criterion === "INHIBITEURS" ? null : rangeProblem(criterion, parsed, expected, declared);
        if (problem) o = { problem };
        else {
          const out: OutputCell = criterion === "INHIBITEURS" ? { value: parsed.isZero() ? "négatif" : "positif", style: "text" } : { value: parsed.toNumber() };
          o = { value: parsed.toString(), shown: fr(parsed), cell: out };
        }
      }
      if (memoSize > 100_000) {
        outcomes.clear(); // (this outcome goes to a group no longer reachable: a memo only)
        memoSize = 0;
      }
      memos.set(memo, o);
      memoSize++;
      return o;
    };

    const add = (row: SourceRow, producer: ProducerInfo, date: IsoDate, criterion: Criterion, cell: CellValue, declared: ContentUnit | null, label: string): void => {
      const o = outcomeOf(criterion, cell, gridContentUnit(producer.grid), declared);
      if ("problem" in o) {
        this.reject(row, `${label} : ${o.problem}`);
        return;
      }
      const existing = keyOf(date, producer.code, criterion);
      const key = innerKey;
      const seen = existing.get(key);
      if (seen) {
        if (seen.value === o.value) {
          this.summary.duplicates++;
          this.summary.read++;
        } else {
          this.reject(row, `${label} : ${producer.code} a déjà un résultat ${criterion} le ${date.split("-").reverse().join("/")} (${whereText(seen.where)}) avec la valeur ${fr(new Decimal(seen.value))} ; la nouvelle valeur ${o.shown} n'est pas importée : vérifiez auprès du laboratoire`);
        }
        return;
      }
      existing.set(key, { value: o.value, where: row.line });
      const out: OutputCell[] = new Array(width).fill(null);
      let dc = dateCells.get(date);
      if (dc === undefined) dateCells.set(date, (dc = { value: isoToSerial(date), style: "date" }));
      let cc = codeCells.get(producer.code);
      if (cc === undefined) codeCells.set(producer.code, (cc = { value: producer.code, style: "text" }));
      let kc = criterionCells.get(criterion);
      if (kc === undefined) criterionCells.set(criterion, (kc = { value: criterion, style: "text" }));
      out[iDate] = dc;
      out[iCode] = cc;
      out[iCrit] = kc;
      out[iValue] = o.cell;
      this.rows.push(out);
      this.summary.imported++;
      this.summary.read++;
    };

    for (const row of this.source.rows) {
      if (!wide) {
        const producer = this.head(row, 1);
        if (!producer) continue;
        const date = this.headDate;
        const critCell = this.cell(row, "criterion");
        const criterion = parseCriterion(critCell);
        if (criterion === null) {
          this.reject(row, "critère manquant");
          continue;
        }
        if (criterion instanceof Bad) {
          this.reject(row, criterion.message);
          continue;
        }
        add(row, producer, date, criterion, this.cell(row, "value"), valueUnit, criterion);
        continue;
      }
      // Wide: one result per non-blank criterion cell.
      let count = 0;
      for (const col of this.m.criteria) if (!isBlankCell(row.values[col.index])) count++;
      if (count === 0 && row.values.length >= this.width) continue; // a sample without any result: nothing to import
      const producer = this.head(row, Math.max(1, count));
      if (!producer) continue;
      const date = this.headDate;
      for (const col of this.m.criteria) {
        const cell = row.values[col.index];
        if (isBlankCell(cell)) continue;
        add(row, producer, date, col.criterion, cell ?? null, col.unit, `${col.header}`);
      }
    }
  }

  livraisons(target: TableData, c: Columns<keyof typeof TARGET_SPECS.livraisons>): void {
    const keyOf = (date: IsoDate, code: string, volume: Decimal, time: string | null) => `${date}|${codeKey(code)}|${volume.toString()}|${time ?? ""}`;
    const existing = new Set<string>();
    for (const { values } of target.rows) {
      const code = parseCode(c.cell(values, "code"));
      const date = parseDate(c.cell(values, "date"));
      const volume = parseNonNegative(c.cell(values, "volume"));
      const time = parseTime(c.cell(values, "time"));
      if (code === null || date === null || date instanceof Bad || volume === null || volume instanceof Bad || time instanceof Bad) continue;
      existing.add(keyOf(date, code, volume, time));
    }
    const width = target.headers.length;
    const missingColumn = (field: "time" | "temperature" | "place", label: string) => (this.m.index[field] !== undefined && c.index[field] < 0 ? label : null);
    const lacking = {
      time: missingColumn("time", "Heure"),
      temperature: missingColumn("temperature", "Température"),
      place: missingColumn("place", "Lieu"),
    };
    for (const row of this.source.rows) {
      const producer = this.head(row, 1);
      if (!producer) continue;
      const h = { producer, date: this.headDate };
      const volume = parseNonNegative(this.cell(row, "volume"));
      if (volume === null) {
        this.reject(row, "volume manquant");
        continue;
      }
      if (volume instanceof Bad) {
        this.reject(row, volume.message);
        continue;
      }
      const vp = volumeProblem(volume);
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
      const lost = (["time", "temperature", "place"] as const).find((f) => lacking[f] !== null && !isBlankCell(this.cell(row, f)));
      if (lost) {
        this.reject(row, `la feuille Livraisons n'a pas de colonne « ${lacking[lost]} » : la valeur serait perdue (ajoutez la colonne puis importez à nouveau)`);
        continue;
      }
      const key = keyOf(h.date, h.producer.code, volume, time as string | null);
      if (existing.has(key)) {
        this.summary.duplicates++;
        this.summary.read++;
        continue;
      }
      existing.add(key);
      const out: OutputCell[] = new Array(width).fill(null);
      out[c.index.date] = { value: isoToSerial(h.date), style: "date" };
      out[c.index.code] = { value: h.producer.code, style: "text" };
      out[c.index.volume] = { value: volume.toNumber() };
      if (time !== null && c.index.time >= 0) out[c.index.time] = { value: time as string, style: "text" };
      if (temperature !== null && c.index.temperature >= 0) out[c.index.temperature] = { value: (temperature as Decimal).toNumber() };
      if (place !== null && c.index.place >= 0) out[c.index.place] = { value: place as string, style: "text" };
      this.rows.push(out);
      this.summary.imported++;
      this.summary.read++;
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
export async function applyImport(port: WorkbookPort, plan: ImportPlan, options: ApplyOptions = {}): Promise<ImportSummary> {
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
    const previous = replace.some((n) => n.toLowerCase() === REJECTS_SHEET.toLowerCase()) ? await loadRejects(port) : [];
    const added: RejectRow[] = plan.rejects.map((r) => ({ stamp: when, file: plan.summary.fileName, kind: plan.summary.kind, line: r.line, raw: r.raw, reason: r.reason }));
    sheets.push(rejectsSheet(previous, added));
  }
  if (options.saveAs && options.mapping) sheets.push(mappingsSheet(withMapping(await loadMappings(port), options.saveAs, options.mapping)));
  if (sheets.length > 0) await port.writeSheets(sheets, IMPORT_KEY, replace);
  return plan.summary;
}

/** importRows then applyImport. */
export async function importFile(port: WorkbookPort, source: SourceTable, mapping: Mapping, kind: ImportKind, options: Omit<ApplyOptions, "mapping"> = {}): Promise<ImportPlan> {
  const plan = await importRows(port, source, mapping, kind);
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
