/**
 * A 12-month chart on each statement sheet, through Excel's chart API: its data (month, price per unit, germ
 * and cell means) is written to the right of the printed statement, and a line chart is placed above it,
 * outside the print area. Charts are packed into requests under the byte budget, like the sheets.
 */
import { rangeAddress } from "./address";
import { NUMBER_FORMATS, TEXT_FORMAT } from "./formats";
import { jsonBytes, OP_OVERHEAD, REQUEST_BUDGET, type ExcelHost } from "./host";
import { packRequests, type Piece } from "./plan";

export interface ChartSeries {
  name: string;
  values: (number | null)[];
  /** Plotted against the secondary axis (another scale). */
  secondary?: boolean;
  /** Number format of the values. */
  format?: string;
}

export interface StatementChart {
  sheet: string;
  title: string;
  /** Category labels, e.g. "2024-04" … "2025-03". */
  months: string[];
  series: ChartSeries[];
}

/** First column of the chart data (J), right of the statement's columns A–H. */
const DATA_COLUMN = 10;
const DATA_ROW = 21;
/** The chart covers J2:Q19. */
const CHART_FROM = "J2";
const CHART_TO = "Q19";
const CHART_OPS = 16;

function chartBytes(c: StatementChart): number {
  return jsonBytes(c) * 2 + CHART_OPS * OP_OVERHEAD;
}

/** Adds the charts; returns how many were added. */
export async function addStatementCharts(
  host: ExcelHost,
  charts: readonly StatementChart[],
  onProgress?: (done: number, total: number) => void,
  budget = REQUEST_BUDGET,
): Promise<number> {
  if (charts.length === 0) return 0;
  const secondary = host.isSetSupported("ExcelApi", "1.8");
  const screen = host.isSetSupported("ExcelApi", "1.9");
  const calc = host.isSetSupported("ExcelApi", "1.6");
  // packRequests works on pieces; a chart is a "finish" piece of its own index.
  const pieces: Piece[] = charts.map((c, i) => ({ kind: "finish", sheet: i, bytes: chartBytes(c) }));
  const requests = packRequests(pieces, budget);
  let done = 0;
  await host.run(async (ctx) => {
    for (const request of requests) {
      if (calc) ctx.workbook.application.suspendApiCalculationUntilNextSync();
      if (screen) ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
      for (const piece of request) addChart(ctx, charts[piece.sheet], secondary);
      await ctx.sync();
      done += request.length;
      onProgress?.(done, charts.length);
    }
  });
  return charts.length;
}

function addChart(ctx: Excel.RequestContext, c: StatementChart, secondary: boolean): void {
  const ws = ctx.workbook.worksheets.getItem(c.sheet);
  const cols = 1 + c.series.length;
  const rows = 1 + c.months.length;
  const title = ws.getRange(rangeAddress(DATA_ROW - 1, DATA_COLUMN, DATA_ROW - 1, DATA_COLUMN));
  title.numberFormat = [[TEXT_FORMAT]];
  title.values = [[`${c.title} (données du graphique)`]];
  title.format.font.italic = true;
  const data = ws.getRange(rangeAddress(DATA_ROW, DATA_COLUMN, DATA_ROW + rows - 1, DATA_COLUMN + cols - 1));
  data.numberFormat = [
    Array(cols).fill(TEXT_FORMAT),
    ...c.months.map(() => [TEXT_FORMAT, ...c.series.map((s) => s.format ?? NUMBER_FORMATS.decimal2)]),
  ];
  data.values = [
    ["Mois", ...c.series.map((s) => s.name)],
    ...c.months.map((m, i) => [m, ...c.series.map((s) => s.values[i] ?? null)]),
  ];
  ws.getRange(rangeAddress(DATA_ROW, DATA_COLUMN, DATA_ROW, DATA_COLUMN + cols - 1)).format.font.bold = true;
  const chart = ws.charts.add("LineMarkers", data, "Columns");
  chart.title.text = c.title;
  chart.legend.position = "Bottom";
  chart.setPosition(CHART_FROM, CHART_TO);
  if (secondary) c.series.forEach((s, i) => s.secondary && (chart.series.getItemAt(i).axisGroup = "Secondary"));
}
