import { message, t } from "../../messages/gridProblems";
import { Fields, expected, type Obj } from "./fields";
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
  if (!criteria[criterion]) f.fail(`${at}.criterion`, t("gridProblem.noCriterionRuleWhy", { criterion }));
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
  if (bands.length === 0) f.fail(`${at}.bands`, t("gridProblem.atLeastOneBand"));
  bands.forEach((b, i) => {
    if (i === 0 && b.from !== undefined) f.fail(`${at}.bands[0].from`, t("gridProblem.firstBandFrom"));
    if (i === bands.length - 1 && b.to !== undefined) f.fail(`${at}.bands[${i}].to`, t("gridProblem.lastBandTo"));
    if (i > 0) {
      const prev = bands[i - 1].to!;
      if (b.from === undefined || !b.from.eq(prev))
        f.fail(
          `${at}.bands[${i}].from`,
          t("gridProblem.expected", { what: message("gridProblem.previousTo", { prev: prev.toString() }) }),
        );
    }
    if (b.from !== undefined && b.to !== undefined && !b.to.gt(b.from))
      f.fail(`${at}.bands[${i}]`, t("gridProblem.bandsUnsorted"));
  });
  const step = f.decimal(c.step, `${at}.step`);
  if (!step.gt(0)) f.fail(`${at}.step`, expected("gridProblem.positive"));
  return {
    ...head,
    criterion: measured(f, c, at, criteria),
    reference: f.decimal(c.reference, `${at}.reference`),
    step,
    bands,
  };
}

function tiered(f: Fields, c: Obj, at: string, head: Head<"tiers">, criteria: Criteria): TieredComponent {
  const tiers = f.array(c.tiers, `${at}.tiers`).map((x, i) => tier(f, x, `${at}.tiers[${i}]`));
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
    if (level !== i + 1) f.fail(`${at}.levels[${i}].level`, t("gridProblem.levelsInOrder", { n: i + 1 }));
    return { level, rate: f.decimal(o.rate, `${at}.levels[${i}].rate`), suspension: o.suspension === true };
  });
  if (levels.length === 0) f.fail(`${at}.levels`, t("gridProblem.atLeastOneLevel"));
  return { ...head, criterion, windowMonths, contestation, levels, damages: c.damages === true };
}

function antibiotic(f: Fields, c: Obj, at: string, head: Head<"antibiotic">, criteria: Criteria): AntibioticComponent {
  const p = f.obj(c.penaltyPercent, `${at}.penaltyPercent`);
  const a = f.obj(c.alert, `${at}.alert`);
  const destruction = f
    .array(c.destruction, `${at}.destruction`)
    .map((d, i) => f.decimal(d, `${at}.destruction[${i}]`));
  if (destruction.length === 0) f.fail(`${at}.destruction`, t("gridProblem.atLeastOneAmount"));
  if (!criteria.INHIBITEURS) f.fail(`${at}`, t("gridProblem.antibioticCriterion"));
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
  const tolerated = f.obj(c.tolerated, `${at}.tolerated`);
  const w = f.obj(tolerated.windows, `${at}.tolerated.windows`);
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
        f.fail(where, expected("gridProblem.window"));
      }
      return [p[0] as string, p[1] as string];
    });
  }
  return {
    ...head,
    maxTemperature: f.decimal(c.maxTemperature, `${at}.maxTemperature`),
    tolerated: { maxTemperature: f.decimal(tolerated.maxTemperature, `${at}.tolerated.maxTemperature`), windows },
  };
}

