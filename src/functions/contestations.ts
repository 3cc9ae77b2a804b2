/**
 * Contestations the month's results make (MILK_CONTESTATIONS), as the grid counts them (engine:
 * contestationsFor; inhibitors: any positive result).
 */
import { contestationsFor, type ContestationRule, type Criterion, type Decimal } from "../engine";
import type { LadderComponent } from "../engine";
import { readText, upperCaseKeyword } from "./arguments";
import { bad, na } from "./errors";
import { gridArg } from "./gridArgument";
import { inhibitorResults, monthlyOf, requireResults, type Monthly } from "./monthly";

/** Contestations the month's values make (engine: contestationsFor; inhibitors: any positive). */
export function currentContestations(c: LadderComponent, monthly: Monthly | readonly Decimal[]): number {
  if ("anyPositive" in c.contestation) {
    const values = monthly as readonly Decimal[];
    return values.some((v) => v.gt(0)) ? c.contestation.anyPositive : 0;
  }
  const m = monthly as Monthly;
  return contestationsFor(c.contestation, m.value, m.count);
}

const CONTESTATION_CRITERIA: Record<string, Criterion> = {
  GERMES: "GERMES",
  GERMS: "GERMES",
  CELLULES: "CELLULES",
  CELLS: "CELLULES",
  INHIBITEURS: "INHIBITEURS",
  INHIBITORS: "INHIBITEURS",
  PC: "PC",
  "POINT DE CONGELATION": "PC",
  "FREEZING POINT": "PC",
};

export function contestations(range: unknown, grid: unknown, criterionValue: unknown): number {
  const f = gridArg(grid);
  const text = readText(criterionValue, "criterion", `"GERMES", "CELLULES", "INHIBITEURS" or "PC"`);
  const criterion = CONTESTATION_CRITERIA[upperCaseKeyword(text).replace(/[_.]/g, " ")];
  if (!criterion) throw bad(`criterion: expected "GERMES", "CELLULES", "INHIBITEURS" or "PC", got "${text}"`);
  const component = f.quality[criterion];
  let rule: ContestationRule | { anyPositive: number } | undefined;
  if (component?.kind === "ladder") rule = component.contestation;
  else if (component?.kind === "tiers") rule = component.contestation;
  if (!rule) throw na(`grid ${f.grid.id} has no contestations for ${criterion}`);
  if ("anyPositive" in rule) {
    const values = inhibitorResults(range, "results");
    requireResults(values, "results", criterion);
    return values.some((v) => v.gt(0)) ? rule.anyPositive : 0;
  }
  const monthly = monthlyOf(range, "results", criterion, f);
  return contestationsFor(rule, monthly.value, monthly.count);
}
