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
