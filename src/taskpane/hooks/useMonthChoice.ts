/**
 * The month and the grid the pane works on (the statements', the prices', the invoices'), and whether the
 * statements get their 12-month chart (Excel). The month starts as the last complete month; once a workbook
 * is there it follows the workbook (useMonthState sets it to its last month with deliveries).
 */
import { useMemo, useState } from "react";
import { listGrids } from "../../engine";
import { lastCompleteMonth } from "../months";

export function useMonthChoice(today: Date) {
  const grids = useMemo(() => listGrids().map((g) => ({ id: g.id, name: g.name })), []);
  /** "YYYY-MM". */
  const [month, setMonth] = useState(() => lastCompleteMonth(today));
  /** Grid of the producers without one; "" = the run's choice (the grid with a base price that month). */
  const [grid, setGrid] = useState("");
  const [charts, setCharts] = useState(true);
  return { grids, month, setMonth, grid, setGrid, charts, setCharts };
}

export type MonthChoice = ReturnType<typeof useMonthChoice>;
