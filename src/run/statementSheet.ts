/**
 * One producer's statement for the month, laid out to print on one A4 page (portrait, fit to one page):
 * header, deliveries, the month's results and how each monthly value was obtained (method, fallback, joker),
 * the price build-up line by line with its explanation, events, total, price per unit and PSL effective price,
 * and the notes.
 */
import {
  CRITERION_LABEL,
  frDate,
  frNumber,
  type Criterion,
  type Delivery,
  type Grid,
  type LabResult,
  type MonthlyValue,
  type ProducerMonthInput,
  type Statement,
} from "../engine";
import { t, type MessageKey } from "../messages";
import type { CellStyle, OutputCell, OutputSheet } from "../workbook/port";
import { EMPTY, monthLabel, num, SEVERITY_LABEL, text, volumeCell, wrap } from "./cells";
import type { Rolling } from "./rolling";
import type { StatementWithholdings } from "../invoicing/withholdings";
import { isoToSerial } from "../inputs";

/** Columns A–H. */
const COLUMNS = 8;
/**
 * Wide enough that nothing is cut when printed (Excel and LibreOffice cut text at the next filled cell): A holds
 * « Prix effectif, moyenne 12 mois (PSL) », D the method (« moyenne pondérée par les volumes »), F–H the
 * fallback (« complété par le dernier résultat du mois précédent »). Fit to one page, the print scale is
 * about 73 %, 8 pt text.
 */
const WIDTHS = [34, 12, 12, 30, 12, 14, 14, 14];
/** Characters of a label that fit column A when printed (Calibri: about 0,85 width unit a character). */
const LABEL_WIDTH = Math.floor(WIDTHS[0] / 0.85) - 2;
/** Characters of an explanation line written from column B across C–H. */
const NOTE_WIDTH = 105;

const FALLBACK_LABEL: Record<MonthlyValue["fallback"], string> = {
  none: "—",
  "previous-last-result": "complété par le dernier résultat du mois précédent",
  "previous-mean": "moyenne du mois précédent reprise",
  "single-result": "un seul résultat",
};

const EVENT_LABEL: Record<string, string> = {
  ALERTE: "Alerte antibiotiques",
  EPANDAGE: "Épandage",
  DOMMAGES: "Dommages",
};

function valueStyle(criterion: Criterion, unit: string): CellStyle {
  if (criterion === "PC") return "decimal3";
  if (unit.startsWith("/")) return "count";
  return "decimal2";
}

/** The rows of a sheet being laid out, with its sections and its explanation lines. */
class Layout {
  readonly rows: (OutputCell[] | null)[] = [];

  push(...rows: (OutputCell[] | null)[]): void {
    this.rows.push(...rows);
  }

  section(title: string): void {
    this.rows.push(null);
    this.rows.push([text(title, "title")]);
  }

  /** Text wrapped to the width of columns B–H, from column B (or further right). */
  explain(value: string, indent = 1): void {
    for (const line of wrap(value, NOTE_WIDTH)) this.rows.push([...Array(indent).fill(EMPTY), text(line, "note")]);
  }
}

export function statementSheet(
  name: string,
  s: Statement,
  input: ProducerMonthInput,
  withholdings?: StatementWithholdings,
): OutputSheet {
  const l = new Layout();
  headerRows(l, s, input);
  deliveryRows(l, s, input);
  resultRows(l, s, input);
  monthlyValueRows(l, s, input.grid);
  priceRows(l, s, withholdings);
  eventRows(l, s, input);
  noteRows(l, s);
  l.push(null);
  l.push([
    text(`Montants arrondis au centime ; le total est la somme des lignes arrondies. Grille ${input.grid.id}.`, "note"),
  ]);
  return {
    name,
    rows: l.rows,
    columnWidths: WIDTHS,
    print: { orientation: "portrait", fitToOnePage: true, area: `A1:H${l.rows.length}` },
  };
}

function headerRows(l: Layout, s: Statement, input: ProducerMonthInput): void {
  const grid = input.grid;
  l.push([text(`Relevé de paie du lait — ${monthLabel(s.month)}`, "title")]);
  l.push([text("Producteur"), text(s.producer), text(input.producer.name ?? null)]);
  l.push([text("Grille"), text(`${grid.name} (${grid.id})`)]);
  l.push([text("Charte des bonnes pratiques"), text(input.producer.charter ? "signée" : "non signée")]);
  l.push([text("Prix de base"), num(s.basePrice, "rate"), text(s.priceUnit)]);
  l.push([text("Volume livré"), volumeCell(s.volume), text(s.volumeUnit)]);
  if (s.suspension) l.push([text("SUSPENSION DE LIVRAISON", "title"), text("voir les remarques")]);
}

