import { UsageError } from './terminal.js';

export async function runRender(..._args: unknown[]): Promise<number> {
  throw new UsageError('privrec render is not available yet.');
}
