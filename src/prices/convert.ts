/**
 * The same producer data under a grid of the other unit family (grids.md: "Litres and kilograms").
 *
 * A producer's rows are in his own grid's units (workbook.md): litres and g/l for `sud-est-2018`, kilograms
 * and % for `mooh-2025`. To apply another grid to the same month, with 1 l = f kg (f = 1.03 by default):
 * - volumes (deliveries, alert volumes): l → kg × f; kg → l ÷ f; each rounded to 0.01;
 * - fat and protein: g/l → % ÷ (10 × f) (g/l ÷ f = g/kg, ÷ 10 = %); % → g/l × 10 × f; not rounded here (the
 *   grid rounds the monthly content to 2 decimals as it always does);
 * - counts (germs and cells per ml, butyric spores per litre), freezing point, inhibitor tests: unchanged;
 * - amounts typed in Evenements (spreading cost, damages) are in the producer's grid currency: kept when the
 *   other grid has the same currency, otherwise left out and said (no exchange rate is assumed).
 */
import { Decimal, round2, type Delivery, type Grid, type LabResult, type ProducerEvent } from "../engine";
import { frNumber } from "../engine";

export interface ConvertedData {
  deliveries: Delivery[];
  results: LabResult[];
  events: ProducerEvent[];
  /** What was converted, in words (empty when nothing was). */
  notes: string[];
}

function contentUnit(grid: Grid): "g/l" | "%" {
  return grid.criteria.MG?.unit === "%" || grid.criteria.MP?.unit === "%" ? "%" : "g/l";
}

export function convertData(
  data: { deliveries: readonly Delivery[]; results: readonly LabResult[]; events: readonly ProducerEvent[] },
  from: Grid,
  to: Grid,
  kgPerLitre: Decimal,
): ConvertedData {
  const notes: string[] = [];
  const f = kgPerLitre;
  let volume: (v: Decimal) => Decimal = (v) => v;
  if (from.volumeUnit !== to.volumeUnit) {
    volume = from.volumeUnit === "L" ? (v) => round2(v.times(f)) : (v) => round2(v.div(f));
    notes.push(from.volumeUnit === "L" ? `volumes l → kg : × ${frNumber(f)}` : `volumes kg → l : ÷ ${frNumber(f)}`);
  }
  const fromContent = contentUnit(from);
  const toContent = contentUnit(to);
  let content: (v: Decimal) => Decimal = (v) => v;
  if (fromContent !== toContent) {
    const ten = f.times(10);
    content = fromContent === "g/l" ? (v) => v.div(ten) : (v) => v.times(ten);
    notes.push(
      fromContent === "g/l"
        ? `teneurs g/l → % : ÷ ${frNumber(ten)} (÷ ${frNumber(f)} puis ÷ 10)`
        : `teneurs % → g/l : × ${frNumber(ten)} (× 10 puis × ${frNumber(f)})`,
    );
  }
  const deliveries =
    from.volumeUnit === to.volumeUnit
      ? [...data.deliveries]
      : data.deliveries.map((d) => ({
          ...d,
          date: d.date,
          volume: volume(d.volume),
          time: d.time,
          temperature: d.temperature,
          place: d.place,
          source: d.source,
        }));
  const results =
    fromContent === toContent
      ? [...data.results]
      : data.results.map((r) =>
          r.criterion === "MG" || r.criterion === "MP"
            ? {
                date: r.date,
                criterion: r.criterion,
                value: content(r.value),
                validated: r.validated,
                source: r.source,
              }
            : r,
        );
  const events: ProducerEvent[] = [];
  let dropped = 0;
  for (const e of data.events) {
    if (e.amount !== undefined && from.currency !== to.currency) {
      dropped++;
      continue;
    }
    events.push(
      e.volume !== undefined && from.volumeUnit !== to.volumeUnit
        ? { date: e.date, type: e.type, volume: volume(e.volume), amount: e.amount, source: e.source }
        : e,
    );
  }
  if (dropped > 0)
    notes.push(
      `${dropped} événement${dropped > 1 ? "s" : ""} à montant en ${from.currency} non repris${dropped > 1 ? "s" : ""} sous une grille en ${to.currency}`,
    );
  return { deliveries, results, events, notes };
}
