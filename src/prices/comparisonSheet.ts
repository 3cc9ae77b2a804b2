/** The "Comparaison YYYY-MM" sheet and the comparison's JSON (command line). */
import { frNumber, type Decimal } from "../engine";
import { EMPTY, monthLabel, num, text, volumeCell } from "../run/cells";
import type { OutputCell, OutputSheet } from "../workbook/port";
import type { Comparison } from "./comparison";

export function comparisonSheetName(month: string): string {
  return `Comparaison ${month}`;
}

/** Generated-sheet key of a comparison (distinct from the statement run's key, the bare month). */
export function comparisonKey(month: string): string {
  return `comparaison ${month}`;
}

export function comparisonSheet(c: Comparison): OutputSheet {
  const f = frNumber(c.kgPerLitre);
  const rows: (OutputCell[] | null)[] = [
    [text(`Comparaison des grilles — ${monthLabel(c.month)}`, "title")],
    [
      text(
        `Même mois, mêmes livraisons, analyses et événements, payés selon chaque grille à son prix de base du mois (PrixDeBase). 1 l = ${f} kg.`,
        "note",
      ),
    ],
    [
      text(
        `Chaque grille dans sa devise et son unité ; « par kg » : €/1000 L ÷ ${f} = €/1000 kg. Aucune conversion de devise.`,
        "note",
      ),
    ],
    null,
    ...standardPriceRows(c),
    null,
    ...producerRows(c),
  ];
  if (c.issues.length > 0) {
    rows.push(null);
    for (const i of c.issues) rows.push([text(i.producer ?? ""), text(i.message, "note")]);
  }
  return {
    name: comparisonSheetName(c.month),
    rows,
    columnWidths: [16, 24, 16, 12, 12, 14, 10, 12, 12, 12, 12, 14, 50],
    print: { orientation: "landscape", fitToOnePage: false, area: `A1:M${rows.length}` },
  };
}

function headers(...names: string[]): OutputCell[] {
  return names.map((name) => text(name, "header"));
}

/** Each grid's PSL standardized producer price, or why it has none. */
function standardPriceRows(c: Comparison): OutputCell[][] {
  const rows: OutputCell[][] = [
    [text("Prix standardisé producteur (PSL)", "header")],
    headers(
      "Grille",
      "Devise",
      "Prix de base",
      "PSP 180 000 kg",
      "PSP 350 000 kg",
      "Unité",
      "PSP par kg",
      "Unité par kg",
      "Détail",
    ),
  ];
  for (const g of c.grids) {
    const [a, b] = g.psp;
    const start = [text(g.grid), text(g.currency), num(g.basePrice, "rate")];
    if (g.psp.length === 0) {
      rows.push([...start, EMPTY, EMPTY, text(g.priceUnit), EMPTY, EMPTY, text(g.problem ?? "", "note")]);
      continue;
    }
    rows.push([
      ...start,
      num(a.price, "rate"),
      num(b.price, "rate"),
      text(g.priceUnit),
      num(a.pricePerKg, "rate"),
      text(a.pricePerKgUnit),
      text(a.terms.join(" ; "), "note"),
    ]);
  }
  return rows;
}

/** Every producer under every grid: his month's total and prices, or why it could not be computed. */
function producerRows(c: Comparison): OutputCell[][] {
  const rows: OutputCell[][] = [
    [text("Chaque producteur sous chaque grille", "header")],
    headers(
      "Code",
      "Nom",
      "Grille appliquée",
      "Volume",
      "Unité",
      "Total",
      "Devise",
      "Prix par unité",
      "Prix effectif",
      "Unité de prix",
      "Prix par kg",
      "Unité par kg",
      "Remarque",
    ),
  ];
  for (const p of c.producers) {
    for (const u of p.byGrid) {
      const own = u.grid === p.grid ? "grille actuelle" : "";
      const remark = text([own, ...u.conversions, u.error ?? ""].filter(Boolean).join(" ; "), "note");
      const s = u.statement;
      const start = [text(p.code), text(p.name), text(u.grid)];
      if (!s) {
        rows.push([...start, ...Array<OutputCell>(9).fill(EMPTY), remark]);
        continue;
      }
      rows.push([
        ...start,
        volumeCell(s.volume),
        text(s.volumeUnit),
        num(s.total, "money"),
        text(s.currency),
        num(s.pricePerUnit, "rate"),
        num(s.effectivePrice, "rate"),
        text(s.priceUnit),
        num(u.pricePerKg, "rate"),
        text(u.pricePerKgUnit),
        remark,
      ]);
    }
  }
  return rows;
}

const n = (d: Decimal | null | undefined) => (d === null || d === undefined ? null : d.toNumber());

export function comparisonJson(c: Comparison) {
  return {
    month: c.month,
    kgPerLitre: n(c.kgPerLitre),
    grids: c.grids.map((g) => ({
      grid: g.grid,
      currency: g.currency,
      priceUnit: g.priceUnit,
      basePrice: n(g.basePrice),
      psp180000: n(g.psp[0]?.price),
      psp350000: n(g.psp[1]?.price),
      pspPerKg: n(g.psp[0]?.pricePerKg),
      pspPerKgUnit: g.psp[0]?.pricePerKgUnit ?? null,
      terms: g.psp[0]?.terms ?? [],
      problem: g.problem ?? null,
    })),
    producers: c.producers.map((p) => ({
      producer: p.code,
      name: p.name,
      grid: p.grid,
      byGrid: p.byGrid.map((u) => ({
        grid: u.grid,
        volume: n(u.statement?.volume),
        volumeUnit: u.statement?.volumeUnit ?? null,
        total: n(u.statement?.total),
        currency: u.statement?.currency ?? null,
        pricePerUnit: n(u.statement?.pricePerUnit),
        effectivePrice: n(u.statement?.effectivePrice),
        priceUnit: u.statement?.priceUnit ?? null,
        pricePerKg: n(u.pricePerKg),
        pricePerKgUnit: u.pricePerKgUnit,
        conversions: u.conversions,
        error: u.error ?? null,
      })),
    })),
    issues: c.issues.map((i) => ({ severity: i.severity, producer: i.producer ?? null, message: i.message })),
  };
}
