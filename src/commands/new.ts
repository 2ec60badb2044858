import { UsageError } from './terminal.js';

export async function runNew(..._args: unknown[]): Promise<number> {
  throw new UsageError('privrec new is not available yet.');
}
