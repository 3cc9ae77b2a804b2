import type { Decimal } from "../decimal";
import { frDate, frRounded } from "../format";
import type { Criterion, CriterionRule } from "../grid/schema";
import { addMonths, monthsBetween, type YearMonth } from "../month";
import type { MonthlyValue, Note } from "../types";
import { MAX_FALLBACK_MONTHS } from "./fallbacks";
import { METHOD_LABEL } from "./means";
import type { MonthlyFigure } from "./monthlyFigure";

/** A monthly value with the words that explain it and the notes it raises. */
export interface DescribedValue {
  value: MonthlyValue;
  notes: Note[];
}

export const CRITERION_LABEL: Record<Criterion, string> = {
  MG: "Matière grasse",
  MP: "Matière protéique",
  GERMES: "Germes",
  CELLULES: "Cellules",
  BUTYRIQUES: "Spores butyriques",
  PC: "Point de congélation",
  INHIBITEURS: "Inhibiteurs",
};

/** The statement's words for a monthly figure: how it was obtained, and a note for each fallback. */
export function describeFigure(rule: CriterionRule, f: MonthlyFigure, month: YearMonth): DescribedValue {
  const method = METHOD_LABEL[rule.method];
  const label = CRITERION_LABEL[f.criterion];
  const notes: Note[] = [];
  let explanation: string;
  switch (f.fallback) {
    case "none":
      explanation =
        f.value === null ? noValueText(rule, f, month) : `${method} ${show(f.value, rule)} sur ${countText(f.count)}`;
      break;
    case "previous-last-result":
      explanation = `${method} ${show(f.value!, rule)} sur ${countText(f.count)} du mois et le dernier résultat du mois précédent (${frDate(f.last!.date)} : ${show(f.last!.value, rule)})`;
      notes.push({
        severity: "info",
        code: "FALLBACK",
        message: `${label} : moins de ${rule.minResults} résultats ce mois, ${explanation}`,
      });
      break;
    case "single-result":
      explanation = `${method} ${show(f.value!, rule)} sur ${countText(f.count)} seulement (aucun résultat le mois précédent pour compléter)`;
      notes.push({ severity: "warning", code: "FALLBACK", message: `${label} : ${explanation}` });
      break;
    case "previous-mean":
      explanation =
        f.previousMonth === addMonths(month, -1)
          ? `aucun résultat ce mois : moyenne du mois précédent reprise (${f.previousMonth} : ${show(f.value!, rule)})`
          : `aucun résultat ce mois ni depuis ${f.previousMonth} : dernière moyenne reprise (${f.previousMonth}, il y a ${monthsBetween(f.previousMonth!, month)} mois : ${show(f.value!, rule)} ; au plus ${MAX_FALLBACK_MONTHS} mois en arrière)`;
      notes.push({ severity: "info", code: "FALLBACK", message: `${label} : ${explanation}` });
      break;
  }
  if (f.unweighted) {
    notes.push({
      severity: "warning",
      code: "WEIGHT",
      message: `${label} : pas de livraison le jour du prélèvement (${f.unweighted.map((r) => frDate(r.date)).join(", ")}) : moyenne arithmétique au lieu de la moyenne pondérée (${month})`,
      source: f.unweighted[0].source,
    });
  }
  return {
    value: { criterion: f.criterion, value: f.value, method, count: f.count, fallback: f.fallback, explanation },
    notes,
  };
}

/** Why a month has no value, in the statement's words (the rules add « composante non calculée »). */
function noValueText(rule: CriterionRule, f: MonthlyFigure, month: YearMonth): string {
  if (f.count > 0 || rule.fallback !== "previous-month") return "aucun résultat ce mois";
  if (f.staleMonth) {
    return `aucun résultat ce mois ; la dernière moyenne (${f.staleMonth}) date de ${monthsBetween(f.staleMonth, month)} mois : au-delà de ${MAX_FALLBACK_MONTHS} mois, elle n'est pas reprise`;
  }
  const held = f.historyMonths ?? 0;
  if (held >= MAX_FALLBACK_MONTHS) {
    return `aucun résultat ce mois ni dans les ${MAX_FALLBACK_MONTHS} mois précédents : pas de moyenne à reprendre (au plus ${MAX_FALLBACK_MONTHS} mois en arrière)`;
  }
  return held === 0
    ? "aucun résultat ce mois et pas d'historique des mois précédents dans le classeur : pas de moyenne à reprendre"
    : `aucun résultat ce mois ni dans les ${held} mois précédents que le classeur contient : pas de moyenne à reprendre`;
}

function countText(n: number): string {
  return `${n} résultat${n > 1 ? "s" : ""}`;
}

/** A monthly value with its unit, as a person reads it: "383 406/ml", "38,52 g/l", "−0,505 °C". */
export function show(value: Decimal, rule: Pick<CriterionRule, "round" | "unit">): string {
  const places = rule.round ?? (value.isInteger() ? 0 : Math.min(value.decimalPlaces(), 2));
  const text = frRounded(value, places);
  if (!rule.unit) return text;
  return rule.unit.startsWith("/") ? `${text}${rule.unit}` : `${text}\u00a0${rule.unit}`;
}
