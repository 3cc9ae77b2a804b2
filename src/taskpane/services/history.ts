/**
 * The 12 months shown on each statement's chart: price per unit and the germ and cell means of the month and
 * the 11 before it. The statement run computes one month; the earlier months are computed here with the
 * run's own building blocks (tables read once, then gather and computeStatement per month), so the figures
 * are those a run of that month would give. A month the workbook cannot price is left empty on the chart.
 */
import { addMonths, computeStatement, type Statement } from "../../engine";
import type { RunResult } from "../../run";
import { RunError } from "../../run/issues";
import { engineInput, gather } from "../../run/gather";
import { readTables } from "../../run/tables";
import type { ChartSeries, StatementChart } from "../../workbook/office";
import type { WorkbookPort } from "../../workbook/port";
import { nextFrame, type Step } from "./types";

export const CHART_MONTHS = 12;

interface Point {
  price: number | null;
  germs: number | null;
  cells: number | null;
}

function pointOf(s: Statement): Point {
  const mean = (c: string) => {
    const v = s.monthlyValues.find((m) => m.criterion === c)?.value;
    return v === null || v === undefined ? null : Math.round(v.toNumber() / 10) / 100; // thousands per ml, 2 decimals
  };
  return { price: s.pricePerUnit === null ? null : s.pricePerUnit.toNumber(), germs: mean("GERMES"), cells: mean("CELLULES") };
}

export async function statementCharts(
  port: WorkbookPort,
  result: RunResult,
  grid: string | undefined,
  onStep: (step: Step) => void,
): Promise<StatementChart[]> {
  const month = result.month;
  const months = Array.from({ length: CHART_MONTHS }, (_, i) => addMonths(month, i - (CHART_MONTHS - 1)));
  const points = new Map<string, (Point | null)[]>();
  const wanted = result.producers.filter((p) => p.statement && p.sheet);
  for (const p of wanted) points.set(p.code, months.map(() => null));
  for (const p of wanted) points.get(p.code)![CHART_MONTHS - 1] = pointOf(p.statement!);

  const earlier = CHART_MONTHS - 1;
  onStep({ phase: "history", done: 0, total: earlier });
  await nextFrame();
  const tables = await readTables(port);
  for (let i = 0; i < earlier; i++) {
    try {
      const g = gather(tables, { month: months[i], grid });
      for (const e of g.producers) {
        const list = points.get(e.code);
        if (!list || e.status !== "ready") continue;
        try {
          list[i] = pointOf(computeStatement(engineInput(g, e)));
        } catch {
          // this month cannot be computed for this producer: a gap on his chart
        }
      }
    } catch (e) {
      if (!(e instanceof RunError)) throw e; // no base price that month…: a gap on every chart
    }
    onStep({ phase: "history", done: i + 1, total: earlier });
    await nextFrame();
  }

  return wanted.map((p) => {
    const list = points.get(p.code)!;
    const s = p.statement!;
    const series: ChartSeries[] = [{ name: `Prix payé (${s.priceUnit})`, values: list.map((x) => x?.price ?? null), format: "0.00" }];
    if (s.monthlyValues.some((m) => m.criterion === "GERMES")) series.push({ name: "Germes (milliers/ml)", values: list.map((x) => x?.germs ?? null), format: "0.00", secondary: true });
    if (s.monthlyValues.some((m) => m.criterion === "CELLULES")) series.push({ name: "Cellules (milliers/ml)", values: list.map((x) => x?.cells ?? null), format: "0.00", secondary: true });
    return { sheet: p.sheet!, title: "Évolution sur 12 mois", months, series };
  });
}
