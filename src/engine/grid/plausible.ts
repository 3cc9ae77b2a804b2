/**
 * Plausible values per criterion, declared by each grid as data (`plausible` in src/engine/grids/*.json), in
 * the grid's own units: g/l or % for fat and protein, /ml or /l for counts, °C for the freezing point, and the
 * grid's volume unit for one delivery (`VOLUME`). A value outside its range is a typing or unit mistake (a fat
 * of 400 g/l meant 40,0; 4,1 % typed for a g/l grid): every entry is checked against it — rows of the
 * workbook by the statement run, imported rows by the importer, arguments by the custom functions — and such
 * a value is never priced. Bounds are inclusive.
 *
 * INHIBITEURS has no range: its words (positif/négatif…) are checked by the cell reader.
 */
import { message, t, type GridProblemKey } from "../../messages/gridProblems";
import type { Message } from "../../messages/core";
import { Decimal, toDecimal } from "../decimal";
import { GridError } from "../errors";
import { frNumber } from "../format";
import { expected, json } from "./fields";
import { CRITERIA, type Criterion, type CriterionRule } from "./schema";

/** What a grid may bound: its measured criteria (not the inhibitor test) and one delivery's volume. */
export type PlausibleKey = Exclude<Criterion, "INHIBITEURS"> | "VOLUME";

export const PLAUSIBLE_KEYS: readonly PlausibleKey[] = [
  ...CRITERIA.filter((c): c is Exclude<Criterion, "INHIBITEURS"> => c !== "INHIBITEURS"),
  "VOLUME",
];

export interface PlausibleRange {
  /** Inclusive bounds, in the grid's unit for that key. */
  min: Decimal;
  max: Decimal;
  /** Where the bounds come from (physiology, lab method, product choice). */
  source: string;
}

export type PlausibleRanges = Partial<Record<PlausibleKey, PlausibleRange>>;

/** The part of a grid the ranges need (a full Grid has it). */
export interface PlausibleGrid {
  id: string;
  volumeUnit: string;
  criteria: Partial<Record<Criterion, Pick<CriterionRule, "unit">>>;
  plausible?: PlausibleRanges;
}

/**
 * Reads and checks the raw `plausible` block of a grid: known keys only (a criterion the grid has, or
 * VOLUME), decimal strings, min ≤ max, a source text. Absent → no range.
 */
export function loadPlausible(
  raw: unknown,
  gridId: string,
  criteria: Partial<Record<Criterion, unknown>>,
): PlausibleRanges {
  const fail = (field: string, problem: string): never => {
    throw new GridError(gridId, field, problem);
  };
  if (raw === undefined) return {};
  if (raw === null || typeof raw !== "object" || Array.isArray(raw))
    return fail("plausible", expected("gridProblem.plausibleObject"));
  const out: PlausibleRanges = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const at = `plausible.${key}`;
    if (!(PLAUSIBLE_KEYS as readonly string[]).includes(key))
      fail(at, t("gridProblem.unknownKey", { keys: PLAUSIBLE_KEYS.join(", ") }));
    if (key !== "VOLUME" && !criteria[key as Criterion]) fail(at, t("gridProblem.notCriterion", { key }));
    if (value === null || typeof value !== "object" || Array.isArray(value))
      fail(at, t("gridProblem.expected", { what: "{ min, max, source }" }));
    const o = value as Record<string, unknown>;
    const bound = (name: "min" | "max"): Decimal => {
      const notDecimal = () =>
        fail(
          `${at}.${name}`,
          t("gridProblem.expectedGot", {
            what: message("gridProblem.quotedDecimal", { example: '"20"' }),
            got: json(o[name]),
          }),
        );
      if (typeof o[name] !== "string") return notDecimal();
      try {
        return toDecimal(o[name], `${at}.${name}`);
      } catch {
        return notDecimal();
      }
    };
    const min = bound("min");
    const max = bound("max");
    if (min.gt(max)) fail(at, t("gridProblem.minAboveMax", { min: min.toString(), max: max.toString() }));
    if (typeof o.source !== "string" || o.source.trim() === "")
      fail(`${at}.source`, expected("gridProblem.boundsSource"));
    out[key as PlausibleKey] = { min, max, source: o.source as string };
  }
  return out;
}

