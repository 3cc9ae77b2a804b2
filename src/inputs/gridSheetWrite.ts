/**
 * Grid file (JSON) → the readable sheet « Grille <id> » (layout in gridSheetLayout.ts). Numbers are written
 * as numbers in the General format, so that every digit shows (−0.512 stays −0.512); a decimal that a
 * binary number cannot hold exactly is written as text, so that nothing is lost.
 */
import { Decimal } from "../engine";
import type { OutputCell, OutputSheet } from "../workbook/port";
import {
  BAND_LOWER,
  BAND_UPPER,
  COL,
  COLUMN_KEYS,
  COLUMNS,
  COMPONENT_PARAMS,
  CONTESTATION_WORDS,
  CRITERION_PARAMS,
  GRID_PARAMS,
  KIND_WORDS,
  LOWER_WORDS,
  RESULT_REQUIRED,
  SECTION,
  STAT_WORDS,
  SUSPENSION,
  TIER_VALUE_WORDS,
  UPPER_WORDS,
  gridSheetName,
  type ColumnKey,
  type Param,
} from "./gridSheetLayout";

export type GridJson = Record<string, unknown>;
type Obj = Record<string, unknown>;
type Row = Partial<Record<ColumnKey, unknown>>;

/** The value at a dotted path ("joker.threshold"), or undefined. */
export function getPath(o: Obj, path: string): unknown {
  let v: unknown = o;
  for (const k of path.split(".")) v = v !== null && typeof v === "object" ? (v as Obj)[k] : undefined;
  return v;
}

function cell(value: unknown, numeric: boolean): OutputCell {
  if (value === undefined || value === null || value === "") return { value: null };
  if (typeof value === "boolean") return { value: value ? "oui" : "non", style: "text" };
  if (typeof value === "number") return { value };
  if (numeric && typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value)) {
    const n = Number(value);
    if (new Decimal(n).eq(new Decimal(value))) return { value: n };
  }
  return { value: String(value), style: "text" };
}

const NUMERIC: ReadonlySet<ColumnKey> = new Set(["rank", "lower", "upper", "value"]);

function line(r: Row): OutputCell[] {
  return COLUMN_KEYS.map((k) => cell(r[k], NUMERIC.has(k)));
}

function paramRows(o: Obj, params: Param[], base: Row): Row[] {
  const rows: Row[] = [];
  for (const p of params) {
    const v = getPath(o, p.path);
    if (v === undefined) continue;
    let shown: unknown = v;
    if (p.type === "word") shown = p.words?.[String(v)] ?? v;
    if (p.type === "yesNo") shown = v === true ? "oui" : v === false ? "non" : v;
    // An empty unit (inhibitors) is kept as an explicit "(aucune)" so that the row reads as meant.
    if (p.type === "textOrEmpty" && v === "") shown = "(aucune)";
    rows.push({ ...base, param: p.label, value: shown });
  }
  return rows;
}

/** The rows of one component: its type and parameters, then its bands, tiers, thresholds, levels… */
function componentRows(c: Obj, priceUnit: string, currency: string, unitOf: (criterion: unknown) => string): Row[] {
  const code = c.code;
  const criterion = c.criterion;
  const rows: Row[] = [
    {
      section: SECTION.component,
      code,
      criterion,
      param: "Type",
      value: KIND_WORDS[c.kind as keyof typeof KIND_WORDS] ?? c.kind,
    },
  ];
  rows.push(...paramRows(c, COMPONENT_PARAMS, { section: SECTION.component, code }));
  const base: Row = { code, criterion };
  rows.push(...bandRows(c, base, priceUnit), ...tierRows(c, base, priceUnit));
  rows.push(...contestationRows(c, base, unitOf(criterion)), ...levelRows(c, base, priceUnit));
  ((c.destruction as unknown[] | undefined) ?? []).forEach((amount, i) => {
    rows.push({ section: SECTION.destruction, code, param: "montant", rank: i + 1, value: amount, unit: currency });
  });
  rows.push(...conditionRows(c, unitOf), ...windowRows(c));
  return rows;
}

/** Marginal bands: a rate per step between two thresholds. */
function bandRows(c: Obj, base: Row, priceUnit: string): Row[] {
  return ((c.bands as Obj[] | undefined) ?? []).map((b) => ({
    section: SECTION.band,
    ...base,
    param: `${TIER_VALUE_WORDS.rate} par pas`,
    lowerWord: b.from !== undefined ? BAND_LOWER : undefined,
    lower: b.from,
    upperWord: b.to !== undefined ? BAND_UPPER : undefined,
    upper: b.to,
    value: b.rate,
    unit: priceUnit,
  }));
}

