/**
 * The month's summary: one row per producer of the Producteurs table (volume, each price component's amount
 * by line code, total, price per unit, effective price, status, PSL rolling 12-month paid and effective prices
 * when the workbook has the 12 months, « Alertes »: volume outliers to look at) and a totals row per grid (currencies are
 * never added together).
 */
import { ZERO, getGrid, round2, type Decimal, type Statement, type StatementLine, type YearMonth } from "../engine";
import type { OutputCell, OutputSheet } from "../workbook/port";
import { EMPTY, monthLabel, num, plural, text, volumeCell } from "./cells";
import { columnLetter } from "../inputs/columns";
import type { GridTotal, ProducerOutcome } from "./types";

/** Headers of the lump-sum line codes that are not a grid component. */
const LINE_LABEL: Record<string, string> = {
  ANTIBIO: "Pénalités antibiotiques",
  DESTRUCTION: "Participation destruction",
  EPANDAGE: "Épandage",
  ALERTE: "Indemnité alerte",
  DOMMAGES: "Dommages",
};

const STATUS_LABEL: Record<ProducerOutcome["status"], string> = {
  statement: "oui",
  error: "non : erreur (voir Contrôles)",
  "no-consent": "non : pas de consentement",
};

/** Line codes in order of first appearance, with a header each. */
function lineColumns(outcomes: readonly ProducerOutcome[]): LineColumn[] {
  const columns = new Map<string, string>();
  for (const o of outcomes) {
    if (!o.statement || !o.input) continue;
    const labels = new Map(o.input.grid.components.map((c) => [c.code, c.label]));
    for (const line of o.statement.lines) {
      if (!columns.has(line.code)) columns.set(line.code, LINE_LABEL[line.code] ?? labels.get(line.code) ?? line.label);
    }
  }
  return [...columns].map(([code, label]) => ({ code, label }));
}

function byCode(lines: readonly StatementLine[]): Map<string, Decimal> {
  const sums = new Map<string, Decimal>();
  for (const l of lines) sums.set(l.code, (sums.get(l.code) ?? ZERO).plus(l.amount));
  return sums;
}

export function summarySheet(
  name: string,
  month: YearMonth,
  outcomes: readonly ProducerOutcome[],
  totals: readonly GridTotal[],
): OutputSheet {
  const codes = lineColumns(outcomes);
  const rows: (OutputCell[] | null)[] = [];
  rows.push([text(`Synthèse des paies de lait — ${monthLabel(month)}`, "title")]);
  const withStatement = outcomes.filter((o) => o.status === "statement").length;
  rows.push([
    text(
      `${plural(outcomes.length, "producteur")}, ${plural(withStatement, "relevé")}, ${outcomes.length - withStatement} sans relevé (voir Contrôles).`,
      "note",
    ),
  ]);
  rows.push(null);
  const headerRow = rows.length + 1;
  rows.push(headerCells(codes));
  const effective = new Map<string, Decimal>();
  for (const o of outcomes) rows.push(producerCells(o, codes, effective));
  rows.push(null);
  for (const t of totals) rows.push(totalCells(t, totals.length, outcomes, codes, effective.get(t.grid)));
  const lastColumn = columnLetter(6 + codes.length + 12);
  return {
    name,
    rows,
    columnWidths: [12, 28, 14, 22, 12, 6, ...codes.map(() => 13), 14, 7, 12, 14, 12, 12, 11, 18, 12, 12, 12, 30],
    // Printed at 90 % (11 pt text → 9,9 pt, 9 pt notes → 8,1 pt: never under 8 pt) over as many pages wide as
    // the columns need, the header row and Code/Nom on every page (issue 14: at one page wide the 27 columns
    // printed at about 4 pt).
    print: {
      orientation: "landscape",
      fitToOnePage: false,
      area: `A1:${lastColumn}${rows.length}`,
      scale: 90,
      titleRows: `${headerRow}:${headerRow}`,
      titleColumns: "A:B",
    },
  };
}

type LineColumn = { code: string; label: string };

function headerCells(codes: readonly LineColumn[]): OutputCell[] {
  return [
    text("Code", "header"),
    text("Nom", "header"),
    text("Grille", "header"),
    text("Relevé", "header"),
    text("Volume", "header"),
    text("Unité", "header"),
    ...codes.map((c) => text(c.label, "header")),
    text("Total", "header"),
    text("Devise", "header"),
    text("Retenues", "header"),
    text("Net à payer", "header"),
    text("Prix par unité", "header"),
    text("Prix effectif", "header"),
    text("Unité de prix", "header"),
    text("Feuille", "header"),
    text("Prix payé 12 mois", "header"),
    text("Prix effectif 12 mois", "header"),
    text("Mois (12 glissants)", "header"),
    text("Alertes", "header"),
  ];
}

