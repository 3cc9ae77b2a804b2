/**
 * The sheet « Grille <id> » read back into a grid file (JSON), then through the same schema and rules as a
 * JSON file (loadGrid). Every problem names the sheet, the row and the column: a word or number the reader
 * cannot read at its cell, a schema or rule problem at the cell its field came from.
 *
 * Cells are read by gridSheetCells.ts, with the one cell reader (src/inputs/cell.ts): numbers as an
 * accountant types them ("-9,00", "100 000"), months as text or dates, oui/non.
 */
import { GridError, loadGrid, type Grid } from "../engine";
import { t } from "../messages/inputs";
import type { CellValue, TableData } from "../workbook/port";
import { normalizeKey, parseText, parseTime } from "./cell";
import { GridSheetCells, wordKey, type Obj } from "./gridSheetCells";
import {
  BAND_LOWER,
  BAND_UPPER,
  COMPONENT_ORDER,
  COMPONENT_PARAMS,
  CONTESTATION_WORDS,
  CRITERION_PARAMS,
  GRID_PARAMS,
  KIND_WORDS,
  LOWER_WORDS,
  PLAUSIBLE_KEYS,
  RESULT_REQUIRED,
  SECTION,
  STAT_WORDS,
  SUSPENSION,
  TIER_VALUE_WORDS,
  TOP_ORDER,
  UPPER_WORDS,
  gridIdOfSheet,
  type ColumnKey,
} from "./gridSheetLayout";
import type { GridJson } from "./gridSheetWrite";
import type { Issue } from "./issues";

export interface GridSheetRead {
  /** The grid file the sheet holds (null when a cell could not be read). */
  raw: GridJson | null;
  /** The grid, when the sheet passed the schema and the rules. */
  grid: Grid | null;
  /** Problems, each at its sheet, row and column (severity error, code GRID). */
  issues: Issue[];
}

function ordered(o: Obj, order: readonly string[]): Obj {
  const out: Obj = {};
  for (const k of order) if (o[k] !== undefined) out[k] = o[k];
  for (const k of Object.keys(o)) if (!(k in out)) out[k] = o[k];
  return out;
}

/** The rows of a grid sheet, each by its Rubrique, into the grid file. */
class SheetReader extends GridSheetCells {
  raw: Obj = {};
  private readonly components: Obj[] = [];
  private readonly componentAt = new Map<string, number>();
  private readonly criteria: Record<string, Obj> = {};

  component(row: number, values: CellValue[]): { c: Obj; at: string } | null {
    const code = this.read(row, values, "code", parseText);
    if (!code) {
      this.problem(row, "code", t("inputs.grid.componentCodeMissing"));
      return null;
    }
    const i = this.componentAt.get(code);
    if (i === undefined) {
      this.problem(row, "code", t("inputs.grid.componentWithoutType", { code }));
      return null;
    }
    return { c: this.components[i], at: `components[${i}]` };
  }

  row(row: number, values: CellValue[]): void {
    const sectionText = this.read(row, values, "section", parseText);
    const section = Object.values(SECTION).find((s) => normalizeKey(s) === normalizeKey(sectionText ?? ""));
    if (!section) {
      const sections = Object.values(SECTION).join(", ");
      return this.problem(
        row,
        "section",
        sectionText
          ? t("inputs.grid.sectionUnknown", { section: sectionText, sections })
          : t("inputs.grid.sectionMissing", { sections }),
      );
    }
    if (section === SECTION.grid) return this.param(GRID_PARAMS, row, values, this.raw, "");
    if (section === SECTION.criterion) {
      const name = this.read(row, values, "criterion", (c) =>
        wordKey(Object.fromEntries(Object.keys(CRITERION_UNITS).map((k) => [k, k])), c),
      );
      if (!name) return name === null ? this.problem(row, "criterion", t("inputs.missing.criterion")) : undefined;
      const rule = (this.criteria[name] ??= {});
      if (!this.cells.has(`criteria.${name}`)) this.cells.set(`criteria.${name}`, { row, col: "criterion" });
      return this.param(CRITERION_PARAMS, row, values, rule, `criteria.${name}`);
    }
    if (section === SECTION.choice) {
      const text = this.read(row, values, "note", parseText);
      if (!text) return this.problem(row, "note", t("inputs.grid.choiceMissing"));
      const choices = ((this.raw.choices as string[] | undefined) ??= []);
      this.cells.set(`choices[${choices.length}]`, { row, col: "note" });
      choices.push(text);
      return;
    }
    if (section === SECTION.plausible) return this.plausible(row, values);
    if (section === SECTION.component) return this.componentRow(row, values);
    const found = this.component(row, values);
    if (found) this.detail(section, found.c, found.at, row, values);
  }

