/**
 * The one reading of a cell, for every front: the input tables (src/inputs/tables.ts), the importer
 * (src/intake), the custom functions (src/functions/arguments.ts maps a Bad to #VALUE!) and, through TableData,
 * both workbook ports (whose shared table rules are src/workbook/reading.ts). Values are read as an
 * accountant types them (workbook.md, "Input tables"): numbers (numbers.ts) with a decimal comma or point and
 * thousands grouped by a space of any kind or an apostrophe; dates as Excel serial numbers or text (ISO, or
 * day first), oui/non, positif/négatif, ferme/centre, times, codes. An Excel error value or a formula saved
 * without its computed value (NoValue) is never blank, never 0: it is a Bad that says so.
 *
 * Every parser returns the value, `null` for a blank cell, or a `Bad` (bad.ts) saying what was expected. Nothing
 * is ever read as 0. Dates and enumerations are memoised by their raw value (the run reads ~500 000 rows).
 */
import { daysInMonth, type Criterion, type EventType, type IsoDate, type YearMonth } from "../engine";
import { message, type InputsKey } from "../messages/inputs";
import { NoValue, type CellValue } from "../workbook/port";
import { isBlankText } from "../workbook/reading";
import { Bad, bad, noValueBad, showCell, type Parsed } from "./bad";

export { Bad, bad, isBad, noValueBad, showCell, type BadReason, type Parsed } from "./bad";

/**
 * Name, header and enumeration matching: lower case, accents removed, spaces collapsed, trimmed ("  Événements "
 * → "evenements"). Both workbook ports find sheets and tables by it; the custom functions' keywords use
 * upperCaseKeyword (src/functions/arguments.ts) instead.
 */
export function normalizeKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s\u00a0\u202f\u2009]+/g, " ")
    .trim();
}

// ------------------------------------------------------------------------------------------------ dates

const DAY_MS = 86_400_000;
/** Excel's 1900 date system: serial 61 = 1900-03-01; Excel counts a 29 February 1900 that never was. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** Accepted years: a serial outside them is most likely a volume or an amount typed in the date column. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
const MIN_SERIAL = (Date.UTC(MIN_YEAR, 0, 1) - EPOCH_1900) / DAY_MS;
const MAX_SERIAL = (Date.UTC(MAX_YEAR, 11, 31) - EPOCH_1900) / DAY_MS;

const serialCache = new Map<number, IsoDate>();

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Excel serial (1900 date system) → ISO date; the time of day, if any, is dropped. */
export function serialToIso(serial: number): IsoDate {
  const day = Math.floor(serial);
  let iso = serialCache.get(day);
  if (iso === undefined) {
    const d = new Date(EPOCH_1900 + day * DAY_MS);
    iso = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
    serialCache.set(day, iso);
  }
  return iso;
}

/** ISO date → Excel serial (1900 date system), for date cells of the outputs. */
export function isoToSerial(date: IsoDate): number {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round((t - EPOCH_1900) / DAY_MS);
}

