/**
 * The 12 months shown on each statement's chart: price per unit and the germ and cell means of the month and
 * the 11 before it. The earlier months come from src/run/statementsOverMonths.ts (the run's own gather and
 * engine per month, tables read once), reused from the run when it computed them for the rolling 12 months, so
 * the figures are those a run of that month would give. A month the workbook cannot price is left empty.
 */
import type { Statement } from "../../engine";
import type { RunResult } from "../../run";
import { monthsEnding, statementsOverMonths } from "../../run/statementsOverMonths";
import { codeKey } from "../../inputs";
import { readTables } from "../../inputs/tables";
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
  return {
    price: s.pricePerUnit === null ? null : s.pricePerUnit.toNumber(),
    germs: mean("GERMES"),
    cells: mean("CELLULES"),
  };
}

export async function statementCharts(
  port: WorkbookPort,
  result: RunResult,
  grid: string | undefined,
  onStep: (step: Step) => void,
): Promise<StatementChart[]> {
  const month = result.month;
  const months = monthsEnding(month, CHART_MONTHS);
  const wanted = result.producers.filter((p) => p.statement && p.sheet);
  const earlier = CHART_MONTHS - 1;
  onStep({ phase: "history", done: 0, total: earlier });
  await nextFrame();
  // The run computed the same 12 months for the rolling means when the workbook has them: reuse them.
  let history = result.history;
  if (!history || history.months.join() !== months.join()) {
    const tables = await readTables(port);
    history = await statementsOverMonths(tables, months, {
      grid,
      known: new Map([[month, result.statements]]),
      onMonth: async (done) => {
        if (done > earlier) return; // the run's month, known
        onStep({ phase: "history", done, total: earlier });
        await nextFrame();
      },
    });
  }
  onStep({ phase: "history", done: earlier, total: earlier });
  const points = new Map<string, (Point | null)[]>();
  for (const p of wanted)
    points.set(
      p.code,
      (history.byProducer.get(codeKey(p.code)) ?? months.map(() => null)).map((s) => (s ? pointOf(s) : null)),
    );

  return wanted.map((p) => {
    const list = points.get(p.code)!;
    const s = p.statement!;
    const series: ChartSeries[] = [
      { name: `Prix payé (${s.priceUnit})`, values: list.map((x) => x?.price ?? null), format: "0.00" },
    ];
    if (s.monthlyValues.some((m) => m.criterion === "GERMES"))
      series.push({
        name: "Germes (milliers/ml)",
        values: list.map((x) => x?.germs ?? null),
        format: "0.00",
        secondary: true,
      });
    if (s.monthlyValues.some((m) => m.criterion === "CELLULES"))
      series.push({
        name: "Cellules (milliers/ml)",
        values: list.map((x) => x?.cells ?? null),
        format: "0.00",
        secondary: true,
      });
    return { sheet: p.sheet!, title: "Évolution sur 12 mois", months, series };
  });
}
