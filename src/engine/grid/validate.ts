import { component } from "./validateComponents";
import { message, t } from "../../messages/gridProblems";
import { Fields, expected, obj } from "./fields";
import { loadPlausible } from "./plausible";
import { METHODS, type Criterion, type CriterionRule, type Grid } from "./schema";

/**
 * Turns grid data that passed the JSON Schema into a `Grid`, checking the rules the schema cannot say
 * (unsorted / overlapping / gapped tiers, ladders out of order, a criterion without rule…), or refuses it
 * with a GridError naming the grid, the field and what was expected, in the language in use. Use `loadGrid` (load.ts),
 * which runs the schema first; only the built-in grids, whose files a test checks against the schema, come
 * here directly (so that the custom functions' bundle carries no schema validator).
 */
export function gridFromData(raw: unknown): Grid {
  const g = obj(raw, "?", "(grille)");
  const id = typeof g.id === "string" && g.id.trim() !== "" ? g.id : "?";
  const f = new Fields(id);
  const validFrom = g.validFrom as string;
  const validTo = g.validTo as string | undefined;
  if (validTo !== undefined && validTo < validFrom)
    f.fail(
      "validTo",
      t("gridProblem.expectedGot", { what: message("gridProblem.monthFrom", { validFrom }), got: `"${validTo}"` }),
    );

  const criteria: Partial<Record<Criterion, CriterionRule>> = {};
  const rawCriteria = f.obj(g.criteria, "criteria");
  for (const [name, value] of Object.entries(rawCriteria)) {
    criteria[f.criterion(name, `criteria.${name}`)] = criterionRule(f, value, `criteria.${name}`);
  }

  const rawComponents = f.array(g.components, "components");
  const components = rawComponents.map((c, i) => component(f, c, `components[${i}]`, criteria));
  const codes = new Set<string>();
  components.forEach((c, i) => {
    if (codes.has(c.code)) f.fail(`components[${i}].code`, t("gridProblem.duplicateCode", { code: c.code }));
    codes.add(c.code);
  });
  if (!components.some((c) => c.kind === "base")) f.fail("components", t("gridProblem.noBase"));

  const volumeUnit = f.oneOf(g.volumeUnit, "volumeUnit", ["L", "kg"] as const);
  const amountDivisor = f.decimal(g.amountDivisor, "amountDivisor");
  if (!amountDivisor.gt(0)) f.fail("amountDivisor", expected("gridProblem.positive"));

  return {
    id,
    family: g.family as string,
    validFrom,
    ...(validTo !== undefined ? { validTo } : {}),
    name: f.text(g.name, "name"),
    source: f.text(g.source, "source"),
    currency: f.text(g.currency, "currency"),
    priceUnit: f.text(g.priceUnit, "priceUnit"),
    amountDivisor,
    volumeUnit,
    criteria,
    components,
    choices: g.choices === undefined ? [] : f.array(g.choices, "choices").map((c, i) => f.text(c, `choices[${i}]`)),
    plausible: loadPlausible(g.plausible, id, criteria),
  };
}

function criterionRule(f: Fields, raw: unknown, at: string): CriterionRule {
  const r = f.obj(raw, at);
  const method = f.oneOf(r.method, `${at}.method`, METHODS);
  if (typeof r.unit !== "string") f.fail(`${at}.unit`, t("gridProblem.unitMissing"));
  const rule: CriterionRule = { method, unit: r.unit as string };
  if (method === "worst") rule.worst = f.oneOf(r.worst ?? "highest", `${at}.worst`, ["highest", "lowest"] as const);
  if (r.round !== undefined) rule.round = f.int(r.round, `${at}.round`, 0, 6);
  if (method === "geometric" && rule.round !== 0) f.fail(`${at}.round`, t("gridProblem.geometricRound"));
  if (r.minResults !== undefined) rule.minResults = f.int(r.minResults, `${at}.minResults`, 1, 31);
  if (r.fallback !== undefined) rule.fallback = f.oneOf(r.fallback, `${at}.fallback`, ["previous-month"] as const);
  if (r.joker !== undefined) {
    const j = f.obj(r.joker, `${at}.joker`);
    rule.joker = {
      threshold: f.decimal(j.threshold, `${at}.joker.threshold`),
      months: f.int(j.months, `${at}.joker.months`, 0, 24),
    };
  }
  return rule;
}
