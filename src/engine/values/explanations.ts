import type { Decimal } from "../decimal";
import { frDate, frRounded } from "../format";
import { CRITERIA, METHODS, type Criterion, type CriterionRule, type MeanMethod } from "../grid/schema";
import { addMonths, monthsBetween, type YearMonth } from "../month";
import type { Message } from "../../messages/core";
import { engineFr } from "../../messages/engine.fr";
import { message, t, type EngineKey } from "../../messages/engine";
import { note } from "../notes";
import type { MonthlyValue, Note } from "../types";
import { MAX_FALLBACK_MONTHS } from "./fallbacks";
import { METHOD_LABEL } from "./means";
import type { MonthlyFigure } from "./monthlyFigure";

/** A monthly value with the words that explain it and the notes it raises. */
export interface DescribedValue {
  value: MonthlyValue;
  notes: Note[];
}

/** The statement's (French) name of a criterion; a note names it by its message (criterionName). */
export const CRITERION_LABEL: Record<Criterion, string> = {
  MG: engineFr["engine.criterion.MG"],
  MP: engineFr["engine.criterion.MP"],
  GERMES: engineFr["engine.criterion.GERMES"],
  CELLULES: engineFr["engine.criterion.CELLULES"],
  BUTYRIQUES: engineFr["engine.criterion.BUTYRIQUES"],
  PC: engineFr["engine.criterion.PC"],
  INHIBITEURS: engineFr["engine.criterion.INHIBITEURS"],
};

/** Each criterion's and each mean method's name as a message, made once: every statement names them all. */
const CRITERION_NAME = Object.fromEntries(CRITERIA.map((c) => [c, message(`engine.criterion.${c}`)])) as Record<
  Criterion,
  Message<EngineKey>
>;
const METHOD_NAME = Object.fromEntries(METHODS.map((m) => [m, message(`engine.method.${m}`)])) as Record<
  MeanMethod,
  Message<EngineKey>
>;

/** A criterion's name in a note, worded in the note's language. */
export function criterionName(criterion: Criterion): Message<EngineKey> {
  return CRITERION_NAME[criterion];
}

/**
 * The statement's words for a monthly figure: how it was obtained, and a note for each fallback. The
 * explanation is the statement's (French); a note quotes it as a message, so the note is in one language.
 */
export function describeFigure(rule: CriterionRule, f: MonthlyFigure, month: YearMonth): DescribedValue {
  const method = METHOD_NAME[rule.method];
  const criterion = criterionName(f.criterion);
  const notes: Note[] = [];
  let explained: Message<EngineKey>;
  switch (f.fallback) {
    case "none":
      explained =
        f.value === null
          ? noValueText(rule, f, month)
          : message("engine.value.mean", { method, value: show(f.value, rule), results: countText(f.count) });
      break;
    case "previous-last-result":
      explained = message("engine.value.withPreviousLast", {
        method,
        value: show(f.value!, rule),
        results: countText(f.count),
        date: frDate(f.last!.date),
        last: show(f.last!.value, rule),
      });
      notes.push(
        note(
          "info",
          "FALLBACK",
          message("engine.fallback.fewResults", { criterion, min: rule.minResults ?? 1, explanation: explained }),
        ),
      );
      break;
    case "single-result":
      explained = message("engine.value.singleResult", {
        method,
        value: show(f.value!, rule),
        results: countText(f.count),
      });
      notes.push(note("warning", "FALLBACK", message("engine.fallback.value", { criterion, explanation: explained })));
      break;
    case "previous-mean":
      explained =
        f.previousMonth === addMonths(month, -1)
          ? message("engine.value.previousMean", { month: f.previousMonth, value: show(f.value!, rule) })
          : message("engine.value.earlierMean", {
              month: f.previousMonth!,
              months: monthsBetween(f.previousMonth!, month),
              value: show(f.value!, rule),
              max: MAX_FALLBACK_MONTHS,
            });
      notes.push(note("info", "FALLBACK", message("engine.fallback.value", { criterion, explanation: explained })));
      break;
  }
  if (f.unweighted) {
    const dates = f.unweighted.map((r) => frDate(r.date)).join(", ");
    notes.push(
      note("warning", "WEIGHT", message("engine.weight.unweighted", { criterion, dates, month }), {
        source: f.unweighted[0].source,
      }),
    );
  }
  const explanation = t(explained.key, explained.params, "fr");
  return {
    value: {
      criterion: f.criterion,
      value: f.value,
      method: METHOD_LABEL[rule.method],
      count: f.count,
      fallback: f.fallback,
      explanation,
      explanationText: explained,
    },
    notes,
  };
}

/** Why a month has no value, in the statement's words (the rules add « composante non calculée »). */
function noValueText(rule: CriterionRule, f: MonthlyFigure, month: YearMonth): Message<EngineKey> {
  if (f.count > 0 || rule.fallback !== "previous-month") return message("engine.value.noResult");
  if (f.staleMonth) {
    const months = monthsBetween(f.staleMonth, month);
    return message("engine.value.staleMean", { month: f.staleMonth, months, max: MAX_FALLBACK_MONTHS });
  }
  const held = f.historyMonths ?? 0;
  if (held >= MAX_FALLBACK_MONTHS) return message("engine.value.noResultInMax", { max: MAX_FALLBACK_MONTHS });
  return held === 0 ? message("engine.value.noHistory") : message("engine.value.noResultInHeld", { held });
}

function countText(n: number): Message<EngineKey> {
  return message("engine.value.results", { n });
}

/** A monthly value with its unit, as a person reads it: "383 406/ml", "38,52 g/l", "−0,505 °C". */
export function show(value: Decimal, rule: Pick<CriterionRule, "round" | "unit">): string {
  const places = rule.round ?? (value.isInteger() ? 0 : Math.min(value.decimalPlaces(), 2));
  const text = frRounded(value, places);
  if (!rule.unit) return text;
  return rule.unit.startsWith("/") ? `${text}${rule.unit}` : `${text}\u00a0${rule.unit}`;
}