  componentRow(row: number, values: CellValue[]): void {
    const label = this.read(row, values, "param", parseText);
    if (label && normalizeKey(label) === "type") {
      const code = this.read(row, values, "code", parseText);
      if (!code) return this.problem(row, "code", t("inputs.grid.componentCodeMissing"));
      if (this.componentAt.has(code)) return this.problem(row, "code", t("inputs.grid.componentDuplicate", { code }));
      const c: Obj = { code };
      const at = `components[${this.components.length}]`;
      this.cells.set(at, { row, col: "param" });
      this.cells.set(`${at}.code`, { row, col: "code" });
      this.put(c, at, "kind", row, values, "value", { type: "word", words: KIND_WORDS });
      this.put(c, at, "criterion", row, values, "criterion", { type: "text" });
      this.componentAt.set(code, this.components.length);
      this.components.push(c);
      return;
    }
    const found = this.component(row, values);
    if (found) this.param(COMPONENT_PARAMS, row, values, found.c, found.at);
  }

  detail(section: string, c: Obj, at: string, row: number, values: CellValue[]): void {
    if (section === SECTION.band && c.kind === "marginal") this.bandRow(c, at, row, values);
    else if (section === SECTION.band) this.tierRow(c, at, row, values);
    else if (section === SECTION.contestation) this.contestationRow(c, at, row, values);
    else if (section === SECTION.level) this.levelRow(c, at, row, values);
    else if (section === SECTION.destruction) {
      const list = ((c.destruction as unknown[] | undefined) ??= []);
      const path = `${at}.destruction[${list.length}]`;
      this.cells.set(path, { row, col: "value" });
      const v = this.value(row, values, "value", { type: "decimal" });
      list.push(v ?? null);
    } else if (section === SECTION.condition) this.conditionRow(c, at, row, values);
    else if (section === SECTION.window) this.windowRow(c, at, row, values);
  }

  /** A new item of the component's list `key` (bands, tiers, levels, conditions), read from this row: its path. */
  private item(c: Obj, at: string, key: string, item: Obj, row: number): string {
    const list = ((c[key] as Obj[] | undefined) ??= []);
    const path = `${at}.${key}[${list.length}]`;
    list.push(item);
    this.cells.set(path, { row, col: "param" });
    return path;
  }

  private bandRow(c: Obj, at: string, row: number, values: CellValue[]): void {
    const band: Obj = {};
    const path = this.item(c, at, "bands", band, row);
    this.bound(band, path, "from", BAND_LOWER, row, values, "lowerWord", "lower");
    this.bound(band, path, "to", BAND_UPPER, row, values, "upperWord", "upper");
    this.put(band, path, "rate", row, values, "value", { type: "decimal" });
  }

  private tierRow(c: Obj, at: string, row: number, values: CellValue[]): void {
    const tier: Obj = {};
    const path = this.item(c, at, "tiers", tier, row);
    const lower = this.read(row, values, "lowerWord", (x) => wordKey(LOWER_WORDS, x));
    if (lower) this.put(tier, path, lower, row, values, "lower", { type: "decimal" });
    const upper = this.read(row, values, "upperWord", (x) => wordKey(UPPER_WORDS, x));
    if (upper) this.put(tier, path, upper, row, values, "upper", { type: "decimal" });
    const what = this.read(row, values, "param", (x) => wordKey(TIER_VALUE_WORDS, x)) ?? "rate";
    this.put(tier, path, what, row, values, "value", { type: "decimal" });
    this.put(tier, path, "warning", row, values, "note", { type: "text" });
  }

  private contestationRow(c: Obj, at: string, row: number, values: CellValue[]): void {
    const which = this.read(row, values, "param", (x) => wordKey(CONTESTATION_WORDS, x));
    if (!which)
      return which === null
        ? this.problem(
            row,
            "param",
            t("inputs.grid.expectedEither", { first: CONTESTATION_WORDS.mean, second: CONTESTATION_WORDS.single }),
          )
        : undefined;
    const rule = ((c.contestation as Obj | undefined) ?? (c.contestation = {})) as Obj;
    const list = ((rule[which] as Obj[] | undefined) ??= []);
    const path = `${at}.contestation.${which}[${list.length}]`;
    const step: Obj = {};
    list.push(step);
    this.cells.set(path, { row, col: "param" });
    this.put(step, path, "from", row, values, "lower", { type: "decimal" });
    this.put(step, path, "count", row, values, "value", { type: "int" });
  }

  private levelRow(c: Obj, at: string, row: number, values: CellValue[]): void {
    const level: Obj = {};
    const path = this.item(c, at, "levels", level, row);
    this.put(level, path, "level", row, values, "rank", { type: "int" });
    this.put(level, path, "rate", row, values, "value", { type: "decimal" });
    const note = this.read(row, values, "note", parseText);
    if (note && normalizeKey(note) !== SUSPENSION)
      this.problem(row, "note", t("inputs.grid.blankOr", { text: note, word: SUSPENSION }));
    if (note) level.suspension = true;
  }

