/**
 * The grid a formula names (its `grid` argument): a built-in grid, else a workbook grid (workbookGrids.ts);
 * ids match case-insensitively. What the functions look up in a grid is found once per grid (GridFacts).
 * Also MILK_GRIDS: the grids a formula may name.
 */
import { UnknownGridError, getGrid, gridIds, listGrids } from "../engine";
import type {
  AntibioticComponent,
  BonusComponent,
  Component,
  Criterion,
  CriterionRule,
  Grid,
  LadderComponent,
  MarginalComponent,
  TieredComponent,
} from "../engine";
import { readText } from "./arguments";
import { bad, na } from "./errors";
import { workbookGrid, workbookGridList } from "./workbookGrids";

/** What the functions look up in a grid, computed once per grid. */
export interface GridFacts {
  grid: Grid;
  marginal: Partial<Record<Criterion, MarginalComponent>>;
  /** The component that prices a quality criterion per unit (tiers or ladder). */
  quality: Partial<Record<Criterion, TieredComponent | LadderComponent>>;
  antibiotic?: AntibioticComponent;
  bonuses: BonusComponent[];
}

const facts = new Map<string, GridFacts>();

function factsOf(grid: Grid): GridFacts {
  let f = facts.get(grid.id);
  if (f && f.grid === grid) return f;
  f = { grid, marginal: {}, quality: {}, bonuses: [] };
  for (const c of grid.components as Component[]) {
    if (c.kind === "marginal") f.marginal[c.criterion] ??= c;
    else if (c.kind === "tiers" || c.kind === "ladder") f.quality[c.criterion] ??= c;
    else if (c.kind === "antibiotic") f.antibiotic ??= c;
    else if (c.kind === "bonus") f.bonuses.push(c);
  }
  facts.set(grid.id, f);
  return f;
}

/** Ids a formula may name: the built-in grids, then the workbook's (sheets « Grille <id> »). */
function availableIds(): string[] {
  const ids = gridIds();
  return [
    ...ids,
    ...workbookGridList()
      .map((g) => g.id)
      .filter((id) => !ids.includes(id)),
  ];
}

/** The grid named by the `grid` argument: a built-in grid, else a workbook grid; ids match case-insensitively. */
export function gridArg(value: unknown): GridFacts {
  if (typeof value === "string") {
    const id = value.trim();
    try {
      return factsOf(getGrid(id));
    } catch (e) {
      if (!(e instanceof UnknownGridError)) throw e;
      const match = gridIds().find((g) => g.toLowerCase() === id.toLowerCase());
      if (match) return factsOf(getGrid(match));
      const own = workbookGrid(id) ?? workbookGridList().find((g) => g.id.toLowerCase() === id.toLowerCase());
      if (own) return factsOf(own);
      throw bad(
        id === ""
          ? `grid: expected a grid id; available: ${availableIds().join(", ")}`
          : new UnknownGridError(id, availableIds()).message,
      );
    }
  }
  const text = readText(value, "grid", `a grid id (${availableIds().join(", ")})`);
  return gridArg(text);
}

export const CRITERION_WORDS: Record<Criterion, string> = {
  MG: "fat (MG)",
  MP: "protein (MP)",
  GERMES: "germ (GERMES)",
  CELLULES: "somatic-cell (CELLULES)",
  BUTYRIQUES: "butyric-spore (BUTYRIQUES)",
  PC: "freezing-point (PC)",
  INHIBITEURS: "inhibitor (INHIBITEURS)",
};

export function ruleOf(f: GridFacts, criterion: Criterion): CriterionRule {
  const rule = f.grid.criteria[criterion];
  if (!rule) throw na(`grid ${f.grid.id} has no ${CRITERION_WORDS[criterion]} criterion`);
  return rule;
}

/** MILK_GRIDS: the built-in grids, then the workbook's, one row each: id, name, currency, price unit. */
export function grids(): string[][] {
  const builtIn = listGrids();
  const own = workbookGridList().filter((g) => !builtIn.some((b) => b.id === g.id));
  return [...builtIn, ...own].map((g) => [g.id, g.name, g.currency, g.priceUnit]);
}
