import { Fields, type Obj } from "./fields";
import type {
  AntibioticComponent,
  BonusComponent,
  BonusCondition,
  Component,
  ContestationRule,
  CoolingComponent,
  Criterion,
  CriterionRule,
  LadderComponent,
  LadderLevel,
  MarginalComponent,
  Tier,
  TieredComponent,
} from "./schema";

type Criteria = Partial<Record<Criterion, CriterionRule>>;

/** What every component has, read before its kind's own fields. */
interface Head<K extends Component["kind"]> {
  kind: K;
  code: string;
  label: string;
}

const KINDS = ["base", "marginal", "tiers", "ladder", "antibiotic", "bonus", "cooling"] as const;

/** One entry of `components`, checked by its kind's rules. */
export function component(f: Fields, raw: unknown, at: string, criteria: Criteria): Component {
  const c = f.obj(raw, at);
  const code = f.text(c.code, `${at}.code`);
  const label = f.text(c.label, `${at}.label`);
  const kind = f.oneOf(c.kind, `${at}.kind`, KINDS);
  switch (kind) {
    case "base":
      return { kind, code, label };
    case "marginal":
      return marginal(f, c, at, { kind, code, label }, criteria);
    case "tiers":
      return tiered(f, c, at, { kind, code, label }, criteria);
    case "ladder":
      return ladder(f, c, at, { kind, code, label }, criteria);
    case "antibiotic":
      return antibiotic(f, c, at, { kind, code, label }, criteria);
    case "bonus": {
      const conditions = f
        .array(c.conditions, `${at}.conditions`)
        .map((x, i) => bonusCondition(f, x, `${at}.conditions[${i}]`, criteria));
      return { kind, code, label, rate: f.decimal(c.rate, `${at}.rate`), conditions } satisfies BonusComponent;
    }
    case "cooling":
      return cooling(f, c, at, { kind, code, label });
  }
}

/** The component's criterion, which must have a rule in `criteria` (how to get its monthly value). */
function measured(f: Fields, c: Obj, at: string, criteria: Criteria): Criterion {
  const criterion = f.criterion(c.criterion, `${at}.criterion`);
  if (!criteria[criterion])
    f.fail(`${at}.criterion`, `« ${criterion} » n'a pas d'entrée dans criteria (comment obtenir sa valeur du mois)`);
  return criterion;
}

/** Marginal bands: contiguous from −∞ to +∞, each `to` above its `from`. */
function marginal(f: Fields, c: Obj, at: string, head: Head<"marginal">, criteria: Criteria): MarginalComponent {
  const bands = f.array(c.bands, `${at}.bands`).map((b, i) => {
    const o = f.obj(b, `${at}.bands[${i}]`);
    return {
      from: o.from === undefined ? undefined : f.decimal(o.from, `${at}.bands[${i}].from`),
      to: o.to === undefined ? undefined : f.decimal(o.to, `${at}.bands[${i}].to`),
      rate: f.decimal(o.rate, `${at}.bands[${i}].rate`),
    };
  });
  if (bands.length === 0) f.fail(`${at}.bands`, "au moins une tranche");
  bands.forEach((b, i) => {
    if (i === 0 && b.from !== undefined) f.fail(`${at}.bands[0].from`, "la première tranche part de −∞ (pas de from)");
    if (i === bands.length - 1 && b.to !== undefined)
      f.fail(`${at}.bands[${i}].to`, "la dernière tranche va jusqu'à +∞ (pas de to)");
    if (i > 0) {
      const prev = bands[i - 1].to!;
      if (b.from === undefined || !b.from.eq(prev))
        f.fail(`${at}.bands[${i}].from`, `attendu : le to de la tranche précédente (${prev})`);
    }
    if (b.from !== undefined && b.to !== undefined && !b.to.gt(b.from))
      f.fail(`${at}.bands[${i}]`, "tranches dans le désordre : to doit dépasser from");
  });
  const step = f.decimal(c.step, `${at}.step`);
  if (!step.gt(0)) f.fail(`${at}.step`, "attendu : un nombre strictement positif");
  return {
    ...head,
    criterion: measured(f, c, at, criteria),
    reference: f.decimal(c.reference, `${at}.reference`),
    step,
    bands,
  };
}

function tiered(f: Fields, c: Obj, at: string, head: Head<"tiers">, criteria: Criteria): TieredComponent {
  const tiers = f.array(c.tiers, `${at}.tiers`).map((t, i) => tier(f, t, `${at}.tiers[${i}]`));
  checkTiers(f, tiers, `${at}.tiers`);
  const component: TieredComponent = { ...head, criterion: measured(f, c, at, criteria), tiers };
  if (c.contestation !== undefined) component.contestation = contestationRule(f, c.contestation, `${at}.contestation`);
  return component;
}

