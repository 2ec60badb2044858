import { UsageError } from './terminal.js';

export async function runInit(..._args: unknown[]): Promise<number> {
  throw new UsageError('privrec init is not available yet.');
}