function tier(f: Fields, raw: unknown, at: string): Tier {
  const o = f.obj(raw, at);
  const out: Tier = {};
  for (const key of ["from", "above", "below", "upTo"] as const) {
    if (o[key] !== undefined) out[key] = f.decimal(o[key], `${at}.${key}`);
  }
  if (out.from && out.above) f.fail(at, t("gridProblem.twoLowerBounds"));
  if (out.below && out.upTo) f.fail(at, t("gridProblem.twoUpperBounds"));
  if (o.rate !== undefined) out.rate = f.decimal(o.rate, `${at}.rate`);
  if (o.percentOfBase !== undefined) out.percentOfBase = f.decimal(o.percentOfBase, `${at}.percentOfBase`);
  if ((out.rate === undefined) === (out.percentOfBase === undefined)) f.fail(at, t("gridProblem.rateOrPercent"));
  if (o.warning !== undefined) out.warning = f.text(o.warning, `${at}.warning`);
  return out;
}

/** Tiers must cover every value once: sorted, each starting exactly where the previous ends. */
function checkTiers(f: Fields, tiers: Tier[], at: string): void {
  if (tiers.length === 0) f.fail(at, t("gridProblem.atLeastOneTier"));
  tiers.forEach((tier, i) => {
    const lower = tier.from ?? tier.above;
    const upper = tier.below ?? tier.upTo;
    if (i === 0 && lower) f.fail(`${at}[0]`, t("gridProblem.firstTierLower"));
    if (i === tiers.length - 1 && upper) f.fail(`${at}[${i}]`, t("gridProblem.lastTierUpper"));
    if (lower && upper && (upper.lt(lower) || (upper.eq(lower) && !(tier.from && tier.upTo)))) {
      f.fail(`${at}[${i}]`, t("gridProblem.upperBelowLower"));
    }
    if (i > 0) {
      const prev = tiers[i - 1];
      const prevUpper = prev.below ?? prev.upTo;
      if (!prevUpper) f.fail(`${at}[${i - 1}]`, t("gridProblem.onlyLastUnbounded"));
      if (!lower) f.fail(`${at}[${i}]`, t("gridProblem.onlyFirstUnbounded"));
      if (lower!.lt(prevUpper!)) {
        const prevLower = prev.from ?? prev.above;
        const unsorted = prevLower !== undefined && lower!.lt(prevLower);
        f.fail(
          `${at}[${i}]`,
          unsorted
            ? t("gridProblem.tiersUnsorted")
            : t("gridProblem.tiersOverlap", { lower: lower!.toString(), prev: prevUpper!.toString() }),
        );
      }
      if (lower!.gt(prevUpper!))
        f.fail(`${at}[${i}]`, t("gridProblem.tiersGap", { from: prevUpper!.toString(), to: lower!.toString() }));
      const prevIncludes = prev.upTo !== undefined;
      const includes = tier.from !== undefined;
      if (prevIncludes && includes) f.fail(`${at}[${i}]`, t("gridProblem.boundInTwo", { bound: String(lower) }));
      if (!prevIncludes && !includes) f.fail(`${at}[${i}]`, t("gridProblem.boundInNone", { bound: String(lower) }));
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
    if (s.length === 0) f.fail(where, t("gridProblem.atLeastOneStep"));
    s.forEach((e, i) => {
      if (i > 0 && !(e.from.gt(s[i - 1].from) && e.count > s[i - 1].count))
        f.fail(`${where}[${i}]`, t("gridProblem.stepsUnsorted"));
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
  if (!criteria[criterion]) f.fail(`${at}.criterion`, t("gridProblem.noCriterionRule", { criterion }));
  const requireResult = o.requireResult === true;
  if (stat === "noPositive") return { criterion, stat, requireResult };
  if (stat === "max") return { criterion, stat, upTo: f.decimal(o.upTo, `${at}.upTo`), requireResult };
  const below = o.below === undefined ? undefined : f.decimal(o.below, `${at}.below`);
  const upTo = o.upTo === undefined ? undefined : f.decimal(o.upTo, `${at}.upTo`);
  if ((below === undefined) === (upTo === undefined)) f.fail(at, t("gridProblem.belowOrUpTo"));
  return { criterion, stat, below, upTo };
}