function validDate(y: number, m: number, d: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/;
const textDateCache = new Map<string, IsoDate | Bad>();

function textDate(raw: string): IsoDate | Bad {
  const s = raw.trim();
  let y: number, m: number, d: number;
  let match = ISO_DATE.exec(s);
  if (match) {
    y = Number(match[1]);
    m = Number(match[2]);
    d = Number(match[3]);
  } else if ((match = DAY_FIRST.exec(s))) {
    d = Number(match[1]);
    m = Number(match[3]);
    y = match[4].length === 2 ? 2000 + Number(match[4]) : Number(match[4]);
  } else {
    return bad("inputs.notDate", { cell: showCell(raw) });
  }
  if (!validDate(y, m, d)) return bad("inputs.invalidDate", { cell: showCell(raw) }, "range");
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** A date: an Excel date (serial number), "2025-03-04", or "04/03/2025" (day first; also 04.03.2025). */
export function parseDate(cell: CellValue): Parsed<IsoDate> {
  if (cell === null) return null;
  if (typeof cell === "number") {
    if (!Number.isFinite(cell) || cell < MIN_SERIAL || cell >= MAX_SERIAL + 1) {
      return bad("inputs.implausibleDate", { cell: showCell(cell), from: MIN_YEAR, to: MAX_YEAR }, "range");
    }
    return serialToIso(cell);
  }
  if (typeof cell === "boolean") return bad("inputs.dateExpected", { cell: showCell(cell) });
  if (typeof cell !== "string") return noValueBad(cell);
  if (isBlankText(cell)) return null;
  let parsed = textDateCache.get(cell);
  if (parsed === undefined) {
    parsed = textDate(cell);
    if (textDateCache.size < 10_000) textDateCache.set(cell, parsed);
  }
  return parsed;
}

const FRENCH_MONTHS: Record<string, number> = {
  janvier: 1,
  janv: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  mars: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  aout: 8,
  septembre: 9,
  sept: 9,
  sep: 9,
  octobre: 10,
  oct: 10,
  novembre: 11,
  nov: 11,
  decembre: 12,
  dec: 12,
};

/** A month: "2025-03", "03/2025", "mars 2025", or any date in the month (Excel date or text). */
export function parseMonth(cell: CellValue): Parsed<YearMonth> {
  if (cell === null) return null;
  if (typeof cell === "string") {
    const s = cell.trim();
    if (s === "") return null;
    let m = /^(\d{4})[-/.](\d{1,2})$/.exec(s);
    if (m) return monthOrBad(Number(m[1]), Number(m[2]), cell);
    m = /^(\d{1,2})[-/.](\d{4})$/.exec(s);
    if (m) return monthOrBad(Number(m[2]), Number(m[1]), cell);
    const words = /^([a-z]+)\.?[ -](\d{4})$/.exec(normalizeKey(s));
    if (words && FRENCH_MONTHS[words[1]]) return monthOrBad(Number(words[2]), FRENCH_MONTHS[words[1]], cell);
  }
  const date = parseDate(cell);
  if (date instanceof Bad && (date.reason === "error" || date.reason === "formula")) return date;
  if (date instanceof Bad) return bad("inputs.notMonth", { cell: showCell(cell) });
  return date === null ? null : date.slice(0, 7);
}

function monthOrBad(y: number, m: number, cell: CellValue): YearMonth | Bad {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12)
    return bad("inputs.invalidMonth", { cell: showCell(cell) }, "range");
  return `${y}-${pad2(m)}`;
}

// --------------------------------------------------------------------------------------- enumerations

/** Memoised enumeration parser: distinct raw texts are few, rows are many. `expectedKey`: what is asked for. */
function enumParser<T>(
  table: Record<string, T>,
  expectedKey: InputsKey,
  numbers?: Record<number, T>,
  booleans?: [T, T],
) {
  const cache = new Map<string, T | Bad>();
  const expected = message(expectedKey);
  const unexpected = (cell: CellValue) => bad("inputs.unexpected", { cell: showCell(cell), expected });
  return (cell: CellValue): Parsed<T> => {
    if (cell === null) return null;
    if (typeof cell === "boolean") {
      return booleans ? booleans[cell ? 0 : 1] : unexpected(cell);
    }
    if (typeof cell === "number") {
      const v = numbers?.[cell];
      return v !== undefined ? v : unexpected(cell);
    }
    if (typeof cell !== "string") return noValueBad(cell);
    let v = cache.get(cell);
    if (v === undefined) {
      const key = normalizeKey(cell);
      if (key === "") return null;
      v = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : unexpected(cell);
      if (cache.size < 1000) cache.set(cell, v);
    }
    return v;
  };
}

/** oui/non (also o/n, yes/no, vrai/faux, true/false, 1/0, x; a TRUE/FALSE cell). */
export const parseYesNo = enumParser<boolean>(
  {
    oui: true,
    o: true,
    yes: true,
    y: true,
    vrai: true,
    true: true,
    "1": true,
    x: true,
    non: false,
    n: false,
    no: false,
    faux: false,
    false: false,
    "0": false,
  },
  "inputs.expected.yesNo",
  { 1: true, 0: false },
  [true, false],
);

/** INHIBITEURS result: positif/négatif, POS/NEG, 1/0, VRAI/FAUX, TRUE/FALSE, +/− → 1 or 0. */
export const parseInhibitor = enumParser<0 | 1>(
  {
    positif: 1,
    positive: 1,
    pos: 1,
    "+": 1,
    "1": 1,
    vrai: 1,
    true: 1,
    oui: 1,
    negatif: 0,
    negative: 0,
    neg: 0,
    "-": 0,
    "\u2212": 0,
    "0": 0,
    faux: 0,
    false: 0,
    non: 0,
  },
  "inputs.expected.inhibitor",
  { 1: 1, 0: 0 },
  [1, 0],
);

/** Lieu of a collection: ferme or centre (de collecte). */
export const parsePlace = enumParser<"ferme" | "centre">(
  { ferme: "ferme", "a la ferme": "ferme", exploitation: "ferme", centre: "centre", "centre de collecte": "centre" },
  "inputs.expected.place",
);

/** Critère of an analysis, with the names labs commonly print. */
export const parseCriterion = enumParser<Criterion>(
  {
    mg: "MG",
    tb: "MG",
    "matiere grasse": "MG",
    "taux butyreux": "MG",
    graisse: "MG",
    fat: "MG",
    mp: "MP",
    tp: "MP",
    "matiere proteique": "MP",
    "taux proteique": "MP",
    proteine: "MP",
    protein: "MP",
    germes: "GERMES",
    germe: "GERMES",
    "germes totaux": "GERMES",
    "flore totale": "GERMES",
    cellules: "CELLULES",
    cellule: "CELLULES",
    "cellules somatiques": "CELLULES",
    ccs: "CELLULES",
    "numeration cellulaire": "CELLULES",
    butyriques: "BUTYRIQUES",
    butyrique: "BUTYRIQUES",
    "spores butyriques": "BUTYRIQUES",
    spores: "BUTYRIQUES",
    pc: "PC",
    "point de congelation": "PC",
    cryoscopie: "PC",
    "point cryoscopique": "PC",
    inhibiteurs: "INHIBITEURS",
    inhibiteur: "INHIBITEURS",
    antibiotiques: "INHIBITEURS",
    antibiotique: "INHIBITEURS",
  },
  "inputs.expected.criterion",
);

/** Type of an event: ALERTE, EPANDAGE (épandage), DOMMAGES. */
export const parseEventType = enumParser<EventType>(
  { alerte: "ALERTE", epandage: "EPANDAGE", dommages: "DOMMAGES", dommage: "DOMMAGES" },
  "inputs.expected.eventType",
);

// ------------------------------------------------------------------------------------------------ times

/** Heure of a collection: "HH:MM" (also 6h30, HH:MM:SS) or an Excel time (fraction of a day). */
export function parseTime(cell: CellValue): Parsed<string> {
  if (cell === null) return null;
  if (typeof cell === "number") {
    if (!Number.isFinite(cell) || cell < 0) return bad("inputs.notTime", { cell: showCell(cell) });
    const minutes = Math.round((cell - Math.floor(cell)) * 1440) % 1440;
    return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
  }
  if (typeof cell === "boolean") return bad("inputs.timeExpected", { cell: showCell(cell) });
  if (typeof cell !== "string") return noValueBad(cell);
  const s = cell.trim();
  if (s === "") return null;
  const m = /^(\d{1,2})\s*[:hH]\s*(\d{2})?(?::(\d{2}))?$/.exec(s);
  if (!m || Number(m[1]) > 23 || Number(m[2] ?? 0) > 59) return bad("inputs.notTime", { cell: showCell(cell) });
  return `${pad2(Number(m[1]))}:${m[2] ?? "00"}`;
}

// ----------------------------------------------------------------------------------------------- codes

/** A producer code as text: trimmed; a number cell (1001) is its digits; an error or uncomputed formula is a Bad. */
export function parseCode(cell: CellValue): Parsed<string> {
  if (cell === null) return null;
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : null;
  if (typeof cell === "boolean") return cell ? "VRAI" : "FAUX";
  if (typeof cell !== "string") return noValueBad(cell);
  const s = cell.trim();
  return s === "" ? null : s;
}

/** The key a producer code is matched by across tables: case-insensitive. */
export function codeKey(code: string): string {
  return code.toUpperCase();
}

/** A grid id as typed: case, accents, spaces and underscores forgiven ("Sud Est 2018" → "sud-est-2018"). */
export function gridKey(text: string): string {
  return normalizeKey(text).replace(/[\s_]+/g, "-");
}

/** Text cell (names, grid ids): trimmed, as is; an error or uncomputed formula is a Bad, never a blank. */
export function parseText(cell: CellValue): Parsed<string> {
  if (cell === null) return null;
  if (cell instanceof NoValue) return noValueBad(cell);
  const s = typeof cell === "string" ? cell.trim() : String(cell);
  return s === "" ? null : s;
}