/** Contestation ladder: levels 1, 2, 3… in order. */
function ladder(f: Fields, c: Obj, at: string, head: Head<"ladder">, criteria: Criteria): LadderComponent {
  const criterion = measured(f, c, at, criteria);
  const windowMonths = f.int(c.windowMonths, `${at}.windowMonths`, 1, 24);
  const rawContestation = f.obj(c.contestation, `${at}.contestation`);
  const contestation =
    rawContestation.anyPositive !== undefined
      ? { anyPositive: f.int(rawContestation.anyPositive, `${at}.contestation.anyPositive`, 1, 10) }
      : contestationRule(f, rawContestation, `${at}.contestation`);
  const levels: LadderLevel[] = f.array(c.levels, `${at}.levels`).map((l, i) => {
    const o = f.obj(l, `${at}.levels[${i}]`);
    const level = f.int(o.level, `${at}.levels[${i}].level`, 1, 100);
    if (level !== i + 1)
      f.fail(`${at}.levels[${i}].level`, `les paliers vont 1, 2, 3… dans l'ordre (attendu : ${i + 1})`);
    return { level, rate: f.decimal(o.rate, `${at}.levels[${i}].rate`), suspension: o.suspension === true };
  });
  if (levels.length === 0) f.fail(`${at}.levels`, "au moins un palier");
  return { ...head, criterion, windowMonths, contestation, levels, damages: c.damages === true };
}

function antibiotic(f: Fields, c: Obj, at: string, head: Head<"antibiotic">, criteria: Criteria): AntibioticComponent {
  const p = f.obj(c.penaltyPercent, `${at}.penaltyPercent`);
  const a = f.obj(c.alert, `${at}.alert`);
  const destruction = f
    .array(c.destruction, `${at}.destruction`)
    .map((d, i) => f.decimal(d, `${at}.destruction[${i}]`));
  if (destruction.length === 0) f.fail(`${at}.destruction`, "au moins un montant");
  if (!criteria.INHIBITEURS)
    f.fail(`${at}`, "les tests antibiotiques sont lus dans le critère INHIBITEURS, absent de criteria");
  return {
    ...head,
    penaltyPercent: {
      first: f.decimal(p.first, `${at}.penaltyPercent.first`),
      repeat: f.decimal(p.repeat, `${at}.penaltyPercent.repeat`),
    },
    windowMonths: f.int(c.windowMonths, `${at}.windowMonths`, 1, 24),
    destruction,
    alert: {
      percent: f.decimal(a.percent, `${at}.alert.percent`),
      perCalendarYear: f.int(a.perCalendarYear, `${at}.alert.perCalendarYear`, 0, 12),
    },
  };
}

/** Cooling: the tolerated windows of each place, ["HH:MM", "HH:MM"] with start ≤ end. */
function cooling(f: Fields, c: Obj, at: string, head: Head<"cooling">): CoolingComponent {
  const t = f.obj(c.tolerated, `${at}.tolerated`);
  const w = f.obj(t.windows, `${at}.tolerated.windows`);
  const windows: Record<string, [string, string][]> = {};
  for (const [place, list] of Object.entries(w)) {
    windows[place] = f.array(list, `${at}.tolerated.windows.${place}`).map((pair, i) => {
      const where = `${at}.tolerated.windows.${place}[${i}]`;
      const p = f.array(pair, where);
      if (
        p.length !== 2 ||
        !p.every((x) => typeof x === "string" && /^([01]\d|2[0-3]):[0-5]\d$/.test(x)) ||
        (p[0] as string) > (p[1] as string)
      ) {
        f.fail(where, 'attendu : ["HH:MM", "HH:MM"] avec début ≤ fin');
      }
      return [p[0] as string, p[1] as string];
    });
  }
  return {
    ...head,
    maxTemperature: f.decimal(c.maxTemperature, `${at}.maxTemperature`),
    tolerated: { maxTemperature: f.decimal(t.maxTemperature, `${at}.tolerated.maxTemperature`), windows },
  };
}

function tier(f: Fields, raw: unknown, at: string): Tier {
  const o = f.obj(raw, at);
  const t: Tier = {};
  for (const key of ["from", "above", "below", "upTo"] as const) {
    if (o[key] !== undefined) t[key] = f.decimal(o[key], `${at}.${key}`);
  }
  if (t.from && t.above)
    f.fail(at, "une tranche a une seule borne basse : from (incluse) ou above (exclue), pas les deux");
  if (t.below && t.upTo)
    f.fail(at, "une tranche a une seule borne haute : below (exclue) ou upTo (incluse), pas les deux");
  if (o.rate !== undefined) t.rate = f.decimal(o.rate, `${at}.rate`);
  if (o.percentOfBase !== undefined) t.percentOfBase = f.decimal(o.percentOfBase, `${at}.percentOfBase`);
  if ((t.rate === undefined) === (t.percentOfBase === undefined))
    f.fail(at, "une tranche a soit rate, soit percentOfBase (exactement un des deux)");
  if (o.warning !== undefined) t.warning = f.text(o.warning, `${at}.warning`);
  return t;
}

