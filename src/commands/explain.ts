import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ruleCatalogue } from '../rules/catalogue.js';
import { UsageError, writeOut } from './terminal.js';

export async function runExplain(ruleId: string): Promise<number> {
  const rule = ruleCatalogue().find((candidate) => candidate.id === ruleId);
  if (!rule) throw new UsageError(`Unknown rule "${ruleId}" (privrec rules lists them).`);
  const docs = await readFile(fileURLToPath(new URL(`../../docs/rules/${rule.id}.md`, import.meta.url)), 'utf8').catch(() => undefined);
  writeOut(docs ?? `${rule.id}: ${rule.description}\n`);
  return 0;
}
