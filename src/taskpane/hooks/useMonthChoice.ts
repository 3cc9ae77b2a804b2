/**
 * The month and the grid the pane works on (the statements', the prices', the invoices'), with the choices
 * offered, and whether the statements get their 12-month chart (Excel).
 */
import { useMemo, useState } from "react";
import { listGrids } from "../../engine";
import { lastCompleteMonth, monthChoices } from "../months";

export function useMonthChoice(today: Date) {
  const months = useMemo(() => monthChoices(today), [today]);
  const grids = useMemo(() => listGrids(), []);
  /** "YYYY-MM"; by default the last complete month. */
  const [month, setMonth] = useState(() => lastCompleteMonth(today));
  /** Grid of the producers without one; "" = the workbook's. */
  const [grid, setGrid] = useState("");
  const [charts, setCharts] = useState(true);
  return { months, grids, month, setMonth, grid, setGrid, charts, setCharts };
}

export type MonthChoice = ReturnType<typeof useMonthChoice>;