/** A producer's row; adds his effective-price amount to his grid's in `effective`. */
function producerCells(
  o: ProducerOutcome,
  codes: readonly LineColumn[],
  effective: Map<string, Decimal>,
): OutputCell[] {
  const s = o.statement;
  if (!s) return [text(o.code), text(o.name), text(o.grid), text(STATUS_LABEL[o.status])];
  const sums = byCode(s.lines);
  let eff = ZERO;
  for (const l of s.lines) if (l.inEffectivePrice) eff = eff.plus(l.amount);
  effective.set(s.grid, (effective.get(s.grid) ?? ZERO).plus(eff));
  return [
    text(o.code),
    text(o.name),
    text(s.grid),
    text(s.suspension ? "oui : suspension" : STATUS_LABEL.statement),
    volumeCell(s.volume),
    text(s.volumeUnit),
    ...codes.map((c) => (sums.has(c.code) ? num(sums.get(c.code)!, "money") : EMPTY)),
    num(s.total, "money"),
    text(s.currency),
    ...withholdingCells(o),
    num(s.pricePerUnit, "rate"),
    num(s.effectivePrice, "rate"),
    text(s.priceUnit),
    text(o.sheet),
    // PSL rolling 12 months: the mean only when the workbook has all 12 months under this grid.
    num(o.rolling?.paid, "rate"),
    num(o.rolling?.effective, "rate"),
    o.rolling ? num(o.rolling.months, "count") : text("historique absent"),
    text(alerts(s)),
  ];
}

/** The totals row of a grid: sums of its statements, and its prices per unit (price and effective price). */
function totalCells(
  t: GridTotal,
  grids: number,
  outcomes: readonly ProducerOutcome[],
  codes: readonly LineColumn[],
  effective: Decimal | undefined,
): OutputCell[] {
  const sums = new Map<string, Decimal>();
  for (const o of outcomes) {
    if (o.statement?.grid !== t.grid) continue;
    for (const [code, amount] of byCode(o.statement.lines)) sums.set(code, (sums.get(code) ?? ZERO).plus(amount));
  }
  const perUnit = (amount: Decimal | undefined) =>
    t.volume.isZero() || !amount ? null : round2(amount.times(divisor(t)).div(t.volume));
  return [
    text(grids > 1 ? `Total ${t.grid}` : "Total", "header"),
    text(plural(t.statements, "relevé")),
    text(t.grid),
    EMPTY,
    num(t.volume, "count"),
    text(t.volumeUnit),
    ...codes.map((c) => (sums.has(c.code) ? num(sums.get(c.code)!, "total") : EMPTY)),
    num(t.total, "total"),
    text(t.currency),
    ...withholdingTotals(outcomes, t.grid),
    num(perUnit(t.total), "rate"),
    num(perUnit(effective), "rate"),
    text(t.priceUnit),
  ];
}

/** Retenues and Net à payer of a producer; "—" when the withholdings could not be read (see Contrôles). */
function withholdingCells(o: ProducerOutcome): OutputCell[] {
  const w = o.withholdings;
  if (!w) return [EMPTY, EMPTY];
  if ("issues" in w) return [text("illisibles"), text("—")];
  return [num(w.total, "money"), num(w.net, "money")];
}

/** Totals of the grid's withholdings and nets; none when one producer's are unknown (a partial sum would mislead). */
function withholdingTotals(outcomes: readonly ProducerOutcome[], grid: string): OutputCell[] {
  let total = ZERO;
  let net = ZERO;
  for (const o of outcomes) {
    if (o.statement?.grid !== grid || !o.withholdings) continue;
    if ("issues" in o.withholdings) return [EMPTY, EMPTY];
    total = total.plus(o.withholdings.total);
    net = net.plus(o.withholdings.net);
  }
  return [num(total, "total"), num(net, "total")];
}

/**
 * What the producer's row asks the accountant to look at although the statement was made: deliveries far
 * from his usual volume (paid as typed; each one is on the checks sheet and on his statement).
 */
function alerts(s: Statement): string | null {
  const outliers = s.notes.filter((n) => n.code === "VOLUME_OUTLIER").length;
  return outliers === 0 ? null : `${plural(outliers, "livraison")} atypique${outliers > 1 ? "s" : ""} (voir Contrôles)`;
}

/** amount (currency) × divisor ÷ volume = price per unit: 1000 for €/1000 L, 100 for cts/kg. */
function divisor(t: GridTotal): Decimal {
  return t.amountDivisor ?? getGrid(t.grid).amountDivisor;
}
