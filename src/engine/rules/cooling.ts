import type { Param } from "../../messages/core";
import { message } from "../../messages/engine";
import { frDate, frNumber } from "../format";
import type { CoolingComponent } from "../grid/schema";
import { note } from "../notes";
import type { Delivery, Note } from "../types";
import type { MonthContext, RuleOutcome } from "./context";

/** Cooling at pick-up (mooh): ≤ 5 °C, or ≤ 10 °C inside the tolerated windows of the place. Reported, not priced. */
export function coolingRule(c: CoolingComponent, ctx: MonthContext): RuleOutcome {
  const notes: Note[] = [];
  for (const d of ctx.history.deliveries(ctx.month)) {
    if (!d.temperature || d.temperature.lte(c.maxTemperature)) continue;
    const at = pickUp(d);
    const temperature = frNumber(d.temperature);
    const source = { source: d.source };
    if (d.temperature.gt(c.tolerated.maxTemperature)) {
      const max = frNumber(c.tolerated.maxTemperature);
      notes.push(note("warning", "COOLING", message("engine.cooling.above", { temperature, at, max }), source));
      continue;
    }
    const windows = d.place ? c.tolerated.windows[d.place] : undefined;
    if (!d.time || !windows) {
      const max = frNumber(c.tolerated.maxTemperature);
      notes.push(note("warning", "COOLING", message("engine.cooling.unchecked", { temperature, at, max }), source));
      continue;
    }
    const inside = windows.some(([start, end]) => d.time! >= start && d.time! <= end);
    if (!inside) {
      const text = message("engine.cooling.outsideWindows", {
        temperature,
        at,
        windows: windows.map(([s, e]) => `${s}–${e}`).join(", "),
        max: frNumber(c.maxTemperature),
      });
      notes.push(note("warning", "COOLING", text, source));
    }
  }
  return { lines: [], notes };
}

/** When and where the milk was picked up: « 12/03/2025 à 07:30 (ferme) », the time and the place if known. */
function pickUp(d: Delivery): Param {
  const date = frDate(d.date);
  const at = d.time ? message("engine.cooling.atTime", { date, time: d.time }) : date;
  if (!d.place) return at;
  return message(d.place === "ferme" ? "engine.cooling.atFarm" : "engine.cooling.atCentre", { at });
}
