/** Failure that ends the command with a message and exit code 2, never a stack trace. */
export class UsageError extends Error {}