  private conditionRow(c: Obj, at: string, row: number, values: CellValue[]): void {
    const cond: Obj = {};
    const path = this.item(c, at, "conditions", cond, row);
    this.put(cond, path, "stat", row, values, "param", { type: "word", words: STAT_WORDS });
    this.put(cond, path, "criterion", row, values, "criterion", { type: "text" });
    const upper = this.read(row, values, "upperWord", (x) => wordKey(UPPER_WORDS, x));
    if (upper) this.put(cond, path, upper, row, values, "upper", { type: "decimal" });
    const note = this.read(row, values, "note", parseText);
    if (note && normalizeKey(note) !== normalizeKey(RESULT_REQUIRED))
      this.problem(row, "note", t("inputs.grid.blankOr", { text: note, word: RESULT_REQUIRED }));
    if (note) cond.requireResult = true;
  }

  private windowRow(c: Obj, at: string, row: number, values: CellValue[]): void {
    const place = this.read(row, values, "param", parseText);
    if (!place) return this.problem(row, "param", t("inputs.grid.placeMissing"));
    const tolerated = ((c.tolerated as Obj | undefined) ?? (c.tolerated = {})) as Obj;
    const windows = ((tolerated.windows as Record<string, unknown[]> | undefined) ??
      (tolerated.windows = {})) as Record<string, unknown[]>;
    const list = (windows[normalizeKey(place)] ??= []);
    const path = `${at}.tolerated.windows.${normalizeKey(place)}[${list.length}]`;
    this.cells.set(path, { row, col: "lower" });
    const start = this.read(row, values, "lower", parseTime);
    const end = this.read(row, values, "upper", parseTime);
    list.push([start ?? null, end ?? null]);
  }

  bound(
    o: Obj,
    path: string,
    key: string,
    word: string,
    row: number,
    values: CellValue[],
    wordCol: ColumnKey,
    valueCol: ColumnKey,
  ): void {
    const w = this.read(row, values, wordCol, parseText);
    if (w !== null && w !== undefined && normalizeKey(w) !== normalizeKey(word))
      this.problem(row, wordCol, t("inputs.grid.blankOr", { text: w, word }));
    this.put(o, path, key, row, values, valueCol, { type: "decimal" });
  }

  plausible(row: number, values: CellValue[]): void {
    const key = this.read(row, values, "criterion", (c) =>
      wordKey(Object.fromEntries(PLAUSIBLE_KEYS.map((k) => [k, k])), c),
    );
    if (!key)
      return key === null
        ? this.problem(row, "criterion", t("inputs.grid.criterionMissingOf", { criteria: PLAUSIBLE_KEYS.join(", ") }))
        : undefined;
    const range: Obj = {};
    const path = `plausible.${key}`;
    this.cells.set(path, { row, col: "criterion" });
    this.put(range, path, "min", row, values, "lower", { type: "decimal" });
    this.put(range, path, "max", row, values, "upper", { type: "decimal" });
    this.put(range, path, "source", row, values, "note", { type: "text" });
    ((this.raw.plausible as Obj | undefined) ??= {})[key] = range;
  }

  result(): GridJson {
    const raw = { ...this.raw };
    if (Object.keys(this.criteria).length) raw.criteria = this.criteria;
    if (this.components.length) raw.components = this.components.map((c) => ordered(c, COMPONENT_ORDER));
    return ordered(raw, TOP_ORDER);
  }
}

/** Criteria a grid sheet may name (the engine's vocabulary). */
const CRITERION_UNITS: Record<string, true> = {
  MG: true,
  MP: true,
  GERMES: true,
  CELLULES: true,
  BUTYRIQUES: true,
  PC: true,
  INHIBITEURS: true,
};

/** Reads a grid sheet (as the port reads a table: first row the headers) into a grid file and a grid. */
export function readGridSheet(table: TableData): GridSheetRead {
  const r = new SheetReader(table);
  if (r.issues.length) return { raw: null, grid: null, issues: r.issues };
  for (const { row, values } of table.rows) r.row(row, values);
  const raw = r.result();
  const sheetId = gridIdOfSheet(table.sheet);
  // Excel sheet names ignore case: « Grille Sud-Est-2026 » holds the grid sud-est-2026.
  if (sheetId !== null && typeof raw.id === "string" && raw.id.toLowerCase() !== sheetId.toLowerCase()) {
    const at = r.where("id");
    r.problem(at?.row, at?.col, t("inputs.grid.idMismatch", { id: raw.id, sheet: table.sheet }));
  }
  if (r.issues.length) return { raw: null, grid: null, issues: r.issues };
  try {
    return { raw, grid: loadGrid(raw), issues: [] };
  } catch (e) {
    if (!(e instanceof GridError)) throw e;
    for (const p of e.problems) {
      const at = r.where(p.field);
      r.problem(
        at?.row ?? table.headerRow,
        at?.col,
        t("inputs.grid.fieldProblem", { field: p.field, problem: p.problem }),
      );
    }
    return { raw, grid: null, issues: r.issues };
  }
}
