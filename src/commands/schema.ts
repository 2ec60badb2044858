import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { writeOut } from './terminal.js';

const SCHEMAS = {
  record: '../../schemas/record.schema.json',
  config: '../../schemas/config.schema.json',
  mapping: '../../schemas/mapping.schema.json',
} as const;

export async function runSchema(options: { kind: keyof typeof SCHEMAS }): Promise<number> {
  writeOut(await readFile(fileURLToPath(new URL(SCHEMAS[options.kind], import.meta.url)), 'utf8'));
  return 0;
}