/** Deliveries of the month: with their cooling columns when any has one, else four date–volume pairs a row. */
function deliveryRows(l: Layout, s: Statement, input: ProducerMonthInput): void {
  const deliveries: Delivery[] = [];
  for (const d of input.deliveries) if (d.date.startsWith(s.month)) deliveries.push(d);
  deliveries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  l.section(`Livraisons (${deliveries.length})`);
  const cooling = deliveries.some((d) => d.time !== undefined || d.temperature !== undefined || d.place !== undefined);
  const volumeHeader = text(`Volume (${s.volumeUnit})`, "header");
  if (cooling) {
    l.push([
      DATE_HEADER,
      volumeHeader,
      text("Heure", "header"),
      text("Température (°C)", "header"),
      text("Lieu", "header"),
    ]);
    for (const d of deliveries) {
      l.push([
        dateCell(d.date),
        volumeCell(d.volume),
        text(d.time ?? null),
        num(d.temperature ?? null, "decimal2"),
        text(d.place ?? null),
      ]);
    }
  } else {
    const header: OutputCell[] = [];
    for (let i = 0; i < COLUMNS / 2; i++) header.push(DATE_HEADER, volumeHeader);
    l.push(header);
    for (let i = 0; i < deliveries.length; i += COLUMNS / 2) {
      const row: OutputCell[] = [];
      for (let k = i; k < i + COLUMNS / 2 && k < deliveries.length; k++)
        row.push(dateCell(deliveries[k].date), volumeCell(deliveries[k].volume));
      l.push(row);
    }
  }
  l.push([text("Total", "header"), volumeCell(s.volume)]);
}

/** The month's results, one row per sampling day (results grouped by day and criterion in one pass). */
function resultRows(l: Layout, s: Statement, input: ProducerMonthInput): void {
  const grid = input.grid;
  const criteria = (Object.keys(grid.criteria) as Criterion[]).slice(0, COLUMNS - 1);
  const byDay = new Map<string, Map<Criterion, LabResult[]>>();
  let notValidated = false;
  for (const r of input.results) {
    if (!r.date.startsWith(s.month) || grid.criteria[r.criterion] === undefined) continue;
    let day = byDay.get(r.date);
    if (!day) byDay.set(r.date, (day = new Map()));
    const list = day.get(r.criterion);
    if (list) list.push(r);
    else day.set(r.criterion, [r]);
    if (r.validated === false) notValidated = true;
  }
  l.section("Résultats d'analyses du mois");
  l.push([
    DATE_HEADER,
    ...criteria.map((c) => text(`${CRITERION_LABEL[c]}${unitSuffix(grid.criteria[c]!.unit)}`, "header")),
  ]);
  if (byDay.size === 0) l.push([text("aucun résultat ce mois", "note")]);
  for (const day of [...byDay.keys()].sort()) {
    const results = byDay.get(day)!;
    const row: OutputCell[] = [dateCell(day)];
    for (const c of criteria) row.push(resultCell(results.get(c), c, grid.criteria[c]!.unit));
    l.push(row);
  }
  if (notValidated) l.push([EMPTY, text("(nv) = résultat non validé, non compté", "note")]);
}