/** Tiers must cover every value once: sorted, each starting exactly where the previous ends. */
function checkTiers(f: Fields, tiers: Tier[], at: string): void {
  if (tiers.length === 0) f.fail(at, "au moins une tranche");
  tiers.forEach((t, i) => {
    const lower = t.from ?? t.above;
    const upper = t.below ?? t.upTo;
    if (i === 0 && lower) f.fail(`${at}[0]`, "la première tranche n'a pas de borne basse (elle part de −∞)");
    if (i === tiers.length - 1 && upper)
      f.fail(`${at}[${i}]`, "la dernière tranche n'a pas de borne haute (elle va jusqu'à +∞)");
    if (lower && upper && (upper.lt(lower) || (upper.eq(lower) && !(t.from && t.upTo)))) {
      f.fail(`${at}[${i}]`, "tranches dans le désordre : borne haute sous la borne basse");
    }
    if (i > 0) {
      const prev = tiers[i - 1];
      const prevUpper = prev.below ?? prev.upTo;
      if (!prevUpper) f.fail(`${at}[${i - 1}]`, "seule la dernière tranche peut être sans borne haute");
      if (!lower) f.fail(`${at}[${i}]`, "seule la première tranche peut être sans borne basse");
      if (lower!.lt(prevUpper!)) {
        const prevLower = prev.from ?? prev.above;
        const unsorted = prevLower !== undefined && lower!.lt(prevLower);
        f.fail(
          `${at}[${i}]`,
          unsorted
            ? "tranches dans le désordre : chaque tranche doit commencer au-dessus de la précédente"
            : `tranches qui se chevauchent : commence à ${lower} avant la fin de la précédente (${prevUpper})`,
        );
      }
      if (lower!.gt(prevUpper!))
        f.fail(`${at}[${i}]`, `trou entre les tranches : de ${prevUpper} à ${lower}, aucune tranche`);
      const prevIncludes = prev.upTo !== undefined;
      const includes = t.from !== undefined;
      if (prevIncludes && includes)
        f.fail(`${at}[${i}]`, `tranches qui se chevauchent : ${lower} est dans deux tranches (upTo et from)`);
      if (!prevIncludes && !includes)
        f.fail(`${at}[${i}]`, `trou entre les tranches : ${lower} n'est dans aucune tranche (below et above)`);
    }
  });
}

function contestationRule(f: Fields, raw: unknown, at: string): ContestationRule {
  const o = f.obj(raw, at);
  const steps = (list: unknown, where: string) => {
    const s = f.array(list, where).map((x, i) => {
      const e = f.obj(x, `${where}[${i}]`);
      return { from: f.decimal(e.from, `${where}[${i}].from`), count: f.int(e.count, `${where}[${i}].count`, 1, 10) };
    });
    if (s.length === 0) f.fail(where, "au moins un seuil");
    s.forEach((e, i) => {
      if (i > 0 && !(e.from.gt(s[i - 1].from) && e.count > s[i - 1].count))
        f.fail(`${where}[${i}]`, "seuils dans le désordre : from et count doivent croître");
    });
    return s;
  };
  const rule: ContestationRule = { mean: steps(o.mean, `${at}.mean`) };
  if (o.single !== undefined) rule.single = steps(o.single, `${at}.single`);
  return rule;
}

function bonusCondition(f: Fields, raw: unknown, at: string, criteria: Criteria): BonusCondition {
  const o = f.obj(raw, at);
  const stat = f.oneOf(o.stat, `${at}.stat`, ["monthly", "max", "noPositive", "charter"] as const);
  if (stat === "charter") return { stat };
  const criterion = f.criterion(o.criterion, `${at}.criterion`);
  if (!criteria[criterion]) f.fail(`${at}.criterion`, `« ${criterion} » n'a pas d'entrée dans criteria`);
  const requireResult = o.requireResult === true;
  if (stat === "noPositive") return { criterion, stat, requireResult };
  if (stat === "max") return { criterion, stat, upTo: f.decimal(o.upTo, `${at}.upTo`), requireResult };
  const below = o.below === undefined ? undefined : f.decimal(o.below, `${at}.below`);
  const upTo = o.upTo === undefined ? undefined : f.decimal(o.upTo, `${at}.upTo`);
  if ((below === undefined) === (upTo === undefined))
    f.fail(at, "une condition sur la valeur du mois a soit below, soit upTo (exactement un des deux)");
  return { criterion, stat, below, upTo };
}
