/** A grid definition that cannot be used; the message names the grid and the field. */
export class GridError extends Error {
  constructor(
    readonly gridId: string,
    readonly field: string,
    problem: string,
  ) {
    super(`grid "${gridId}": ${field}: ${problem}`);
    this.name = "GridError";
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
