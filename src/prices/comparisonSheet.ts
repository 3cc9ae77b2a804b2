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
  const rows: (OutputCell[] | null)[] = [];
  const f = frNumber(c.kgPerLitre);
  rows.push([text(`Comparaison des grilles — ${monthLabel(c.month)}`, "title")]);
  rows.push([
    text(
      `Même mois, mêmes livraisons, analyses et événements, payés selon chaque grille à son prix de base du mois (PrixDeBase). 1 l = ${f} kg.`,
      "note",
    ),
  ]);
  rows.push([
    text(
      `Chaque grille dans sa devise et son unité ; « par kg » : €/1000 L ÷ ${f} = €/1000 kg. Aucune conversion de devise.`,
      "note",
    ),
  ]);
  rows.push(null);
  rows.push([text("Prix standardisé producteur (PSL)", "header")]);
  rows.push([
    text("Grille", "header"),
    text("Devise", "header"),
    text("Prix de base", "header"),
    text("PSP 180 000 kg", "header"),
    text("PSP 350 000 kg", "header"),
    text("Unité", "header"),
    text("PSP par kg", "header"),
    text("Unité par kg", "header"),
    text("Détail", "header"),
  ]);
  for (const g of c.grids) {
    if (g.psp.length === 0) {
      rows.push([
        text(g.grid),
        text(g.currency),
        num(g.basePrice, "rate"),
        EMPTY,
        EMPTY,
        text(g.priceUnit),
        EMPTY,
        EMPTY,
        text(g.problem ?? "", "note"),
      ]);
      continue;
    }
    const [a, b] = g.psp;
    rows.push([
      text(g.grid),
      text(g.currency),
      num(g.basePrice, "rate"),
      num(a.price, "rate"),
      num(b.price, "rate"),
      text(g.priceUnit),
      num(a.pricePerKg, "rate"),
      text(a.pricePerKgUnit),
      text(a.terms.join(" ; "), "note"),
    ]);
  }
  rows.push(null);
  rows.push([text("Chaque producteur sous chaque grille", "header")]);
  rows.push([
    text("Code", "header"),
    text("Nom", "header"),
    text("Grille appliquée", "header"),
    text("Volume", "header"),
    text("Unité", "header"),
    text("Total", "header"),
    text("Devise", "header"),
    text("Prix par unité", "header"),
    text("Prix effectif", "header"),
    text("Unité de prix", "header"),
    text("Prix par kg", "header"),
    text("Unité par kg", "header"),
    text("Remarque", "header"),
  ]);
  for (const p of c.producers) {
    for (const u of p.byGrid) {
      const own = u.grid === p.grid ? "grille actuelle" : "";
      const remark = [own, ...u.conversions, u.error ?? ""].filter(Boolean).join(" ; ");
      const s = u.statement;
      if (!s) {
        rows.push([
          text(p.code),
          text(p.name),
          text(u.grid),
          EMPTY,
          EMPTY,
          EMPTY,
          EMPTY,
          EMPTY,
          EMPTY,
          EMPTY,
          EMPTY,
          EMPTY,
          text(remark, "note"),
        ]);
        continue;
      }
      rows.push([
        text(p.code),
        text(p.name),
        text(u.grid),
        volumeCell(s.volume),
        text(s.volumeUnit),
        num(s.total, "money"),
        text(s.currency),
        num(s.pricePerUnit, "rate"),
        num(s.effectivePrice, "rate"),
        text(s.priceUnit),
        num(u.pricePerKg, "rate"),
        text(u.pricePerKgUnit),
        text(remark, "note"),
      ]);
    }
  }
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
