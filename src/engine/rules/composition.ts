import { message } from "../../messages/engine";
import { frNumber } from "../format";
import type { BaseComponent, MarginalComponent } from "../grid/schema";
import { note } from "../notes";
import { show } from "../values/explanations";
import type { MonthContext, RuleOutcome } from "./context";
import { perUnitLine } from "./lines";
import { marginalAdjustment } from "./marginal";

export function baseRule(c: BaseComponent, ctx: MonthContext): RuleOutcome {
  const { grid } = ctx;
  const explanation = `${frNumber(ctx.basePrice, 2)} ${grid.priceUnit} × ${frNumber(ctx.volume)} ${grid.volumeUnit}`;
  return {
    lines: [perUnitLine(c.code, c.label, ctx.basePrice, ctx.volume, grid.amountDivisor, "base", explanation)],
    notes: [],
  };
}

/** Fat and protein contents, paid on the marginal schedule around the reference content. */
export function marginalRule(c: MarginalComponent, ctx: MonthContext): RuleOutcome {
  const rule = ctx.grid.criteria[c.criterion]!;
  const { value: mv } = ctx.history.monthly(c.criterion, ctx.month);
  if (mv.value === null) {
    const text = message("engine.missing.marginal", { label: c.label, explanation: mv.explanationText });
    return { lines: [], notes: [note("warning", "MISSING", text)] };
  }
  const rate = marginalAdjustment(c, mv.value);
  const signed = rate.gt(0) ? `+${frNumber(rate, 2)}` : frNumber(rate, 2);
  const explanation = `${c.label} : ${mv.explanation}, référence ${show(c.reference, rule)} → ${signed} ${ctx.grid.priceUnit}`;
  return {
    lines: [perUnitLine(c.code, c.label, rate, ctx.volume, ctx.grid.amountDivisor, "composition", explanation)],
    notes: [],
  };
}
