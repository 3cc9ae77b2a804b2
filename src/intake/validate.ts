/**
 * Checks of an imported value before it lands in the workbook: the producer exists in Producteurs (by Code,
 * or by an EDE column there if the file gives herd numbers), his consent, and plausible ranges. A value
 * outside them is rejected with its reason, never corrected: nothing is silently changed (a fat content in %
 * is not turned into g/l).
 *
 * Plausible ranges (issue "Data intake"): fat 20–70 g/l or 2–7 %, protein 20–50 g/l or 2–5 %, germs and
 * cells 0–10 million /ml, butyric spores 0–1 million /l, freezing point −0.600 to −0.400 °C.
 * Fat and protein units: the producer's grid says which one it pays on (sud-est-2018: g/l, mooh-2025: %);
 * a unit written in the file's header ("MG (g/l)") must agree with the value too. For a producer without a
 * grid in Producteurs (the run's grid applies), either unit's range is accepted.
 */
import { Decimal, getGrid, type Criterion } from "../engine";
import { codeKey, gridKey, parseCode, parseText, parseYesNo, Bad } from "../inputs";
import { Columns } from "../run/tables";
import type { TableData } from "../workbook/port";
import type { ContentUnit } from "./mapping";

export interface ProducerInfo {
  /** Code as written in Producteurs (what is written in Analyses/Livraisons). */
  code: string;
  consent: boolean;
  /** Grid id (normalized) or null when blank. */
  grid: string | null;
}

const PRODUCER_SPECS = {
  code: { header: "Code", required: true },
  grid: { header: "Grille" },
  consent: { header: "Consentement" },
  ede: { header: "EDE", aliases: ["n ede", "no ede", "numero ede", "code ede", "n cheptel", "cheptel"] },
};

/** The producers of the workbook, found by code (case-insensitive) or by EDE number. */
export class ProducerIndex {
  private readonly byCode = new Map<string, ProducerInfo>();
  private readonly byEde = new Map<string, ProducerInfo>();

  constructor(table: TableData) {
    const c = new Columns(table, PRODUCER_SPECS);
    for (const { values } of table.rows) {
      const code = parseCode(c.cell(values, "code"));
      // A code that cannot be read (an Excel error) names no producer: the run reports it.
      if (code === null || code instanceof Bad) continue;
      const consentValue = parseYesNo(c.cell(values, "consent"));
      // An unreadable consent is not a yes (as in the statement run).
      const consent = consentValue instanceof Bad ? false : consentValue ?? true;
      const gridText = parseText(c.cell(values, "grid"));
      // An unreadable grid is not the run's grid: such a producer's results are checked against no unit.
      const info: ProducerInfo = { code, consent, grid: gridText === null || gridText instanceof Bad ? null : gridKey(gridText) };
      if (!this.byCode.has(codeKey(code))) this.byCode.set(codeKey(code), info);
      const ede = parseCode(c.cell(values, "ede"));
      if (ede !== null && !(ede instanceof Bad)) this.byEde.set(codeKey(ede.replace(/\s+/g, "")), info);
    }
  }

  get size(): number {
    return this.byCode.size;
  }

  /** Answers by code as written (a file repeats its producers' codes on every line). */
  private readonly found = new Map<string, ProducerInfo | null>();

  find(code: string): ProducerInfo | undefined {
    const memo = this.found.get(code);
    if (memo !== undefined) return memo ?? undefined;
    const k = codeKey(code.trim());
    const info = this.byCode.get(k) ?? this.byEde.get(k.replace(/\s+/g, ""));
    if (this.found.size > 100_000) this.found.clear();
    this.found.set(code, info ?? null);
    return info;
  }
}

const gridUnits = new Map<string, ContentUnit | null>();

/** The unit of fat/protein contents of a grid ("g/l" or "%"), null when unknown. */
export function gridContentUnit(grid: string | null): ContentUnit | null {
  if (grid === null) return null;
  let u = gridUnits.get(grid);
  if (u === undefined) {
    try {
      const unit = getGrid(grid).criteria.MG?.unit ?? "";
      u = unit === "%" ? "%" : /g\s*\/\s*l/i.test(unit) ? "g/l" : null;
    } catch {
      u = null;
    }
    gridUnits.set(grid, u);
  }
  return u;
}

const D = (s: string) => new Decimal(s);
const CONTENT_RANGES: Record<"MG" | "MP", Record<ContentUnit, [Decimal, Decimal]>> = {
  MG: { "g/l": [D("20"), D("70")], "%": [D("2"), D("7")] },
  MP: { "g/l": [D("20"), D("50")], "%": [D("2"), D("5")] },
};
const COUNT_RANGES: Partial<Record<Criterion, [Decimal, Decimal, string]>> = {
  GERMES: [D("0"), D("10000000"), "germes : 0 à 10 000 000 /ml"],
  CELLULES: [D("0"), D("10000000"), "cellules : 0 à 10 000 000 /ml"],
  BUTYRIQUES: [D("0"), D("1000000"), "spores butyriques : 0 à 1 000 000 /l"],
  PC: [D("-0.6"), D("-0.4"), "point de congélation : −0,600 à −0,400 °C"],
};

function fr(d: Decimal): string {
  return d.toString().replace(".", ",").replace("-", "−");
}

function inRange(v: Decimal, [lo, hi]: [Decimal, Decimal]): boolean {
  return v.gte(lo) && v.lte(hi);
}

const LABEL = { MG: "matière grasse", MP: "matière protéique" } as const;

/**
 * Why a value is not plausible, or null. `expected`: the unit the producer's grid pays fat/protein on;
 * `declared`: a unit written in the file's header.
 */
export function rangeProblem(criterion: Criterion, value: Decimal, expected: ContentUnit | null, declared: ContentUnit | null): string | null {
  if (criterion === "MG" || criterion === "MP") {
    const ranges = CONTENT_RANGES[criterion];
    const show = (u: ContentUnit) => `${fr(ranges[u][0])}–${fr(ranges[u][1])} ${u}`;
    const inGl = inRange(value, ranges["g/l"]);
    const inPct = inRange(value, ranges["%"]);
    if (!inGl && !inPct) return `${LABEL[criterion]} ${fr(value)} hors des valeurs plausibles (${show("g/l")} ou ${show("%")})`;
    if (declared && !(declared === "g/l" ? inGl : inPct)) {
      return `${LABEL[criterion]} ${fr(value)} ne peut pas être en ${declared} comme l'indique l'en-tête (plausible : ${show(declared)})`;
    }
    const unit = inGl ? "g/l" : "%";
    if (expected && unit !== expected) {
      return `${LABEL[criterion]} ${fr(value)} semble en ${unit} alors que la grille du producteur attend des ${expected} (${show(expected)}) : valeur non convertie, à vérifier`;
    }
    return null;
  }
  const range = COUNT_RANGES[criterion];
  if (range && !inRange(value, [range[0], range[1]])) return `${fr(value)} hors des valeurs plausibles (${range[2]})`;
  return null;
}

/** A volume must be positive; 0 is kept (a collection that brought nothing is still a collection). */
export function volumeProblem(volume: Decimal): string | null {
  if (volume.gt(1_000_000)) return `volume ${fr(volume)} invraisemblable pour une collecte (plus de 1 000 000)`;
  return null;
}
