import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, ConfigResolver } from '../config.js';
import { regimeInfo } from '../law/index.js';
import type { Regime } from '../model.js';
import { createFile, fillTemplate, parseRegime } from './init.js';
import { shownPath } from '../paths.js';
import { UsageError, writeOut } from './terminal.js';

/** The identifier rule of schemas/record.schema.json, read from it so that the two never differ. */
async function identifierSchema(): Promise<{ pattern: string; maxLength: number }> {
  const schema = JSON.parse(await readFile(fileURLToPath(new URL('../../schemas/record.schema.json', import.meta.url)), 'utf8'));
  return schema.$defs.identifier;
}

async function governingRegime(dir: string): Promise<Regime> {
  try {
    return (await new ConfigResolver(undefined, dir).forDirectory(dir)).regime;
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(`the configuration cannot be used: ${error.message}`);
    throw error;
  }
}

export async function runNew(id: string, options: { dir: string; regime?: string }): Promise<number> {
  const identifier = await identifierSchema();
  if (!new RegExp(identifier.pattern, 'u').test(id) || id.length > identifier.maxLength) {
    throw new UsageError(`"${id}" is not a valid record id: letters, digits, ".", "_" and "-", starting with a letter or digit (at most ${identifier.maxLength}).`);
  }
  const dir = resolve(options.dir);
  const regime = options.regime ? parseRegime(options.regime, '--regime') : await governingRegime(dir);
  const alreadyThere = (path: string) => new UsageError(`${shownPath(path)} already exists: privrec new never overwrites a record.`);
  const twin = join(dir, `${id}.yml`);
  if (existsSync(twin)) throw alreadyThere(twin);
  const file = join(dir, `${id}.yaml`);
  const text = await fillTemplate('record.yaml', { id, regime, ground_example: regimeInfo(regime).ground_example });
  if (!(await createFile(file, text))) throw alreadyThere(file);
  writeOut(`created ${shownPath(file)}: replace the values marked TODO (privrec lint ${shownPath(file)} lists them).\n`);
  return 0;
}
