/** One problem of a grid: the field path in the grid (`components[3].tiers[1].rate`) and what was expected. */
export interface GridFieldProblem {
  field: string;
  problem: string;
}

/**
 * A grid definition that cannot be used; the message (French) names the grid, the field and what was expected.
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
    const more =
      all.length > 1
        ? ` (et ${all.length - 1} autre${all.length > 2 ? "s" : ""} problème${all.length > 2 ? "s" : ""})`
        : "";
    super(`grille « ${gridId} » : ${field} : ${problem}${more}`);
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
