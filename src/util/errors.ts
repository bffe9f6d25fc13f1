/**
 * Errors that reach users. {@link InputError} is bad input (a file, a field, a shape): the CLI prints its
 * one-line message and exits with code 2. Everything else is a bug or an environment problem.
 */

/** Bad input: the message names the file or field and what was expected. The CLI exits with code 2. */
export class InputError extends Error {
  /** The file, field or argument at fault, e.g. `"--z1 a.npy"` or `"config.lr"`. */
  readonly where: string;
  constructor(where: string, message: string, options?: { cause?: unknown }) {
    super(`${where}: ${message}`, options);
    this.name = "InputError";
    this.where = where;
  }
}

/** Throws an {@link InputError} unless `cond` holds. */
export function expectInput(cond: unknown, where: string, message: string): asserts cond {
  if (!cond) throw new InputError(where, message);
}

/**
 * A run that could not go on for a reason the user can act on (the loss became NaN, the whitening covariance was
 * singular, a worker died). The CLI prints its one-line message and exits with `exitCode` (no stack trace).
 */
export class RunError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "RunError";
    this.exitCode = exitCode;
  }
}