/** How each monthly value was obtained (method, fallback, joker). */
function monthlyValueRows(l: Layout, s: Statement, grid: Grid): void {
  l.section("Valeurs mensuelles");
  l.push([
    text("Critère", "header"),
    text("Valeur", "header"),
    text("Unité", "header"),
    text("Méthode", "header"),
    text("Résultats", "header"),
    text("Repli", "header"),
  ]);
  for (const mv of s.monthlyValues) {
    const unit = grid.criteria[mv.criterion]!.unit;
    l.push([
      text(CRITERION_LABEL[mv.criterion]),
      mv.value === null ? text("—") : num(mv.value, valueStyle(mv.criterion, unit)),
      text(unit.replace(/^\//, "par ")),
      text(mv.method),
      num(mv.count, "count"),
      text(FALLBACK_LABEL[mv.fallback]),
    ]);
    if (mv.fallback !== "none" || mv.value === null) l.explain(mv.explanation);
    if (mv.jokerResult)
      l.explain(
        `Joker germes : résultat de ${frNumber(mv.jokerResult.value)} du ${frDate(mv.jokerResult.date)} écarté de la moyenne`,
      );
  }
}

/** The price build-up line by line with its explanation, the total, the withholdings and the prices. */
function priceRows(l: Layout, s: Statement, withholdings: StatementWithholdings | undefined): void {
  l.section("Calcul du prix");
  l.push([
    text("Composante", "header"),
    text(`Taux (${s.priceUnit})`, "header"),
    text(`Montant (${s.currency})`, "header"),
    text("Prix effectif", "header"),
  ]);
  for (const line of s.lines) {
    l.push([
      text(line.label),
      num(line.rate, "rate"),
      num(line.amount, "money"),
      text(line.inEffectivePrice ? "oui" : "non"),
    ]);
    l.explain(line.explanation);
  }
  l.push([text("Total à payer", "header"), EMPTY, num(s.total, "total"), text(s.currency)]);
  if (withholdings) l.push(...withholdingRows(withholdings, s));
  l.push([
    text("Prix moyen payé"),
    num(s.pricePerUnit, "rate"),
    text(s.pricePerUnit === null ? "sans livraison" : s.priceUnit),
  ]);
  l.push([
    text("Prix effectif (PSL)"),
    num(s.effectivePrice, "rate"),
    text(s.effectivePrice === null ? "sans livraison" : s.priceUnit),
  ]);
  l.explain(
    "Prix effectif : lignes marquées « oui » (prix de base, teneurs, primes qualité), hors déductions qualité, pénalités, indemnités et coûts.",
  );
}

function eventRows(l: Layout, s: Statement, input: ProducerMonthInput): void {
  const events = (input.events ?? []).filter((e) => e.date.startsWith(s.month));
  if (events.length === 0) return;
  l.section("Événements");
  l.push([
    text("Date", "header"),
    text("Type", "header"),
    text(`Volume (${s.volumeUnit})`, "header"),
    text(`Montant (${s.currency})`, "header"),
  ]);
  for (const e of events)
    l.push([
      dateCell(e.date),
      text(EVENT_LABEL[e.type] ?? e.type),
      e.volume ? volumeCell(e.volume) : EMPTY,
      num(e.amount ?? null, "money"),
    ]);
}

function noteRows(l: Layout, s: Statement): void {
  if (s.notes.length === 0) return;
  l.section("Remarques");
  for (const note of s.notes) {
    // The statement is a French document whatever the language in use: its notes are worded again in French.
    const lines = wrap(t(note.text.key as MessageKey, note.text.params, "fr"), NOTE_WIDTH);
    l.push([text(SEVERITY_LABEL[note.severity]), text(lines[0], "note")]);
    for (const more of lines.slice(1)) l.push([EMPTY, text(more, "note")]);
  }
}

/** Retenues below the total (outside the price), then « Net à payer »; unknown ones say so and give no net. */
function withholdingRows(w: StatementWithholdings, s: Statement): OutputCell[][] {
  if ("issues" in w)
    return [
      [text("Retenues"), EMPTY, text("non calculées : valeur illisible dans Retenues (voir Contrôles)", "note")],
      [text("Net à payer", "header"), EMPTY, text("—")],
    ];
  const rows: OutputCell[][] = [];
  for (const l of w.lines) {
    // A label longer than column A (a CVO's full name) wraps onto rows of its own below, never under the
    // rate beside it, so that it prints whole (issue 14: no cut text).
    const [first, ...more] = wrap(`Retenue : ${l.label}`, LABEL_WIDTH);
    rows.push([
      text(first),
      l.base === "volume" ? num(l.rate, "rate") : text(`${frNumber(l.rate)} %`),
      num(l.amount.negated(), "money"),
      text(l.base === "volume" ? s.priceUnit : "du total"),
    ]);
    for (const line of more) rows.push([text(`  ${line}`)]);
  }
  rows.push([text("Net à payer", "header"), EMPTY, num(w.net, "total"), text(s.currency)]);
  return rows;
}

function unitSuffix(unit: string): string {
  return unit ? ` (${unit})` : "";
}

const DATE_HEADER = text("Date", "header");

function dateCell(date: string): OutputCell {
  return { value: isoToSerial(date), style: "date" };
}

/** One criterion's result(s) of a day: a number, or text when several, not validated, or an inhibitor test. */
function resultCell(results: LabResult[] | undefined, criterion: Criterion, unit: string): OutputCell {
  if (!results || results.length === 0) return EMPTY;
  const single = results.length === 1 && results[0].validated !== false;
  if (criterion === "INHIBITEURS")
    return text(
      results.map((r) => (r.value.gt(0) ? "positif" : "négatif") + (r.validated === false ? " (nv)" : "")).join(" / "),
    );
  if (single) return num(results[0].value, valueStyle(criterion, unit));
  return text(results.map((r) => frNumber(r.value) + (r.validated === false ? " (nv)" : "")).join(" / "));
}

/**
 * Adds the PSL rolling 12 months under the statement's effective price (the run knows it only once every
 * producer's month is computed): paid and effective means of the last 12 monthly prices, or how many months
 * the workbook has.
 */
export function addRollingRows(sheet: OutputSheet, s: Statement, rolling: Rolling): void {
  const at = sheet.rows.findIndex((r) => r?.[0]?.value === "Prix effectif (PSL)");
  if (at < 0) return;
  const added: OutputCell[][] =
    rolling.paid !== null && rolling.effective !== null
      ? [
          [text("Prix payé, moyenne 12 mois (PSL)"), num(rolling.paid, "rate"), text(s.priceUnit)],
          [text("Prix effectif, moyenne 12 mois (PSL)"), num(rolling.effective, "rate"), text(s.priceUnit)],
        ]
      : [
          [
            text("Moyenne 12 mois (PSL)"),
            EMPTY,
            text(`${rolling.months} mois sur 12 dans le classeur sous la grille ${s.grid} : pas de moyenne`, "note"),
          ],
        ];
  sheet.rows.splice(at + 1, 0, ...added);
  if (sheet.print?.area) sheet.print.area = sheet.print.area.replace(/\d+$/, String(sheet.rows.length));
}
