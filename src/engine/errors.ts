import { t } from "../messages/gridProblems";

/** One problem of a grid: the field path in the grid (`components[3].tiers[1].rate`) and what was expected. */
export interface GridFieldProblem {
  field: string;
  problem: string;
}

/**
 * A grid definition that cannot be used; the message (in the language in use) names the grid, the field and what was expected.
 * `problems` lists every problem found (the schema reports them all; the code rules stop at the first).
 */
export class GridError extends Error {
  readonly problems: readonly GridFieldProblem[];
  constructor(
    readonly gridId: string,
    readonly field: string,
    readonly problem: string,
    problems?: readonly GridFieldProblem[],
  ) {
    const all = problems && problems.length > 0 ? problems : [{ field, problem }];
    // « grille « id » : field : problem (et 2 autres problèmes) », in the language in use.
    const error = t("gridProblem.error", { id: gridId, field, problem });
    super(all.length > 1 ? t("gridProblem.errorMore", { error, n: all.length - 1 }) : error);
    this.name = "GridError";
    this.problems = all;
  }
}

/** Input the engine refuses to compute with (never read as 0): names the field and the value. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

/** An unknown grid id, with the list of available ones. */
export class UnknownGridError extends Error {
  constructor(
    readonly gridId: string,
    readonly available: readonly string[],
  ) {
    super(`grid "${gridId}" unknown; available: ${available.join(", ")}`);
    this.name = "UnknownGridError";
  }
}
