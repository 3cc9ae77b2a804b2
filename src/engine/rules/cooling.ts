import { frDate, frNumber } from "../format";
import type { CoolingComponent } from "../grid/schema";
import type { Note } from "../types";
import type { MonthContext, RuleOutcome } from "./context";

/** Cooling at pick-up (mooh): ≤ 5 °C, or ≤ 10 °C inside the tolerated windows of the place. Reported, not priced. */
export function coolingRule(c: CoolingComponent, ctx: MonthContext): RuleOutcome {
  const notes: Note[] = [];
  for (const d of ctx.history.deliveries(ctx.month)) {
    if (!d.temperature || d.temperature.lte(c.maxTemperature)) continue;
    const at = `${frDate(d.date)}${d.time ? ` à ${d.time}` : ""}${d.place ? ` (${d.place})` : ""}`;
    const temp = `${frNumber(d.temperature)} °C`;
    if (d.temperature.gt(c.tolerated.maxTemperature)) {
      notes.push({
        severity: "warning",
        code: "COOLING",
        message: `Refroidissement : ${temp} le ${at}, au-dessus de ${frNumber(c.tolerated.maxTemperature)} °C`,
        source: d.source,
      });
      continue;
    }
    const windows = d.place ? c.tolerated.windows[d.place] : undefined;
    if (!d.time || !windows) {
      notes.push({
        severity: "warning",
        code: "COOLING",
        message: `Refroidissement : ${temp} le ${at} ; heure ou lieu manquant, tolérance jusqu'à ${frNumber(c.tolerated.maxTemperature)} °C impossible à vérifier`,
        source: d.source,
      });
      continue;
    }
    const inside = windows.some(([start, end]) => d.time! >= start && d.time! <= end);
    if (!inside) {
      notes.push({
        severity: "warning",
        code: "COOLING",
        message: `Refroidissement : ${temp} le ${at}, hors des plages tolérées (${windows.map(([s, e]) => `${s}–${e}`).join(", ")}) : maximum ${frNumber(c.maxTemperature)} °C`,
        source: d.source,
      });
    }
  }
  return { lines: [], notes };
}