/** The grid's plausible ranges (none for a grid that declares none). */
export function plausibleRanges(grid: PlausibleGrid): PlausibleRanges {
  return grid.plausible ?? {};
}

/** The unit a key's values are in, for this grid: "g/l", "%", "/ml", "°C", "L"… */
export function plausibleUnit(grid: PlausibleGrid, key: PlausibleKey): string {
  return key === "VOLUME" ? grid.volumeUnit : (grid.criteria[key]?.unit ?? "");
}

/**
 * "20 à 70 g/l", "0 à 10 000 000 /ml", "−0,600 à −0,400 °C" (in the language in use: "20 to 70 g/l"). The
 * numbers are written the French way in every language, like every number of the workbook.
 */
export function rangeText(grid: PlausibleGrid, key: PlausibleKey): string {
  const r = plausibleRanges(grid)[key];
  if (!r) return "";
  const places = key === "PC" ? 3 : undefined; // a freezing point is read to the thousandth of a degree
  return t("gridProblem.range", {
    min: frNumber(r.min, places),
    max: frNumber(r.max, places),
    unit: unitAfter(plausibleUnit(grid, key)),
  });
}

/** A unit after its number: "/ml" after a space, "g/l" after a no-break space, none when there is none. */
function unitAfter(unit: string): string {
  return unit ? (unit.startsWith("/") ? ` ${unit}` : `\u00a0${unit}`) : "";
}

/** Whether the value lies in the key's range (true when the grid has none). */
export function isPlausible(grid: PlausibleGrid, key: PlausibleKey, value: Decimal): boolean {
  const r = plausibleRanges(grid)[key];
  return !r || (value.gte(r.min) && value.lte(r.max));
}

const CONTENT_UNITS: Record<string, { other: string; factor: Decimal } | undefined> = {
  // A fat or protein content in % is about a tenth of the same content in g/l (1 l ≈ 1,03 kg).
  "g/l": { other: "%", factor: new Decimal("0.1") },
  "%": { other: "g/l", factor: new Decimal("10") },
};

/**
 * Why a value is not plausible for the grid, in the language in use, or null when it is (or the grid has no range for
 * the key): « MG 400 g/l hors des valeurs plausibles (20 à 70 g/l pour sud-est-2018) : vérifiez la saisie
 * (40 ?) ». The hint guesses the likeliest slip: the other content unit, or a misplaced decimal separator.
 */
export function plausibilityProblem(grid: PlausibleGrid, key: PlausibleKey, value: Decimal): string | null {
  const r = plausibleRanges(grid)[key];
  if (!r || (value.gte(r.min) && value.lte(r.max))) return null;
  return t("gridProblem.implausible", {
    what: key === "VOLUME" ? message("gridProblem.volume") : key,
    value: frNumber(value) + unitAfter(plausibleUnit(grid, key)),
    range: rangeText(grid, key),
    grid: grid.id,
    hint: hint(grid, key, value, r),
  });
}

function hint(grid: PlausibleGrid, key: PlausibleKey, value: Decimal, r: PlausibleRange): Message<GridProblemKey> {
  const unit = plausibleUnit(grid, key);
  const other = key === "MG" || key === "MP" ? CONTENT_UNITS[unit] : undefined;
  if (other) {
    const converted = value.div(other.factor);
    if (converted.gte(r.min) && converted.lte(r.max)) {
      return message("gridProblem.otherUnit", { other: other.other, grid: grid.id, unit });
    }
  }
  // A decimal separator one, two or three places off (400 for 40,0; 0,38 for 38; −5,2 for −0,52). Counts and
  // volumes start at 0, so any of them shifted would look plausible: no guess there.
  if (key !== "MG" && key !== "MP" && key !== "PC") return message("gridProblem.check");
  for (const shift of [1, 2, 3]) {
    for (const f of [new Decimal(10).pow(-shift), new Decimal(10).pow(shift)]) {
      const guess = value.times(f);
      if (!guess.isZero() && guess.gte(r.min) && guess.lte(r.max))
        return message("gridProblem.checkGuess", { guess: frNumber(guess) });
    }
  }
  return message("gridProblem.check");
}
