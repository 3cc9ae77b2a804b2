/**
 * What the workbook holds for the month (MonthState: the readiness line, each step's done / to do), read
 * through the service whenever the workbook, the month or the grid changes, and after each action (`refresh`).
 * The month follows the workbook: for each workbook opened (`opens`) the first read asks for the service's
 * month — the last one with deliveries — and the pane's month becomes it. Nothing without `monthState`.
 */
import { useEffect, useRef, useState } from "react";
import { messageOf } from "../components/ActionFeedback";
import type { MonthState, StatementService } from "../services/types";

export interface MonthStateRequest {
  service: StatementService;
  /** A workbook is there (Excel, or a file opened on the page). */
  enabled: boolean;
  /** Workbooks opened so far: a new one sets the month. */
  opens: number;
  /** Changes of the workbook (imports, tables added): read again. */
  version: number;
  month: string;
  setMonth: (month: string) => void;
  /** The grid chosen for producers without one ("" = the run's): its base price is the one shown. */
  grid: string;
}

export function useMonthState({ service, enabled, opens, version, month, setMonth, grid }: MonthStateRequest) {
  const [held, setHeld] = useState<{ opens: number; state: MonthState } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reads, setReads] = useState(0);
  /** The workbook whose month was taken, and the last read asked (an effect run twice asks once). */
  const followed = useRef<number | null>(null);
  const asked = useRef("");

  useEffect(() => {
    if (!enabled || !service.monthState) return;
    const follow = followed.current !== opens;
    const key = (m: string) => `${opens}|${version}|${reads}|${grid}|${m}`;
    if (!follow && asked.current === key(month)) return;
    followed.current = opens;
    asked.current = key(follow ? "" : month);
    let live = true;
    service.monthState(follow ? undefined : month, grid || undefined).then(
      (state) => {
        if (!live) return;
        setHeld({ opens, state });
        setError(null);
        if (follow && state.month !== month) {
          asked.current = key(state.month);
          setMonth(state.month);
        }
      },
      (e) => {
        if (live) setError(messageOf(e));
      },
    );
    return () => {
      live = false;
    };
  }, [service, enabled, opens, version, reads, month, setMonth, grid]);

  const state = enabled && held && held.opens === opens && held.state.month === month ? held.state : null;
  return {
    /** The month's state, once read for this workbook and this month (null meanwhile). */
    state,
    error: enabled ? error : null,
    /** Read again (after an action that changed the workbook). */
    refresh: () => setReads((n) => n + 1),
  };
}

export type MonthStateHook = ReturnType<typeof useMonthState>;
