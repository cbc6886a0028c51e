/**
 * Errors the core raises on purpose. Dispatch turns them into typed Results with their
 * message; anything else is logged and reported as an internal error without a stack.
 */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} no longer exists. It may have been deleted.`);
  }
}

export class InvalidInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The request is fine but does something the user must agree to first (a note with gaps
 * marked ready, a guessed address used, an envelope printed blank). `flag` is the input
 * field that, sent as true, says they do; nothing was changed.
 */
export class NeedsConfirmationError extends Error {
  constructor(
    readonly flag: string,
    message: string,
  ) {
    super(message);
  }
}