/** Tiers: a rate (or a percentage of the base price) between two bounds. */
function tierRows(c: Obj, base: Row, priceUnit: string): Row[] {
  return ((c.tiers as Obj[] | undefined) ?? []).map((t) => {
    const lowerKey = t.from !== undefined ? "from" : t.above !== undefined ? "above" : undefined;
    const upperKey = t.upTo !== undefined ? "upTo" : t.below !== undefined ? "below" : undefined;
    const percent = t.percentOfBase !== undefined;
    return {
      section: SECTION.band,
      ...base,
      param: percent ? TIER_VALUE_WORDS.percentOfBase : TIER_VALUE_WORDS.rate,
      lowerWord: lowerKey && LOWER_WORDS[lowerKey],
      lower: lowerKey && t[lowerKey],
      upperWord: upperKey && UPPER_WORDS[upperKey],
      upper: upperKey && t[upperKey],
      value: percent ? t.percentOfBase : t.rate,
      unit: percent ? "%" : priceUnit,
      note: t.warning,
    };
  });
}

/** Contestation steps, on the mean then on a single result. */
function contestationRows(c: Obj, base: Row, unit: string): Row[] {
  const contestation = c.contestation as Obj | undefined;
  const rows: Row[] = [];
  for (const which of ["mean", "single"] as const) {
    for (const s of (contestation?.[which] as Obj[] | undefined) ?? []) {
      rows.push({
        section: SECTION.contestation,
        ...base,
        param: CONTESTATION_WORDS[which],
        lowerWord: LOWER_WORDS.from,
        lower: s.from,
        value: s.count,
        unit: `contestation(s), seuil en ${unit}`,
      });
    }
  }
  return rows;
}

/** Ladder levels: a rate per level, and the one that suspends collection. */
function levelRows(c: Obj, base: Row, priceUnit: string): Row[] {
  return ((c.levels as Obj[] | undefined) ?? []).map((l) => ({
    section: SECTION.level,
    ...base,
    param: TIER_VALUE_WORDS.rate,
    rank: l.level,
    value: l.rate,
    unit: priceUnit,
    note: l.suspension === true ? SUSPENSION : undefined,
  }));
}

/** Conditions of a premium: a statistic of a criterion under a bound. */
function conditionRows(c: Obj, unitOf: (criterion: unknown) => string): Row[] {
  return ((c.conditions as Obj[] | undefined) ?? []).map((k) => {
    const upperKey = k.upTo !== undefined ? "upTo" : k.below !== undefined ? "below" : undefined;
    return {
      section: SECTION.condition,
      code: c.code,
      criterion: k.criterion,
      param: STAT_WORDS[k.stat as keyof typeof STAT_WORDS] ?? k.stat,
      upperWord: upperKey && UPPER_WORDS[upperKey],
      upper: upperKey && k[upperKey],
      unit: k.criterion ? unitOf(k.criterion) : undefined,
      note: k.requireResult === true ? RESULT_REQUIRED : undefined,
    };
  });
}

/** Tolerated collection windows by place (cooling). */
function windowRows(c: Obj): Row[] {
  const windows = (c.tolerated as Obj | undefined)?.windows as Record<string, string[][]> | undefined;
  const rows: Row[] = [];
  for (const [place, list] of Object.entries(windows ?? {})) {
    for (const [start, end] of list)
      rows.push({
        section: SECTION.window,
        code: c.code,
        param: place,
        lowerWord: "de",
        lower: start,
        upperWord: "à",
        upper: end,
      });
  }
  return rows;
}

/** The sheet « Grille <id> » of a grid file. */
export function gridSheet(raw: GridJson): OutputSheet {
  const priceUnit = String(raw.priceUnit ?? "");
  const currency = String(raw.currency ?? "");
  const criteria = (raw.criteria as Record<string, Obj> | undefined) ?? {};
  const unitOf = (criterion: unknown) => String(criteria[String(criterion)]?.unit ?? "");
  const rows: (Row | null)[] = [];
  rows.push(...paramRows(raw, GRID_PARAMS, { section: SECTION.grid }), null);
  for (const [name, rule] of Object.entries(criteria))
    rows.push(...paramRows(rule, CRITERION_PARAMS, { section: SECTION.criterion, criterion: name }));
  for (const c of (raw.components as Obj[] | undefined) ?? [])
    rows.push(null, ...componentRows(c, priceUnit, currency, unitOf));
  const plausible = raw.plausible as Record<string, Obj> | undefined;
  if (plausible) {
    rows.push(null);
    for (const [key, range] of Object.entries(plausible)) {
      rows.push({
        section: SECTION.plausible,
        criterion: key,
        lowerWord: LOWER_WORDS.from,
        lower: range.min,
        upperWord: UPPER_WORDS.upTo,
        upper: range.max,
        unit: key === "VOLUME" ? raw.volumeUnit : unitOf(key),
        note: range.source,
      });
    }
  }
  const choices = (raw.choices as unknown[] | undefined) ?? [];
  if (choices.length) rows.push(null, ...choices.map((text) => ({ section: SECTION.choice, note: text })));
  const header = COLUMN_KEYS.map((k) => ({ value: COLUMNS[k], style: "header" as const }));
  return {
    name: gridSheetName(String(raw.id)),
    rows: [header, ...rows.map((r) => (r === null ? null : line(r)))],
    columnWidths: [24, 12, 12, 44, 5, 14, 12, 16, 12, 28, 14, 80],
  };
}

export { COL };
